"""Files that arrive over the web or the API: size limits, safe names, JSON to a table.

An upload is stored under ``upload_dir`` by content (``<sha256 prefix>-<clean name>``), so
a name cannot climb out of the folder or overwrite another file, and the same content
lands on the same path (batches stay idempotent). JSON candidates become a CSV with the
contract's columns, written deterministically.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

from vetting.errors import FileTooLargeError, UnsupportedFormatError

SUFFIXES = (".csv", ".xlsx", ".parquet")
COLUMNS = ("candidate_id", "full_name", "date_of_birth", "nationality", "gender")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(original: str) -> str:
    """A file name with no folders, no odd characters, at most 80 characters."""
    base = Path(original.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip("._") or "upload"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        return cleaned[:80]
    return f"{stem[: 79 - len(suffix)]}.{suffix.lower()}"


def store_upload(data: bytes, original: str, *, folder: Path, max_mb: float) -> Path:
    """Keep an uploaded file, refusing unknown formats and oversized files."""
    name = safe_name(original)
    if not name.lower().endswith(SUFFIXES):
        raise UnsupportedFormatError(Path(name), "upload a .csv, .xlsx or .parquet file")
    if len(data) > max_mb * 1024 * 1024:
        raise FileTooLargeError(Path(name), f"over the {max_mb:g} MiB limit")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()[:16]}-{name}"
    if not path.exists():
        path.write_bytes(data)
    return path


def candidates_csv(rows: list[dict[str, str]]) -> bytes:
    """The contract's CSV for candidates given as JSON objects (missing fields empty)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.get(c) or "" for c in COLUMNS])
    return buffer.getvalue().encode("utf-8")
