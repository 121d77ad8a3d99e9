"""Blocking recall: of the pairs exhaustive scoring raises, the share blocking keeps.

Run ``python -m benchmarks.blocking``. For each dataset every candidate of a sample is
scored against every record with :func:`matching.model.score_pair` (no blocking), and the
pairs at or above the review threshold are compared with what
:class:`matching.batch.Matcher` (blocking, then the same scores) raises. The target is
99.9% kept. Samples keep the exhaustive run to a few minutes on 2 cores; results go to
``benchmarks/results/blocking.md`` and ``.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.datasets import load_febrl, load_un, sample_rows
from benchmarks.multiscript import to_person
from benchmarks.provenance import git_commit
from fixtures.scenario import make_scenario
from matching.batch import Matcher
from matching.model import Person, score_pair

log = logging.getLogger("benchmarks.blocking")

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
THRESHOLD = 0.70
TARGET = 0.999


@dataclass(frozen=True, slots=True)
class Recall:
    """Blocking recall on one dataset sample."""

    dataset: str
    candidates: int
    records: int
    exhaustive_pairs: int
    raised_exhaustive: int
    kept: int
    recall: float
    blocked_pairs_scored: int
    lost_examples: list[str]
    seconds_exhaustive: float


def measure(dataset: str, candidates: Sequence[Person], records: Sequence[Person]) -> Recall:
    """Exhaustive and blocked runs over the same people."""
    start = time.perf_counter()
    exhaustive = {
        (c.key, r.key)
        for c in candidates
        for r in records
        if score_pair(c, r, explain=False).score >= THRESHOLD
    }
    seconds = time.perf_counter() - start
    matcher = Matcher(records)
    blocked = {
        (m.candidate_key, m.record_key) for m in matcher.match(candidates, threshold=THRESHOLD)
    }
    lost = sorted(exhaustive - blocked)
    names = {p.key: p.names[0].original for p in [*candidates, *records] if p.names}
    kept = len(exhaustive) - len(lost)
    result = Recall(
        dataset=dataset,
        candidates=len(candidates),
        records=len(records),
        exhaustive_pairs=len(candidates) * len(records),
        raised_exhaustive=len(exhaustive),
        kept=kept,
        recall=round(kept / len(exhaustive), 5) if exhaustive else 1.0,
        blocked_pairs_scored=matcher.pairs_scored,
        lost_examples=[f"{names.get(c, c)} | {names.get(r, r)}" for c, r in lost[:15]],
        seconds_exhaustive=round(seconds, 1),
    )
    log.info("%s: %s", dataset, result)
    return result


def datasets(sample: int) -> dict[str, tuple[list[Person], list[Person]]]:
    """Candidate and record samples of the UN, FEBRL and multi-script sets."""
    un, treated, negatives = load_un(sample=sample)
    febrl_a, febrl_b = load_febrl()
    scenario = make_scenario(records=1500, matches=750, namesakes=500, negatives=750, seed=20261122)
    unreadable: Counter[str] = Counter()
    records = [to_person(r, unreadable) for r in scenario.records]
    candidates = [to_person(c, unreadable) for c in scenario.candidates]
    return {
        "un": ([*treated, *negatives], un),
        "febrl": (sample_rows(febrl_b, sample), sample_rows(febrl_a, 2 * sample)),
        "multiscript": (candidates, records),
    }


def report(results: Sequence[Recall]) -> str:
    """Markdown table plus the lost pairs."""
    commit = git_commit()
    lines = [
        "# Blocking recall",
        "",
        f"Run by `python -m benchmarks.blocking` on {dt.date.today()} at commit {commit or 'n/a'}. "
        f"Exhaustive scoring of every sampled candidate against every record, threshold "
        f"{THRESHOLD:.2f}; recall = share of the pairs it raises that blocking keeps "
        f"(target {TARGET:.1%}).",
        "",
        "| dataset | candidates | records | pairs compared | raised (exhaustive) "
        "| kept by blocking | recall | pairs scored after blocking |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for r in results:
        lines.append(
            f"| {r.dataset} | {r.candidates:,} | {r.records:,} | {r.exhaustive_pairs:,} | "
            f"{r.raised_exhaustive:,} | {r.kept:,} | {r.recall:.2%} | {r.blocked_pairs_scored:,} |"
        )
    for r in results:
        if r.lost_examples:
            lines += ["", f"## Lost in blocking: {r.dataset}", ""]
            lines += [f"- {example}" for example in r.lost_examples]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    """Measure and write ``benchmarks/results/blocking.{md,json}``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=1500, help="negatives / FEBRL rows sampled")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    results = [measure(name, cands, recs) for name, (cands, recs) in datasets(args.sample).items()]
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = report(results)
    (RESULTS / "blocking.md").write_text(text, "utf-8")
    (RESULTS / "blocking.json").write_text(
        json.dumps([asdict(r) for r in results], indent=2), "utf-8"
    )
    log.info("wrote %s", RESULTS / "blocking.md")


if __name__ == "__main__":
    main()
