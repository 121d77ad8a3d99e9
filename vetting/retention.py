"""Retention: candidates' personal data is purged a set time after their final outcome.

What goes: the candidate's name, birth date (as given and as read), nationality and gender,
and the alert explanations that quote them; the rows a file was rejected for are deleted.
What stays: ids, statuses and every timestamp, so completion-time metrics and counts are
unchanged, and the audit trail. Candidates still under review are never purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col, select

from vetting.audit import record_event
from vetting.db import session_scope
from vetting.models import FINAL_CANDIDATE, Alert, Batch, Candidate, RowIssue, utcnow

PURGED = "[purged]"


@dataclass(frozen=True, slots=True)
class Purge:
    """What a purge removed (or, dry, would remove)."""

    cutoff: datetime
    candidates: int
    alerts: int
    row_issues: int
    dry_run: bool


def purge(
    engine: Engine,
    *,
    retention_days: int,
    now: datetime | None = None,
    dry_run: bool = False,
    actor: str = "retention",
    chunk: int = 5000,
) -> Purge:
    """Purge completed candidates whose outcome is older than ``retention_days``."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    with Session(engine) as session:
        ids = [
            int(i)
            for i in session.exec(
                select(Candidate.id)
                .where(col(Candidate.status).in_([s.value for s in FINAL_CANDIDATE]))
                .where(col(Candidate.completed_at) < cutoff)
                .where(col(Candidate.purged_at).is_(None))
                .order_by(col(Candidate.id))
            ).all()
            if i is not None
        ]
        batches = {
            int(b)
            for b in session.exec(select(Batch.id).where(col(Batch.completed_at) < cutoff)).all()
            if b is not None
        }
    if dry_run:
        return Purge(cutoff, len(ids), 0, 0, dry_run=True)
    alerts = issues = 0
    now_ = utcnow()
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        with session_scope(engine) as session:
            session.execute(
                update(Candidate)
                .where(col(Candidate.id).in_(part))
                .values(
                    full_name=PURGED,
                    date_of_birth="",
                    birth_date=None,
                    nationality="",
                    gender="",
                    purged_at=now_,
                )
            )
            result = session.execute(
                update(Alert)
                .where(col(Alert.candidate_pk).in_(part))
                .values(explanation=PURGED, features=[])
            )
            alerts += int(getattr(result, "rowcount", 0) or 0)
    if batches:
        with session_scope(engine) as session:
            result = session.execute(delete(RowIssue).where(col(RowIssue.batch_id).in_(batches)))
            issues = int(getattr(result, "rowcount", 0) or 0)
    with session_scope(engine) as session:
        record_event(
            session, actor=actor, action="retention.purged", subject_type="candidates",
            subject_id=len(ids),
            detail={"cutoff": cutoff.isoformat(), "alerts": alerts, "row_issues": issues},
        )  # fmt: skip
    return Purge(cutoff, len(ids), alerts, issues, dry_run=False)
