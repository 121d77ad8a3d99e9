"""Read-only views over batches for the command line and the web pages."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from vetting.batches import candidate_counts
from vetting.models import Batch, Candidate, Office, Region


def batch_rows(
    engine: Engine, *, region: str | None = None, limit: int = 50, office: str | None = None
) -> list[list[str]]:
    """Newest batches first: id, region, office, file, status and candidate counts."""
    with Session(engine) as session:
        query = (
            select(Batch, Office.code, Region.code)
            .join(Office, col(Office.id) == col(Batch.office_id))
            .join(Region, col(Region.id) == col(Batch.region_id))
            .order_by(col(Batch.id).desc())
            .limit(limit)
        )
        if region is not None:
            query = query.where(col(Region.code) == region)
        if office is not None:
            query = query.where(col(Office.code) == office)
        rows = []
        for batch, office_code, region_code in session.exec(query).all():
            counts = candidate_counts(session, batch.id or 0)
            rows.append(
                [
                    str(batch.id),
                    region_code,
                    office_code,
                    batch.source_name,
                    batch.status,
                    str(batch.candidate_count),
                    str(counts.get("cleared", 0)),
                    str(counts.get("under_review", 0)),
                    str(batch.rejected_rows),
                    batch.submitted_at.strftime("%Y-%m-%d %H:%M"),
                ]
            )
        return rows


SUBMITTER_OUTCOMES = {
    "pending": "being screened",
    "cleared": "cleared",
    "under_review": "under review",
    "not_cleared": "not cleared: contact the focal point",
}


def outcomes(engine: Engine, batch_id: int) -> list[tuple[str, str]]:
    """Each candidate of a batch with the only outcome a submitter may learn."""
    with Session(engine) as session:
        rows = session.exec(
            select(Candidate.candidate_id, Candidate.status)
            .where(Candidate.batch_id == batch_id)
            .order_by(col(Candidate.line))
        ).all()
        return [(c, SUBMITTER_OUTCOMES.get(s, s)) for c, s in rows]


def office_batches(engine: Engine, office_id: int | None, *, limit: int = 100) -> list[Batch]:
    """Newest batches of one office (``None``: every office)."""
    with Session(engine) as session:
        query = select(Batch).order_by(col(Batch.id).desc()).limit(limit)
        if office_id is not None:
            query = query.where(Batch.office_id == office_id)
        return list(session.exec(query).all())
