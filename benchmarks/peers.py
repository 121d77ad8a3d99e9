"""The two peers our matcher is measured against: a token_sort baseline and LogicV2.

Use it to score the same rows with rapidfuzz ``token_sort_ratio`` (a naive fuzzy baseline,
exhaustive over all pairs) and with nomenklatura's LogicV2 (a well-known open-source
matcher). LogicV2 is pure Python at ~1-3 ms a pair, so on the large datasets it scores
only prefiltered pairs plus every true pair, in a process pool; :func:`logicv2_prefiltered`
also scores a random sample against the whole list to measure what the prefilter drops.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from typing import Any, TypeAlias

import numpy as np
from rapidfuzz import fuzz, process, utils
from rigour.text.translit import ascii_text

from benchmarks.datasets import PersonRow, lenient_date, sample_rows
from benchmarks.quality_metrics import LOGICV2_THRESHOLD, THRESHOLDS, Pair, Scores
from matching.countries import normalize_countries

log = logging.getLogger(__name__)

EntitySpec: TypeAlias = tuple[str, str, str | None, tuple[str, ...]]
"""What LogicV2 sees of a person: (id, name, ISO birth date, nationality codes)."""


def package_version(package: str) -> str:
    """The installed version of a peer or library, for the report."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


# --- token_sort baseline -------------------------------------------------------------------


def token_sort_score(left: str, right: str) -> float:
    """The baseline's score of two names in [0, 1]."""
    return float(fuzz.token_sort_ratio(left, right, processor=utils.default_process)) / 100


def cdist_pairs(
    queries: Sequence[str],
    choices: Sequence[str],
    scorer: Callable[..., float],
    cutoff: float,
    chunk: int = 20_000,
) -> Scores:
    """Pairs scoring at least ``cutoff`` (0-100), by rapidfuzz ``cdist`` in row chunks.

    Chunked so that 100,000 x 683 never needs the whole dense matrix at once.
    """
    found: Scores = {}
    for start in range(0, len(queries), chunk):
        matrix = process.cdist(
            queries[start : start + chunk],
            choices,
            scorer=scorer,
            processor=utils.default_process,
            score_cutoff=cutoff,
            workers=-1,
        )
        for i, j in zip(*np.nonzero(matrix >= cutoff), strict=True):
            found[(start + int(i), int(j))] = float(matrix[i, j]) / 100
    return found


def token_sort_pairs(queries: Sequence[str], choices: Sequence[str]) -> Scores:
    """Baseline pairs down to the lowest reported threshold (names only, no dates)."""
    return cdist_pairs(queries, choices, fuzz.token_sort_ratio, min(THRESHOLDS) * 100)


# --- LogicV2 -------------------------------------------------------------------------------


def romanised(names: Iterable[str]) -> list[str]:
    """Names in ASCII with LogicV2's own transliteration (so the prefilter sees scripts
    the way LogicV2 does)."""
    return [ascii_text(name) for name in names]


def prefilter(queries: Sequence[str], choices: Sequence[str], cutoff: float) -> set[Pair]:
    """Pairs LogicV2 will score: romanised ``token_set_ratio`` at least ``cutoff``."""
    found = cdist_pairs(romanised(queries), romanised(choices), fuzz.token_set_ratio, cutoff)
    return set(found)


def spec(key: str, name: str, birth_date: str | None, countries: Iterable[str] = ()) -> EntitySpec:
    """A LogicV2 input; the date is our parse of the cell (ISO, unreadable -> none)."""
    date = lenient_date(birth_date)
    return (key, name, date.iso() if date else None, tuple(sorted(c.lower() for c in countries)))


def person_spec(row: PersonRow) -> EntitySpec:
    """What LogicV2 gets of a UN row: the same name, date and countries as ours."""
    return spec(row.key, row.full_name, row.date_of_birth, normalize_countries(row.nationality))


@lru_cache(maxsize=200_000)
def _entity(entity: EntitySpec) -> Any:
    """A followthemoney Person with name, birthDate and nationality (built once per worker).

    LogicV2 caches work by entity id, so ids must be unique per distinct entity.
    """
    from followthemoney import ValueEntity, model  # noqa: PLC0415 (only in workers)

    key, name, birth_date, countries = entity
    proxy = ValueEntity(model["Person"], {"id": key})
    proxy.add("name", name)
    if birth_date:
        proxy.add("birthDate", birth_date)
    for country in countries:
        proxy.add("nationality", country)
    return proxy


def _logicv2_chunk(pairs: list[tuple[EntitySpec, EntitySpec]]) -> list[float]:
    """LogicV2 scores of (query, result) pairs; runs in a worker process."""
    from nomenklatura.matching import LogicV2  # noqa: PLC0415 (only in workers)

    config = LogicV2.default_config()
    return [
        float(LogicV2.compare(_entity(query), _entity(result), config).score)
        for query, result in pairs
    ]


