"""The metrics report as one self-contained HTML file (tables and inline SVG charts).

Also gives the table formatting shared with the auditors' web pages: hours to one
decimal, shares as percentages, periods as dates, empty values as a dash.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import polars as pl
from jinja2 import Environment, PackageLoader, select_autoescape

from vetting.charts import all_svg
from vetting.metrics import Report

TITLES = {
    "completion_by_region": "Completion time by region (hours)",
    "completion_by_office": "Completion time by office (hours)",
    "completion_by_batch": "Completion time by batch (hours)",
    "completion_by_week": "Completion time by week (hours)",
    "completion_by_month": "Completion time by month (hours)",
    "backlog": "Open alerts by age",
    "reviewers": "Reviewer throughput and decision mix",
    "batches": "Alert rate per batch",
}
_SHARES = {"alerts_per_candidate", "alerted_share", "not_a_match_share"}


def cell(column: str, value: object) -> str:
    """One value as a person reads it."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if column in _SHARES:
            return f"{value:.2f}" if column == "alerts_per_candidate" else f"{value:.0%}"
        return f"{value:.1f}"
    return str(value)


def table(frame: pl.DataFrame) -> tuple[list[str], list[list[str]]]:
    """Header and formatted rows of a metrics table."""
    columns = frame.columns
    return columns, [
        [cell(c, v) for c, v in zip(columns, row, strict=True)] for row in frame.rows()
    ]


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("vetting", "web/templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(report: Report) -> str:
    """The whole report as HTML."""
    tables = {name: (TITLES[name], *table(frame)) for name, frame in report.tables().items()}
    return (
        _environment()
        .get_template("metrics_report.html")
        .render(report=report, tables=tables, charts=all_svg(report))
    )


def write(report: Report, folder: Path) -> Path:
    """Write ``metrics-<timestamp>.html`` into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"metrics-{report.generated_at:%Y%m%dT%H%M%SZ}.html"
    path.write_text(render(report), encoding="utf-8")
    return path
