"""meetings: why a meeting was cancelled, kept in the platform (never in the e-mail);
reminders: deadlines and consents by when they run out

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "meeting", sa.Column("cancel_reason", sa.Text(), nullable=False, server_default="")
    )
    op.create_index("ix_deadline_municipality_id_due_at", "deadline", ["municipality_id", "due_at"])
    op.create_index(
        "ix_consent_municipality_id_valid_to", "consent", ["municipality_id", "valid_to"]
    )


def downgrade() -> None:
    op.drop_index("ix_consent_municipality_id_valid_to", table_name="consent")
    op.drop_index("ix_deadline_municipality_id_due_at", table_name="deadline")
    op.drop_column("meeting", "cancel_reason")
