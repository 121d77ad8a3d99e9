"""``vetting`` and ``python -m vetting``: the command line.

The application is imported only when the command runs: a scoring process spawned by
``vetting match`` re-imports the main script, and importing the whole application there
(the web app, the database layer, charts) cost each one 1.5 to 2 seconds for nothing.

``vetting match`` loads only its own command (:func:`vetting.cli.load`): no database, no
web app, so none of their imports.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the command line."""
    from vetting.cli import load  # noqa: PLC0415 - deferred on purpose, see above

    app = load("match") if sys.argv[1:2] == ["match"] else load()
    app()


if __name__ == "__main__":
    main()
