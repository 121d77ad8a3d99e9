"""Read-only views over batches for the command line and the web pages."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from vetting.batches import candidate_counts
from vetting.models import Batch, Office, Region


def batch_rows(engine: Engine, *, region: str | None = None, limit: int = 50) -> list[list[str]]:
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
            query = query.where(Region.code == region)
        rows = []
        for batch, office, region_code in session.exec(query).all():
            counts = candidate_counts(session, batch.id or 0)
            rows.append(
                [
                    str(batch.id),
                    region_code,
                    office,
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
