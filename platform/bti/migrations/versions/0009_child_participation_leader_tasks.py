"""meetings: how the child took part and read the minutes; tasks for a unit's leaders

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE … ADD COLUMN: a batch copy of the table on SQLite would drop
    # ``meeting`` while its invitees and minutes still point at it. Meetings held before
    # keep "" (nothing recorded about how the child took part). The carrier is a staff
    # user's id without a foreign key: SQLite cannot add one without that copy.
    op.add_column(
        "meeting",
        sa.Column(
            "child_participation",
            sqlmodel.sql.sqltypes.AutoString(length=16),
            nullable=False,
            server_default="",
        ),
    )
    op.add_column(
        "meeting",
        sa.Column(
            "child_voice_arena",
            sqlmodel.sql.sqltypes.AutoString(length=200),
            nullable=False,
            server_default="",
        ),
    )
    op.add_column(
        "meeting",
        sa.Column(
            "child_voice_carrier_id",
            sa.Integer(),
            nullable=True,
        ),
    )
    op.add_column(
        "meeting",
        sa.Column(
            "minutes_read_by_child_at",
            bti.models.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
    )
    op.create_table(
        "leadertask",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", bti.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", bti.models.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("answer", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["created_by_id"], ["staffuser.id"]),
        sa.ForeignKeyConstraint(["done_by_id"], ["staffuser.id"]),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_leadertask_case_id", "leadertask", ["case_id"])
    op.create_index("ix_leadertask_unit_id", "leadertask", ["unit_id"])
    op.create_index("ix_leadertask_municipality_id", "leadertask", ["municipality_id"])


def downgrade() -> None:
    op.drop_index("ix_leadertask_municipality_id", table_name="leadertask")
    op.drop_index("ix_leadertask_unit_id", table_name="leadertask")
    op.drop_index("ix_leadertask_case_id", table_name="leadertask")
    op.drop_table("leadertask")
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35 and later), for the same reason.
    op.drop_column("meeting", "minutes_read_by_child_at")
    op.drop_column("meeting", "child_voice_carrier_id")
    op.drop_column("meeting", "child_voice_arena")
    op.drop_column("meeting", "child_participation")
