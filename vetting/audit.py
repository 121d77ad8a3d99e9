"""The audit trail: one append-only row per state change, written in the same transaction.

Writing the event in the caller's session means a change and its record commit together or
not at all: an auditor never sees a decision without its event, or the reverse.

The trail is a hash chain. Each event gets the next sequence number and
``hash = H(previous hash, its own canonical content)``; the single ``audithead`` row holds
the last number and hash and is updated first, which serialises writers on SQLite and
PostgreSQL alike. :func:`verify` recomputes the chain: an edited event breaks its hash,
a deleted or inserted one breaks the numbering or a link, reordering breaks links, and
cutting the tail disagrees with the head. With ``VETTING_AUDIT_KEY`` set, ``H`` is
HMAC-SHA-256 under that key (kept outside the database), so someone who can write to the
database but lacks the key cannot rebuild a consistent chain after tampering.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import polars as pl
from sqlalchemy import Connection, Engine, insert, text, update
from sqlmodel import Session, col, func, select

from vetting.db import insert_json_rows, is_postgres
from vetting.models import AuditEvent, AuditHead, utcnow
from vetting.settings import get_settings

GENESIS = "0" * 64


def _key() -> bytes | None:
    secret = get_settings().audit_key
    return secret.get_secret_value().encode() if secret is not None else None


def canonical(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: dict[str, Any],
) -> bytes:
    """The exact bytes an event's hash covers."""
    body = [seq, at.isoformat(timespec="microseconds"), actor, action, subject_type, subject_id,
            detail]  # fmt: skip
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def chain_hash(previous: str, content: bytes, key: bytes | None) -> str:
    """``H(previous, content)``: HMAC-SHA-256 under ``key``, or SHA-256 without one."""
    message = previous.encode() + b"\n" + content
    if key is not None:
        return hmac.new(key, message, hashlib.sha256).hexdigest()
    return hashlib.sha256(message).hexdigest()


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str | int,
    detail: dict[str, Any] | None = None,
) -> None:
    """Add the next event of the chain to ``session`` (committed with the caller's change)."""
    record_events(session, [NewEvent(actor, action, subject_type, subject_id, detail or {})])


@dataclass(frozen=True, slots=True)
class NewEvent:
    """One event for :func:`record_events`."""

    actor: str
    action: str
    subject_type: str
    subject_id: str | int
    detail: dict[str, Any] = field(default_factory=dict)


def record_events(session: Session, events: Sequence[NewEvent]) -> None:
    """Append ``events`` in order, chained exactly as :func:`record_event` would chain them.

    One head update reserves their sequence numbers and one multi-row insert stores them:
    screening raises thousands of alerts per chunk, and four round trips per event made
    the trail, not the matching, the cost of storing a chunk.
    """
    if not events:
        return
    head = session.execute(
        update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(seq=col(AuditHead.seq) + len(events))
        .returning(col(AuditHead.seq), col(AuditHead.hash))
    ).one()
    seq, previous = int(head[0]) - len(events), str(head[1])
    key = _key()
    at = utcnow()
    rows: list[dict[str, Any]] = []
    for event in events:
        seq += 1
        subject_id = str(event.subject_id)
        digest = chain_hash(
            previous,
            canonical(seq, at, event.actor, event.action, event.subject_type, subject_id,
                      event.detail),
            key,
        )  # fmt: skip
        rows.append(
            {"seq": seq, "prev_hash": previous, "hash": digest, "at": at, "actor": event.actor,
             "action": event.action, "subject_type": event.subject_type,
             "subject_id": subject_id, "detail": event.detail}
        )  # fmt: skip
        previous = digest
    if is_postgres(session):
        insert_json_rows(session, "auditevent", _EVENT_COLUMNS, rows)
    else:
        session.execute(insert(AuditEvent), rows)
    session.execute(update(AuditHead).where(col(AuditHead.id) == 1).values(hash=previous))


_EVENT_COLUMNS = {
    "seq": "integer",
    "prev_hash": "text",
    "hash": "text",
    "at": "timestamptz",
    "actor": "text",
    "action": "text",
    "subject_type": "text",
    "subject_id": "text",
    "detail": "json",
}
"""An event's columns, by their PostgreSQL types."""


