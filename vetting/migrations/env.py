"""Alembic environment: runs against the engine handed over by vetting.db, or the settings."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Engine
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

from vetting.db import make_engine
from vetting.models import UTCDateTime  # also registers the tables on SQLModel.metadata
from vetting.settings import get_settings


def render_item(kind: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Write plain SQLAlchemy types, so migrations never import the application's code."""
    if kind == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})"
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):
    engine = make_engine(get_settings().database_url)

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    context.run_migrations()
