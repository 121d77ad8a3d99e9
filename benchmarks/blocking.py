"""Blocking recall: of the pairs exhaustive scoring raises, the share blocking keeps.

Run ``python -m benchmarks.blocking``. For each dataset every candidate of a sample is
scored against every record with :func:`matching.model.score_pair` (no blocking), and the
pairs at or above the review threshold are compared with what
:class:`matching.batch.Matcher` (blocking, then the same scores) raises. The target is
99.9% kept. Samples keep the exhaustive run to a few minutes on 2 cores; results go to
``benchmarks/results/blocking.md`` and ``.json``.

Small samples cannot show what a large list does to blocking: on a list of a million most
name parts are common keys, which find pairs only together. So a second measure plants
known true matches (:mod:`benchmarks.e2e_data`: drifted copies of listed people) among the
end-to-end benchmark's list of ``--scale`` records, and counts how many of the true pairs
that score at or above the threshold on their own blocking keeps. A sample of those
candidates (``--exhaustive``) is also compared against every record of that list: there
scoring a million pairs per candidate would take hours, so records are passed over only
by :meth:`matching.batch.BlockScorer.worth_scoring`, the bound that the tests check never
skips a pair full scoring raises.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import multiprocessing
import random
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.datasets import load_febrl, load_un, sample_rows
from benchmarks.multiscript import to_person
from benchmarks.provenance import git_commit
from fixtures.scenario import make_scenario
from matching.batch import BlockScorer, Matcher
from matching.model import Person, quick_score, score_pair

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


@dataclass(frozen=True, slots=True)
class Planted:
    """Blocking recall on planted true pairs among a large list."""

    records: int
    candidates: int
    true_pairs: int
    raised_directly: int
    kept: int
    recall: float
    blocked_pairs_scored: int
    lost_examples: list[str]
    exhaustive_candidates: int = 0
    raised_exhaustive: int = 0
    kept_exhaustive: int = 0
    lost_exhaustive_examples: list[str] | None = None
    seconds_exhaustive: float = 0.0


_LISTED: Sequence[Person] = ()
"""In a forked scoring process: the whole list."""


def _raised_by_all(candidate: Person) -> list[str]:
    """Keys of every listed record the candidate reaches the threshold with."""
    scorer = BlockScorer(candidate, _LISTED)
    return [
        record.key
        for record in _LISTED
        if scorer.worth_scoring(record, THRESHOLD)
        and quick_score(
            candidate, record, similarity=scorer.similarity, neighbours=scorer.neighbours
        )
        >= THRESHOLD
    ]


def raised_against_all(
    candidates: Sequence[Person], records: Sequence[Person], workers: int = 2
) -> set[tuple[str, str]]:
    """Every pair of ``candidates`` x ``records`` at or above the threshold, with no
    blocking, in forked processes that share the list."""
    global _LISTED  # noqa: PLW0603 - handed to the forked processes
    _LISTED = records
    gc.freeze()  # the list stays out of the children's collections (and unshared pages)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            found = list(pool.map(_raised_by_all, candidates))
    finally:
        gc.unfreeze()
        _LISTED = ()
    return {(c.key, r) for c, keys in zip(candidates, found, strict=True) for r in keys}


def measure_planted(records: int, seed: int = 7, exhaustive: int = 240) -> Planted:
    """The scenario's true pairs, scored directly and through the blocked matcher."""
    from benchmarks.e2e_data import scenario, write_list  # noqa: PLC0415 (only for --scale)
    from vetting.ingest import load_exclusions  # noqa: PLC0415
    from vetting.settings import get_settings  # noqa: PLC0415

    listed = {p.key: p for p in load_exclusions(write_list(records, seed), get_settings()).people}
    planted = scenario(seed)
    unreadable: Counter[str] = Counter()
    candidates = {c.key: to_person(c, unreadable) for c in planted.candidates}
    direct = [
        (t.candidate_id, t.record_id)
        for t in planted.truth
        if score_pair(candidates[t.candidate_id], listed[t.record_id]).score >= THRESHOLD
    ]
    matcher = Matcher(list(listed.values()))
    blocked = {
        (m.candidate_key, m.record_key)
        for m in matcher.match(list(candidates.values()), threshold=THRESHOLD)
    }
    lost = [pair for pair in direct if pair not in blocked]
    sample = random.Random(seed).sample(list(candidates.values()), min(exhaustive, len(candidates)))
    start = time.perf_counter()
    everything = raised_against_all(sample, list(listed.values())) if sample else set()
    seconds = time.perf_counter() - start
    missed = sorted(everything - blocked)
    result = Planted(
        records=len(listed),
        candidates=len(candidates),
        true_pairs=len(planted.truth),
        raised_directly=len(direct),
        kept=len(direct) - len(lost),
        recall=round((len(direct) - len(lost)) / len(direct), 5) if direct else 1.0,
        blocked_pairs_scored=matcher.pairs_scored,
        lost_examples=[
            f"{candidates[c].names[0].original} | {listed[r].names[0].original}" for c, r in lost
        ],
        exhaustive_candidates=len(sample),
        raised_exhaustive=len(everything),
        kept_exhaustive=len(everything) - len(missed),
        lost_exhaustive_examples=[
            f"{candidates[c].names[0].original} | {listed[r].names[0].original}"
            for c, r in missed[:50]
        ],
        seconds_exhaustive=round(seconds, 1),
    )
    log.info("planted: %s", result)
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


