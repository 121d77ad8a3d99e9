"""``vetting metrics``: turnaround tables in the terminal, or one of them exported."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.table import Table

from vetting.audit import record_event
from vetting.cli.auth import authorize
from vetting.cli.base import app, out, run
from vetting.cli.pipeline import ready_engine
from vetting.db import session_scope
from vetting.errors import UsageError
from vetting.exports import write_frame
from vetting.metrics import Window, parse_day, report
from vetting.models import Role
from vetting.report_html import TITLES, table
from vetting.report_html import write as write_html
from vetting.settings import get_settings

SHOWN = ("completion_by_region", "completion_by_week", "backlog", "reviewers")


class Format(StrEnum):
    """Export formats."""

    CSV = "csv"
    PARQUET = "parquet"
    JSON = "json"


def _day(text: str | None, option: str) -> datetime | None:
    try:
        return parse_day(text)
    except ValueError:
        raise UsageError(f"{option} takes a date, YYYY-MM-DD (got {text!r})") from None


def _print(title: str, frame: pl.DataFrame) -> None:
    columns, rows = table(frame)
    shown = Table(*(c.replace("_", " ") for c in columns), title=title)
    for row in rows:
        shown.add_row(*row)
    out.print(shown)


@app.command()
def metrics(
    since: Annotated[str | None, typer.Option("--since", help="From this day (UTC).")] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Up to this day (UTC, not included).")
    ] = None,
    region: Annotated[str | None, typer.Option("--region", help="Only this region.")] = None,
    table_name: Annotated[
        str | None,
        typer.Option("--table", help=f"One table: {', '.join(TITLES)}."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Export format.")] = Format.CSV,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the table to this file.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the HTML report into this folder.")
    ] = None,
) -> None:
    """Completion times (mean, median, p90, max), SLA breaches, backlog, reviewer mix."""

    def body() -> int:
        if table_name is not None and table_name not in TITLES:
            raise UsageError(f"--table must be one of {', '.join(TITLES)}")
        if output is not None and table_name is None:
            raise UsageError("--output needs --table (which table to export)")
        settings = get_settings()
        window = Window(_day(since, "--since"), _day(until, "--until"), region)
        engine = ready_engine()
        actor = authorize(engine, Role.AUDITOR)
        result = report(engine, window, sla_hours=settings.sla_days * 24)
        tables = result.tables()
        if output is not None and table_name is not None:
            frame = tables[table_name]
            target = output.with_suffix(f".{fmt.value}") if output.suffix == "" else output
            text = tuple(c for c, t in frame.schema.items() if t == pl.String)
            write_frame(frame, target, text_columns=text)
            with session_scope(engine) as session:
                record_event(
                    session, actor=actor.username, action="export.written",
                    subject_type="export", subject_id=table_name,
                    detail={"rows": frame.height, "file": target.name},
                )  # fmt: skip
            out.print(f"{table_name}: {frame.height} row(s) -> {target}", highlight=False)
        else:
            for name in (table_name,) if table_name else SHOWN:
                _print(TITLES[name], tables[name])
        if html is not None:
            out.print(f"report: {write_html(result, html)}", highlight=False)
        return 0

    run(body)
