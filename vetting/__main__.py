"""``vetting`` and ``python -m vetting``: the command line.

The application is imported only when the command runs: a scoring process spawned by
``vetting match`` re-imports the main script, and importing the whole application there
(the web app, the database layer, charts) cost each one 1.5 to 2 seconds for nothing.

``vetting match`` loads only its own command (:func:`vetting.cli.load`): no database, no
web app, so none of their imports.

The heap is frozen as the process ends: the interpreter's last collection walked every
object a run left alive (the caches of a million prepared names), 1.8 s at the end of a
first ``vetting match`` against 1,000,000 records and 0.6 s against the list kept, where
frozen it ends in 0.3 and 0.1 s (what a collection would free goes back to the system with
the process).
"""

from __future__ import annotations

import atexit
import gc
import sys


def main() -> None:
    """Run the command line."""
    from vetting.cli import load  # noqa: PLC0415 - deferred on purpose, see above

    atexit.register(gc.freeze)  # registered first, so run last

    app = load("match") if sys.argv[1:2] == ["match"] else load()
    app()


if __name__ == "__main__":
    main()
