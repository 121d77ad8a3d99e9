"""The project's single exception root and the errors the pure library raises.

Everything the project raises on purpose derives from :class:`VettingError`, so a caller
(the CLI, the web app, a flow) can catch one type and show a clear message::

    VettingError
    ├── InvalidDateError          (matching.dates: a date string that cannot be read)
    └── (vetting.errors)          InputFileError, SchemaError, ... built on the same root

It lives in the pure ``matching`` package because dependencies point one way
(``flows -> vetting -> matching``) and the root must be importable from all of them.
"""

from __future__ import annotations


class VettingError(Exception):
    """Root of every error the project raises on purpose."""


class InvalidDateError(VettingError, ValueError):
    """A birth date that is impossible or ambiguous (never guessed silently)."""
