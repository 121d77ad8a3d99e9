"""Rescreening: recent and in-review candidates against the new or changed records only.

Called after an import. Only revisions opened by the new list version are matched (an
unchanged record already had its chance), and a candidate already alerted on a record
whose identity did not change is not alerted again (see :func:`vetting.batches.raise_alerts`).
A cleared candidate who gets a new alert goes back under review, and so does their batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, or_
from sqlmodel import Session, col, select

from vetting.audit import record_event
from vetting.batches import Thresholds, raise_alerts, update_batch_status
from vetting.db import session_scope
from vetting.exclusions import current_version
from vetting.models import Batch, Candidate, CandidateStatus, ExclusionRecord, utcnow
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


def rescreen(
    engine: Engine,
    settings: Settings,
    *,
    version: int | None = None,
    days: int | None = None,
    actor: str = "rescreen",
    now: datetime | None = None,
) -> RescreenSummary:
    """Match the records new in ``version`` (default: the latest) against recent candidates."""
    thresholds = Thresholds(settings.review_threshold, settings.band_medium, settings.band_high)
    since = (now or utcnow()) - timedelta(days=settings.rescreen_days if days is None else days)
    with Session(engine) as session:
        version = current_version(session) if version is None else version
        records = list(
            session.exec(
                select(ExclusionRecord)
                .where(ExclusionRecord.valid_from == version)
                .where(col(ExclusionRecord.valid_to).is_(None))
            ).all()
        )
        ids = rescreen_candidates(session, version=version, since=since) if records else []
    bands: dict[str, int] = {}
    reopened = 0
    if records and ids:
        matcher = matcher_over(records)
        for start in range(0, len(ids), settings.chunk_size):
            chunk = ids[start : start + settings.chunk_size]
            with session_scope(engine) as session:
                rows = session.exec(
                    select(Candidate).where(col(Candidate.id).in_(chunk)).with_for_update()
                ).all()
                before = {r.id: r.status for r in rows}
                outcome = raise_alerts(
                    session,
                    rows,
                    matcher,
                    thresholds=thresholds,
                    list_version_id=version,
                    actor=actor,
                )
                for band, n in outcome.alerts.items():
                    bands[band] = bands.get(band, 0) + n
                changed = {r.batch_id for r in rows if before[r.id] != r.status}
                reopened += sum(1 for r in rows if before[r.id] != r.status)
                session.flush()
                for batch_id in changed:
                    batch = session.get(Batch, batch_id)
                    if batch is not None:
                        update_batch_status(session, batch)
                        session.add(batch)
    with session_scope(engine) as session:
        record_event(
            session,
            actor=actor,
            action="list.rescreened",
            subject_type="list_version",
            subject_id=version,
            detail={
                "records": len(records),
                "candidates": len(ids),
                "reopened": reopened,
                "alerts": bands,
                "since": since.isoformat(),
            },
        )
    return RescreenSummary(version, len(records), len(ids), reopened, bands)
