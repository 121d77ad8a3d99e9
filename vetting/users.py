"""Users, their role and scope, and password checks (argon2id via argon2-cffi).

A reviewer reviews the regions linked to them (none linked: every region); a submitter
belongs to one office. Unknown users and wrong passwords take the same time to refuse,
so a login form does not reveal which usernames exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from vetting.audit import record_event
from vetting.db import session_scope
from vetting.errors import ThrottledError, UsageError
from vetting.models import LoginThrottle, Office, Region, Role, User, UserRegion, utcnow

MIN_PASSWORD = 12
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not-a-real-password-only-for-timing")


@dataclass(frozen=True, slots=True)
class Account:
    """A user as the application needs them: identity, role and scope."""

    id: int
    username: str
    display_name: str
    role: Role
    region_ids: frozenset[int]
    office_id: int | None
    home_region_id: int | None = None

    def reviews(self, region_id: int) -> bool:
        """Whether this account may review alerts of ``region_id``."""
        if self.role is Role.ADMIN:
            return True
        return self.role is Role.REVIEWER and (not self.region_ids or region_id in self.region_ids)


def hash_password(password: str) -> str:
    """An argon2id hash; refuses passwords too short to resist guessing."""
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"password must have at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def _account(session: Session, user: User) -> Account:
    assert user.id is not None
    regions = session.exec(select(UserRegion.region_id).where(UserRegion.user_id == user.id)).all()
    return Account(
        id=user.id,
        username=user.username,
        display_name=user.display_name or user.username,
        role=Role(user.role),
        region_ids=frozenset(regions),
        office_id=user.office_id,
        home_region_id=user.region_id,
    )


def add_user(
    engine: Engine,
    *,
    username: str,
    role: Role,
    password: str,
    regions: list[str] | None = None,
    office: str | None = None,
    home_region: str | None = None,
    display_name: str = "",
    actor: str = "cli",
) -> Account:
    """Create a user with a hashed password, a role and a scope."""
    regions = regions or []
    if role is Role.SUBMITTER and office is None:
        raise UsageError("a submitter needs --office")
    if regions and role is not Role.REVIEWER:
        raise UsageError("--region applies to reviewers only")
    with session_scope(engine) as session:
        if session.exec(select(User).where(User.username == username)).first() is not None:
            raise UsageError(f"user {username!r} exists already")
        office_id = None
        if office is not None:
            found = session.exec(select(Office).where(Office.code == office)).first()
            if found is None:
                raise UsageError(f"unknown office {office!r}")
            office_id = found.id
        home_id = None
        if home_region is not None:
            home = session.exec(select(Region).where(Region.code == home_region)).first()
            if home is None:
                raise UsageError(f"unknown region {home_region!r}")
            home_id = home.id
        elif office_id is not None:
            office_row = session.get(Office, office_id)
            home_id = office_row.region_id if office_row is not None else None
        region_rows = []
        for code in regions:
            region = session.exec(select(Region).where(Region.code == code)).first()
            if region is None:
                raise UsageError(f"unknown region {code!r}")
            region_rows.append(region)
        user = User(
            username=username,
            display_name=display_name,
            role=role,
            office_id=office_id,
            region_id=home_id,
            password_hash=hash_password(password),
        )
        session.add(user)
        session.flush()
        assert user.id is not None
        for region in region_rows:
            session.add(UserRegion(user_id=user.id, region_id=region.id or 0))
        record_event(
            session,
            actor=actor,
            action="user.added",
            subject_type="user",
            subject_id=username,
            detail={"role": role.value, "regions": regions, "office": office},
        )
        session.flush()
        return _account(session, user)


def set_active(engine: Engine, username: str, *, active: bool, actor: str = "cli") -> None:
    """Disable (or re-enable) a user; a disabled user cannot log in or act."""
    with session_scope(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None:
            raise UsageError(f"no user {username!r}")
        user.active = active
        session.add(user)
        record_event(
            session,
            actor=actor,
            action="user.enabled" if active else "user.disabled",
            subject_type="user",
            subject_id=username,
        )


def authenticate(
    engine: Engine,
    username: str,
    password: str,
    *,
    max_failures: int = 5,
    lock_minutes: int = 15,
    now: datetime | None = None,
) -> Account | None:
    """The account if the password is right and the user active, else ``None``.

    After ``max_failures`` failures within ``lock_minutes`` the username is locked for
    ``lock_minutes`` (:class:`ThrottledError`), whether or not it exists, so guessing is
    slow and the lock does not reveal which usernames are real.
    """
    now = now or utcnow()
    username = username[:100]
    window = timedelta(minutes=lock_minutes)
    with session_scope(engine) as session:
        # Write first, then lock the row: concurrent attempts on one username queue up here,
        # so every failure is counted (SQLite: the write takes the lock; PostgreSQL: FOR UPDATE).
        _ensure_throttle_row(session, username, now)
        throttle = session.exec(
            select(LoginThrottle).where(LoginThrottle.username == username).with_for_update()
        ).one()
        locked = throttle.locked_until
        if locked is not None and locked > now:
            wait = max(1, int((locked - now).total_seconds() // 60) + 1)
            raise ThrottledError(f"too many failed logins: try again in {wait} minute(s)")
        user = session.exec(select(User).where(User.username == username)).first()
        stored = user.password_hash if user is not None and user.password_hash else _DUMMY
        try:
            _hasher.verify(stored, password)
            good = user is not None and user.active
        except (VerificationError, InvalidHashError):
            good = False
        if good and user is not None:
            session.delete(throttle)
            return _account(session, user)
        if throttle.failures == 0 or throttle.first_failure_at + window <= now:
            throttle.failures, throttle.first_failure_at, throttle.locked_until = 0, now, None
        throttle.failures += 1
        if throttle.failures >= max_failures:
            throttle.locked_until = now + window
            record_event(
                session, actor=username, action="user.locked", subject_type="user",
                subject_id=username, detail={"failures": throttle.failures},
            )  # fmt: skip
        session.add(throttle)
        return None


def _ensure_throttle_row(session: Session, username: str, now: datetime) -> None:
    """Insert the username's row unless it exists (an upsert that changes nothing)."""
    table = LoginThrottle.__table__  # type: ignore[attr-defined]
    values = {"username": username, "failures": 0, "first_failure_at": now}
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = pg_insert(table).values(values).on_conflict_do_nothing()
    else:
        statement = sqlite_insert(table).values(values).on_conflict_do_nothing()
    session.execute(statement)


def account(engine: Engine, user_id: int) -> Account | None:
    """The active account with ``user_id``, or ``None``."""
    with Session(engine) as session:
        user = session.get(User, user_id)
        if user is None or not user.active:
            return None
        return _account(session, user)


def account_by_name(engine: Engine, username: str) -> Account | None:
    """The active account called ``username``, or ``None``."""
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None or not user.active:
            return None
        return _account(session, user)


def list_users(engine: Engine) -> list[tuple[User, list[str], str | None]]:
    """Every user with their region codes and office code."""
    with Session(engine) as session:
        users = session.exec(select(User).order_by(col(User.username))).all()
        rows = []
        for user in users:
            regions = session.exec(
                select(Region.code)
                .join(UserRegion, col(UserRegion.region_id) == col(Region.id))
                .where(UserRegion.user_id == user.id)
                .order_by(col(Region.code))
            ).all()
            office = session.get(Office, user.office_id) if user.office_id else None
            rows.append((user, list(regions), office.code if office else None))
        return rows
