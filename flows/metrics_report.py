"""Flow ``metrics-report``: the HTML turnaround report and a Prefect artifact summarising it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.common import RETRIES, RETRY_DELAYS, run_engine, run_settings, transient
from vetting import report_html
from vetting.audit import head as audit_head
from vetting.metrics import Report, Window, report
from vetting.models import utcnow
from vetting.settings import Settings


@task(
    name="compute-metrics",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def compute_task(settings: Settings, days: int, region: str | None) -> Report:
    """Every metrics table of the last ``days`` days, read from the database."""
    now = utcnow()
    window = Window(since=now - timedelta(days=days), until=now, region=region)
    return report(run_engine(settings), window, sla_hours=settings.sla_days * 24, now=now)


@task(name="write-report", cache_policy=NO_CACHE)
def write_task(result: Report, folder: Path) -> Path:
    """The self-contained HTML report with charts."""
    return report_html.write(result, folder)


@flow(name="metrics-report")
def metrics_report(
    days: int = 28,
    region: str | None = None,
    output_dir: str | None = None,
    database_url: str | None = None,
) -> Path:
    """Write the report for the last ``days`` days and publish its headline table."""
    settings = run_settings(database_url)
    result = compute_task(settings, days, region)
    path = write_task(result, Path(output_dir or settings.report_dir))
    _, rows = report_html.table(result.by_region)
    columns = result.by_region.columns
    seq, digest = audit_head(run_engine(settings))
    create_table_artifact(
        [dict(zip(columns, row, strict=True)) for row in rows],
        key="metrics-by-region",
        description=f"Completion time by region, last {days} days; full report: {path}; "
        f"audit trail anchor {seq}:{digest}",
    )
    return path
