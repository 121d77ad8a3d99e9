"""The audit trail: one append-only row per state change, written in the same transaction.

Writing the event in the caller's session means a change and its record commit together or
not at all: an auditor never sees a decision without its event, or the reverse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import polars as pl
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from vetting.models import AuditEvent, utcnow


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str | int,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an event to ``session`` (committed with the caller's change)."""
    event = AuditEvent(
        at=utcnow(),
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        detail=detail or {},
    )
    session.add(event)
    return event


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
