"""API tokens: one per HR system and office, shown once, stored as a digest, revocable."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from vetting.audit import record_event
from vetting.db import session_scope
from vetting.errors import UsageError
from vetting.models import ApiToken, Office, utcnow

PREFIX = "vt_"


@dataclass(frozen=True, slots=True)
class TokenScope:
    """What a valid token may do: submit and follow batches of one office."""

    token_id: int
    name: str
    office_id: int
    office: str
    region_id: int


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(engine: Engine, *, office: str, name: str, actor: str = "cli") -> str:
    """A new token for ``office``; the only time its text is available."""
    token = PREFIX + secrets.token_urlsafe(32)
    with session_scope(engine) as session:
        found = session.exec(select(Office).where(Office.code == office)).first()
        if found is None or found.id is None:
            raise UsageError(f"unknown office {office!r}")
        row = ApiToken(
            name=name,
            office_id=found.id,
            prefix=token[:10],
            digest=_digest(token),
            created_by=actor,
        )
        session.add(row)
        session.flush()
        record_event(
            session, actor=actor, action="token.created", subject_type="token",
            subject_id=row.id or 0, detail={"office": office, "name": name},
        )  # fmt: skip
    return token


def revoke_token(engine: Engine, token_id: int, *, actor: str = "cli") -> None:
    """Revoke a token at once; it stays listed, marked revoked."""
    with session_scope(engine) as session:
        row = session.get(ApiToken, token_id)
        if row is None:
            raise UsageError(f"no token {token_id}")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            session.add(row)
            record_event(
                session, actor=actor, action="token.revoked", subject_type="token",
                subject_id=token_id,
            )  # fmt: skip


def list_tokens(engine: Engine) -> list[tuple[ApiToken, str]]:
    """Every token with its office code (never the token text)."""
    with Session(engine) as session:
        rows = session.exec(
            select(ApiToken, Office.code)
            .join(Office, col(Office.id) == col(ApiToken.office_id))
            .order_by(col(ApiToken.id))
        ).all()
        return [(t, o) for t, o in rows]


def check_token(engine: Engine, token: str) -> TokenScope | None:
    """The scope of a valid, unrevoked token, or ``None``."""
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    with session_scope(engine) as session:
        row = session.exec(select(ApiToken).where(ApiToken.digest == _digest(token))).first()
        if row is None or row.revoked_at is not None or row.id is None:
            return None
        office = session.get(Office, row.office_id)
        if office is None:
            return None
        session.execute(
            update(ApiToken).where(col(ApiToken.id) == row.id).values(last_used_at=utcnow())
        )
        return TokenScope(row.id, row.name, row.office_id, office.code, office.region_id)
