"""archive copies: the whole stafettlogg kept for the archive when a case or a participant's
part closes, and on request

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STRING = sqlmodel.sql.sqltypes.AutoString
WHEN = bti.models.types.UTCDateTime(timezone=True)
INDEX = "ix_archivecopy_municipality_id_case_id"


def upgrade() -> None:
    op.create_table(
        "archivecopy",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", STRING(length=32), nullable=False),
        sa.Column("made_at", WHEN, nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("records", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["made_by_id"], ["staffuser.id"]),
        sa.ForeignKeyConstraint(["participant_id"], ["caseparticipant.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(INDEX, "archivecopy", ["municipality_id", "case_id"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="archivecopy")
    op.drop_table("archivecopy")
