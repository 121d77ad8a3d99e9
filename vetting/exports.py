"""Writing result files that are safe to open in a spreadsheet.

A cell beginning with ``= + - @`` (or a tab or carriage return) is read as a formula by
spreadsheet programs; names and explanations come from outside, so such text cells are
prefixed with an apostrophe. Ids and numbers are written as they are.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from vetting.errors import UsageError

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: str) -> str:
    """A text cell that a spreadsheet will show as text, never evaluate."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_frame(frame: pl.DataFrame, path: Path, *, text_columns: tuple[str, ...]) -> None:
    """Write CSV, Parquet or JSON by the file's suffix; text columns neutralised in CSV."""
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".parquet", ".json"}:
        raise UsageError(f"{path}: write .csv, .parquet or .json")
    if suffix == ".parquet":
        frame.write_parquet(path)
        return
    if suffix == ".json":
        frame.write_json(path)
        return
    safe = frame.with_columns(
        pl.col(c).map_elements(neutralize, return_dtype=pl.String)
        for c in text_columns
        if c in frame.columns
    )
    safe.write_csv(path)
