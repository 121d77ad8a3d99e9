"""Engines, sessions and schema upgrades for SQLite (embedded) and PostgreSQL (shared).

No engine is created at import. SQLite connections get WAL, a busy timeout and foreign
keys, so a screening run and the web app can write at once without ``database is locked``;
writers commit per chunk, never in one long transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

SQLITE_BUSY_MS = 30_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """A new engine for ``url`` with the per-backend settings this project relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in {"", "psycopg2"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One shared engine per URL in this process (flows and the CLI reuse it)."""
    return make_engine(url)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session committed on success and rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic configuration pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("vetting") / "migrations"))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to ``revision`` (idempotent)."""
    command.upgrade(alembic_config(engine), revision)


def schema_revision(engine: Engine) -> str | None:
    """The revision the database is at, or ``None`` if it was never initialised."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision the code knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_postgres(session: Session) -> bool:
    """Whether ``session`` writes to PostgreSQL."""
    return session.get_bind().dialect.name == "postgresql"


def insert_json_rows(
    session: Session,
    table: str,
    columns: Mapping[str, str],
    rows: Sequence[Mapping[str, Any]],
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """PostgreSQL: insert ``rows`` (their ``columns``, by name and SQL type) as one JSON
    document, a single parameter (``json_to_recordset``); the ``returning`` columns of
    the rows inserted, in no promised order. A ``json`` column takes a row's value as it
    is; a datetime goes as ISO 8601 text.

    A multi-row ``VALUES`` statement carries one parameter per value, and the driver
    parsed its text anew for every chunk of alerts and their audit events (a tenth of the
    screening process's time); arrays, one per column, it dumps element by element in
    Python, escaping each string. The standard JSON encoder and the server's parser are
    compiled. Table, column names and types are constants of this project, never input.
    """
    if not is_postgres(session):
        raise ValueError("insert_json_rows needs PostgreSQL")
    names = ", ".join(columns)
    typed = ", ".join(f"{name} {kind}" for name, kind in columns.items())
    back = f" RETURNING {', '.join(returning)}" if returning else ""
    statement = text(
        f"INSERT INTO {table} ({names}) SELECT {names} "
        f"FROM json_to_recordset(CAST(:rows AS json)) AS r({typed}){back}"
    )
    document = json.dumps([{name: row[name] for name in columns} for row in rows], default=_iso)
    result = session.execute(statement, {"rows": document})
    return [tuple(row) for row in result] if returning else []


def _iso(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
