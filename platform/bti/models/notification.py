"""Notifications: the outbox, and what each person wants told and how.

A notification is a row written in the same transaction as the action that causes it (an
offered baton, an invitation, a deadline coming up …). It names no one: it points at a case
(or a meeting) by the opaque id, and the worker composes a neutral message with a link when
it sends it. The same rows are the person's list of notifications in the app.
"""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, UniqueConstraint

from bti.models.base import TenantScoped, created_at_field, tenant_index
from bti.models.types import UTCDateTime


class NotificationKind(StrEnum):
    HANDOVER_OFFERED = "handover_offered"
    HANDOVER_ANSWERED = "handover_answered"
    MEETING_INVITED = "meeting_invited"
    MEETING_CHANGED = "meeting_changed"
    MEETING_CANCELLED = "meeting_cancelled"
    CONSENT_EXPIRING = "consent_expiring"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DEADLINE_SOON = "deadline_soon"
    DEADLINE_OVERDUE = "deadline_overdue"
    TEAM_REFERRAL = "team_referral"


class Delivery(StrEnum):
    """How a person wants a kind of notification: by e-mail at once, in a daily summary, or
    only in the app's list."""

    NOW = "now"
    DAILY = "daily"
    NONE = "none"


class NotificationStatus(StrEnum):
    QUEUED = "queued"  # waiting for the worker (at once, or in the next daily summary)
    SENT = "sent"
    FAILED = "failed"  # the worker gave up after its last attempt
    IN_APP = "in_app"  # nothing to send: in the app's list only (no e-mail, or «none»)


# One notification for one person: a staff user, or a citizen (guardian or youth) with an
# e-mail address. ``key`` makes a notification that may be queued again (a reminder) unique
# within the municipality, so queueing it twice writes one row.
class Notification(TenantScoped, table=True):
    __table_args__ = (
        UniqueConstraint("municipality_id", "key"),
        tenant_index("notification", "user_id", "created_at"),
        tenant_index("notification", "citizen_id", "created_at"),
        tenant_index("notification", "case_id"),
        sa.Index("ix_notification_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40)
    case_id: str | None = Field(default=None, foreign_key="case.id", max_length=32)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    user_id: int | None = Field(default=None, foreign_key="staffuser.id")
    citizen_id: int | None = Field(default=None, foreign_key="citizen.id")
    delivery: str = Field(default=Delivery.NOW, max_length=8)
    status: str = Field(default=NotificationStatus.QUEUED, max_length=8)
    key: str | None = Field(default=None, max_length=120)
    # An iCalendar request or cancellation to attach (meetings), built without names.
    calendar: str = Field(default="", sa_type=sa.Text)
    created_at: datetime = created_at_field()
    # When the worker may (next) try to send it; a daily summary's is the summary's hour.
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attempts: int = 0
    # What went wrong on the last attempt, in the mail system's words (never a name).
    last_error: str = Field(default="", max_length=300)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# A staff user's choice for one kind of notification; no row means the default (at once).
class NotificationSetting(TenantScoped, table=True):
    __table_args__ = (UniqueConstraint("municipality_id", "user_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="staffuser.id")
    kind: str = Field(max_length=40)
    delivery: str = Field(max_length=8)
