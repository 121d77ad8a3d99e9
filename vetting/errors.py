"""Errors the application raises, all under the project's single root.

::

    VettingError                      (matching.errors, the one root)
    ├── InvalidDateError              a birth date that cannot be read
    ├── InputFileError                a file that cannot be used at all
    │   ├── UnsupportedFormatError    not CSV, XLSX or Parquet
    │   ├── MissingColumnsError       required columns absent
    │   ├── FileTooLargeError         over the configured size limit
    │   └── ListRejectedError         an exclusion list with rejected rows (nothing stored)
    ├── UsageError                    contradictory command-line options
    │   └── SettingsError             a VETTING_* setting that cannot be used
    ├── LoginRequiredError            a web request without a valid session
    ├── ThrottledError                too many failed logins for a username
    └── StateError                    the database does not allow the operation
        ├── NotInitialisedError       schema missing or behind the code
        ├── UnknownOfficeError        office not registered (or in another region)
        ├── NoListError               screening before any exclusion list was imported
        ├── UnknownBatchError         no batch with that id
        └── ReviewError               a review action that cannot be done
            ├── NotFoundError         no such alert (or not in the user's scope)
            ├── ForbiddenError        the user's role or scope does not allow it
            ├── ClaimedError          another reviewer holds the alert
            ├── ConflictError         the alert changed since the user saw it
            └── OwnMatchError         confirming one's own match (four eyes)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from matching.errors import InvalidDateError, VettingError

__all__ = [
    "ClaimedError",
    "ConflictError",
    "FileTooLargeError",
    "ForbiddenError",
    "InputFileError",
    "InvalidDateError",
    "ListRejectedError",
    "LoginRequiredError",
    "MissingColumnsError",
    "NoListError",
    "NotFoundError",
    "NotInitialisedError",
    "OwnMatchError",
    "ReviewError",
    "SettingsError",
    "StateError",
    "ThrottledError",
    "UnknownBatchError",
    "UnknownOfficeError",
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


class SettingsError(UsageError):
    """A setting (``VETTING_*`` variable) with a value that cannot be used."""


class LoginRequiredError(VettingError):
    """No valid session: the web app answers with the login page."""


class ThrottledError(VettingError):
    """Too many failed logins: the username is locked for a while."""


class StateError(VettingError):
    """The database, as it stands, does not allow the operation."""


class NotInitialisedError(StateError):
    """The schema is missing or older than the code: run ``vetting init``."""


class UnknownOfficeError(StateError):
    """An office that is not registered, or not in the region given."""


class NoListError(StateError):
    """Screening needs an imported exclusion list."""


class UnknownBatchError(StateError):
    """No batch with that id."""


class ReviewError(StateError):
    """A review action that cannot be done; the message says why, for the reviewer."""


class NotFoundError(ReviewError):
    """No such alert, or not one the user may see."""


class ForbiddenError(ReviewError):
    """The user's role or scope does not allow the action."""


class ClaimedError(ReviewError):
    """Another reviewer holds the alert."""


class ConflictError(ReviewError):
    """The alert was decided (or changed) since the user loaded it."""


class OwnMatchError(ReviewError):
    """A match must be confirmed by a second, different reviewer."""


class ListRejectedError(InputFileError):
    """An exclusion list with rejected rows; nothing was stored.

    A partial list would read as "records removed", so it is refused whole.
    """

    def __init__(self, path: Path, problems: Sequence[object]) -> None:
        super().__init__(
            path, f"{len(problems)} row(s) rejected; list not imported (nothing changed)"
        )
        self.problems = list(problems)
