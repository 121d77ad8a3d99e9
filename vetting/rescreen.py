"""Rescreening: recent and in-review candidates against the new or changed records only.

Called after an import, and on a schedule to catch up any version whose rescreen was
skipped or failed. Only revisions opened by those versions are matched (an unchanged
record already had its chance), and a candidate already alerted on a record
whose identity did not change is not alerted again (see :func:`vetting.batches.raise_alerts`).
A cleared candidate who gets a new alert goes back under review, and so does their batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, or_, update
from sqlmodel import Session, col, select

from matching.gcpause import collector_off
from vetting.audit import record_event
from vetting.batches import Thresholds, raise_alerts, update_batch_status
from vetting.db import session_scope
from vetting.exclusions import current_version
from vetting.models import (
    Batch,
    Candidate,
    CandidateStatus,
    ExclusionRecord,
    ListVersion,
    utcnow,
)
from vetting.people import matcher_over
from vetting.settings import Settings


@dataclass(frozen=True, slots=True)
class RescreenSummary:
    """What a rescreen looked at and raised."""

    list_version_id: int
    records: int
    candidates: int
    reopened: int
    alerts_by_band: dict[str, int] = field(default_factory=dict)


def rescreen_candidates(session: Session, *, version: int, since: datetime) -> list[int]:
    """Candidates screened since ``since`` or still under review, screened before ``version``."""
    rows = session.exec(
        select(Candidate.id)
        .join(Batch, col(Batch.id) == col(Candidate.batch_id))
        .where(col(Batch.list_version_id) < version)
        .where(Candidate.status != CandidateStatus.PENDING)
        .where(
            or_(
                col(Candidate.status) == CandidateStatus.UNDER_REVIEW,
                col(Candidate.screened_at) >= since,
            )
        )
        .order_by(col(Candidate.id))
    ).all()
    return [int(i) for i in rows if i is not None]


def _pending_versions(session: Session, version: int | None) -> list[int]:
    if version is not None:
        return [version]
    rows = session.exec(
        select(ListVersion.id)
        .where(col(ListVersion.rescreened_at).is_(None))
        .order_by(col(ListVersion.id))
    ).all()
    return [int(v) for v in rows if v is not None]


def rescreen(
    engine: Engine,
    settings: Settings,
    *,
    version: int | None = None,
    days: int | None = None,
    actor: str = "rescreen",
    now: datetime | None = None,
) -> RescreenSummary:
    """Match records new in ``version`` (default: every version not rescreened yet).

    Each candidate meets only records newer than the list version their batch was
    screened against, and each version is marked rescreened afterwards, so a skipped or
    failed rescreen is caught up by the next one.
    """
    thresholds = Thresholds(settings.review_threshold, settings.band_medium, settings.band_high)
    now = now or utcnow()
    since = now - timedelta(days=settings.rescreen_days if days is None else days)
    with Session(engine) as session:
        versions = _pending_versions(session, version)
        newest = max(versions) if versions else current_version(session)
        records = list(
            session.exec(
                select(ExclusionRecord)
                .where(col(ExclusionRecord.valid_from).in_(versions))
                .where(col(ExclusionRecord.valid_to).is_(None))
            ).all()
        )
        ids = rescreen_candidates(session, version=newest, since=since) if records else []
        pinned = {
            int(b): int(v or 0)
            for b, v in session.exec(select(Batch.id, Batch.list_version_id)).all()
            if b is not None
        }
    bands: dict[str, int] = {}
    reopened = 0

    def newer(candidate: Candidate, record: ExclusionRecord) -> bool:
        return record.valid_from > pinned.get(candidate.batch_id, 0)

    if records and ids:
        matcher = matcher_over(records)
        for start in range(0, len(ids), settings.chunk_size):
            chunk = ids[start : start + settings.chunk_size]
            # the collector waits for the chunk, as in screening (:func:`screen_chunk`)
            with collector_off(), session_scope(engine) as session:
                rows = session.exec(
                    select(Candidate).where(col(Candidate.id).in_(chunk)).with_for_update()
                ).all()
                before = {r.id: r.status for r in rows}
                outcome = raise_alerts(
                    session, rows, matcher, thresholds=thresholds, list_version_id=newest,
                    actor=actor, keep=newer,
                )  # fmt: skip
                for band, n in outcome.alerts.items():
                    bands[band] = bands.get(band, 0) + n
                changed = [r for r in rows if before[r.id] != r.status]
                reopened += len(changed)
                for row in changed:
                    record_event(
                        session, actor=actor, action="candidate.reopened",
                        subject_type="candidate", subject_id=row.id or 0,
                        detail={"batch": row.batch_id, "list_version": newest},
                    )  # fmt: skip
                session.flush()
                for batch_id in {r.batch_id for r in changed}:
                    batch = session.get(Batch, batch_id)
                    if batch is not None:
                        update_batch_status(session, batch)
                        session.add(batch)
    with session_scope(engine) as session:
        if versions:
            session.execute(
                update(ListVersion)
                .where(col(ListVersion.id).in_(versions))
                .values(rescreened_at=now)
            )
        record_event(
            session,
            actor=actor,
            action="list.rescreened",
            subject_type="list_version",
            subject_id=newest,
            detail={
                "versions": versions,
                "records": len(records),
                "candidates": len(ids),
                "reopened": reopened,
                "alerts": bands,
                "since": since.isoformat(),
            },
        )
    return RescreenSummary(newest, len(records), len(ids), reopened, bands)
