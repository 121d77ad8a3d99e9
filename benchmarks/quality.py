"""Match quality of our matcher next to two peers, on three public datasets.

Why: the review threshold and the model are tuned by hand; this harness keeps them honest
against labelled public data and against what a reviewer would get from a well-known
open-source matcher (nomenklatura's LogicV2) and from a naive fuzzy baseline
(rapidfuzz ``token_sort_ratio``). All three see the same rows.

Run from the repository root::

    python -m benchmarks.quality                 # all datasets, ~6 minutes on 2 cores
    python -m benchmarks.quality --only un --sample 5000

Results go to ``benchmarks/results/quality.json`` (every number, per threshold) and
``quality.md`` (the tables reviewers read). A run with ``--only`` replaces just that
dataset's section; a sampled run is marked as such in both files. The datasets live in
``quality_un``, ``quality_namebench`` and ``quality_febrl``; the peers in ``peers``; the
files are written by ``quality_report``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.peers import logicv2_pool
from benchmarks.provenance import git_commit
from benchmarks.quality_febrl import run_febrl
from benchmarks.quality_metrics import Section
from benchmarks.quality_namebench import run_namebench
from benchmarks.quality_report import (
    DATASETS,
    ROOT,
    render_markdown,
    run_metadata,
    write_results,
)
from benchmarks.quality_un import run_un

log = logging.getLogger("benchmarks.quality")

RESULTS_DIR = ROOT / "benchmarks" / "results"


RUNNERS: dict[str, Callable[[int | None], Section]] = {
    "un": run_un,
    "namebench": lambda _sample: run_namebench(),
    "febrl": run_febrl,
}


def run_all(keys: Sequence[str], sample: int | None) -> dict[str, Section]:
    """Each dataset's section, with its own run metadata (``--only`` merges per dataset)."""
    commit = git_commit()  # at start: the code this process imported
    sections: dict[str, Section] = {}
    for key in keys:
        log.info("running %s", key)
        used = None if key == "namebench" else sample
        start = time.perf_counter()
        section = RUNNERS[key](used)
        sections[key] = {"run": run_metadata(time.perf_counter() - start, used, commit), **section}
    return sections


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen datasets, write the results, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", choices=DATASETS, help="run one dataset")
    parser.add_argument(
        "--sample", type=int, help="random N negatives (UN) / N file-B records (FEBRL)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="results directory")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        sections = run_all([args.only] if args.only else list(DATASETS), args.sample)
    finally:
        logicv2_pool().shutdown()
    merged = write_results(sections, args.out)
    print(render_markdown({k: v for k, v in merged.items() if k in sections}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
