"""Exclusion lists prepared for matching, kept on disk between runs of ``vetting match``.

A list changes far less often than batches arrive, yet every run read it, prepared its
names and indexed it again: for 1,000,000 records about 50 s of a 100 s run. The first
run against a list file now keeps the result (the packed records, the blocking index, the
row problems and the warnings reading it gave) in :attr:`Settings.list_cache_dir`; a run
against the same file loads it in about a second and reports the same problems.

A kept list is used only when everything that made it is unchanged: the file's bytes and
path, the settings that decide which rows are accepted, the model version, the source of
:mod:`matching` and :mod:`vetting`, the installed libraries' versions, Python and the
machine. Anything else, or a file that cannot be read back, means preparing the list
afresh.

Screening keeps list versions of the database the same way (:class:`KeptVersion`, by
:func:`vetting.people.matcher_for`): each flow run of ``vetting screen`` and each Dask
worker is a process of its own, and every one built the index of the version it screens
against; the first now keeps it and the others read it back. A version's records never
change once imported (a later import only closes them for later versions), so the
database, the version's number, checksum and import time and the code name it.

The files hold the list's personal data, pickled. They are kept only in a folder that
belongs to the current user and that no one else may read or write (else nothing is kept
or read, with a warning), each readable by the user alone; a list file changed in place
replaces its earlier copy, only :attr:`Settings.list_cache_keep` lists are kept (the
least recently used go first), and an empty :attr:`Settings.list_cache_dir` keeps none.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import os
import pickle
import platform
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import matching
import vetting
from matching.blocking import PARALLEL_MIN_RECORDS, BlockingIndex
from matching.bulk import Helper
from matching.gcpause import paused_gc
from matching.model import MODEL_VERSION
from matching.packed import PackedRecords, pack
from vetting.ingest import RowProblem, Severity, load_exclusions
from vetting.settings import Settings

log = logging.getLogger(__name__)

FORMAT = 2
"""Bumped when what a kept list holds changes shape."""
SUFFIX = ".list"
_NAME = re.compile(r"^([0-9a-f]{16})-[0-9a-f]{40}\.list$")
"""A kept list's file name: the digest of its path, then of everything else
(:func:`list_key`). Other files in the folder are never touched."""
_TEMPORARY = "vetting-list-"
STALE_SECONDS = 3600
"""A half-written kept list this old was left by a run that died: it is deleted."""
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class PreparedList:
    """An exclusion list ready to match: its records packed, indexed, the problems its
    rows had and the warnings reading it gave (both reported again on every run, as a
    fresh read would)."""

    path: Path
    records: PackedRecords
    index: BlockingIndex
    problems: list[RowProblem]
    warnings: list[str] = field(default_factory=list)
    from_cache: bool = False

    @property
    def rejected(self) -> list[RowProblem]:
        """Problems that kept a row out."""
        return [p for p in self.problems if p.severity is Severity.ERROR]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """What prepares a list, as one digest: the source of :mod:`matching` and
    :mod:`vetting` (data files included), the model version, every installed
    distribution's version, Python and the machine."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}|{MODEL_VERSION}|{sys.version}|{platform.machine()}".encode())
    # a set: a checkout on the path twice (its folder and PYTHONPATH) shows its own
    # metadata once per entry, and the key would differ with how Python was started
    versions = sorted({f"{d.metadata['Name']}={d.version}" for d in metadata.distributions()})
    digest.update("|".join(versions).encode())
    for package in (matching, vetting):
        root = Path(package.__file__ or "").parent
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


# taken as this process loads its code: a long-lived process (a Dask worker, the web app)
# that kept a list version after an upgrade replaced the files would otherwise file what
# its old code built under the new code's name
code_fingerprint()


def _path_digest(path: Path) -> str:
    return hashlib.blake2b(str(path.resolve()).encode(), digest_size=8).hexdigest()


