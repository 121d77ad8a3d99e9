"""Peak memory of a process and the processes it forks, sampled as proportional set size.

Use :class:`TreeSampler` around a stage or a child command. Matching forks scoring
processes that share the indexed list copy-on-write: the largest single resident set
misses their private pages, and the sum of resident sets counts the shared pages once per
process. The proportional set size (PSS, from ``/proc/PID/smaps_rollup``) charges each
shared page to its sharers in part, so the sum over the tree is the memory the run
really holds.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.2


def _pss(pid: int) -> int:
    """PSS of one process in bytes (0 when it is gone)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text("ascii")
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def tree_pss(process: psutil.Process) -> int:
    """PSS of ``process`` and all its descendants, in bytes."""
    total = _pss(process.pid)
    with contextlib.suppress(psutil.Error):
        for child in process.children(recursive=True):
            total += _pss(child.pid)
    return total


class TreeSampler:
    """Samples the PSS of a process tree in a thread; the peak since :meth:`reset`."""

    def __init__(self, process: psutil.Process | None = None) -> None:
        self._process = process or psutil.Process()
        self._peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while True:
            self._peak = max(self._peak, tree_pss(self._process))
            if self._stop.wait(SAMPLE_SECONDS):
                return

    def reset(self) -> None:
        """Start a new stage."""
        self._peak = tree_pss(self._process)

    def peak_mib(self) -> float:
        """Highest PSS of the tree since the last reset, in MiB."""
        self._peak = max(self._peak, tree_pss(self._process))
        return round(self._peak / 2**20, 1)

    def close(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()
