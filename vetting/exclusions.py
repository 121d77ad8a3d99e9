"""Exclusion list versions: validate a file, diff it against the current list, store it.

Importing is all or nothing: a file with a rejected row is refused whole, because a
record left out of an import would read as "removed" and stop being screened. Importing
the same content again changes nothing (no new version). A changed record closes its old
revision and opens a new one, so earlier alerts keep pointing at what was screened.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy import Engine, insert, text
from sqlmodel import Session, col, func, select

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
    loaded = load_exclusions(path, settings, keep_rows=True, prepare_names=False)
    if loaded.rejected:
        raise ListRejectedError(path, loaded.problems)
    if not loaded.people:
        raise ListRejectedError(path, [])
    incoming = {
        p.key: _fields(loaded.rows[p.key], p.birth_date.iso() if p.birth_date else None)
        for p in loaded.people
    }
    with session_scope(engine) as session:
        _lock(session)
        current = {
            record_id: (pk, content)
            for pk, record_id, content in session.exec(
                select(
                    ExclusionRecord.id, ExclusionRecord.record_id, ExclusionRecord.content_hash
                ).where(col(ExclusionRecord.valid_to).is_(None))
            ).all()
        }
        added = [k for k in incoming if k not in current]
        changed = [
            k for k in incoming if k in current and incoming[k]["content_hash"] != current[k][1]
        ]
        removed = [k for k in current if k not in incoming]
        if not (added or changed or removed):
            latest = session.exec(select(func.max(ListVersion.id))).one()
            if latest is None:  # pragma: no cover - an empty list is refused above
                raise NoListError("no list version")
            return ImportResult(latest, False, len(incoming), 0, 0, 0, loaded.problems)
        version = ListVersion(
            source_name=path.name,
            checksum=checksum,
            imported_by=actor,
            total_records=len(incoming),
            added=len(added),
            changed=len(changed),
            removed=len(removed),
        )
        session.add(version)
        session.flush()
        assert version.id is not None
        closing = [(current[k][0], "changed") for k in changed]
        closing += [(current[k][0], "removed") for k in removed]
        for reason in ("changed", "removed"):
            ids = [pk for pk, why in closing if why == reason]
            for start in range(0, len(ids), 5000):
                session.execute(
                    ExclusionRecord.__table__.update()  # type: ignore[attr-defined]
                    .where(col(ExclusionRecord.id).in_(ids[start : start + 5000]))
                    .values(valid_to=version.id, end_reason=reason)
                )
        rows = [
            {"record_id": k, "valid_from": version.id, **incoming[k]} for k in [*added, *changed]
        ]
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
                "total": len(incoming),
                "added": len(added),
                "changed": len(changed),
                "removed": len(removed),
            },
        )
        return ImportResult(
            version.id, True, len(incoming), len(added), len(changed), len(removed), loaded.problems
        )


def _insert_records(session: Session, rows: list[dict[str, object]]) -> None:
    """Store new revisions: ``COPY`` on PostgreSQL, multi-row inserts elsewhere.

    A system-wide list is a million rows; ``COPY`` stores them several times faster than
    any ``INSERT``, in the same transaction as the rest of the import.
    """
    if not rows:
        return
    if not is_postgres(session):
        for start in range(0, len(rows), 5000):
            session.execute(insert(ExclusionRecord), rows[start : start + 5000])
        return
    columns = list(rows[0])
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    statement = f"COPY exclusionrecord ({', '.join(columns)}) FROM STDIN"
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([json.dumps(v) if isinstance(v, list) else v for v in row.values()])


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
