"""``vetting match``: candidates against an exclusion list from files, no database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from matching.batch import match_one
from matching.countries import normalize_countries
from matching.model import Person
from matching.names import prepare_name
from vetting.cli.base import EXIT_ROWS_REJECTED, app, err, out, report_loaded, run
from vetting.errors import UsageError
from vetting.exports import write_frame
from vetting.ingest import RowProblem, load_candidates, read_birth_date
from vetting.listcache import prepare_list
from vetting.screening import TEXT_COLUMNS, match_people
from vetting.settings import Settings, get_settings


def _progress_bar(total: int) -> Progress:
    return Progress(
        TextColumn("matching"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    )


def _batch(candidates_path: Path, exclusions_path: Path, output: Path, settings: Settings) -> int:
    # the candidates first: a bad file is told at once, not once the list is prepared
    # (about 30 s for 1,000,000 records)
    candidates = load_candidates(candidates_path, settings)
    report_loaded(candidates)
    exclusions = prepare_list(exclusions_path, settings)
    report_loaded(exclusions)
    records, list_rejected = exclusions.records, bool(exclusions.rejected)
    with _progress_bar(len(candidates.people)) as bar:
        task = bar.add_task("match", total=len(candidates.people))
        pairs = match_people(
            candidates.people,
            records,
            settings,
            index=exclusions.index,
            progress=lambda n: bar.advance(task, n),
        )
    write_frame(pairs, output, text_columns=TEXT_COLUMNS)
    err.print(
        f"{len(candidates.people)} candidates against {len(records)} records: "
        f"{pairs.height} pair(s) for review, "
        f"{pairs['candidate_id'].n_unique()} candidate(s) -> {output}",
        highlight=False,
    )
    return EXIT_ROWS_REJECTED if candidates.rejected or list_rejected else 0


def _single(
    name: str,
    dob: str | None,
    nationality: str | None,
    exclusions_path: Path,
    limit: int,
    settings: Settings,
) -> int:
    exclusions = prepare_list(exclusions_path, settings)
    report_loaded(exclusions)
    problems: list[RowProblem] = []
    person = Person(
        key="query",
        names=(prepare_name(name),),
        birth_date=read_birth_date(dob or "", path=Path("--dob"), line=0, problems=problems),
        countries=normalize_countries(nationality),
    )
    for problem in problems:
        err.print(f"--dob: {problem.message}", style="yellow", highlight=False, markup=False)
    ranked = match_one(person, exclusions.records, settings.review_threshold)[:limit]
    table = Table(
        title=f"Possible matches for {name!r} (review threshold {settings.review_threshold:.2f})"
    )
    for column in ("record", "name", "score", "band", "explanation"):
        table.add_column(column, overflow="fold")
    for result in ranked:
        table.add_row(
            result.record_key,
            result.record_name,
            f"{result.score:.3f}",
            settings.band(result.score),
            result.explanation(),
        )
    out.print(table)
    if not ranked:
        out.print("No record reaches the review threshold.")
    return EXIT_ROWS_REJECTED if exclusions.rejected else 0


@app.command()
def match(
    files: Annotated[
        list[Path], typer.Argument(help="CANDIDATES EXCLUSIONS, or just EXCLUSIONS with --name.")
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Pairs file (.csv, .parquet or .json).")
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="Check one person instead of a file.")
    ] = None,
    dob: Annotated[
        str | None, typer.Option("--dob", help="Birth date of --name: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    nationality: Annotated[
        str | None, typer.Option("--nationality", help="Nationality of --name.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Most matches shown for --name.")] = 20,
) -> None:
    """Match candidates against an exclusion list, with no database and no server."""
    settings = get_settings()

    def body() -> int:
        if name is not None:
            if len(files) != 1:
                raise UsageError("with --name give exactly one file: the exclusion list")
            return _single(name, dob, nationality, files[0], limit, settings)
        if len(files) != 2:
            raise UsageError("give two files, CANDIDATES and EXCLUSIONS (or --name and one file)")
        if output is None:
            raise UsageError("--output PAIRS.csv is required when matching a file")
        return _batch(files[0], files[1], output, settings)

    run(body)
