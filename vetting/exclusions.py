"""Exclusion list versions: validate a file, diff it against the current list, store it.

Importing is all or nothing: a file with a rejected row is refused whole, because a
record left out of an import would read as "removed" and stop being screened. Importing
the same content again changes nothing (no new version). A changed record closes its old
revision and opens a new one, so earlier alerts keep pointing at what was screened.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import psycopg
from sqlalchemy import Engine, insert, text
from sqlmodel import Session, col, func, select

from matching.dates import PartialDate
from matching.gcpause import paused_gc
from vetting.audit import record_event
from vetting.db import is_postgres, session_scope
from vetting.errors import ListRejectedError, NoListError
from vetting.ingest import RowProblem, load_exclusions
from vetting.models import ExclusionRecord, ListVersion
from vetting.settings import Settings

IDENTITY_FIELDS = ("full_name", "aliases", "date_of_birth", "nationality", "gender")
CONTENT_FIELDS = (*IDENTITY_FIELDS, "entity", "category", "status", "recorded_on")
_IMPORT_LOCK = 7_211_001


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did; ``version_id`` is the new version, or the current one if unchanged."""

    version_id: int
    created: bool
    total: int
    added: int
    changed: int
    removed: int
    problems: list[RowProblem] = field(default_factory=list)


_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""The stored hashes' JSON, made once: ``json.dumps`` with these options builds an encoder
per call, 1.2 s of importing 1,000,000 records (two digests a row)."""


def _digest(values: dict[str, object], fields: tuple[str, ...]) -> str:
    payload = _CANONICAL.encode([values[f] for f in fields])
    return hashlib.sha256(payload.encode()).hexdigest()


def _fields(raw: dict[str, str], birth_date: str | None) -> dict[str, object]:
    aliases = [a.strip() for a in raw.get("aliases", "").split(";") if a.strip()]
    values: dict[str, object] = {
        "full_name": raw["full_name"],
        "aliases": aliases,
        "date_of_birth": raw.get("date_of_birth", ""),
        "birth_date": birth_date,
        "nationality": raw.get("nationality", ""),
        "gender": raw.get("gender", ""),
        "entity": raw.get("entity", ""),
        "category": raw.get("category", "").upper(),
        "status": raw.get("status", "").lower(),
        "recorded_on": raw.get("recorded_on", ""),
    }
    values["identity_hash"] = _digest(values, IDENTITY_FIELDS)
    values["content_hash"] = _digest(values, CONTENT_FIELDS)
    return values


def file_checksum(path: Path) -> str:
    """SHA-256 of the file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _lock(session: Session) -> None:
    """Serialise imports on PostgreSQL; SQLite serialises writers by itself."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _IMPORT_LOCK})


def import_list(
    engine: Engine, path: Path, settings: Settings, *, actor: str = "cli"
) -> ImportResult:
    """Validate ``path`` and store it as a new list version if anything changed.

    The cyclic collector is paused meanwhile: a million rows make millions of acyclic
    objects, and its full collections took a fifth of the import (51 s -> 42 s).
    """
    with paused_gc():
        return _import_list(engine, path, settings, actor=actor)


def _import_list(engine: Engine, path: Path, settings: Settings, *, actor: str) -> ImportResult:
    checksum = file_checksum(path)
    loaded = load_exclusions(path, settings, keep_frame=True, prepare_names=False)
    if loaded.rejected:
        raise ListRejectedError(path, loaded.problems)
    if not loaded.people:
        raise ListRejectedError(path, [])
    assert loaded.frame is not None
    incoming = incoming_records(loaded.frame, [p.birth_date for p in loaded.people])
    with session_scope(engine) as session:
        _lock(session)
        current = pl.DataFrame(
            session.exec(
                select(
                    ExclusionRecord.record_id, ExclusionRecord.id, ExclusionRecord.content_hash
                ).where(col(ExclusionRecord.valid_to).is_(None))
            ).all(),
            schema={"record_id": pl.String, "_pk": pl.Int64, "_stored": pl.String},
            orient="row",
        )
        found = incoming.join(current, on="record_id", how="left", maintain_order="left")
        is_added = pl.col("_pk").is_null()
        is_changed = ~is_added & (pl.col("_stored") != pl.col("content_hash"))
        added = found.filter(is_added)
        changed = found.filter(is_changed)
        removed = current.join(incoming, on="record_id", how="anti")
        if not (added.height or changed.height or removed.height):
            latest = session.exec(select(func.max(ListVersion.id))).one()
            if latest is None:  # pragma: no cover - an empty list is refused above
                raise NoListError("no list version")
            return ImportResult(latest, False, incoming.height, 0, 0, 0, loaded.problems)
        version = ListVersion(
            source_name=path.name,
            checksum=checksum,
            imported_by=actor,
            total_records=incoming.height,
            added=added.height,
            changed=changed.height,
            removed=removed.height,
        )
        session.add(version)
        session.flush()
        assert version.id is not None
        for reason, closed in (("changed", changed), ("removed", removed)):
            ids = closed["_pk"].to_list()
            for start in range(0, len(ids), 5000):
                session.execute(
                    ExclusionRecord.__table__.update()  # type: ignore[attr-defined]
                    .where(col(ExclusionRecord.id).in_(ids[start : start + 5000]))
                    .values(valid_to=version.id, end_reason=reason)
                )
        rows = pl.concat([added, changed]).select(
            "record_id", pl.lit(version.id, pl.Int64).alias("valid_from"), *_STORED, "_aliases_json"
        )
        _insert_records(session, rows)
        record_event(
            session,
            actor=actor,
            action="list.imported",
            subject_type="list_version",
            subject_id=version.id,
            detail={
                "source": path.name,
                "checksum": checksum,
                "total": incoming.height,
                "added": added.height,
                "changed": changed.height,
                "removed": removed.height,
            },
        )
        return ImportResult(
            version.id,
            True,
            incoming.height,
            added.height,
            changed.height,
            removed.height,
            loaded.problems,
        )


_STORED = (
    "full_name", "aliases", "date_of_birth", "birth_date", "nationality", "gender", "entity",
    "category", "status", "recorded_on", "identity_hash", "content_hash",
)  # fmt: skip
"""The columns of a record revision an import writes, besides its id and version."""

_JSON_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
}  # fmt: skip
_JSON_ESCAPES |= {chr(c): f"\\u{c:04x}" for c in range(32) if chr(c) not in _JSON_ESCAPES}
"""What :data:`_CANONICAL` escapes in a string (non-ASCII is kept as it is)."""


def _json_string(column: str) -> pl.Expr:
    """A string column written as :data:`_CANONICAL` writes a string."""
    escaped = pl.col(column).str.replace_many(list(_JSON_ESCAPES), list(_JSON_ESCAPES.values()))
    return pl.concat_str(pl.lit('"'), escaped, pl.lit('"'))


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split(";") if a.strip()]


def _by_value(
    frame: pl.DataFrame, column: str, how: Callable[[str], object], dtype: pl.DataType
) -> pl.DataFrame:
    """``how`` of each distinct value of ``column`` (in Python, so that stripping and case
    are Python's, as the stored hashes were made), as column ``column`` and ``_value``."""
    values = frame[column].unique(maintain_order=True).to_list()
    return pl.DataFrame(
        [pl.Series(column, values, pl.String), pl.Series("_value", [how(v) for v in values], dtype)]
    )


def incoming_records(frame: pl.DataFrame, births: Sequence[PartialDate | None]) -> pl.DataFrame:
    """The revisions a list file gives, one row per record in file order: the columns
    stored (:data:`_STORED`, aliases as lists, plus ``_aliases_json``), both hashes among
    them, made column by column.

    The same values and hashes as :func:`_fields` makes row by row (a property test says
    so): made so, a million rows took a third of an import in one core of Python. The
    text hashed is the canonical JSON array of the fields, strings escaped as
    :data:`_CANONICAL` escapes them; stripping aliases and the case of the category and
    status are done in Python on the distinct values, which are few.
    """
    if len(births) != frame.height:
        raise ValueError(f"{len(births)} birth dates for {frame.height} rows")
    texts = [name for name in CONTENT_FIELDS if name != "aliases"]
    frame = frame.with_columns(
        pl.lit("").alias(name) for name in (*texts, "aliases") if name not in frame.columns
    )
    aliases = _by_value(frame, "aliases", _aliases, pl.List(pl.String()))
    aliases = aliases.with_columns(
        pl.Series("_aliases_json", [_CANONICAL.encode(v) for v in aliases["_value"].to_list()])
    )
    frame = (
        frame.select("record_id", *texts, "aliases")
        .with_columns(
            pl.Series("birth_date", [b.iso() if b else None for b in births], pl.String),
        )
        .join(aliases, on="aliases", how="left", maintain_order="left")
        .drop("aliases")
        .rename({"_value": "aliases"})
    )
    for column, how in (("category", str.upper), ("status", str.lower)):
        cased = _by_value(frame, column, how, pl.String())
        frame = (
            frame.join(cased, on=column, how="left", maintain_order="left")
            .drop(column)
            .rename({"_value": column})
        )
    identity = [_json_string("full_name"), pl.col("_aliases_json")]
    identity += [_json_string(c) for c in ("date_of_birth", "nationality", "gender")]
    content = [
        *identity,
        *(_json_string(c) for c in ("entity", "category", "status", "recorded_on")),
    ]
    payloads = frame.select(
        pl.concat_str(pl.lit("["), pl.concat_str(identity, separator=","), pl.lit("]")).alias("i"),
        pl.concat_str(pl.lit("["), pl.concat_str(content, separator=","), pl.lit("]")).alias("c"),
    )
    sha = hashlib.sha256
    return frame.with_columns(
        pl.Series("identity_hash", [sha(p.encode()).hexdigest() for p in payloads["i"]]),
        pl.Series("content_hash", [sha(p.encode()).hexdigest() for p in payloads["c"]]),
    ).select("record_id", *_STORED, "_aliases_json")


def _insert_records(session: Session, rows: pl.DataFrame) -> None:
    """Store new revisions: ``COPY`` on PostgreSQL, multi-row inserts elsewhere.

    A system-wide list is a million rows; ``COPY`` stores them several times faster than
    any ``INSERT``, in the same transaction as the rest of the import, and fed as CSV
    that polars writes, not row by row from Python. A list with a line break inside a
    cell goes row by row (a line of a CSV cell that reads ``\\.`` would end the data).
    """
    if not rows.height:
        return
    if not is_postgres(session):
        for start in range(0, rows.height, 5000):
            chunk = rows.slice(start, 5000).drop("_aliases_json")
            session.execute(insert(ExclusionRecord), chunk.to_dicts())
        return
    stored = rows.with_columns(aliases=pl.col("_aliases_json")).drop("_aliases_json")
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    columns = ", ".join(stored.columns)
    texts = stored.select(pl.col(pl.String).str.contains(r"[\r\n]").any()).row(0)
    with raw.cursor() as cursor:
        if any(texts):
            with cursor.copy(f"COPY exclusionrecord ({columns}) FROM STDIN") as copy:
                for row in stored.iter_rows():
                    copy.write_row(row)
            return
        # polars writes UTF-8 whatever the connection's client encoding says
        statement = f"COPY exclusionrecord ({columns}) FROM STDIN (FORMAT csv, ENCODING 'UTF8')"
        with cursor.copy(statement) as copy:
            for start in range(0, stored.height, _COPY_ROWS):
                buffer = io.BytesIO()
                stored.slice(start, _COPY_ROWS).write_csv(buffer, include_header=False)
                copy.write(buffer.getvalue())


_COPY_ROWS = 100_000
"""Rows written as CSV at a time into ``COPY`` (a few tens of MiB)."""


def current_version(session: Session) -> int:
    """The newest list version, or :class:`NoListError`."""
    latest = session.exec(select(func.max(ListVersion.id))).one()
    if latest is None:
        raise NoListError("no exclusion list imported yet: run `vetting exclusions import FILE`")
    return int(latest)


def list_versions(engine: Engine) -> list[ListVersion]:
    """Every version, newest first."""
    with Session(engine) as session:
        return list(session.exec(select(ListVersion).order_by(col(ListVersion.id).desc())).all())
