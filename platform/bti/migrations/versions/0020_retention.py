"""retention: when a closed case was anonymised, and the closed cases not yet anonymised
by closing time

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bti.models.types

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = bti.models.types.UTCDateTime(timezone=True)
INDEX = "ix_case_municipality_id_status_anonymised_at_closed_at"


def upgrade() -> None:
    # Plain ADD COLUMN on both databases (no table copy, which on SQLite would trip the
    # foreign keys that point at case).
    op.add_column("case", sa.Column("anonymised_at", WHEN, nullable=True))
    op.create_index(INDEX, "case", ["municipality_id", "status", "anonymised_at", "closed_at"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="case")
    op.drop_column("case", "anonymised_at")
