"""audit: each event's purpose, the chain head per municipality, signed checkpoints

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types


revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auditevent") as batch_op:
        batch_op.add_column(
            sa.Column(
                "purpose",
                sqlmodel.sql.sqltypes.AutoString(length=16),
                nullable=False,
                server_default="",
            )
        )
    op.create_table(
        "auditchainhead",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.PrimaryKeyConstraint("municipality_id"),
    )
    op.create_table(
        "auditcheckpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("at", bti.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("signature", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("auditcheckpoint") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_auditcheckpoint_municipality_id"), ["municipality_id"], unique=False
        )
    # Chains written before this revision get their head from what is there now.
    op.execute(
        """
        INSERT INTO auditchainhead (municipality_id, last_event_id, last_hash, count)
        SELECT e.municipality_id, e.id, e.hash, c.n
        FROM auditevent e
        JOIN (SELECT municipality_id, MAX(id) AS last_id, COUNT(*) AS n
              FROM auditevent GROUP BY municipality_id) c
          ON c.municipality_id = e.municipality_id AND c.last_id = e.id
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("auditcheckpoint") as batch_op:
        batch_op.drop_index(batch_op.f("ix_auditcheckpoint_municipality_id"))
    op.drop_table("auditcheckpoint")
    op.drop_table("auditchainhead")
    with op.batch_alter_table("auditevent") as batch_op:
        batch_op.drop_column("purpose")
