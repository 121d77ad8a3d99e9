"""The ``vetting`` command line: ``match`` (files only) and the database-backed pipeline.

Each command module registers its commands on :data:`vetting.cli.base.app` when imported;
``app`` here is that application with every command (:func:`load`). ``vetting match``
loads its own module only (:mod:`vetting.__main__`): with the web app, the database layer
and the charts the other commands need, its imports took 2.6 s on every run; without, 0.4.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

COMMANDS = ("admin", "match", "metrics", "people_review", "pipeline")
"""The modules of :mod:`vetting.cli` that hold commands."""


def load(*commands: str) -> typer.Typer:
    """The application with the commands of these modules (of :data:`COMMANDS`, all of
    them when none is named) registered."""
    for name in commands or COMMANDS:
        if name not in COMMANDS:
            raise ValueError(f"no command module {name!r}")
        importlib.import_module(f"vetting.cli.{name}")
    from vetting.cli.base import app  # noqa: PLC0415 - after the commands, see above

    return app


def __getattr__(name: str) -> typer.Typer:
    """``app``: the application with every command, loaded on first use."""
    if name == "app":
        return load()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
