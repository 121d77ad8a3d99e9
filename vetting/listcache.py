"""Exclusion lists prepared for matching, kept on disk between runs of ``vetting match``.

A list changes far less often than batches arrive, yet every run read it, prepared its
names and indexed it again: for 1,000,000 records about 50 s of a 100 s run. The first
run against a list file now keeps the result (the packed records, the blocking index and
the row problems found) in :attr:`Settings.list_cache_dir`; a run against the same file
loads it in about a second.

A kept list is used only when everything that made it is unchanged: the file's bytes and
path, the settings that decide which rows are accepted, the model version, the source and
data of :mod:`matching` and of the reader, and the versions of the libraries that
romanise names. Anything else, or a file that cannot be read back, means preparing the
list afresh. The files are pickles, read only from the current user's cache directory;
they hold what the list holds, so they are deleted as the list would be (only the
:attr:`Settings.list_cache_keep` most recently used are kept).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import matching
from matching.blocking import BlockingIndex
from matching.gcpause import paused_gc
from matching.model import MODEL_VERSION
from matching.packed import PackedRecords, pack
from vetting import ingest
from vetting.ingest import RowProblem, Severity, load_exclusions
from vetting.settings import Settings

log = logging.getLogger(__name__)

FORMAT = 1
"""Bumped when what a kept list holds changes shape."""
SUFFIX = ".list"
_ROMANISERS = (
    "anyascii",
    "unidecode",
    "pythainlp",
    "fugashi",
    "unidic-lite",
    "jaconv",
    "opencc",
    "pycountry",
    "polars",
    "nicknames",
    "babel",
    "rapidfuzz",
)
"""Libraries whose output goes into a prepared list."""
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class PreparedList:
    """An exclusion list ready to match: its records packed, indexed, and the problems
    its rows had (reported again on every run, as a fresh read would)."""

    path: Path
    records: PackedRecords
    index: BlockingIndex
    problems: list[RowProblem]
    from_cache: bool = False

    @property
    def rejected(self) -> list[RowProblem]:
        """Problems that kept a row out."""
        return [p for p in self.problems if p.severity is Severity.ERROR]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """What prepares a list, as one digest: :mod:`matching` (source and data), the reader,
    the model version, Python and the romanising libraries' versions."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}|{MODEL_VERSION}|{sys.version}".encode())
    for name in _ROMANISERS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"|{name}={version}".encode())
    root = Path(matching.__file__).parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [*files, Path(ingest.__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def list_key(path: Path, settings: Settings) -> str:
    """The name a prepared list is kept under: a digest of the file's bytes and of
    everything else that decides what preparing it gives (:func:`code_fingerprint`)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(code_fingerprint().encode())
    digest.update(f"|{path.resolve()}|{settings.max_list_mb}|{settings.max_list_rows}|".encode())
    with path.open("rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def prepare_list(path: Path, settings: Settings) -> PreparedList:
    """The list in ``path``, prepared and indexed, from the cache when it holds it.

    Raises what :func:`vetting.ingest.load_exclusions` raises for a file that cannot be
    read at all; such a file is never kept.
    """
    folder = Path(settings.list_cache_dir) if settings.list_cache_dir else None
    key = list_key(path, settings) if folder is not None and path.is_file() else None
    if folder is not None and key is not None:
        found = _read(folder / f"{key}{SUFFIX}", path)
        if found is not None:
            return found
    loaded = load_exclusions(path, settings)
    with paused_gc():
        index = BlockingIndex(loaded.people)
    records = pack(loaded.people)
    prepared = PreparedList(path, records, index, loaded.problems)
    if folder is not None and key is not None and len(records) >= settings.list_cache_min_records:
        _write(folder, key, prepared, settings.list_cache_keep)
    return prepared


def _read(file: Path, path: Path) -> PreparedList | None:
    """A kept list, or ``None`` (and the file gone) when it cannot be read back."""
    try:
        with file.open("rb") as handle, paused_gc():
            kept = pickle.load(handle)
        if not isinstance(kept, PreparedList):
            raise TypeError(f"holds {type(kept).__name__}")
    except FileNotFoundError:
        return None
    except Exception as exc:  # any damage means preparing the list again
        log.warning("prepared list %s unreadable (%s): preparing %s again", file, exc, path)
        file.unlink(missing_ok=True)
        return None
    os.utime(file)  # most recently used
    log.info("%s: prepared list of %d records read from %s", path, len(kept.records), file)
    return PreparedList(kept.path, kept.records, kept.index, kept.problems, from_cache=True)


def _write(folder: Path, key: str, prepared: PreparedList, keep: int) -> None:
    """Keep a prepared list (written whole, then renamed, so a reader never sees half of
    one), and let the least recently used others go beyond ``keep``. A cache that cannot
    be written costs the next run time, not this one its result."""
    temporary: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor, name = tempfile.mkstemp(dir=folder, suffix=".tmp")
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(prepared, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}{SUFFIX}")
    except OSError as exc:
        log.warning("could not keep the prepared list in %s: %s", folder, exc)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        return
    log.info("%s: prepared list kept in %s", prepared.path, folder)
    kept = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[keep:]:
        old.unlink(missing_ok=True)
