"""Regions and offices: who may submit batches, and where their alerts are reviewed.

Screening refuses an office nobody registered, so a typo in ``--office`` cannot create a
phantom office whose alerts no reviewer is scoped to see.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, select

from vetting.audit import record_event
from vetting.db import session_scope
from vetting.errors import UnknownOfficeError
from vetting.models import Office, Region


def add_office(
    engine: Engine,
    *,
    office: str,
    region: str,
    name: str | None = None,
    region_name: str | None = None,
    actor: str = "cli",
) -> Office:
    """Register an office (and its region if new); re-adding the same pair changes nothing."""
    with session_scope(engine) as session:
        found = session.exec(select(Region).where(Region.code == region)).first()
        if found is None:
            found = Region(code=region, name=region_name or region.replace("_", " ").title())
            session.add(found)
            session.flush()
            record_event(
                session,
                actor=actor,
                action="region.added",
                subject_type="region",
                subject_id=region,
            )
        existing = session.exec(select(Office).where(Office.code == office)).first()
        if existing is not None:
            if existing.region_id != found.id:
                raise UnknownOfficeError(f"office {office!r} already belongs to another region")
            return existing
        row = Office(code=office, name=name or office, region_id=found.id or 0)
        session.add(row)
        session.flush()
        record_event(
            session,
            actor=actor,
            action="office.added",
            subject_type="office",
            subject_id=office,
            detail={"region": region},
        )
        return row


def resolve_office(session: Session, *, office: str, region: str) -> tuple[Office, Region]:
    """The registered office ``office`` in ``region``, or a clear error."""
    row = session.exec(select(Office).where(Office.code == office)).first()
    if row is None:
        known = ", ".join(session.exec(select(Office.code).order_by(Office.code)).all()) or "none"
        raise UnknownOfficeError(
            f"unknown office {office!r} (registered: {known}); add it with "
            f"`vetting offices add {office} --region {region}`"
        )
    reg = session.get(Region, row.region_id)
    if reg is None or reg.code != region:
        actual = reg.code if reg is not None else "?"
        raise UnknownOfficeError(f"office {office!r} is in region {actual!r}, not {region!r}")
    return row, reg


def list_offices(engine: Engine) -> list[tuple[Office, Region]]:
    """Every office with its region, by region then office code."""
    with Session(engine) as session:
        rows = session.exec(
            select(Office, Region)
            .join(Region, Office.region_id == Region.id)  # type: ignore[arg-type]
            .order_by(Region.code, Office.code)
        ).all()
        return [(o, r) for o, r in rows]
