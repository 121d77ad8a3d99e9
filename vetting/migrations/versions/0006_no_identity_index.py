"""Record revisions lose the index on their identity hash, which no query reads.

Every import of a list maintained it: a random B-tree insert of a 64-character key per
revision, 2.5 s of the 9 s PostgreSQL took to store 1,000,000 records. Alerts keep the
hash of the revision they were raised against; records are found by id and record id.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 09:05:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exclusionrecord", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exclusionrecord_identity_hash"))


def downgrade() -> None:
    with op.batch_alter_table("exclusionrecord", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exclusionrecord_identity_hash"), ["identity_hash"], unique=False
        )
