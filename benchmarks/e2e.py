"""End to end into PostgreSQL: list import, submission, screening and finish, at scale.

Run ``python -m benchmarks.e2e`` (``--records 100000 --batches 2 --scaling ""`` for a quick
run). The main case imports a 1,000,000-record exclusion list and screens 100,000
candidates in 10 batches from offices in four regions into a fresh PostgreSQL database
(created and dropped by the harness; ``VETTING_BENCH_POSTGRES`` says where). Smaller cases
show how the cost grows with the list (the same batches of candidates against 100k and
300k records) and with the batch size (against the 100k list). For the main case the
same files also go through ``vetting match`` (all batches in one file, no database), the
floor the pipeline's match stage is compared with.

Reports wall time per stage, peak memory (PSS of this process and the scoring processes
it starts, sampled), database size (``pg_database_size``) and the recall of the planted
true matches. Results go to ``benchmarks/results/e2e.md``, ``e2e.json`` and ``e2e.png``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl
import psutil

from benchmarks.e2e_data import (
    HARD_NEGATIVES,
    TRUE_MATCHES,
    BatchFile,
    concatenated,
    scenario,
    write_batches,
    write_list,
)
from benchmarks.e2e_run import CaseResult, run_case
from benchmarks.memory import TreeSampler
from benchmarks.provenance import git_commit
from benchmarks.speed import CACHE, RESULTS, ROOT

log = logging.getLogger("benchmarks.e2e")

TARGET_S = 300.0
MATCH_RATIO_TARGET = 3.0
STAGES = ("list import", "index build", "submit", "screening", "finish")


@dataclass(frozen=True, slots=True)
class MatchRun:
    """``vetting match`` on the main case's files, and the code it measured."""

    seconds: float
    peak_mib: float
    pairs: int
    commit: str


def vetting_match(candidates: Path, exclusions: Path) -> MatchRun:
    """Time the file-only command on the same list and all candidates in one file.

    The result is kept next to the files (``vetting match`` runs for minutes at 1M records)
    and reused while ``matching/`` and the files are unchanged: its commit is reported.
    """
    saved = CACHE / f"e2e-match-{candidates.stem}-{exclusions.stem}.json"
    if saved.exists():
        run = MatchRun(**json.loads(saved.read_text("utf-8")))
        if run.commit.split(" ")[0] and _matching_unchanged_since(run.commit.split(" ")[0]):
            log.info("reusing the vetting match run of %s", run.commit)
            return run
    out = CACHE / "e2e-pairs.csv"
    vetting = str(Path(sys.executable).with_name("vetting"))
    start = time.perf_counter()
    child = psutil.Popen(
        [vetting, "match", str(candidates), str(exclusions), "--output", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        # a first run, always: a list kept by an earlier run would be read back instead
        env={**os.environ, "VETTING_LIST_CACHE_DIR": ""},
    )
    # Sampled, not getrusage: a child forked from this (large) process inherits its
    # resident size in ru_maxrss before it execs; and the command starts scoring processes.
    sampler = TreeSampler(child)
    child.wait()
    seconds = time.perf_counter() - start
    peak = sampler.peak_mib() * 2**20
    sampler.close()
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, "vetting match")
    run = MatchRun(round(seconds, 1), round(peak / 2**20, 1), pl.read_csv(out).height,
                   git_commit())  # fmt: skip
    saved.write_text(json.dumps(asdict(run)), "utf-8")
    return run


def _matching_unchanged_since(commit: str) -> bool:
    """No change to matching/ (committed or not) since ``commit``."""
    done = subprocess.run(
        ["git", "diff", "--quiet", commit, "--", "matching"], cwd=ROOT, check=False
    )
    return done.returncode == 0


def truth_pairs(seed: int) -> set[tuple[str, str]]:
    """(candidate id, record id) of every planted true match."""
    return {(t.candidate_id, t.record_id) for t in scenario(seed).truth}


def case(
    records: int, sizes: Sequence[int], seed: int, memory: TreeSampler
) -> tuple[CaseResult, list[BatchFile], Path]:
    """Generate (or reuse) the files and run one case."""
    list_path = write_list(records, seed)
    batches = write_batches(sizes, seed)
    log.info("case: %d records, batches %s", records, list(sizes))
    return run_case(list_path, records, batches, truth_pairs(seed), memory), batches, list_path


