"""meetings: guardians withdrawn after a report, meetings on hold

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 17:00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import bti.models.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE … ADD COLUMN: a batch copy of the table on SQLite would drop
    # ``meeting`` while its invitees and minutes still point at it.
    op.add_column(
        "meeting",
        sa.Column(
            "guardians_withdrawn_at", bti.models.types.UTCDateTime(timezone=True), nullable=True
        ),
    )
    op.add_column(
        "meeting", sa.Column("on_hold", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    # Cases already reported with the guardians kept out: their invitations to meetings not
    # yet held are withdrawn now, as a report registered from today on does, and a
    # conversation with the guardians (undringssamtale) waits.
    meeting = sa.table(
        "meeting",
        sa.column("id", sa.Integer),
        sa.column("case_id", sa.String),
        sa.column("kind", sa.String),
        sa.column("held_at", bti.models.types.UTCDateTime()),
        sa.column("guardians_withdrawn_at", bti.models.types.UTCDateTime()),
        sa.column("on_hold", sa.Boolean),
    )
    invitee = sa.table(
        "meetinginvitee", sa.column("meeting_id", sa.Integer), sa.column("guardian_id", sa.Integer)
    )
    case = sa.table("case", sa.column("id", sa.String), sa.column("guardians_kept_out", sa.Boolean))
    waiting = sa.and_(
        meeting.c.held_at.is_(None),
        meeting.c.case_id.in_(sa.select(case.c.id).where(case.c.guardians_kept_out.is_(True))),
    )
    invited = sa.select(invitee.c.meeting_id).where(invitee.c.guardian_id.is_not(None))
    op.execute(
        meeting.update()
        .where(waiting, meeting.c.id.in_(invited))
        .values(guardians_withdrawn_at=datetime.now(UTC))
    )
    op.execute(
        meeting.update().where(waiting, meeting.c.kind == "undringssamtale").values(on_hold=True)
    )
    op.execute(
        invitee.delete().where(
            invitee.c.guardian_id.is_not(None),
            invitee.c.meeting_id.in_(sa.select(meeting.c.id).where(waiting)),
        )
    )


def downgrade() -> None:
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35 and later), for the same reason.
    op.drop_column("meeting", "on_hold")
    op.drop_column("meeting", "guardians_withdrawn_at")
