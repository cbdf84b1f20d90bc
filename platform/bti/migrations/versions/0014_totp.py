"""the second factor: a TOTP secret, when it was turned on, and the last step used

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 03:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default) on both databases: no table copy, which on
    # SQLite would trip the foreign keys that point at staffuser.
    op.add_column(
        "staffuser",
        sa.Column("totp_secret", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    )
    op.add_column(
        "staffuser",
        sa.Column("totp_enabled_at", bti.models.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column("staffuser", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    for column in ("totp_last_step", "totp_enabled_at", "totp_secret"):
        op.drop_column("staffuser", column)