def _stage_table(main: CaseResult) -> list[str]:
    lines = ["| stage | wall time (s) | peak memory (MiB) |", "|---|---:|---:|"]
    for name in STAGES:
        stage = next((s for s in main.stages if s.name == name), None)
        if stage is not None:
            lines.append(f"| {name} | {stage.seconds:,.1f} | {stage.peak_mib:,.0f} |")
    lines.append(f"| **ingest to stored alerts** | **{main.ingest_to_alerts_s:,.1f}** | "
                 f"**{main.peak_mib:,.0f}** |")  # fmt: skip
    return lines


def _scaling_table(cases: Sequence[CaseResult]) -> list[str]:
    lines = [
        "| records | candidates | list import (s) | index build (s) | submit (s) | screening (s) "
        "| screening per 10k candidates (s) | finish (s) | total (s) | alerts | true matches "
        "found | peak memory (MiB) | database (MiB) | of which list only (MiB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in sorted(cases, key=lambda c: (c.records, c.candidates)):
        per_10k = c.seconds("screening") / c.candidates * 10_000
        lines.append(
            f"| {c.records:,} | {c.candidates:,} | {c.seconds('list import'):,.1f} | "
            f"{c.seconds('index build'):,.1f} | {c.seconds('submit'):,.1f} | "
            f"{c.seconds('screening'):,.1f} | {per_10k:,.1f} | {c.seconds('finish'):,.1f} | "
            f"{c.ingest_to_alerts_s:,.1f} | {c.alerts:,} | {c.true_found}/{c.true_total} | "
            f"{c.peak_mib:,.0f} | {c.database_mib:,.0f} | {c.list_only_mib:,.0f} |"
        )
    return lines


def _batch_table(cases: Sequence[CaseResult]) -> list[str]:
    lines = [
        "| records | batch size | submit (s) | screening (s) | screening per 1k (s) | finish (s) "
        "| alerts |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in sorted(cases, key=lambda c: c.records):
        for b in sorted(c.batches, key=lambda b: b.candidates):
            lines.append(
                f"| {c.records:,} | {b.candidates:,} | {b.submit_s:.2f} | {b.screen_s:.1f} | "
                f"{b.screen_s / b.candidates * 1000:.2f} | {b.finish_s:.2f} | {b.alerts:,} |"
            )
    return lines


def _plot(cases: Sequence[CaseResult], path: Path) -> None:
    import matplotlib  # noqa: PLC0415 (slow to import: only for the plot)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415 (after choosing the backend)

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    by_list = sorted(cases, key=lambda c: c.records)
    xs = [c.records for c in by_list]
    for name, style in zip(STAGES, ("o-", "s-", "^--", "D-", "v--"), strict=True):
        ys = [
            c.seconds(name) / c.candidates * 10_000 if name in {"submit", "screening", "finish"}
            else c.seconds(name)
            for c in by_list
        ]  # fmt: skip
        suffix = " (per 10k candidates)" if name in {"submit", "screening", "finish"} else ""
        left.plot(xs, ys, style, label=name + suffix)
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("exclusion records")
    left.set_ylabel("wall time (s)")
    left.set_title("Cost against list size")
    left.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    for c in by_list:
        points = sorted((b.candidates, b.screen_s) for b in c.batches)
        sizes = sorted({p[0] for p in points})
        means = [
            sum(s for n, s in points if n == size) / sum(1 for n, _ in points if n == size)
            for size in sizes
        ]
        right.plot(sizes, means, "o-", label=f"{c.records:,} records")
    right.set_xscale("log")
    right.set_yscale("log")
    right.set_xlabel("candidates in the batch")
    right.set_ylabel("screening wall time (s)")
    right.set_title("Screening against batch size")
    right.grid(True, which="both", alpha=0.3)
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def report(main: CaseResult, match: MatchRun | None, cases: Sequence[CaseResult], seed: int) -> str:
    """Write e2e.md, e2e.json and e2e.png; return the markdown."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    pipeline_match = main.seconds("index build") + main.seconds("screening")
    screens = [b.screen_s for b in main.batches] or [0.0]
    lines = [
        "# End to end into PostgreSQL",
        "",
        f"Run by `python -m benchmarks.e2e` on {dt.date.today()} at commit "
        f"{git_commit() or 'n/a'}, seed {seed}, on this 2-core machine (shared with other "
        "work, run under `nice`), PostgreSQL on loopback. Synthetic people: "
        f"{TRUE_MATCHES} planted true matches and {HARD_NEGATIVES} namesakes/relatives "
        "(`fixtures.scenario`) among Faker names in 22 locales (`benchmarks.speed`).",
        "",
        f"## Main case: {main.records:,} records, {main.candidates:,} candidates in "
        f"{len(main.batches)} batches",
        "",
        *_stage_table(main),
        "",
        f"- Ingest to stored alerts: **{main.ingest_to_alerts_s:,.0f} s** against a target of "
        f"{TARGET_S:.0f} s: **{'met' if main.ingest_to_alerts_s <= TARGET_S else 'not met'}**.",
        f"- Alerts stored: {main.alerts:,}; candidates under review: {main.under_review:,}; "
        f"planted true matches raised: {main.true_found}/{main.true_total}.",
        f"- Database size: {main.database_mib:,.0f} MiB "
        f"({main.list_only_mib:,.0f} MiB after the list import).",
        f"- The index build keeps the list version's index (`VETTING_LIST_CACHE_DIR`); a "
        f"later process screening against it (another flow run, a Dask worker on this "
        f"machine) reads it back in {main.index_read_s:,.1f} s instead of building it.",
    ]
    if match is not None:
        ratio = pipeline_match / match.seconds
        verdict = "met" if ratio <= MATCH_RATIO_TARGET else "not met"
        lines += [
            f"- `vetting match` on the same list and all candidates in one file: "
            f"{match.seconds:,.1f} s, {match.peak_mib:,.0f} MiB peak, {match.pairs:,} pairs. "
            f"Pipeline match stage (index build + screening, alerts stored): "
            f"{pipeline_match:,.1f} s = **{ratio:.2f}x** (target <= {MATCH_RATIO_TARGET:.0f}x: "
            f"**{verdict}**).",
        ]
    lines += [
        "",
        "The machine is shared: the ten same-size batches of the main case took from "
        f"{min(screens):.0f} to {max(screens):.0f} s to screen, so read every figure as "
        "+-25%. `vetting match` ran at another time on the same `matching/` code, under its "
        "own share of the load.",
        "",
        "Stages are the functions the flows' tasks call, timed in one process; the index "
        "build is the blocking index over the list version, built by the first process to "
        "screen against it and kept for the others (a Dask worker on another machine builds "
        "its own). Submit, screening and finish are summed over the batches, screened one "
        "after the other as the default flow runner does.",
        "",
        "## Growth with list size",
        "",
        *_scaling_table(cases),
        "",
        "## Growth with batch size",
        "",
        *_batch_table(cases),
        "",
        "![cost against list and batch size](e2e.png)",
        "",
    ]
    text = "\n".join(lines)
    (RESULTS / "e2e.md").write_text(text, "utf-8")
    payload = {
        "seed": seed,
        "commit": git_commit(),
        "date": str(dt.date.today()),
        "main": asdict(main),
        "vetting_match": asdict(match) if match is not None else None,
        "cases": [asdict(c) for c in cases],
    }
    (RESULTS / "e2e.json").write_text(json.dumps(payload, indent=2), "utf-8")
    _plot(cases, RESULTS / "e2e.png")
    return text


def _ints(value: str) -> list[int]:
    return [int(v) for v in value.split(",") if v]


def _stopped(signum: int, _frame: object) -> None:
    """A run stopped by a signal unwinds, so that its database is dropped
    (:func:`benchmarks.e2e_run.fresh_database`) as after Ctrl-C."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: the main case, the scaling cases, ``vetting match``, the report."""
    git_commit()  # stamp results with the code loaded now
    signal.signal(signal.SIGTERM, _stopped)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--scaling", default="100000,300000", help="smaller list sizes")
    parser.add_argument("--scaling-batches", default="1000,5000,10000,20000",
                        help="batch sizes screened in each smaller case")  # fmt: skip
    parser.add_argument("--skip-match", action="store_true", help="no `vetting match` run")
    parser.add_argument("--only-match", action="store_true", help="only `vetting match`")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args(argv)
    main_sizes = [options.batch_size] * options.batches
    if options.only_match:
        batches = write_batches(main_sizes, options.seed)
        everyone = concatenated(batches, f"e2e-all-{options.seed}-{sum(main_sizes)}.csv")
        log.info(
            "vetting match: %s", vetting_match(everyone, write_list(options.records, options.seed))
        )
        return
    memory = TreeSampler()
    cases = []
    for records in _ints(options.scaling):
        result, _, _ = case(records, _ints(options.scaling_batches), options.seed, memory)
        cases.append(result)
    main_case, batches, list_path = case(options.records, main_sizes, options.seed, memory)
    cases.append(main_case)
    memory.close()
    match = None
    if not options.skip_match:
        everyone = concatenated(batches, f"e2e-all-{options.seed}-{sum(main_sizes)}.csv")
        match = vetting_match(everyone, list_path)
        log.info("vetting match: %s", match)
    print(report(main_case, match, cases, options.seed))


if __name__ == "__main__":
    main()
