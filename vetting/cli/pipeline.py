"""Database-backed commands: ``init``, ``offices``, ``exclusions``, ``screen``, ``rescreen``,
``batches``.

Screening, imports and rescreens run as the Prefect flows of ``flows/`` (a temporary local
server when no ``PREFECT_API_URL`` is set). This is the one place ``vetting`` reaches up
into ``flows``, and only inside those commands, so ``vetting match`` and the rest start
without importing Prefect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Engine

from matching.dates import DateOrder
from vetting.batches import BatchSummary
from vetting.cli.auth import BOOTSTRAP, authorize
from vetting.cli.base import EXIT_ROWS_REJECTED, app, out, report_problems, run
from vetting.db import engine_for, head_revision, safe_url, schema_revision, upgrade
from vetting.errors import NotInitialisedError
from vetting.exclusions import list_versions
from vetting.models import Role
from vetting.orgs import add_office, list_offices
from vetting.queries import batch_rows
from vetting.settings import get_settings

offices_app = typer.Typer(help="Regions and offices that submit batches.", no_args_is_help=True)
exclusions_app = typer.Typer(help="The exclusion list and its versions.", no_args_is_help=True)
batches_app = typer.Typer(help="Submitted batches and their status.", no_args_is_help=True)
app.add_typer(offices_app, name="offices")
app.add_typer(exclusions_app, name="exclusions")
app.add_typer(batches_app, name="batches")


def ready_engine() -> Engine:
    """The configured database, refusing one that ``vetting init`` has not brought up to date."""
    url = get_settings().database_url
    engine = engine_for(url)
    if schema_revision(engine) != head_revision():
        raise NotInitialisedError(
            f"database {safe_url(url)} is not initialised: run `vetting init`"
        )
    return engine


@app.command()
def init() -> None:
    """Create the database, or upgrade it to the current schema (safe to run again)."""

    def body() -> int:
        url = get_settings().database_url
        engine = engine_for(url)
        before = schema_revision(engine)
        if before is not None and before == head_revision():
            authorize(engine)  # an initialised database: only an admin re-runs it
        upgrade(engine)
        after = schema_revision(engine)
        verb = "created" if before is None else ("upgraded" if before != after else "up to date")
        out.print(f"database {safe_url(url)}: {verb} (schema {after})", highlight=False)
        return 0

    run(body)


@offices_app.command("add")
def offices_add(
    office: Annotated[str, typer.Argument(help="Office code, e.g. NBO.")],
    region: Annotated[str, typer.Option("--region", help="Region code, e.g. africa.")],
    name: Annotated[str | None, typer.Option("--name", help="Readable office name.")] = None,
) -> None:
    """Register an office (and its region if new)."""

    def body() -> int:
        engine = ready_engine()
        actor = authorize(engine)
        row = add_office(engine, office=office, region=region, name=name, actor=actor.username)
        out.print(f"office {row.code} ({row.name}) in region {region}", highlight=False)
        return 0

    run(body)


@offices_app.command("list")
def offices_list() -> None:
    """Every registered office with its region."""

    def body() -> int:
        table = Table("region", "office", "name")
        engine = ready_engine()
        authorize(engine, Role.AUDITOR, Role.REVIEWER, Role.SUBMITTER)
        for office, region in list_offices(engine):
            table.add_row(region.code, office.code, office.name)
        out.print(table)
        return 0

    run(body)


@exclusions_app.command("import")
def exclusions_import(
    file: Annotated[Path, typer.Argument(help="Exclusion list: CSV, XLSX or Parquet.")],
    rescreen: Annotated[
        bool, typer.Option("--rescreen/--no-rescreen", help="Rescreen recent candidates after.")
    ] = True,
) -> None:
    """Validate the list, store it as a new version if it changed, then rescreen."""

    def body() -> int:
        from flows.import_exclusions import import_exclusions  # noqa: PLC0415 - Prefect loads only for these commands

        actor = authorize(ready_engine())
        result, summary = import_exclusions(
            file,
            actor=actor.username,
            rescreen_after=rescreen,
        )
        report_problems(result.problems)
        if not result.created:
            out.print(
                f"{file}: no change ({result.total} records); current version {result.version_id}",
                highlight=False,
            )
            return 0
        out.print(
            f"{file}: list version {result.version_id}: {result.total} records, "
            f"{result.added} added, {result.changed} changed, {result.removed} removed",
            highlight=False,
        )
        if summary is not None:
            out.print(
                f"rescreen: {summary.candidates} candidate(s) against {summary.records} new or "
                f"changed record(s): {summary.reopened} back under review, "
                f"{sum(summary.alerts_by_band.values())} new alert(s)",
                highlight=False,
            )
        return 0

    run(body)


@exclusions_app.command("show")
def exclusions_show() -> None:
    """The list versions, newest first."""

    def body() -> int:
        table = Table("version", "imported (UTC)", "file", "records", "added", "changed", "removed")
        engine = ready_engine()
        authorize(engine, Role.AUDITOR, Role.REVIEWER)
        for v in list_versions(engine):
            table.add_row(
                str(v.id),
                v.imported_at.strftime("%Y-%m-%d %H:%M:%S"),
                v.source_name,
                str(v.total_records),
                str(v.added),
                str(v.changed),
                str(v.removed),
            )
        out.print(table)
        return 0

    run(body)


def print_summary(summary: BatchSummary, *, submitter: bool = False) -> None:
    """One batch's outcome; a submitter sees outcomes only, never alert bands."""
    status = summary.by_status
    bands = summary.alerts_by_band
    alerts = (
        ""
        if submitter
        else f"; alerts high {bands.get('high', 0)}, medium {bands.get('medium', 0)}, "
        f"low {bands.get('low', 0)}"
    )
    out.print(
        f"batch {summary.batch_id} ({summary.region}/{summary.office}, {summary.source_name}): "
        f"{summary.status}; {summary.candidates} candidate(s): "
        f"{status.get('cleared', 0)} cleared, {status.get('under_review', 0)} under review"
        f"{alerts}",
        highlight=False,
    )


