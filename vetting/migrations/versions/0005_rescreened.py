"""List versions remember when they were rescreened (a skipped rescreen is caught up).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 07:53:50.311604
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("listversion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rescreened_at", sa.DateTime(timezone=True), nullable=True))

    # Versions imported before this revision were rescreened by their import.
    op.execute("UPDATE listversion SET rescreened_at = imported_at")


def downgrade() -> None:
    with op.batch_alter_table("listversion", schema=None) as batch_op:
        batch_op.drop_column("rescreened_at")
