"""Flow ``rescreen``: recent and in-review candidates against new or changed records."""

from __future__ import annotations

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from flows.common import RETRIES, RETRY_DELAYS, run_engine, run_settings, transient
from vetting.reports import rescreen_markdown
from vetting.rescreen import RescreenSummary
from vetting.rescreen import rescreen as rescreen_candidates
from vetting.settings import Settings


@task(
    name="rescreen-candidates",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def rescreen_task(settings: Settings, version: int | None, days: int | None) -> RescreenSummary:
    """Match the version's new records against the candidates still in scope."""
    return rescreen_candidates(run_engine(settings), settings, version=version, days=days)


@flow(name="rescreen")
def rescreen(
    version: int | None = None, days: int | None = None, database_url: str | None = None
) -> RescreenSummary:
    """Rescreen against list ``version`` (default: the latest); ``days`` back (default: setting)."""
    settings = run_settings(database_url)
    summary = rescreen_task(settings, version, days)
    create_markdown_artifact(
        rescreen_markdown(summary),
        key=f"rescreen-v{summary.list_version_id}",
        description="Candidates rescreened against a new list version",
    )
    return summary
