"""Reproducible inputs of the end-to-end benchmark: a large list, regional candidate batches.

Two generators are combined so the data is both big and honest about matches:

* :func:`fixtures.scenario.make_scenario` gives a few thousand list records with full rows
  (aliases, entity, category...) and candidates who *are* some of them, drifted across
  scripts, spellings and birth dates, plus namesakes and relatives: the true matches;
* :func:`benchmarks.speed.synthetic_people` fills the list and the batches up to size with
  Faker names in 22 locales and their scripts, as the speed harness does.

Lists of every size share their first rows (a 100k list is the head of the 1M one), and
every file is cached in ``benchmarks/.cache`` by its size and seed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from benchmarks.speed import CACHE, synthetic_people
from fixtures.files import (
    CANDIDATE_COLUMNS,
    EXCLUSION_COLUMNS,
    OFFICES,
    candidate_row,
    exclusion_row,
)
from fixtures.scenario import Scenario, make_scenario

SCENARIO_RECORDS = 3_000
TRUE_MATCHES = 300
HARD_NEGATIVES = 100
REGIONS = tuple(OFFICES)
ENTITIES = ("UNDP", "UNICEF", "WFP", "UNHCR", "UNFPA", "UNOPS")


@dataclass(frozen=True, slots=True)
class BatchFile:
    """One candidate batch as an office submits it."""

    path: Path
    region: str
    office: str
    candidates: int


def _slug(region: str) -> str:
    return region.lower().replace("-", "_").replace(" ", "_")


def scenario(seed: int) -> Scenario:
    """The planted part: list records with true matches and namesakes among the candidates."""
    return make_scenario(
        records=SCENARIO_RECORDS,
        matches=TRUE_MATCHES,
        namesakes=HARD_NEGATIVES,
        negatives=0,
        seed=seed,
    )


def write_list(records: int, seed: int) -> Path:
    """An exclusion list of ``records`` rows: the scenario's records, then filler."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"e2e-list-{records}-{seed}.csv"
    if path.exists():
        return path
    head = pl.DataFrame(
        [exclusion_row(p) for p in scenario(seed).records], schema=list(EXCLUSION_COLUMNS),
        orient="row",
    )  # fmt: skip
    filler = synthetic_people(records - head.height, seed, "R").rename({"id": "record_id"})
    n = filler.height
    rng = random.Random(seed)
    filler = filler.with_columns(
        aliases=pl.lit(""),
        nationality=pl.lit(""),
        gender=pl.Series([rng.choice(("male", "female", "")) for _ in range(n)]),
        entity=pl.Series([ENTITIES[i % len(ENTITIES)] for i in range(n)]),
        category=pl.Series(["SEA" if i % 3 else "SH" for i in range(n)]),
        status=pl.Series(["substantiated" if i % 4 else "pending_investigation" for i in range(n)]),
        recorded_on=pl.lit("2021-06-01"),
    ).select(EXCLUSION_COLUMNS)
    pl.concat([head, filler]).write_csv(path)
    return path


def write_batches(sizes: Sequence[int], seed: int) -> list[BatchFile]:
    """Batches of the given sizes from offices in every region, true matches spread over them.

    The scenario's candidates (true matches, namesakes, relatives) are shuffled in among
    the filler candidates, so every batch holds some.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    tag = f"{seed}-{'_'.join(str(s) for s in sizes)}"
    offices = [(r, o) for r in REGIONS for o in OFFICES[r]]
    rng = random.Random(seed + 2)
    rng.shuffle(offices)
    files = [
        BatchFile(CACHE / f"e2e-batch-{tag}-{i:02d}.csv", region, office, size)
        for i, (size, (region, office)) in enumerate(
            zip(sizes, (offices * (len(sizes) // len(offices) + 1))[: len(sizes)], strict=True)
        )
    ]
    if all(f.path.exists() for f in files):
        return files
    special = pl.DataFrame(
        [candidate_row(p) for p in scenario(seed).candidates], schema=list(CANDIDATE_COLUMNS),
        orient="row",
    )  # fmt: skip
    total = sum(sizes)
    filler = (
        synthetic_people(total - special.height, seed + 1, "C")
        .rename({"id": "candidate_id"})
        .with_columns(nationality=pl.lit(""), gender=pl.lit(""))
        .select(CANDIDATE_COLUMNS)
    )
    everyone = pl.concat([special, filler]).sample(fraction=1.0, shuffle=True, seed=seed)
    start = 0
    for file in files:
        everyone.slice(start, file.candidates).write_csv(file.path)
        start += file.candidates
    return files


def region_code(region: str) -> str:
    """The region code the pipeline stores (``Asia-Pacific`` -> ``asia_pacific``)."""
    return _slug(region)


def concatenated(files: Sequence[BatchFile], name: str) -> Path:
    """Every batch in one file, for the one ``vetting match`` run it is compared with."""
    path = CACHE / name
    if not path.exists():
        pl.concat([pl.read_csv(f.path, infer_schema=False) for f in files]).write_csv(path)
    return path
