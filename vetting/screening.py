"""Matching loaded files: candidates against an exclusion list, to rows for review.

Use :func:`match_files` from the command line and the flows; it returns a polars frame of
the pairs to review, one row per (candidate, record), with score, band and explanation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import polars as pl

from matching.batch import Matcher
from matching.blocking import BlockingIndex
from matching.gcpause import collector_off
from matching.model import MatchResult, Person
from vetting.settings import Settings

PAIR_COLUMNS = (
    "candidate_id",
    "record_id",
    "score",
    "band",
    "explanation",
    "candidate_name",
    "record_name",
)
TEXT_COLUMNS = ("explanation", "candidate_name", "record_name")


def results_frame(results: Sequence[MatchResult], settings: Settings) -> pl.DataFrame:
    """Pairs as rows, best first within each candidate."""
    rows = sorted(results, key=lambda r: (r.candidate_key, -r.score, r.record_key))
    return pl.DataFrame(
        {
            "candidate_id": [r.candidate_key for r in rows],
            "record_id": [r.record_key for r in rows],
            "score": pl.Series([r.score for r in rows], dtype=pl.Float64),
            "band": [settings.band(r.score) for r in rows],
            "explanation": [r.explanation() for r in rows],
            "candidate_name": [r.candidate_name for r in rows],
            "record_name": [r.record_name for r in rows],
        },
        schema={c: (pl.Float64 if c == "score" else pl.String) for c in PAIR_COLUMNS},
    )


def match_people(
    candidates: Sequence[Person],
    records: Sequence[Person],
    settings: Settings,
    *,
    index: BlockingIndex | None = None,
    progress: Callable[[int], None] | None = None,
) -> pl.DataFrame:
    """Every pair at or above the review threshold, as :data:`PAIR_COLUMNS`; ``index``:
    the records' blocking index, when it was built before."""
    # the collector waits, as for a screening chunk: its full collections walk the list's
    # index and the name caches (one or two per run against 1,000,000 records, 1 s)
    with collector_off(), Matcher(records, index=index) as matcher:
        found = list(
            matcher.match(
                candidates,
                threshold=settings.review_threshold,
                progress=progress,
                workers=settings.match_workers,
            )
        )
    return results_frame(found, settings)
