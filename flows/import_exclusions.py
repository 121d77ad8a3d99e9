"""Flow ``import-exclusions``: store a new list version, then rescreen against it."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from flows.common import RETRIES, RETRY_DELAYS, run_engine, run_settings, transient
from flows.rescreen import rescreen
from vetting.exclusions import ImportResult, import_list
from vetting.reports import import_markdown
from vetting.rescreen import RescreenSummary
from vetting.settings import Settings


@task(
    name="import-list",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def import_task(path: Path, settings: Settings, actor: str) -> ImportResult:
    """Validate, diff and store the list (nothing stored if any row is rejected)."""
    return import_list(run_engine(settings), path, settings, actor=actor)


@flow(name="import-exclusions")
def import_exclusions(
    path: Path,
    actor: str = "cli",
    rescreen_after: bool = True,
    database_url: str | None = None,
) -> tuple[ImportResult, RescreenSummary | None]:
    """Import ``path``; if it changed the list, rescreen recent and in-review candidates."""
    settings = run_settings(database_url)
    result = import_task(path, settings, actor)
    create_markdown_artifact(
        import_markdown(result),
        key=f"list-import-v{result.version_id}",
        description="Exclusion list import",
    )
    summary = None
    if result.created and rescreen_after:
        summary = rescreen(version=result.version_id, database_url=database_url)
    return result, summary