def report(results: Sequence[Recall], planted: Planted | None = None) -> str:
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
    if planted is not None:
        lines += [
            "",
            f"## Planted true matches among {planted.records:,} records",
            "",
            "True pairs of `fixtures.scenario` (drifted across scripts, spellings, order and "
            "dates) planted in the end-to-end benchmark's list; recall = share of the true "
            "pairs scoring at or above the threshold directly that blocking keeps.",
            "",
            "| records | candidates | true pairs | raised directly | kept by blocking | recall "
            "| pairs scored after blocking |",
            "|---:|---:|---:|---:|---:|---:|---:|",
            f"| {planted.records:,} | {planted.candidates:,} | {planted.true_pairs:,} | "
            f"{planted.raised_directly:,} | {planted.kept:,} | {planted.recall:.2%} | "
            f"{planted.blocked_pairs_scored:,} |",
        ]
        if planted.lost_examples:
            lines += ["", "Lost:", ""] + [f"- {example}" for example in planted.lost_examples]
        if planted.exhaustive_candidates:
            share = (
                planted.kept_exhaustive / planted.raised_exhaustive
                if planted.raised_exhaustive
                else 1.0
            )
            lines += [
                "",
                f"Against every record: {planted.exhaustive_candidates} of those candidates "
                f"(seeded sample) compared with all {planted.records:,} records, passing over "
                "only records the tested score bound shows cannot reach the threshold "
                f"({planted.seconds_exhaustive:,.0f} s on 2 processes). Exhaustive scoring "
                f"raises {planted.raised_exhaustive:,} pairs; blocking keeps "
                f"{planted.kept_exhaustive:,} ({share:.2%}).",
            ]
            if planted.lost_exhaustive_examples:
                lines += ["", "Lost against every record:", ""]
                lines += [f"- {example}" for example in planted.lost_exhaustive_examples]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    """Measure and write ``benchmarks/results/blocking.{md,json}``."""
    git_commit()  # stamp results with the code loaded now
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=1500, help="negatives / FEBRL rows sampled")
    parser.add_argument(
        "--scale", type=int, default=1_000_000, help="list size for planted matches (0: skip)"
    )
    parser.add_argument(
        "--exhaustive",
        type=int,
        default=240,
        help="planted candidates also compared with every record of the large list (60 "
        "raised 94 pairs, too few to see a loss of one in a hundred)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    planted = measure_planted(args.scale, exhaustive=args.exhaustive) if args.scale else None
    results = [measure(name, cands, recs) for name, (cands, recs) in datasets(args.sample).items()]
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = report(results, planted)
    (RESULTS / "blocking.md").write_text(text, "utf-8")
    payload = {
        "samples": [asdict(r) for r in results],
        "planted": asdict(planted) if planted else None,
    }
    (RESULTS / "blocking.json").write_text(json.dumps(payload, indent=2), "utf-8")
    log.info("wrote %s", RESULTS / "blocking.md")


if __name__ == "__main__":
    main()
