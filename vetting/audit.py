"""The audit trail: one append-only row per state change, written in the same transaction.

Writing the event in the caller's session means a change and its record commit together or
not at all: an auditor never sees a decision without its event, or the reverse.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

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
