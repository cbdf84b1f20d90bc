"""record versions: a version on every record a user edits in place (no lost update)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 03:00:00.000000

Existing rows start at version 1 (the server default), as new rows do.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose rows are edited in place from a form (see bti.services.versions).
TABLES = (
    "case",
    "caseplan",
    "subject",
    "guardian",
    "consent",
    "meeting",
    "actionplanitem",
    "teamdiscussion",
    "team",
    "teamreferral",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35 and later): a batch copy of the table
    # would drop it, which the foreign keys pointing at it refuse.
    for table in reversed(TABLES):
        op.drop_column(table, "version")
