"""decision taken together: who took part (staff, the child, the guardians)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 22:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable): a batch copy of ``decision`` on SQLite would drop the
    # table its decision services still point at.
    op.add_column("decision", sa.Column("child_took_part", sa.Boolean(), nullable=True))
    op.add_column("decision", sa.Column("guardians_took_part", sa.Boolean(), nullable=True))
    op.create_table(
        "decisionparticipant",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"]),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["staffuser.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("decision_id", "user_id"),
    )
    op.create_index(
        "ix_decisionparticipant_decision_id", "decisionparticipant", ["decision_id"]
    )
    op.create_index(
        "ix_decisionparticipant_municipality_id", "decisionparticipant", ["municipality_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_decisionparticipant_municipality_id", table_name="decisionparticipant")
    op.drop_index("ix_decisionparticipant_decision_id", table_name="decisionparticipant")
    op.drop_table("decisionparticipant")
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35 and later), for the same reason.
    op.drop_column("decision", "guardians_took_part")
    op.drop_column("decision", "child_took_part")
