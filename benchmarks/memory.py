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
import time
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.2
"""How often the resident sizes are read (cheap: ``/proc/PID/statm``)."""
PSS_SECONDS = 2.0
"""How often at most the PSS is read, which walks every page table (about 30 ms for a
process holding a 1,000,000-record list): read every 0.2 s it took half a core from the
runs it measured. Between reads memory moves by far less than the peak."""


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


def _tree(process: psutil.Process) -> list[psutil.Process]:
    with contextlib.suppress(psutil.Error):
        return [process, *process.children(recursive=True)]
    return [process]


def tree_pss(process: psutil.Process) -> int:
    """PSS of ``process`` and all its descendants, in bytes."""
    return sum(_pss(p.pid) for p in _tree(process))


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in _tree(process):
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
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
        last = 0.0
        while True:
            # the PSS of a tree never exceeds the sum of its resident sizes: read it only
            # when that sum could beat the peak, and not too often
            now = time.monotonic()
            if now - last >= PSS_SECONDS and _tree_rss(self._process) > self._peak:
                self._peak = max(self._peak, tree_pss(self._process))
                last = now
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