def seal_existing(connection: Connection) -> None:
    """Chain events written before the chain existed, in the order they were written."""
    key = _key()
    head = connection.execute(text("SELECT seq, hash FROM audithead WHERE id = 1")).first()
    if head is None:
        connection.execute(
            text("INSERT INTO audithead (id, seq, hash) VALUES (1, 0, :h)"), {"h": GENESIS}
        )
        seq, previous = 0, GENESIS
    else:
        seq, previous = int(head[0]), str(head[1])
    rows = connection.execute(
        text(
            "SELECT id, at, actor, action, subject_type, subject_id, detail FROM auditevent "
            "WHERE seq IS NULL ORDER BY id"
        )
    ).all()
    for row in rows:
        seq += 1
        at = row[1] if isinstance(row[1], datetime) else datetime.fromisoformat(str(row[1]))
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
        detail = row[6] if isinstance(row[6], dict) else json.loads(row[6] or "{}")
        digest = chain_hash(
            previous, canonical(seq, at, row[2], row[3], row[4], row[5], detail), key
        )
        connection.execute(
            text("UPDATE auditevent SET seq = :s, prev_hash = :p, hash = :h WHERE id = :i"),
            {"s": seq, "p": previous, "h": digest, "i": row[0]},
        )
        previous = digest
    connection.execute(
        text("UPDATE audithead SET seq = :s, hash = :h WHERE id = 1"), {"s": seq, "h": previous}
    )


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of checking the chain: ``ok`` and, if not, every problem found."""

    checked: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems


def head(engine: Engine) -> tuple[int, str]:
    """The chain's last sequence number and hash: an anchor to keep outside the database.

    The head row lives in the same database as the events, so someone able to write there
    could cut the tail and move the head back; an anchor recorded elsewhere (a report, a
    Prefect artifact, a ticket) and checked with ``verify(anchor=...)`` shows it.
    """
    with Session(engine) as session:
        row = session.get(AuditHead, 1)
        return (row.seq, row.hash) if row is not None else (0, GENESIS)


def verify(
    engine: Engine, *, batch: int = 5000, anchor: tuple[int, str] | None = None
) -> Verification:
    """Recompute the whole chain from the first event to the head (and check an anchor)."""
    key = _key()
    problems: list[str] = []
    expected, previous, checked, last_id = 1, GENESIS, 0, None
    with Session(engine) as session:
        unsealed = session.exec(
            select(func.count()).select_from(AuditEvent).where(col(AuditEvent.seq).is_(None))
        ).one()
        if unsealed:
            problems.append(f"{unsealed} event(s) outside the chain (no sequence number)")
        after: int = 0
        while True:
            rows = session.exec(
                select(AuditEvent)
                .where(col(AuditEvent.seq) > after)
                .order_by(col(AuditEvent.seq))
                .limit(batch)
            ).all()
            if not rows:
                break
            for event in rows:
                seq = event.seq or 0
                checked += 1
                if seq != expected:
                    problems.append(
                        f"sequence jumps from {expected - 1} to {seq} (events deleted, "
                        f"inserted or renumbered)"
                    )
                if event.prev_hash != previous:
                    problems.append(
                        f"event seq {seq} (id {event.id}) does not link to the one before"
                    )
                content = canonical(seq, event.at, event.actor, event.action,
                                    event.subject_type, event.subject_id, event.detail)  # fmt: skip
                if chain_hash(event.prev_hash, content, key) != event.hash:
                    problems.append(
                        f"event seq {seq} (id {event.id}) was altered after it was written"
                    )
                previous, expected, last_id = event.hash, seq + 1, event.id
                after = seq
            session.expunge_all()
        head = session.get(AuditHead, 1)
        if head is None:
            problems.append("the chain head is missing")
        elif head.seq != expected - 1 or head.hash != previous:
            problems.append(
                f"the chain ends at seq {expected - 1} but its head says {head.seq}: "
                f"events were removed from the end, or the head was altered"
            )
    del last_id
    if anchor is not None:
        problems.extend(_check_anchor(engine, anchor))
    return Verification(checked, problems)


def _check_anchor(engine: Engine, anchor: tuple[int, str]) -> list[str]:
    seq, expected = anchor
    with Session(engine) as session:
        found = session.exec(select(AuditEvent.hash).where(AuditEvent.seq == seq)).first()
    if found is None:
        return [f"anchored event seq {seq} is missing: the trail was cut below it"]
    if found != expected:
        return [f"anchored event seq {seq} has another hash: the trail was rewritten"]
    return []


@dataclass(frozen=True, slots=True)
class EventFilters:
    """What an auditor narrows the trail to; ``None`` means any."""

    actor: str | None = None
    action: str | None = None
    subject_type: str | None = None
    subject_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _filtered(query: Any, filters: EventFilters) -> Any:
    if filters.actor:
        query = query.where(col(AuditEvent.actor) == filters.actor)
    if filters.action:
        query = query.where(col(AuditEvent.action).startswith(filters.action))
    if filters.subject_type:
        query = query.where(col(AuditEvent.subject_type) == filters.subject_type)
    if filters.subject_id:
        query = query.where(col(AuditEvent.subject_id) == filters.subject_id)
    if filters.since is not None:
        query = query.where(col(AuditEvent.at) >= filters.since)
    if filters.until is not None:
        query = query.where(col(AuditEvent.at) < filters.until)
    return query


def events(
    engine: Engine, filters: EventFilters, *, limit: int = 200, offset: int = 0
) -> tuple[list[AuditEvent], int]:
    """Matching events, newest first, one page of them, and how many match in all."""
    with Session(engine) as session:
        total = session.exec(_filtered(select(func.count()).select_from(AuditEvent), filters)).one()
        rows = session.exec(
            _filtered(select(AuditEvent), filters)
            .order_by(col(AuditEvent.id).desc())
            .offset(offset)
            .limit(limit)
        ).all()
        return list(rows), int(total)


def events_frame(engine: Engine, filters: EventFilters) -> pl.DataFrame:
    """Every matching event, oldest first, as a table for export."""
    with Session(engine) as session:
        rows = session.exec(
            _filtered(select(AuditEvent), filters).order_by(col(AuditEvent.id))
        ).all()
        return pl.DataFrame(
            {
                "id": [r.id for r in rows],
                "at": [r.at.isoformat() for r in rows],
                "actor": [r.actor for r in rows],
                "action": [r.action for r in rows],
                "subject_type": [r.subject_type for r in rows],
                "subject_id": [r.subject_id for r in rows],
                "detail": [json.dumps(r.detail, ensure_ascii=False, sort_keys=True) for r in rows],
            },
            schema={
                "id": pl.Int64,
                "at": pl.String,
                "actor": pl.String,
                "action": pl.String,
                "subject_type": pl.String,
                "subject_id": pl.String,
                "detail": pl.String,
            },
        )
