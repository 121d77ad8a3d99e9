"""Errors the application raises, all under the project's single root.

::

    VettingError                      (matching.errors, the one root)
    ├── InvalidDateError              a birth date that cannot be read
    ├── InputFileError                a file that cannot be used at all
    │   ├── UnsupportedFormatError    not CSV, XLSX or Parquet
    │   ├── MissingColumnsError       required columns absent
    │   └── FileTooLargeError         over the configured size limit
    └── UsageError                    contradictory command-line options
"""

from __future__ import annotations

from pathlib import Path

from matching.errors import InvalidDateError, VettingError

__all__ = [
    "FileTooLargeError",
    "InputFileError",
    "InvalidDateError",
    "MissingColumnsError",
    "UnsupportedFormatError",
    "UsageError",
    "VettingError",
]


class InputFileError(VettingError):
    """A file that cannot be used at all; names the file."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class UnsupportedFormatError(InputFileError):
    """Not CSV, XLSX or Parquet."""


class MissingColumnsError(InputFileError):
    """Required columns are absent."""


class FileTooLargeError(InputFileError):
    """The file is over the configured size limit."""


class UsageError(VettingError):
    """Command-line options that contradict each other."""
