"""notifications: the outbox and each person's choices, a citizen's e-mail address, and a
meeting's calendar sequence and cancellation

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 11:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STRING = sqlmodel.sql.sqltypes.AutoString
WHEN = bti.models.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.add_column("citizen", sa.Column("email", STRING(length=254), nullable=True))
    op.add_column(
        "meeting", sa.Column("sequence", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("meeting", sa.Column("cancelled_at", WHEN, nullable=True))

    op.create_table(
        "notification",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", STRING(length=40), nullable=False),
        sa.Column("case_id", STRING(length=32), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("delivery", STRING(length=8), nullable=False),
        sa.Column("status", STRING(length=8), nullable=False),
        sa.Column("key", STRING(length=120), nullable=True),
        sa.Column("calendar", sa.Text(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("next_attempt_at", WHEN, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", STRING(length=300), nullable=False),
        sa.Column("sent_at", WHEN, nullable=True),
        sa.Column("read_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["staffuser.id"]),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizen.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("municipality_id", "key"),
    )
    for columns in (("user_id", "created_at"), ("citizen_id", "created_at"), ("case_id",)):
        name = "_".join(("ix_notification_municipality_id", *columns))
        op.create_index(name, "notification", ["municipality_id", *columns])
    op.create_index(
        "ix_notification_status_next_attempt_at", "notification", ["status", "next_attempt_at"]
    )

    op.create_table(
        "notificationsetting",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", STRING(length=40), nullable=False),
        sa.Column("delivery", STRING(length=8), nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["staffuser.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("municipality_id", "user_id", "kind"),
    )


def downgrade() -> None:
    op.drop_table("notificationsetting")
    op.drop_index("ix_notification_status_next_attempt_at", table_name="notification")
    for columns in (("user_id", "created_at"), ("citizen_id", "created_at"), ("case_id",)):
        name = "_".join(("ix_notification_municipality_id", *columns))
        op.drop_index(name, table_name="notification")
    op.drop_table("notification")
    op.drop_column("meeting", "cancelled_at")
    op.drop_column("meeting", "sequence")
    op.drop_column("citizen", "email")
