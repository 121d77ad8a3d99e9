"""Turning candidate and exclusion rows into people the matcher can compare.

Policy for bad rows (also in the README): a row that cannot be screened (no id, no name,
an id seen before) is rejected and reported with its line and reason; the other rows go
ahead, because holding back a whole batch for one typo delays every other candidate. A
birth date that cannot be read, or could be read two ways, is reported as a warning and
the row is screened on what is certain (the year, or no date): dropping the row could hide
a real match, which is the worst outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice
from pathlib import Path

import polars as pl

from matching.bulk import Helper, prepare_ahead
from matching.bulk import prepare_names as prepare_many
from matching.countries import normalize_countries
from matching.dates import DateOrder, PartialDate, parse_date
from matching.errors import InvalidDateError
from matching.gcpause import paused_gc
from matching.model import Person
from vetting.errors import InputFileError, MissingColumnsError
from vetting.settings import Settings
from vetting.tables import LINE, read_table

CANDIDATE_REQUIRED = ("candidate_id", "full_name", "date_of_birth")
EXCLUSION_REQUIRED = ("record_id", "full_name")
CATEGORIES = frozenset({"SEA", "SH"})
STATUSES = frozenset({"substantiated", "pending_investigation"})
MAX_NAME_LENGTH = 300
_HAS_LETTER = re.compile(r"[^\W\d_]")
_GENDERS = {
    "m": "male",
    "male": "male",
    "man": "male",
    "f": "female",
    "female": "female",
    "woman": "female",
}


class Severity(StrEnum):
    """Whether a problem stopped the row (error) or only lowered what it says (warning)."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem in one row, as a person fixing the file needs to read it."""

    path: Path
    line: int
    column: str
    message: str
    severity: Severity

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.column}: {self.message}"


@dataclass(slots=True)
class Loaded:
    """People read from a file, the problems found, and the raw rows they came from
    (as dicts by id, or as the frame read, when asked for)."""

    path: Path
    people: list[Person] = field(default_factory=list)
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    frame: pl.DataFrame | None = None
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def rejected(self) -> list[RowProblem]:
        """Problems that kept a row out."""
        return [p for p in self.problems if p.severity is Severity.ERROR]


