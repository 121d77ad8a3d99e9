"""Speed of ``vetting match``: wall time and peak memory against list size, next to a floor.

Run ``python -m benchmarks.speed`` (``--sizes 10000,100000`` for a quick run). For each list
size it generates a synthetic exclusion list and one batch of candidates (names drawn
from Faker's per-locale name tables, in their native scripts, with realistic frequencies),
then times two subprocesses on the same files:

- ``floor``: read both files with polars and romanise every name once (anyascii);
- ``vetting match CANDIDATES EXCLUSIONS --output PAIRS.csv``: the real command, twice: a
  first run, which prepares and indexes the list and keeps it (:mod:`vetting.listcache`,
  in an emptied folder of its own, every list size kept), and the next run against the
  same list, which reads it back: what each later batch against an unchanged list costs.
  Both must raise the same pairs.

Peak memory is the summed proportional set size (PSS) of the command and the scoring
processes it starts, sampled every 0.2 s (:mod:`benchmarks.memory`); the floor is the
fastest of three runs. Results go to
``benchmarks/results/speed.md``, ``speed.json`` and ``speed.png``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl
import psutil
from anyascii import anyascii

from benchmarks.memory import TreeSampler
from benchmarks.provenance import git_commit

log = logging.getLogger("benchmarks.speed")

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
RESULTS = ROOT / "benchmarks" / "results"
LOCALES = (
    "en_US", "es_ES", "fr_FR", "de_DE", "pt_BR", "tr_TR", "id_ID", "ru_RU", "uk_UA", "bg_BG",
    "ar_SA", "fa_IR", "zh_CN", "ko_KR", "hi_IN", "bn_BD", "el_GR", "ka_GE", "hy_AM", "he_IL",
    "sw", "it_IT",
)  # fmt: skip


def _names(provider: object, attribute: str) -> list[str]:
    value = getattr(provider, attribute, ())
    return [str(v) for v in (value.keys() if isinstance(value, dict) else value)]


def name_tables() -> list[tuple[str, list[str], list[str]]]:
    """(locale, first names, last names) for every locale Faker has with both lists."""
    from faker import Faker  # noqa: PLC0415 (bench extra; kept out of the timed floor process)

    tables = []
    for locale in LOCALES:
        try:
            provider = Faker(locale).provider("faker.providers.person")
        except (AttributeError, ModuleNotFoundError):
            continue
        first = _names(provider, "first_names") or (
            _names(provider, "first_names_male") + _names(provider, "first_names_female")
        )
        last = _names(provider, "last_names") or _names(provider, "last_names_male")
        if first and last:
            tables.append((locale, first, last))
    return tables


def synthetic_people(count: int, seed: int, prefix: str) -> pl.DataFrame:
    """``count`` people: locale-weighted names (some with a middle name) and birth dates."""
    rng = random.Random(seed)
    tables = name_tables()
    ids, names, dobs = [], [], []
    for index in range(count):
        _, first, last = tables[rng.randrange(len(tables))]
        parts = [rng.choice(first), rng.choice(last)]
        if rng.random() < 0.3:
            parts.insert(1, rng.choice(first))
        ids.append(f"{prefix}{index:07d}")
        names.append(" ".join(parts))
        precision = rng.random()
        year = rng.randint(1950, 2004)
        if precision < 0.2:
            dobs.append(str(year))
        elif precision < 0.3:
            dobs.append("")
        else:
            dobs.append(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    return pl.DataFrame({"id": ids, "full_name": names, "date_of_birth": dobs})


def write_inputs(candidates: int, records: int, seed: int) -> tuple[Path, Path]:
    """Candidate and exclusion CSV files (cached between runs)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cand_path = CACHE / f"candidates-{candidates}-{seed}.csv"
    excl_path = CACHE / f"exclusions-{records}-{seed}.csv"
    if not cand_path.exists():
        people = synthetic_people(candidates, seed + 1, "C")
        people.rename({"id": "candidate_id"}).write_csv(cand_path)
    if not excl_path.exists():
        people = synthetic_people(records, seed, "R")
        people.rename({"id": "record_id"}).with_columns(aliases=pl.lit("")).write_csv(excl_path)
    return cand_path, excl_path


def floor(candidates: Path, exclusions: Path) -> None:
    """The least any matcher must do: read both files, romanise every name once."""
    total = 0
    for path in (candidates, exclusions):
        frame = pl.read_csv(path, infer_schema=False)
        total += sum(len(anyascii(name)) for name in frame["full_name"])
    log.info("romanised %d characters", total)


@dataclass(frozen=True, slots=True)
class Run:
    """One timed subprocess."""

    what: str
    records: int
    candidates: int
    seconds: float
    peak_mib: float
    pairs: int


def _timed(
    what: str,
    command: Sequence[str],
    records: int,
    candidates: int,
    pairs: Path | None,
    env: dict[str, str] | None = None,
) -> Run:
    start = time.perf_counter()
    child = psutil.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    sampler = TreeSampler(child)
    child.wait()
    seconds = time.perf_counter() - start
    peak = sampler.peak_mib()
    sampler.close()
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command)
    found = pl.read_csv(pairs).height if pairs is not None and pairs.exists() else 0
    return Run(what, records, candidates, round(seconds, 2), peak, found)