@lru_cache(maxsize=1)
def logicv2_pool() -> ProcessPoolExecutor:
    """One worker pool for the whole run: each LogicV2 worker spends seconds loading its
    name data on first use, so workers are kept (shut down by :func:`main`)."""
    return ProcessPoolExecutor(max_workers=os.cpu_count() or 1)


def logicv2_scores(
    pairs: Sequence[tuple[EntitySpec, EntitySpec]], chunk: int = 2000
) -> list[float]:
    """LogicV2 over many pairs, on every core (it is pure Python and holds the GIL)."""
    if not pairs:
        return []
    chunks = [list(pairs[i : i + chunk]) for i in range(0, len(pairs), chunk)]
    scores: list[float] = []
    for done, part in enumerate(logicv2_pool().map(_logicv2_chunk, chunks), start=1):
        scores.extend(part)
        if done % 10 == 0 or done == len(chunks):
            log.info("LogicV2: %d/%d pairs", len(scores), len(pairs))
    return scores


def logicv2_pairs(
    pairs: Iterable[Pair], queries: Sequence[EntitySpec], results: Sequence[EntitySpec]
) -> Scores:
    """LogicV2 scores of index pairs (query = candidate, result = list record)."""
    ordered = sorted(pairs)
    scores = logicv2_scores([(queries[c], results[r]) for c, r in ordered])
    return dict(zip(ordered, scores, strict=True))


def exhaustive_check(
    sample: Sequence[int],
    queries: Sequence[EntitySpec],
    results: Sequence[EntitySpec],
    kept: set[Pair],
    population: int,
) -> dict[str, Any]:
    """Score sampled candidates against *every* record: which raised pairs did the
    prefilter (or the added true pairs) keep?"""
    pairs = [(c, r) for c in sample for r in range(len(results))]
    scores = logicv2_pairs(pairs, queries, results)
    raised = {pair for pair, s in scores.items() if s >= LOGICV2_THRESHOLD}
    return {
        "candidates": len(sample),
        "population": population,
        "pairs_scored": len(pairs),
        "raised_exhaustively": len(raised),
        "raised_and_kept_by_prefilter": len(raised & kept),
        "dropped_by_prefilter": [
            {"candidate": queries[c][1], "record": results[r][1], "score": round(scores[(c, r)], 4)}
            for c, r in sorted(raised - kept)
        ],
    }


def check_note(check: dict[str, Any], what: str) -> str:
    """The exhaustive-sample result in words, with a crude scale-up of what was dropped."""
    dropped = len(check["dropped_by_prefilter"])
    scaled = dropped * check["population"] / max(check["candidates"], 1)
    return (
        f"prefilter check: {check['candidates']} random {what} scored against the whole list: "
        f"{check['raised_exhaustively']} pairs raised, {check['raised_and_kept_by_prefilter']} "
        f"of them kept by the prefilter (dropped {dropped}, i.e. roughly {scaled:.0f} over all "
        "candidates; see quality.json)"
    )


@dataclass(frozen=True, slots=True)
class PrefilteredRun:
    """LogicV2 on prefiltered pairs plus the true pairs, and its exhaustive-sample check."""

    scores: Scores
    kept: set[Pair]
    check: dict[str, Any]
    seconds: float


def logicv2_prefiltered(
    label: str,
    queries: Sequence[EntitySpec],
    results: Sequence[EntitySpec],
    truth: set[Pair],
    cutoff: float,
    population: Sequence[int],
    sample: int,
) -> PrefilteredRun:
    """LogicV2 scores of every pair whose names pass :func:`prefilter`, and of every true
    pair; then ``sample`` of ``population`` (candidate indexes) against the whole list."""
    start = time.perf_counter()
    kept = prefilter([q[1] for q in queries], [r[1] for r in results], cutoff)
    log.info("LogicV2 %s: %d prefiltered pairs (+ true pairs)", label, len(kept))
    scores = logicv2_pairs(kept | truth, queries, results)
    seconds = time.perf_counter() - start
    chosen = sample_rows(list(population), sample)
    check = exhaustive_check(chosen, queries, results, kept | truth, len(population))
    return PrefilteredRun(scores, kept, check, seconds)


def logicv2_agreement(reported: Sequence[float], live: Sequence[float]) -> str:
    """How far the installed LogicV2 is from the frozen scores (a drift check)."""
    pairs = list(zip(reported, live, strict=True))
    same = sum((a >= LOGICV2_THRESHOLD) == (b >= LOGICV2_THRESHOLD) for a, b in pairs)
    worst = max((abs(a - b) for a, b in pairs), default=0.0)
    return (
        f"live re-score of all cases with the installed version agrees with the reported "
        f"scores on {same}/{len(pairs)} decisions at {LOGICV2_THRESHOLD} "
        f"(max score difference {worst:.3f})"
    )