def list_key(path: Path, settings: Settings) -> str:
    """The name a prepared list is kept under: a digest of the file's path, then of its
    bytes and everything else that decides what preparing it gives
    (:func:`code_fingerprint`)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(code_fingerprint().encode())
    digest.update(f"|{path.resolve()}|{settings.max_list_mb}|{settings.max_list_rows}|".encode())
    with path.open("rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return f"{_path_digest(path)}-{digest.hexdigest()}"


def prepare_list(path: Path, settings: Settings) -> PreparedList:
    """The list in ``path``, prepared and indexed, from the cache when it holds it.

    Raises what :func:`vetting.ingest.load_exclusions` raises for a file that cannot be
    read at all; such a file is never kept.
    """
    setting = settings.list_cache_dir
    key = None
    # a file too large to accept is refused below, not hashed first
    if setting and path.is_file() and path.stat().st_size <= settings.max_list_mb * 1024 * 1024:
        key = list_key(path, settings)
    folder = _private_folder(setting, create=False) if key is not None else None
    if folder is not None and key is not None:
        found = _read(folder / f"{key}{SUFFIX}", path)
        if found is not None:
            return found
    # one helper process prepares names, then walks records for the index, with this one
    with _warnings() as warnings, Helper() as helper:
        loaded = load_exclusions(path, settings, helper=helper)
        # the names' helper held on to what it made (with it kept for the walk, a first
        # run against 1,000,000 records peaked at 3,950 MiB): a fresh one walks, started
        # now to import while this process packs the list
        walks = settings.match_workers > 1 and len(loaded.people) >= PARALLEL_MIN_RECORDS
        helper.restart(start=walks)
        records = pack(loaded.people)
        with paused_gc():
            index = BlockingIndex(
                loaded.people, packed=records, workers=settings.match_workers, helper=helper
            )
    prepared = PreparedList(path, records, index, loaded.problems, warnings)
    if (
        key is not None
        and len(records) >= settings.list_cache_min_records
        # the file read is the file hashed (it was not replaced meanwhile)
        and list_key(path, settings) == key
        and (folder := _private_folder(setting, create=True)) is not None
    ):
        _write(folder, key, prepared, settings.list_cache_keep, str(path))
    return prepared


@dataclass(frozen=True, slots=True)
class KeptVersion:
    """A list version of the database, packed and indexed, as screening processes keep
    it for one another (:func:`read_version`, :func:`keep_version`)."""

    records: PackedRecords
    index: BlockingIndex


def version_key(database: str, version: int, checksum: str, imported_at: datetime) -> str:
    """The name a list version is kept under: a digest of the database and the version,
    then of everything that made it (:func:`code_fingerprint`, the version's checksum and
    import time, which tell it from a version of the same number in a database made
    again at the same address)."""
    own = hashlib.blake2b(f"{database}|{version}".encode(), digest_size=8).hexdigest()
    digest = hashlib.blake2b(digest_size=20)
    digest.update(code_fingerprint().encode())
    digest.update(f"|{database}|{version}|{checksum}|{imported_at.isoformat()}".encode())
    return f"{own}-{digest.hexdigest()}"


def read_version(settings: Settings, key: str) -> KeptVersion | None:
    """The list version kept under ``key`` (:func:`version_key`), or ``None``."""
    folder = (
        _private_folder(settings.list_cache_dir, create=False) if settings.list_cache_dir else None
    )
    if folder is None:
        return None
    kept = _load(folder / f"{key}{SUFFIX}", KeptVersion, f"list version {key}")
    if kept is not None:
        log.info("list version of %d records read from %s", len(kept.records), folder)
    return kept


def keep_version(settings: Settings, key: str, kept: KeptVersion) -> None:
    """Keep a list version for other processes, when it is large enough to be worth it
    (:attr:`Settings.list_cache_min_records`) and the folder is this user's alone."""
    if not settings.list_cache_dir or len(kept.records) < settings.list_cache_min_records:
        return
    folder = _private_folder(settings.list_cache_dir, create=True)
    if folder is not None:
        _write(folder, key, kept, settings.list_cache_keep, f"list version {key}")


@contextlib.contextmanager
def _warnings() -> Iterator[list[str]]:
    """The warnings :mod:`vetting` logs meanwhile (a file read as Windows-1252), kept to
    be logged again when the list is read back."""
    found: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record.getMessage())

    handler = _Keep(logging.WARNING)
    logger = logging.getLogger("vetting")
    logger.addHandler(handler)
    try:
        yield found
    finally:
        logger.removeHandler(handler)


