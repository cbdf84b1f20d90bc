"""going live: staff e-mail, a required second factor, the deployment-wide administrator,
the identity provider's claim per staff account, one-time password links, and the provider's
ID token on a session for signing out there too

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 09:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bti.models.types

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STRING = sqlmodel.sql.sqltypes.AutoString
WHEN = bti.models.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    # Plain ADD COLUMN on both databases (no table copy, which on SQLite would trip the
    # foreign keys that point at staffuser).
    op.add_column("staffuser", sa.Column("email", STRING(length=254), nullable=True))
    for flag in ("totp_required", "central_admin"):
        op.add_column(
            "staffuser",
            sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false()),
        )
    op.add_column("staffuser", sa.Column("password_changed_at", WHEN, nullable=True))
    for table in ("loginsession", "citizensession"):
        op.add_column(table, sa.Column("id_token", sa.Text(), nullable=True))

    op.create_table(
        "staffidentity",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("subject", STRING(length=255), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["staffuser.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("municipality_id", "subject"),
    )
    op.create_index("ix_staffidentity_user_id", "staffidentity", ["user_id"])

    op.create_table(
        "passwordreset",
        sa.Column("token_hash", STRING(length=64), nullable=False),
        sa.Column("account_kind", STRING(length=16), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("used_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["created_by_id"], ["staffuser.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_passwordreset_account_id", "passwordreset", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_passwordreset_account_id", table_name="passwordreset")
    op.drop_table("passwordreset")
    op.drop_index("ix_staffidentity_user_id", table_name="staffidentity")
    op.drop_table("staffidentity")
    for table in ("loginsession", "citizensession"):
        op.drop_column(table, "id_token")
    for column in ("password_changed_at", "central_admin", "totp_required", "email"):
        op.drop_column("staffuser", column)
