"""Schema and storage basics on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlmodel import Session, SQLModel

from vetting.db import head_revision, schema_revision, upgrade
from vetting.models import AuditEvent


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []
    assert schema_revision(engine) == head_revision()


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)
    assert schema_revision(engine) == head_revision()


def test_timestamps_come_back_as_aware_utc(engine: Engine) -> None:
    plus_three = timezone(timedelta(hours=3))
    when = datetime(2026, 3, 1, 12, 30, tzinfo=plus_three)
    with Session(engine) as session:
        session.add(AuditEvent(at=when, actor="t", action="x", subject_type="s", subject_id="1"))
        session.commit()
    with Session(engine) as session:
        stored = session.get(AuditEvent, 1)
        assert stored is not None
        assert stored.at == when
        assert stored.at.tzinfo is not None
        assert stored.at.utcoffset() == timedelta(0)
        assert stored.at == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