FLOOR_RUNS = 3
"""The floor is a few seconds: the fastest of three runs is the least disturbed one."""


def measure(sizes: Sequence[int], candidates: int, seed: int) -> list[Run]:
    """Floor and match runs for every list size, smallest first (so peaks are per size)."""
    runs = []
    python = sys.executable
    vetting = str(Path(python).with_name("vetting"))
    for records in sorted(sizes):
        cand, excl = write_inputs(candidates, records, seed)
        log.info("%d candidates x %d records", candidates, records)
        floors = [
            _timed(
                "floor",
                [python, "-m", "benchmarks.speed", "floor", str(cand), str(excl)],
                records,
                candidates,
                None,
            )
            for _ in range(FLOOR_RUNS)
        ]
        runs.append(min(floors, key=lambda run: run.seconds))
        kept = CACHE / "lists"
        shutil.rmtree(kept, ignore_errors=True)
        env = {
            **os.environ,
            "VETTING_LIST_CACHE_DIR": str(kept),
            "VETTING_LIST_CACHE_MIN_RECORDS": "1",
        }
        found = []
        for what in ("match", "again"):
            out = CACHE / f"pairs-{records}-{what}.csv"
            command = [vetting, "match", str(cand), str(excl), "--output", str(out)]
            runs.append(_timed(what, command, records, candidates, out, env))
            found.append(pl.read_csv(out).sort("candidate_id", "record_id"))
        if not found[0].equals(found[1]):
            raise RuntimeError(f"{records:,} records: the kept list raised other pairs")
        shutil.rmtree(kept, ignore_errors=True)
        log.info("%s", runs[-3:])
    return runs


def _table(runs: Sequence[Run]) -> str:
    lines = [
        "| records | candidates | floor (s) | first run (s) | / floor | peak memory (MiB) "
        "| next run, list kept (s) | / floor | peak memory (MiB) | pairs raised |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    by_size: dict[int, dict[str, Run]] = {}
    for run in runs:
        by_size.setdefault(run.records, {})[run.what] = run
    for records, pair in sorted(by_size.items()):
        fl, ma, again = pair["floor"], pair["match"], pair["again"]
        lines.append(
            f"| {records:,} | {ma.candidates:,} | {fl.seconds:.1f} | {ma.seconds:.1f} | "
            f"{ma.seconds / fl.seconds:.1f}x | {ma.peak_mib:,.0f} | {again.seconds:.1f} | "
            f"{again.seconds / fl.seconds:.1f}x | {again.peak_mib:,.0f} | {ma.pairs:,} |"
        )
    return "\n".join(lines)


def _plot(runs: Sequence[Run], path: Path) -> None:
    import matplotlib  # noqa: PLC0415 (bench extra, slow to import: only for the plot)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415 (after choosing the backend)

    fig, ax = plt.subplots(figsize=(6.5, 4))
    labels = {
        "match": "vetting match, first run",
        "again": "vetting match, list kept",
        "floor": "floor: read + romanise",
    }
    for what, style in (("match", "o-"), ("again", "^-"), ("floor", "s--")):
        points = sorted((r.records, r.seconds) for r in runs if r.what == what)
        ax.plot([p[0] for p in points], [p[1] for p in points], style, label=labels[what])
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("exclusion records")
    ax.set_ylabel("wall time (s), 10,000 candidates")
    ax.set_title("Cost against list size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def report(runs: Sequence[Run]) -> None:
    """Write the table, the JSON and the plot."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    commit = git_commit()
    header = (
        "# Speed of `vetting match`\n\n"
        f"Run by `python -m benchmarks.speed` on {dt.date.today()} at commit {commit or 'n/a'}, "
        "on this 2-core machine. Synthetic names in 22 locales and their scripts; CSV inputs.\n"
        "Floor = read both files and romanise every name once (fastest of three runs). "
        f"`vetting match` scores in {os.cpu_count()} processes (`VETTING_MATCH_WORKERS`); "
        "peak memory is the summed PSS of its processes. The first run prepares, indexes "
        "and keeps the list; the next, against the same file, reads it back "
        "(`vetting/listcache.py`; kept here from any size). Target: 10,000 candidates "
        "against 1,000,000 records within 30x the floor, peak memory under 4 GiB.\n\n"
    )
    (RESULTS / "speed.md").write_text(
        header + _table(runs) + "\n\n![cost against list size](speed.png)\n", "utf-8"
    )
    (RESULTS / "speed.json").write_text(json.dumps([asdict(r) for r in runs], indent=2), "utf-8")
    _plot(runs, RESULTS / "speed.png")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``floor CAND EXCL`` (internal) or the benchmark itself."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["floor"]:
        floor(Path(args[1]), Path(args[2]))
        return
    git_commit()  # stamp results with the code loaded now (not in the timed floor)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args(args)
    runs = measure([int(s) for s in options.sizes.split(",")], options.candidates, options.seed)
    report(runs)
    print(_table(runs))


if __name__ == "__main__":
    main()
