"""Our matcher as the quality harness runs it: the production batch path, blocking included.

Use :func:`run_ours` for every pair :class:`~matching.batch.Matcher` raises, keyed by
(candidate index, record index) like the peers' scores, with the true pairs also scored
directly, so that a weak score can be told from a true pair blocking never proposed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.quality_metrics import REVIEW_THRESHOLD, THRESHOLDS, Pair, Scores
from matching.batch import Matcher
from matching.model import MatchResult, Person, score_pair

log = logging.getLogger(__name__)


def ours_results(
    records: Sequence[Person], candidates: Sequence[Person]
) -> dict[Pair, MatchResult]:
    """Every pair our batch path (blocking included) raises at the lowest reported threshold."""
    cand_index = {p.key: i for i, p in enumerate(candidates)}
    rec_index = {p.key: i for i, p in enumerate(records)}
    done = 0

    def progress(count: int) -> None:
        nonlocal done
        done += count
        log.info("ours: %d/%d candidates", done, len(candidates))

    matcher = Matcher(records)
    found = {
        (cand_index[m.candidate_key], rec_index[m.record_key]): m
        for m in matcher.match(
            candidates, threshold=min(THRESHOLDS), chunk_size=5000, progress=progress
        )
    }
    log.info("ours: %d pairs scored after blocking, %d raised", matcher.pairs_scored, len(found))
    return found


def blocking_losses(
    results: dict[Pair, MatchResult],
    truth: Iterable[Pair],
    records: Sequence[Person],
    candidates: Sequence[Person],
    threshold: float,
) -> tuple[dict[Pair, MatchResult], int]:
    """Direct scores of the true pairs, and how many reach ``threshold`` yet blocking lost."""
    direct = {(c, r): score_pair(candidates[c], records[r]) for c, r in truth}
    lost = sum(1 for pair, m in direct.items() if m.score >= threshold and pair not in results)
    return direct, lost


def alert_row(result: MatchResult) -> dict[str, Any]:
    """A raised pair as reviewers see it: names, score and our explanation."""
    return {
        "candidate": result.candidate_name,
        "record": result.record_name,
        "score": result.score,
        "explanation": result.explanation(),
    }


@dataclass(frozen=True, slots=True)
class OursRun:
    """What our batch path raised, the true pairs scored directly, and the time it took."""

    results: dict[Pair, MatchResult]
    scores: Scores
    direct: dict[Pair, MatchResult]
    lost: int
    """True pairs scoring at least the review threshold directly that blocking lost."""
    seconds: float

    def misses(self, threshold: float = REVIEW_THRESHOLD) -> list[dict[str, Any]]:
        """True pairs not raised at ``threshold`` with their direct score, highest first."""
        rows = [
            {**alert_row(m), "lost_by_blocking": m.score >= threshold}
            for pair, m in self.direct.items()
            if self.scores.get(pair, 0.0) < threshold
        ]
        return sorted(rows, key=lambda row: -float(row["score"]))


def run_ours(
    records: Sequence[Person], candidates: Sequence[Person], truth: Iterable[Pair]
) -> OursRun:
    """Our batch path over the whole dataset (timed), then the true pairs scored directly."""
    start = time.perf_counter()
    results = ours_results(records, candidates)
    seconds = time.perf_counter() - start
    direct, lost = blocking_losses(results, truth, records, candidates, REVIEW_THRESHOLD)
    scores = {pair: m.score for pair, m in results.items()}
    return OursRun(results, scores, direct, lost, seconds)
