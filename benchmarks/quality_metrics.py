"""Thresholds, names and metrics shared by the quality harness (:mod:`benchmarks.quality`).

Use it for the numbers every dataset reports the same way: precision/recall/F1, recall and
false alerts per 100k on a screened population, and one matcher's entry (metrics at its
own threshold and at every reported one), so that the three matchers are comparable.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias, TypeVar

REVIEW_THRESHOLD = 0.70
"""Our matcher raises a pair for human review at or above this score."""
LOGICV2_THRESHOLD = 0.70
"""LogicV2's own match threshold (as in nomenklatura's name benchmark)."""
TOKEN_SORT_THRESHOLD = 0.85
"""The baseline flags ``token_sort_ratio >= 85``."""
THRESHOLDS = (0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95)
"""Every matcher is also reported at these thresholds (JSON only)."""

TOP_FALSE_ALERTS = 20
TOP_LISTED = 25

OURS = "ours"
LOGICV2 = "LogicV2"
TOKEN_SORT = "token_sort"

Pair: TypeAlias = tuple[int, int]
"""(candidate index, record index)."""
Scores: TypeAlias = dict[Pair, float]
Section: TypeAlias = dict[str, Any]
"""One dataset's results: sizes, target, the matchers' entries and the lists."""
R = TypeVar("R")


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (0 when undefined, so tables never show NaN)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def at_thresholds(
    metric: Callable[[float], dict[str, Any]], own: float
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The metrics at a matcher's own threshold and at every reported threshold."""
    return metric(own), {f"{t:.2f}": metric(t) for t in THRESHOLDS}


def un_metrics(
    scores: Scores, n_treated: int, n_negatives: int, threshold: float
) -> dict[str, Any]:
    """Recall of the true pairs, false alerts from negatives, wrong-record alerts.

    Candidates ``0..n_treated-1`` are the treated rows (true record = same index), the
    rest are negatives; an alert is any pair at or above ``threshold``.
    """
    found = {c for (c, r), s in scores.items() if c < n_treated and c == r and s >= threshold}
    negative = [(c, r) for (c, r), s in scores.items() if c >= n_treated and s >= threshold]
    wrong = sum(1 for (c, r), s in scores.items() if c < n_treated and c != r and s >= threshold)
    return {
        "recall": round(len(found) / n_treated, 4),
        "found": len(found),
        "missed": n_treated - len(found),
        "false_alerts": len(negative),
        "false_alerts_per_100k": round(len(negative) * 100_000 / max(n_negatives, 1), 1),
        "negatives_alerted": len({c for c, _ in negative}),
        "wrong_record_alerts": wrong,
    }


def linkage_metrics(scores: Scores, truth: set[Pair], threshold: float) -> dict[str, Any]:
    """Precision/recall/F1 of every pair raised at ``threshold`` against the true pairs."""
    raised = {pair for pair, s in scores.items() if s >= threshold}
    tp = len(raised & truth)
    fp = len(raised) - tp
    fn = len(truth) - tp
    return {"raised": len(raised), "tp": tp, "fp": fp, "fn": fn, **prf(tp, fp, fn)}


def labelled_metrics(
    scores: Sequence[float], labels: Sequence[bool], threshold: float
) -> dict[str, Any]:
    """Confusion counts and P/R/F1 of scored, labelled pairs."""
    tp = fp = fn = tn = 0
    for score, label in zip(scores, labels, strict=True):
        predicted = score >= threshold
        tp += predicted and label
        fp += predicted and not label
        fn += label and not predicted
        tn += not (label or predicted)
    return {"n": len(labels), "tp": tp, "fp": fp, "fn": fn, "tn": tn, **prf(tp, fp, fn)}


def matcher_entry(
    metric: Callable[[float], dict[str, Any]],
    threshold: float,
    seconds: float,
    notes: Sequence[str],
    meets: Callable[[dict[str, Any]], bool],
) -> dict[str, Any]:
    """One matcher's row: metrics at its threshold, per threshold, time and caveats."""
    own, by_threshold = at_thresholds(metric, threshold)
    return {
        "threshold": threshold,
        "metrics": own,
        "meets_target": meets(own),
        "by_threshold": by_threshold,
        "seconds": round(seconds, 1),
        "notes": list(notes),
    }


def timed(func: Callable[[], R]) -> tuple[R, float]:
    """``func()`` and the seconds it took."""
    start = time.perf_counter()
    value = func()
    return value, time.perf_counter() - start