def _require(frame: pl.DataFrame, path: Path, columns: tuple[str, ...]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        found = ", ".join(c for c in frame.columns if c != LINE) or "none"
        raise MissingColumnsError(path, f"missing column(s) {', '.join(missing)} (found: {found})")


def read_birth_date(
    value: str,
    *,
    path: Path,
    line: int,
    problems: list[RowProblem],
    order: DateOrder | None = None,
) -> PartialDate | None:
    """Parse a birth date; unreadable or ambiguous ones become warnings, never guesses."""
    try:
        date = parse_date(value, order)
    except InvalidDateError as exc:
        problems.append(
            RowProblem(
                path,
                line,
                "date_of_birth",
                f"{exc}; screened without a birth date",
                Severity.WARNING,
            )
        )
        return None
    if date is not None and date.note is not None:
        problems.append(RowProblem(path, line, "date_of_birth", date.note, Severity.WARNING))
    return date


def normalise_gender(value: str) -> str | None:
    """``male``/``female`` from the usual spellings; anything else is unknown (neutral)."""
    return _GENDERS.get(value.strip().lower())


def _check_name(value: str, *, path: Path, line: int, problems: list[RowProblem]) -> bool:
    if not value:
        problems.append(RowProblem(path, line, "full_name", "empty name", Severity.ERROR))
        return False
    if len(value) > MAX_NAME_LENGTH:
        problems.append(
            RowProblem(
                path,
                line,
                "full_name",
                f"name longer than {MAX_NAME_LENGTH} characters",
                Severity.ERROR,
            )
        )
        return False
    if not _HAS_LETTER.search(value):
        problems.append(
            RowProblem(path, line, "full_name", f"no letters in name {value!r}", Severity.ERROR)
        )
        return False
    return True


_OPTIONAL = ("aliases", "date_of_birth", "nationality", "gender", "category", "status")


def _load(
    path: Path,
    *,
    id_column: str,
    required: tuple[str, ...],
    aliases: bool,
    max_mb: float,
    max_rows: int,
    keep_rows: bool,
    keep_frame: bool = False,
    date_order: DateOrder | None = None,
    prepare_names: bool = True,
    workers: int = 1,
    helper: Helper | None = None,
) -> Loaded:
    frame = read_table(path, max_mb=max_mb)
    _require(frame, path, required)
    if frame.height > max_rows:
        raise InputFileError(path, f"{frame.height} rows is over the {max_rows} row limit")
    ahead = None
    if helper is not None and prepare_names:
        # a helper prepares most names while the rows are checked here
        ahead = prepare_ahead(helper, _expected_names(frame, aliases), workers=workers)
    loaded = Loaded(path, frame=frame if keep_frame else None)
    seen: dict[str, int] = {}
    missing = [pl.lit("").alias(c) for c in _OPTIONAL if c not in frame.columns]
    columns = frame.with_columns(missing).select(LINE, id_column, "full_name", *_OPTIONAL)
    raw_rows = frame.iter_rows(named=True) if keep_rows else None
    texts: list[str] = []
    pending: list[tuple[str, int, PartialDate | None, frozenset[str], str | None]] = []
    with paused_gc():  # a million people and their names: nothing cyclic to collect
        for (
            line,
            key,
            full_name,
            alias_cell,
            dob,
            nationality,
            gender,
            category,
            status,
        ) in columns.iter_rows():
            raw = next(raw_rows) if raw_rows is not None else None
            if not key:
                loaded.problems.append(
                    RowProblem(path, line, id_column, "empty id", Severity.ERROR)
                )
                continue
            if key in seen:
                first = seen[key]
                message = f"duplicate id {key!r} (first on line {first})"
                loaded.problems.append(RowProblem(path, line, id_column, message, Severity.ERROR))
                continue
            seen[key] = line
            if not _check_name(full_name, path=path, line=line, problems=loaded.problems):
                continue
            names = [full_name]
            if aliases and alias_cell:
                names.extend(a.strip() for a in alias_cell.split(";") if _HAS_LETTER.search(a))
            _check_extra(nationality, path=path, line=line, problems=loaded.problems)
            if aliases:
                _check_record(category, status, path=path, line=line, problems=loaded.problems)
            birth = read_birth_date(
                dob, path=path, line=line, problems=loaded.problems, order=date_order
            )
            distinct = list(dict.fromkeys(names)) if prepare_names else []
            texts.extend(distinct)
            countries = normalize_countries(nationality)
            pending.append((key, len(distinct), birth, countries, normalise_gender(gender)))
            loaded.lines[key] = line
            if raw is not None:
                loaded.rows[key] = {k: str(v) for k, v in raw.items() if k != LINE}
        # the rows checked, their names are prepared at once (shared among processes)
        prepared = iter(prepare_many(texts, workers=workers, ahead=ahead))
        loaded.people.extend(
            Person(
                key=key,
                names=tuple(islice(prepared, count)),
                birth_date=birth,
                countries=countries,
                gender=gender,
            )
            for key, count, birth, countries, gender in pending
        )
    return loaded


def _expected_names(frame: pl.DataFrame, aliases: bool) -> list[str]:
    """The names the rows will give, read off the columns at once (rows yet to be checked
    and rejected give some for nothing)."""
    names = frame["full_name"]
    if aliases and "aliases" in frame.columns:
        aliased = frame["aliases"].str.split(";").explode(empty_as_null=False)
        names = pl.concat([names, aliased.str.strip_chars()])
    return names.filter(names != "").unique(maintain_order=True).to_list()


def _check_extra(nationality: str, *, path: Path, line: int, problems: list[RowProblem]) -> None:
    if nationality and not normalize_countries(nationality):
        message = f"unknown country {nationality!r}; ignored"
        problems.append(RowProblem(path, line, "nationality", message, Severity.WARNING))


def _check_record(
    category: str, status: str, *, path: Path, line: int, problems: list[RowProblem]
) -> None:
    if category and category.upper() not in CATEGORIES:
        message = f"{category!r} is not SEA or SH"
        problems.append(RowProblem(path, line, "category", message, Severity.WARNING))
    if status and status.lower() not in STATUSES:
        message = f"{status!r} is not substantiated or pending_investigation"
        problems.append(RowProblem(path, line, "status", message, Severity.WARNING))


def load_candidates(
    path: Path,
    settings: Settings,
    *,
    keep_rows: bool = False,
    date_order: DateOrder | None = None,
) -> Loaded:
    """Candidates of one file; see the module docstring for the bad-row policy.

    ``keep_rows`` also keeps every raw row (for storing a batch), at some memory cost;
    ``date_order`` is the day/month order the sender declared for slashed dates.
    """
    return _load(
        path,
        id_column="candidate_id",
        required=CANDIDATE_REQUIRED,
        aliases=False,
        max_mb=settings.max_file_mb,
        max_rows=settings.max_rows,
        keep_rows=keep_rows,
        date_order=date_order,
        workers=settings.match_workers,
    )


def load_exclusions(
    path: Path,
    settings: Settings,
    *,
    keep_frame: bool = False,
    prepare_names: bool = True,
    helper: Helper | None = None,
) -> Loaded:
    """Exclusion records of one file (``aliases`` are ``;``-separated extra names).

    ``keep_frame`` keeps the frame read (:attr:`Loaded.frame`, every row, in file order),
    which storing a list reads column by column. ``prepare_names=False`` checks every row
    but leaves the people's names unprepared (``names == ()``): storing a list needs the
    rows, not the matcher's keys, and preparing a million names is a third of an import.
    ``helper``: a helper process that prepares most names of a large list while its rows
    are checked here (:class:`matching.bulk.Ahead`), and may serve the next steps.
    """
    return _load(
        path,
        id_column="record_id",
        required=EXCLUSION_REQUIRED,
        aliases=True,
        max_mb=settings.max_list_mb,
        max_rows=settings.max_list_rows,
        keep_rows=False,
        keep_frame=keep_frame,
        prepare_names=prepare_names,
        workers=settings.match_workers,
        helper=helper,
    )
