"""The ``vetting`` Typer application, its consoles, exit codes and error reporting.

Exit codes: 0 done; 1 a file could not be used (nothing stored or written); 2 wrong usage;
3 done, but some rows were rejected (each reported with its file, line and reason);
4 the database does not allow it yet (not initialised, unknown office, no list imported);
5 ``vetting audit verify`` found the audit trail tampered with.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from typer.core import TyperGroup

from vetting import logs
from vetting.errors import InputFileError, SettingsError, StateError, UsageError, VettingError
from vetting.ingest import Loaded, RowProblem, Severity
from vetting.listcache import PreparedList
from vetting.settings import get_settings

_HELP_ASKED = "vetting.help_asked"


class _Commands(TyperGroup):
    """Notes whether a command was asked for its help: its arguments are parsed only after
    the group's callback, which must then not refuse to run over a bad setting."""

    def invoke(self, ctx: Any) -> Any:  # the Context of the click that typer bundles
        ctx.meta[_HELP_ASKED] = any(arg in ctx.help_option_names for arg in ctx.args)
        return super().invoke(ctx)


app = typer.Typer(
    cls=_Commands,
    help="Vet candidates against the exclusion list.",
    no_args_is_help=True,
    add_completion=False,
)
# Names, reasons and file names are data, never markup: "Amina [aka Amina Y]" prints as is.
err = Console(stderr=True, soft_wrap=True, markup=False)
# Piped output (files, other tools) gets wide tables instead of 80 truncated columns.
out = Console(soft_wrap=True, markup=False, width=None if sys.stdout.isatty() else 200)
log = logging.getLogger("vetting")

EXIT_BAD_FILE = 1
EXIT_USAGE = 2
EXIT_ROWS_REJECTED = 3
EXIT_STATE = 4
EXIT_TAMPERED = 5

T = TypeVar("T")


@app.callback()
def main(
    ctx: typer.Context,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
    as_user: Annotated[
        str | None, typer.Option("--as", help="Who runs the command (or VETTING_USER).")
    ] = None,
) -> None:
    """Vet candidates against the exclusion list."""
    logs.configure(verbose)
    if not ctx.meta.get(_HELP_ASKED):  # help needs no settings, and shows which there are
        try:
            get_settings()  # a bad VETTING_* value is one clear line, before any command runs
        except SettingsError as exc:
            say_error(str(exc))
            raise typer.Exit(EXIT_USAGE) from exc
    act_as(as_user)


_named: list[str] = []


def act_as(username: str | None) -> None:
    """Remember ``--as`` for this invocation (kept here, not with the checks of
    :mod:`vetting.cli.auth`, so that a command that needs no account loads no database
    layer)."""
    _named.clear()
    if username:
        _named.append(username)


def named_user() -> str | None:
    """The user ``--as`` named for this invocation, if any."""
    return _named[0] if _named else None


def say_error(message: str) -> None:
    """One red line on stderr, printed as is."""
    err.print(f"error: {message}", style="red", highlight=False, markup=False)


def report_problems(problems: list[RowProblem]) -> None:
    """Every row problem, errors in red and warnings in yellow, as ``file:line: ...``."""
    for problem in problems:
        style = "red" if problem.severity is Severity.ERROR else "yellow"
        err.print(str(problem), style=style, highlight=False, markup=False)


def report_loaded(loaded: Loaded | PreparedList) -> None:
    """Problems of a loaded file (or of the list a prepared one was read from) and how
    many rows it kept."""
    report_problems(loaded.problems)
    if loaded.rejected:
        accepted = len(loaded.records if isinstance(loaded, PreparedList) else loaded.people)
        err.print(
            f"{loaded.path}: {len(loaded.rejected)} row(s) rejected, {accepted} accepted",
            style="red",
        )


def run(action: Callable[[], int]) -> None:
    """Run a command body and exit with its code; project errors become clear messages."""
    try:
        code = action()
    except UsageError as exc:
        say_error(str(exc))
        raise typer.Exit(EXIT_USAGE) from exc
    except InputFileError as exc:
        say_error(str(exc))
        problems = getattr(exc, "problems", None)
        if problems:
            report_problems(problems)
        raise typer.Exit(EXIT_BAD_FILE) from exc
    except StateError as exc:
        say_error(str(exc))
        raise typer.Exit(EXIT_STATE) from exc
    except VettingError as exc:
        say_error(str(exc))
        raise typer.Exit(EXIT_BAD_FILE) from exc
    raise typer.Exit(code)
