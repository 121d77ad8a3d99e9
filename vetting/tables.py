"""Reading candidate and exclusion files into checked polars frames.

Use :func:`read_table` for any supported file (CSV in UTF-8, UTF-8 with BOM or
Windows-1252; XLSX; Parquet): every cell comes back as a string, with a ``_line`` column
holding the line a person would look for in a spreadsheet (the header is line 1). Nothing
is dropped here; :mod:`vetting.ingest` decides which rows are usable.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import polars as pl

from vetting.errors import FileTooLargeError, InputFileError, UnsupportedFormatError

log = logging.getLogger(__name__)

LINE = "_line"
SUPPORTED = (".csv", ".txt", ".xlsx", ".parquet")


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) first; Windows-1252 as the legacy fallback."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("%s is not UTF-8; reading it as Windows-1252", path)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            path, f"not UTF-8 or Windows-1252 text (byte {data[exc.start]:#04x} at {exc.start})"
        ) from exc


def _read_csv(path: Path) -> pl.DataFrame:
    text = _decode(path.read_bytes(), path)
    if not text.strip():
        raise InputFileError(path, "the file is empty")
    try:
        return pl.read_csv(
            io.StringIO(text),
            infer_schema=False,
            truncate_ragged_lines=False,
        )
    except (pl.exceptions.PolarsError, OSError) as exc:
        # polars takes text opening with a compression header ("x\x01" is zlib's) for a
        # compressed stream and raises OSError when it is none
        raise InputFileError(
            path, f"not a readable CSV file ({exc.__class__.__name__}: {exc})"
        ) from exc


def _read_xlsx(path: Path) -> pl.DataFrame:
    try:
        frame = pl.read_excel(path, engine="calamine", infer_schema_length=0)
    except Exception as exc:  # the Excel engine raises its own types for corrupt files
        raise InputFileError(path, f"not a readable XLSX file ({exc})") from exc
    return frame.with_columns(pl.all().cast(pl.String))


def _read_parquet(path: Path) -> pl.DataFrame:
    try:
        frame = pl.read_parquet(path)
    except Exception as exc:  # pyarrow/polars raise several types for corrupt files
        raise InputFileError(path, f"not a readable Parquet file ({exc})") from exc
    return frame.with_columns(pl.all().cast(pl.String))


def read_table(path: Path, *, max_mb: float) -> pl.DataFrame:
    """All cells as strings (missing -> ""), header names trimmed and lowercased, plus ``_line``."""
    if not path.is_file():
        raise InputFileError(path, "no such file")
    size_mb = path.stat().st_size / 2**20
    if size_mb > max_mb:
        raise FileTooLargeError(path, f"{size_mb:.1f} MiB is over the {max_mb:g} MiB limit")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        frame = _read_csv(path)
    elif suffix == ".xlsx":
        frame = _read_xlsx(path)
    elif suffix == ".parquet":
        frame = _read_parquet(path)
    else:
        raise UnsupportedFormatError(
            path, f"unsupported file type {suffix!r} (use CSV, XLSX or Parquet)"
        )
    names = [c.strip().lower().lstrip("\ufeff") for c in frame.columns]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:  # "Name" and "name ", or two blank headers: which one is meant is unknown
        listed = ", ".join(repr(name) for name in repeated)
        raise InputFileError(path, f"the header repeats a column name once trimmed: {listed}")
    frame = frame.rename(dict(zip(frame.columns, names, strict=True)))
    frame = frame.with_columns(pl.all().fill_null("").str.strip_chars())
    return frame.with_row_index(LINE, offset=2)
