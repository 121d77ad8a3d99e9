"""What code a benchmark result measured: the commit, flagged when matching/ is dirty or
runs uncompiled.

Every harness stamps its results with :func:`git_commit`, so a committed table always says
which matcher produced it.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import logging
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import matching

ROOT = Path(__file__).resolve().parent.parent


def _git(*args: str) -> str:
    """Output of a git command in the repository root ("" when git fails)."""
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=True, cwd=ROOT)
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


@functools.cache
def git_commit() -> str:
    """Short commit, flagged (with a fingerprint of the diff) when matching/ has uncommitted
    changes: a result must say what code it measured. Cached: the first call, as a harness
    starts, names the code it loaded, even if HEAD moves during a long run."""
    commit = _git("rev-parse", "--short", "HEAD") or "none (no commit yet)"
    if not matching.COMPILED:  # the same results, slower: a timing must say so
        commit += " (matching/ run from source, not compiled)"
    if not _git("status", "--porcelain", "--", "matching"):
        return commit
    diff = _git("diff", "HEAD", "--", "matching")
    fingerprint = hashlib.sha1(diff.encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{commit} + uncommitted changes in matching/ (diff sha1 {fingerprint})"


def write_results(out: Path, stem: str, report: object, markdown: str) -> Path:
    """A harness's results as ``STEM.json`` and ``STEM.md`` in ``out``; the table's path."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    table = out / f"{stem}.md"
    table.write_text(markdown)
    return table


def run_harness(
    doc: str | None,
    stem: str,
    measure: Callable[[], dict[str, Any]],
    markdown: Callable[[dict[str, Any]], str],
    argv: Sequence[str] | None = None,
) -> Path:
    """The command line of a small harness: ``--out`` (default ``benchmarks/results``),
    then ``measure`` written as ``STEM.json`` and ``STEM.md``; the table's path."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = parser.parse_args(argv)
    report = measure()
    table = write_results(args.out, stem, report, markdown(report))
    logging.getLogger(f"benchmarks.{stem}").info("wrote %s", table)
    return table
