"""break-glass: emergency access to a case, with its reason and end

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "breakglassgrant",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_at", bti.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", bti.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["staffuser.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("breakglassgrant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_breakglassgrant_case_expires", ["case_id", "expires_at"], unique=False
        )
        batch_op.create_index(
            "ix_breakglassgrant_unit_granted", ["unit_id", "granted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_breakglassgrant_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_breakglassgrant_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("breakglassgrant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breakglassgrant_user_id"))
        batch_op.drop_index(batch_op.f("ix_breakglassgrant_municipality_id"))
        batch_op.drop_index("ix_breakglassgrant_unit_granted")
        batch_op.drop_index("ix_breakglassgrant_case_expires")
    op.drop_table("breakglassgrant")
