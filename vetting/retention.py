"""Retention: candidates' personal data is purged a set time after their final outcome.

What goes: the candidate's name, birth date (as given and as read), nationality and gender,
the alert explanations and decision reasons that may quote them; once every candidate of a
batch is purged, its rejected-row notes and its uploaded file go too. What stays: ids,
statuses and every timestamp, so completion-time metrics and counts are unchanged, and the
audit trail (which holds ids, never names). Candidates still under review are never purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col, func, select

from vetting.audit import record_event
from vetting.db import session_scope
from vetting.models import FINAL_CANDIDATE, Alert, Batch, Candidate, Decision, RowIssue, utcnow

PURGED = "[purged]"


@dataclass(frozen=True, slots=True)
class Purge:
    """What a purge removed (or, dry, would remove)."""

    cutoff: datetime
    candidates: int
    alerts: int
    row_issues: int
    files: int
    dry_run: bool


def purge(
    engine: Engine,
    *,
    retention_days: int,
    upload_dir: Path | None = None,
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
        if dry_run:
            alerts = sum(
                int(session.exec(
                    select(func.count()).select_from(Alert)
                    .where(col(Alert.candidate_pk).in_(ids[i : i + chunk]))
                ).one())
                for i in range(0, len(ids), chunk)
            )  # fmt: skip
            return Purge(cutoff, len(ids), alerts, 0, 0, dry_run=True)
    alerts = 0
    stamp = utcnow()
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        with session_scope(engine) as session:
            session.execute(
                update(Candidate)
                .where(col(Candidate.id).in_(part))
                .where(col(Candidate.purged_at).is_(None))
                .values(
                    full_name=PURGED,
                    date_of_birth="",
                    birth_date=None,
                    nationality="",
                    gender="",
                    purged_at=stamp,
                )
            )
            alert_ids = select(Alert.id).where(col(Alert.candidate_pk).in_(part))
            result = session.execute(
                update(Alert).where(col(Alert.candidate_pk).in_(part))
                .values(explanation=PURGED, features=[])
            )  # fmt: skip
            alerts += int(getattr(result, "rowcount", 0) or 0)
            session.execute(
                update(Decision).where(col(Decision.alert_id).in_(alert_ids))
                .values(reason=PURGED)
            )  # fmt: skip
    issues, files = _purge_batches(engine, upload_dir)
    with session_scope(engine) as session:
        record_event(
            session, actor=actor, action="retention.purged", subject_type="candidates",
            subject_id=len(ids),
            detail={"cutoff": cutoff.isoformat(), "alerts": alerts, "row_issues": issues,
                    "files": files},
        )  # fmt: skip
    return Purge(cutoff, len(ids), alerts, issues, files, dry_run=False)


def _purge_batches(engine: Engine, upload_dir: Path | None) -> tuple[int, int]:
    """Rejected-row notes and uploaded files of batches whose candidates are all purged."""
    with Session(engine) as session:
        unpurged = select(Candidate.batch_id).where(col(Candidate.purged_at).is_(None))
        done = session.exec(
            select(Batch.id, Batch.checksum).where(col(Batch.id).not_in(unpurged))
        ).all()
    batch_ids = [int(b) for b, _ in done if b is not None]
    issues = files = 0
    if batch_ids:
        with session_scope(engine) as session:
            result = session.execute(delete(RowIssue).where(col(RowIssue.batch_id).in_(batch_ids)))
            issues = int(getattr(result, "rowcount", 0) or 0)
    if upload_dir is not None and upload_dir.is_dir():
        for _, checksum in done:
            for path in upload_dir.glob(f"{checksum[:16]}-*"):
                path.unlink(missing_ok=True)
                files += 1
    return issues, files