@app.command()
def screen(
    file: Annotated[Path, typer.Argument(help="Candidate batch: CSV, XLSX or Parquet.")],
    region: Annotated[str, typer.Option("--region", help="Region of the submitting office.")],
    office: Annotated[str, typer.Option("--office", help="Submitting office code.")],
    date_format: Annotated[
        DateOrder | None,
        typer.Option("--date-format", help="Day/month order of slashed dates in this file."),
    ] = None,
    submitted_by: Annotated[
        str, typer.Option("--submitted-by", help="Who submits (kept in the audit trail).")
    ] = "cli",
    dask_address: Annotated[
        str | None,
        typer.Option(
            "--dask-address",
            metavar="ADDRESS",
            help="Screen the chunks on this Dask scheduler (default: VETTING_DASK_ADDRESS; "
            "unset: in this process).",
        ),
    ] = None,
) -> None:
    """Submit a batch and screen it (the same file from the same office is one batch)."""

    def body() -> int:
        from flows.screen_batch import screen_batch_on  # noqa: PLC0415 - Prefect loads only for these commands

        actor = authorize(ready_engine(), Role.SUBMITTER, office=office)
        flow = screen_batch_on(dask_address or get_settings().dask_address)
        submission, summary = flow(
            file,
            region,
            office,
            submitted_by=actor.username if actor is not BOOTSTRAP else submitted_by,
            date_order=date_format,
        )
        report_problems(submission.problems)
        if not submission.created:
            out.print(f"{file}: already submitted by {office} as batch {submission.batch_id}")
        if submission.rejected:
            out.print(
                f"{file}: {submission.rejected} row(s) rejected (listed above, not screened); "
                f"{submission.candidates} screened",
                style="red",
                highlight=False,
            )
        print_summary(summary, submitter=actor.role is Role.SUBMITTER)
        return EXIT_ROWS_REJECTED if submission.rejected else 0

    run(body)


@app.command()
def rescreen(
    days: Annotated[
        int | None, typer.Option("--days", help="Candidates screened this many days back.")
    ] = None,
    version: Annotated[
        int | None, typer.Option("--version", help="List version (default: the latest).")
    ] = None,
) -> None:
    """Rescreen recent and in-review candidates against the version's new or changed records."""

    def body() -> int:
        from flows.rescreen import rescreen as rescreen_flow  # noqa: PLC0415 - Prefect loads only for these commands

        authorize(ready_engine())
        summary = rescreen_flow(version=version, days=days)
        out.print(
            f"list version {summary.list_version_id}: {summary.records} new or changed "
            f"record(s), {summary.candidates} candidate(s) rescreened, {summary.reopened} back "
            f"under review",
            highlight=False,
        )
        return 0

    run(body)


@batches_app.command("list")
def batches_list(
    region: Annotated[str | None, typer.Option("--region", help="Only this region.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Most batches shown.")] = 50,
) -> None:
    """Recent batches with their status and counts, newest first."""

    def body() -> int:
        table = Table(
            "batch",
            "region",
            "office",
            "file",
            "status",
            "candidates",
            "cleared",
            "under review",
            "rejected rows",
            "submitted (UTC)",
        )
        engine = ready_engine()
        actor = authorize(engine, Role.AUDITOR, Role.SUBMITTER)
        office = None
        if actor.role is Role.SUBMITTER:
            office = next((o.code for o, _ in list_offices(engine) if o.id == actor.office_id), "")
        for row in batch_rows(engine, region=region, limit=limit, office=office):
            table.add_row(*row)
        out.print(table)
        return 0

    run(body)
