"""Flow ``screen-batch``: submit a file, screen it chunk by chunk, route, summarise.

``screen-stored-batch`` does the same for a batch already stored (a web upload or an API
submission, when the web app has a Dask scheduler to send the chunks to).

Each task calls one vetting/ function; the flow only orders them. Chunks go through the
flow's task runner, so :func:`screen_batch_on` runs the same flow with its chunks on an
existing Dask cluster: a chunk task carries only the plan and candidate ids, and each Dask
worker (configured like any other process, ``VETTING_DATABASE_URL`` included) builds and
keeps the index of the pinned list version itself and writes its own chunk, so the results
do not depend on where a chunk ran.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.common import RETRIES, RETRY_DELAYS, run_engine, run_settings, transient
from matching.dates import DateOrder
from vetting.batches import (
    BatchSummary,
    ChunkOutcome,
    ScreeningPlan,
    Submission,
    finish_batch,
    screen_chunk,
    start_screening,
    submit_batch,
)
from vetting.reports import batch_markdown
from vetting.settings import Settings

# One chunk at a time in-process: matching is CPU-bound and SQLite has one writer.
_RUNNER = cast("TaskRunner[PrefectFuture[Any]]", ThreadPoolTaskRunner(max_workers=1))


@task(
    name="submit",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def submit_task(
    path: Path,
    region: str,
    office: str,
    settings: Settings,
    submitted_by: str,
    date_order: DateOrder | None,
) -> Submission:
    """Validate and store the batch (or find the same file submitted before)."""
    return submit_batch(
        run_engine(settings),
        path,
        region=region,
        office=office,
        settings=settings,
        submitted_by=submitted_by,
        date_order=date_order,
    )


@task(
    name="plan",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def plan_task(batch_id: int, settings: Settings) -> ScreeningPlan:
    """Pin list and matcher versions; chunk the pending candidates."""
    return start_screening(run_engine(settings), batch_id, settings)


@task(
    name="screen-chunk",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def chunk_task(
    plan: ScreeningPlan, candidate_ids: list[int], database_url: str | None
) -> ChunkOutcome:
    """Match one chunk and store its alerts and routing.

    Gets no settings: on Dask its arguments cross the network, and the secrets in the
    settings have no business there. The database (and where list versions are kept)
    comes from the environment of whichever process runs the chunk
    (``VETTING_DATABASE_URL``; ``database_url`` is set only when the flow was given one:
    tests and the demo).
    """
    settings = run_settings(database_url)
    return screen_chunk(run_engine(settings), plan, candidate_ids, settings)


@task(
    name="finish",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient,
    cache_policy=NO_CACHE,
)
def finish_task(batch_id: int, settings: Settings) -> BatchSummary:
    """Advance the batch status and summarise it."""
    return finish_batch(run_engine(settings), batch_id)


@flow(name="screen-batch", task_runner=_RUNNER)
def screen_batch(
    path: Path,
    region: str,
    office: str,
    submitted_by: str = "cli",
    date_order: DateOrder | None = None,
    database_url: str | None = None,
) -> tuple[Submission, BatchSummary]:
    """Screen the candidate file ``path`` from ``office`` (idempotent: re-runs finish it)."""
    settings = run_settings(database_url)
    submission = submit_task(path, region, office, settings, submitted_by, date_order)
    plan = plan_task(submission.batch_id, settings)
    _screen_chunks(plan, database_url)
    summary = finish_task(submission.batch_id, settings)
    create_markdown_artifact(
        batch_markdown(submission, summary),
        key=f"batch-{summary.batch_id}",
        description=f"Batch {summary.batch_id} from {summary.office}",
    )
    return submission, summary


def _screen_chunks(plan: ScreeningPlan, database_url: str | None) -> None:
    """Every chunk through the flow's task runner (in-process, or on Dask), logged."""
    logger = get_run_logger()
    futures = [chunk_task.submit(plan, chunk, database_url) for chunk in plan.chunks]
    done = 0
    for number, future in enumerate(futures, start=1):
        outcome = future.result()
        done += outcome.screened
        logger.info(
            "batch %s chunk %d/%d: %d screened (%d so far), %d under review",
            plan.batch_id, number, len(futures), outcome.screened, done, outcome.under_review,
        )  # fmt: skip


@flow(name="screen-stored-batch", task_runner=_RUNNER)
def screen_stored_batch(batch_id: int, database_url: str | None = None) -> BatchSummary:
    """Screen a batch already stored (an upload or an API submission), chunk by chunk.

    Idempotent like ``screen-batch``: a re-run screens only what is still pending.
    """
    settings = run_settings(database_url)
    plan = plan_task(batch_id, settings)
    _screen_chunks(plan, database_url)
    return finish_task(batch_id, settings)


def _on_dask(dask_address: str) -> TaskRunner[PrefectFuture[Any]]:
    from prefect_dask.task_runners import DaskTaskRunner  # noqa: PLC0415 - dask loads only when used

    return cast("TaskRunner[PrefectFuture[Any]]", DaskTaskRunner(address=dask_address))


def screen_stored_on(dask_address: str) -> Flow[..., BatchSummary]:
    """The screen-stored-batch flow with its chunks on the Dask scheduler ``dask_address``."""
    return screen_stored_batch.with_options(task_runner=_on_dask(dask_address))


def screen_batch_on(dask_address: str | None) -> Flow[..., tuple[Submission, BatchSummary]]:
    """The screen-batch flow, with its chunks on the Dask scheduler ``dask_address`` if given.

    The cluster is only connected to, never started or stopped: it is shared capacity.
    """
    if not dask_address:
        return screen_batch
    return screen_batch.with_options(task_runner=_on_dask(dask_address))
