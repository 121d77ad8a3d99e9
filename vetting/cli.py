"""The ``vetting`` command line.

Exit codes: 0 done; 1 a file could not be used (nothing written); 3 done, but some rows
were rejected (each reported on stderr with its file, line and reason).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from matching.countries import normalize_countries
from matching.model import Person, score_pair
from matching.names import prepare_name
from vetting import logs
from vetting.errors import UsageError, VettingError
from vetting.exports import write_frame
from vetting.ingest import (
    Loaded,
    RowProblem,
    Severity,
    load_candidates,
    load_exclusions,
    read_birth_date,
)
from vetting.screening import TEXT_COLUMNS, match_people
from vetting.settings import Settings, get_settings

app = typer.Typer(
    help="Vet candidates against the exclusion list.", no_args_is_help=True, add_completion=False
)
err = Console(stderr=True, soft_wrap=True)
out = Console()
log = logging.getLogger("vetting")

EXIT_BAD_FILE = 1
EXIT_ROWS_REJECTED = 3


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """Vet candidates against the exclusion list."""
    logs.configure(verbose)


def _report(loaded: Loaded) -> None:
    for problem in loaded.problems:
        style = "red" if problem.severity is Severity.ERROR else "yellow"
        err.print(str(problem), style=style, highlight=False, markup=False)
    if loaded.rejected:
        err.print(
            f"{loaded.path}: {len(loaded.rejected)} row(s) rejected, {len(loaded.people)} accepted",
            style="red",
        )


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
    exclusions = load_exclusions(exclusions_path, settings)
    _report(exclusions)
    candidates = load_candidates(candidates_path, settings)
    _report(candidates)
    with _progress_bar(len(candidates.people)) as bar:
        task = bar.add_task("match", total=len(candidates.people))
        pairs = match_people(
            candidates.people,
            exclusions.people,
            settings,
            progress=lambda n: bar.advance(task, n),
        )
    write_frame(pairs, output, text_columns=TEXT_COLUMNS)
    err.print(
        f"{len(candidates.people)} candidates against {len(exclusions.people)} records: "
        f"{pairs.height} pair(s) for review, "
        f"{pairs['candidate_id'].n_unique()} candidate(s) -> {output}",
        highlight=False,
    )
    return EXIT_ROWS_REJECTED if candidates.rejected or exclusions.rejected else 0


def _single(
    name: str,
    dob: str | None,
    nationality: str | None,
    exclusions_path: Path,
    limit: int,
    settings: Settings,
) -> int:
    exclusions = load_exclusions(exclusions_path, settings)
    _report(exclusions)
    problems: list[RowProblem] = []
    person = Person(
        key="query",
        names=(prepare_name(name),),
        birth_date=read_birth_date(dob or "", path=Path("--dob"), line=0, problems=problems),
        countries=normalize_countries(nationality),
    )
    for problem in problems:
        err.print(f"--dob: {problem.message}", style="yellow", highlight=False, markup=False)
    results = [score_pair(person, record) for record in exclusions.people]
    ranked = sorted(
        (r for r in results if r.score >= settings.review_threshold), key=lambda r: -r.score
    )[:limit]
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
    try:
        if name is not None:
            if len(files) != 1:
                raise UsageError("with --name give exactly one file: the exclusion list")
            code = _single(name, dob, nationality, files[0], limit, settings)
        else:
            if len(files) != 2:
                raise UsageError(
                    "give two files, CANDIDATES and EXCLUSIONS (or --name and one file)"
                )
            if output is None:
                raise UsageError("--output PAIRS.csv is required when matching a file")
            code = _batch(files[0], files[1], output, settings)
    except UsageError as exc:
        err.print(f"error: {exc}", style="red", highlight=False, markup=False)
        raise typer.Exit(2) from exc
    except VettingError as exc:
        err.print(f"error: {exc}", style="red", highlight=False, markup=False)
        raise typer.Exit(EXIT_BAD_FILE) from exc
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
