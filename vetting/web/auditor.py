"""Auditor pages: the metrics with charts, the audit trail, and CSV exports of both.

Read-only; open to auditors and admins. Exports are spreadsheet-safe CSV.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated

import polars as pl
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Engine

from vetting import charts
from vetting.audit import EventFilters, events, events_frame, record_event
from vetting.db import session_scope
from vetting.exports import neutralize
from vetting.metrics import Report, Window, parse_day, report
from vetting.report_html import TITLES, table
from vetting.settings import Settings
from vetting.users import Account

PAGE = 200


def _day(text: str | None) -> datetime | None:
    try:
        return parse_day(text)
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

    def computed(
        since: str | None = None, until: str | None = None, region: str | None = None
    ) -> Report:
        """The metrics of the window named by the query (a dependency of every metrics route)."""
        window = Window(_day(since), _day(until), region or None)
        return report(db, window, sla_hours=settings.sla_days * 24)

    def event_filters(
        actor: str | None = None,
        action: str | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> EventFilters:
        """The audit-trail filters named by the query."""
        return EventFilters(
            actor=actor or None,
            action=action or None,
            subject_type=subject_type or None,
            subject_id=subject_id or None,
            since=_day(since),
            until=_day(until),
        )

    def exported(user: Account, what: str, rows: int, query: str) -> None:
        with session_scope(db) as session:
            record_event(
                session, actor=user.username, action="export.downloaded", subject_type="export",
                subject_id=what, detail={"rows": rows, "query": query[:500]},
            )  # fmt: skip

    Metrics = Annotated[Report, Depends(computed)]  # noqa: N806 - a type alias of closures
    Auditor = Annotated[Account, Depends(auditor)]  # noqa: N806

    @app.get("/metrics", response_class=HTMLResponse)
    def metrics_page(request: Request, _user: Auditor, result: Metrics) -> HTMLResponse:
        tables = {name: (TITLES[name], *table(frame)) for name, frame in result.tables().items()}
        query = request.query_params
        return page(
            request, "metrics.html", report=result, tables=tables, query=request.url.query,
            since=query.get("since", ""), until=query.get("until", ""),
            region=query.get("region", ""),
        )  # fmt: skip

    @app.get("/metrics/chart/{name}.png")
    def metrics_chart(name: str, _user: Auditor, result: Metrics) -> Response:
        draw = {
            "completion": charts.completion_distribution,
            "weekly": charts.weekly_trend,
            "backlog": charts.backlog_ageing,
        }.get(name)
        if draw is None:
            raise HTTPException(status_code=404, detail=f"no chart {name!r}")
        return Response(charts.render(draw(result), "png"), media_type="image/png")

    @app.get("/metrics/export.csv")
    def metrics_export(
        request: Request,
        user: Auditor,
        result: Metrics,
        table_name: Annotated[str, Query(alias="table")] = "completion_by_region",
    ) -> Response:
        tables = result.tables()
        if table_name not in tables:
            raise HTTPException(status_code=404, detail=f"no table {table_name!r}")
        exported(user, table_name, tables[table_name].height, request.url.query)
        return csv_response(tables[table_name], f"{table_name}.csv")

    Filters = Annotated[EventFilters, Depends(event_filters)]  # noqa: N806

    @app.get("/audit", response_class=HTMLResponse)
    def audit_page(
        request: Request, _user: Auditor, filters: Filters, page_no: int = 1
    ) -> HTMLResponse:
        page_no = max(1, page_no)
        rows, total = events(db, filters, limit=PAGE, offset=(page_no - 1) * PAGE)
        query = request.query_params
        return page(
            request, "audit.html", rows=rows, total=total, page_no=page_no, page_size=PAGE,
            filters=filters, since=query.get("since", ""), until=query.get("until", ""),
            query=request.url.query,
        )  # fmt: skip

    @app.get("/audit/export.csv")
    def audit_export(request: Request, user: Auditor, filters: Filters) -> Response:
        frame = events_frame(db, filters)
        exported(user, "audit-trail", frame.height, request.url.query)
        return csv_response(frame, "audit-trail.csv")
