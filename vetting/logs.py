"""Logging set-up for command-line entry points (libraries only get loggers)."""

from __future__ import annotations

import logging

from rich.logging import RichHandler


def configure(verbose: bool = False) -> None:
    """Log to stderr through rich: warnings by default, info with ``--verbose``."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(show_path=False, show_time=False, markup=False)],
        force=True,
    )