def _private_folder(setting: str, *, create: bool) -> Path | None:
    """The cache folder when it is the current user's alone (made first if ``create``,
    as a list is kept: a run against a small list leaves nothing behind); else ``None``,
    with a warning when it exists but others may use it."""
    folder = Path(setting)
    if not create and not folder.is_dir():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        found = folder.stat()
    except OSError as exc:
        log.warning("prepared lists not kept: %s cannot be used (%s)", folder, exc)
        return None
    if found.st_uid != os.geteuid() or found.st_mode & 0o077:
        log.warning(
            "prepared lists not kept: %s belongs to another user or others may use it "
            "(needs mode 700)",
            folder,
        )
        return None
    return folder


def _read(file: Path, path: Path) -> PreparedList | None:
    """A kept list, or ``None`` (and the file gone) when it cannot be read back. The
    problems name ``path`` as this run spelt it."""
    kept = _load(file, PreparedList, str(path))
    if kept is None:
        return None
    log.info("%s: prepared list of %d records read from %s", path, len(kept.records), file)
    for warning in kept.warnings:
        log.warning("%s", warning.replace(str(kept.path), str(path)))
    problems = [dataclasses.replace(p, path=path) for p in kept.problems]
    return PreparedList(path, kept.records, kept.index, problems, kept.warnings, True)


_Kept = TypeVar("_Kept")


def _load(file: Path, kind: type[_Kept], what: str) -> _Kept | None:
    """The ``kind`` kept in ``file``, or ``None`` (and the file gone) when it cannot be
    read back; ``what`` it holds, for the warning."""
    try:
        with file.open("rb") as handle, paused_gc():
            mine = os.fstat(handle.fileno())
            if mine.st_uid != os.geteuid() or mine.st_mode & 0o077:
                log.warning("prepared list %s not private to this user: not read", file)
                return None
            kept = pickle.load(handle)
        if not isinstance(kept, kind):
            raise TypeError(f"holds {type(kept).__name__}")
    except FileNotFoundError:
        return None
    except Exception as exc:  # any damage means preparing the list again
        log.warning("prepared list %s unreadable (%s): preparing %s again", file, exc, what)
        with contextlib.suppress(OSError):
            file.unlink()
        return None
    with contextlib.suppress(OSError):  # most recently used (unless evicted meanwhile)
        os.utime(file)
    return kept


def _write(folder: Path, key: str, kept: object, keep: int, what: str) -> None:
    """Keep a prepared list (written whole, then renamed, so a reader never sees half of
    one) in place of any earlier copy of the same one, and let the least recently used
    others go beyond ``keep``. A list that cannot be kept costs the next run time, not
    this one its result."""
    temporary: Path | None = None
    try:
        descriptor, name = tempfile.mkstemp(dir=folder, prefix=_TEMPORARY, suffix=".tmp")
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(kept, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}{SUFFIX}")
        temporary = None
    except Exception as exc:  # a full disk, a list too large to pickle: not this run's loss
        log.warning("could not keep the prepared list in %s: %s", folder, exc)
        return
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    log.info("%s: prepared list kept in %s", what, folder)
    _tidy(folder, key, keep)


def _tidy(folder: Path, key: str, keep: int) -> None:
    """Delete earlier copies of ``key``'s file, kept lists beyond the ``keep`` most
    recently used, and half-written ones left by runs that died."""
    own = key.split("-", maxsplit=1)[0]
    used: list[tuple[float, Path]] = []
    now = time.time()
    for path in folder.iterdir():
        with contextlib.suppress(OSError):  # another run may delete it first
            found = path.lstat()
            if not stat.S_ISREG(found.st_mode):
                continue
            if path.name.startswith(_TEMPORARY) and path.suffix == ".tmp":
                if now - found.st_mtime > STALE_SECONDS:
                    path.unlink()
                continue
            named = _NAME.match(path.name)
            if named is None or path.name == f"{key}{SUFFIX}":
                continue
            if named.group(1) == own:  # the same file as it was before: superseded
                path.unlink()
            else:
                used.append((found.st_mtime, path))
    for _, path in sorted(used, reverse=True)[max(keep - 1, 0) :]:
        with contextlib.suppress(OSError):
            path.unlink()
