"""Auditor pages: the metrics with charts, the audit trail, and CSV exports of both.

Read-only; open to auditors and admins. Exports are spreadsheet-safe CSV.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

import polars as pl
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Engine

from vetting import charts
from vetting.audit import EventFilters, events, events_frame, record_event
from vetting.db import session_scope
from vetting.exports import neutralize
from vetting.metrics import Report, Window, report
from vetting.report_html import TITLES, table
from vetting.settings import Settings
from vetting.users import Account

PAGE = 200


def _day(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        raise HTTPException(status_code=400, detail=f"not a date (YYYY-MM-DD): {text!r}") from None


def csv_response(frame: pl.DataFrame, filename: str) -> Response:
    """A spreadsheet-safe CSV download."""
    safe = frame.with_columns(
        pl.col(c).map_elements(neutralize, return_dtype=pl.String)
        for c, dtype in frame.schema.items()
        if dtype == pl.String
    )
    return Response(
        safe.write_csv(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def register(
    app: FastAPI,
    *,
    db: Engine,
    settings: Settings,
    page: Callable[..., HTMLResponse],
    current: Callable[[Request], Account],
) -> None:
    """Add the auditor routes to ``app``."""

    def auditor(user: Annotated[Account, Depends(current)]) -> Account:
        if user.role.value not in ("auditor", "admin"):
            raise HTTPException(status_code=403, detail="Only auditors and admins see this page.")
        return user

    def compute(since: str | None, until: str | None, region: str | None) -> Report:
        window = Window(_day(since), _day(until), region or None)
        return report(db, window, sla_hours=settings.sla_days * 24)

    @app.get("/metrics", response_class=HTMLResponse)
    def metrics_page(
        request: Request,
        _user: Annotated[Account, Depends(auditor)],
        since: str | None = None,
        until: str | None = None,
        region: str | None = None,
    ) -> HTMLResponse:
        result = compute(since, until, region)
        tables = {name: (TITLES[name], *table(frame)) for name, frame in result.tables().items()}
        query = request.url.query
        return page(
            request, "metrics.html", report=result, tables=tables, query=query,
            since=since or "", until=until or "", region=region or "",
        )  # fmt: skip

    @app.get("/metrics/chart/{name}.png")
    def metrics_chart(
        name: str,
        _user: Annotated[Account, Depends(auditor)],
        since: str | None = None,
        until: str | None = None,
        region: str | None = None,
    ) -> Response:
        draw = {
            "completion": charts.completion_distribution,
            "weekly": charts.weekly_trend,
            "backlog": charts.backlog_ageing,
        }.get(name)
        if draw is None:
            raise HTTPException(status_code=404, detail=f"no chart {name!r}")
        png = charts.render(draw(compute(since, until, region)), "png")
        return Response(png, media_type="image/png")

    def exported(user: Account, what: str, rows: int, query: str) -> None:
        with session_scope(db) as session:
            record_event(
                session, actor=user.username, action="export.downloaded", subject_type="export",
                subject_id=what, detail={"rows": rows, "query": query[:500]},
            )  # fmt: skip

    @app.get("/metrics/export.csv")
    def metrics_export(
        request: Request,
        user: Annotated[Account, Depends(auditor)],
        table_name: Annotated[str, Query(alias="table")] = "completion_by_region",
        since: str | None = None,
        until: str | None = None,
        region: str | None = None,
    ) -> Response:
        tables = compute(since, until, region).tables()
        if table_name not in tables:
            raise HTTPException(status_code=404, detail=f"no table {table_name!r}")
        exported(user, table_name, tables[table_name].height, request.url.query)
        return csv_response(tables[table_name], f"{table_name}.csv")

    def _filters(
        actor: str | None,
        action: str | None,
        subject_type: str | None,
        subject_id: str | None,
        since: str | None,
        until: str | None,
    ) -> EventFilters:
        return EventFilters(
            actor=actor or None,
            action=action or None,
            subject_type=subject_type or None,
            subject_id=subject_id or None,
            since=_day(since),
            until=_day(until),
        )

    @app.get("/audit", response_class=HTMLResponse)
    def audit_page(
        request: Request,
        _user: Annotated[Account, Depends(auditor)],
        actor: str | None = None,
        action: str | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        page_no: int = 1,
    ) -> HTMLResponse:
        filters = _filters(actor, action, subject_type, subject_id, since, until)
        page_no = max(1, page_no)
        rows, total = events(db, filters, limit=PAGE, offset=(page_no - 1) * PAGE)
        return page(
            request, "audit.html", rows=rows, total=total, page_no=page_no, page_size=PAGE,
            filters=filters, since=since or "", until=until or "", query=request.url.query,
        )  # fmt: skip

    @app.get("/audit/export.csv")
    def audit_export(
        request: Request,
        user: Annotated[Account, Depends(auditor)],
        actor: str | None = None,
        action: str | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Response:
        filters = _filters(actor, action, subject_type, subject_id, since, until)
        frame = events_frame(db, filters)
        exported(user, "audit-trail", frame.height, request.url.query)
        return csv_response(frame, "audit-trail.csv")
