"""Flow ``retention``: purge personal data past the retention period (scheduled daily)."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from flows.common import RETRIES, RETRY_DELAYS, run_engine, run_settings, transient
from vetting.retention import Purge, purge
from vetting.settings import Settings


@task(
    name="purge",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def purge_task(settings: Settings, dry_run: bool) -> Purge:
    """Purge candidates completed more than ``retention_days`` ago."""
    return purge(
        run_engine(settings),
        retention_days=settings.retention_days,
        upload_dir=Path(settings.upload_dir),
        dry_run=dry_run,
    )


@flow(name="retention")
def retention(dry_run: bool = False, database_url: str | None = None) -> Purge:
    """Purge (or count, dry) what the retention period no longer allows to keep."""
    settings = run_settings(database_url)
    result = purge_task(settings, dry_run)
    create_markdown_artifact(
        f"# Retention\n\ncutoff {result.cutoff:%Y-%m-%d}: {result.candidates} candidate(s) "
        f"{'would be ' if result.dry_run else ''}purged, {result.alerts} alert explanation(s), "
        f"{result.row_issues} rejected-row note(s), {result.files} uploaded file(s)\n",
        key="retention",
    )
    return result
