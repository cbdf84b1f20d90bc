"""Meetings: invitation, invitees and attendance, minutes per agenda part."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field

from bti.models.base import TenantScoped, Versioned, created_at_field, tenant_index
from bti.models.types import UTCDateTime


class MeetingKind(StrEnum):
    UNDRINGSSAMTALE = "undringssamtale"
    SAMARBEIDSMOTE = "samarbeidsmote"
    OPPFOLGINGSMOTE = "oppfolgingsmote"
    EVALUERINGSMOTE = "evalueringsmote"
    OVERGANGSMOTE = "overgangsmote"


class ChildParticipation(StrEnum):
    """How the child took part in a held meeting."""

    IN_MEETING = "in_meeting"  # said it in the meeting
    OTHER_ARENA = "other_arena"  # said it elsewhere; someone carries it to the meeting
    DECLINED = "declined"  # invited, but did not want to: never pressed
    NOT_ABLE = "not_able"  # could not give it, with the reason


# A meeting about a case. ``kind`` may also name a plugin's own kind (e.g. a TIT meeting).
class Meeting(Versioned, TenantScoped, table=True):
    # A case's meetings; the meetings a user organises, soonest first («Mine saker»).
    __table_args__ = (
        tenant_index("meeting", "case_id"),
        tenant_index("meeting", "organiser_id", "starts_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    kind: str = Field(max_length=40)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    place: str = Field(default="", max_length=200)
    agenda: str = Field(default="", sa_type=sa.Text)
    organiser_id: int = Field(foreign_key="staffuser.id")
    held_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    guardians_present: bool | None = None
    child_present: bool | None = None
    child_voice: str = Field(default="", sa_type=sa.Text)
    child_voice_missing_reason: str = Field(default="", sa_type=sa.Text)
    # How the child took part (see ChildParticipation); "" on meetings held before it was
    # asked, or where nothing was recorded about a child under 7.
    child_participation: str = Field(default="", max_length=16)
    # Where the child said it, when not in the meeting («et eget møte med kontaktlæreren»),
    # and the employee closest to the child, who carries the view to the next meeting.
    child_voice_arena: str = Field(default="", max_length=200)
    # A staff user's id; no foreign key, which SQLite cannot add to the existing table
    # (migration 0008).
    child_voice_carrier_id: int | None = None
    # When the child was given the minutes to read («Barnet kan få lese referat fra møtet»).
    minutes_read_by_child_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # What the meeting clarified about the coordinator, where the level asks (see
    # bti.guide.Level.clarify_coordinator): "continues" or "changes"; "" where not asked.
    coordinator_change: str = Field(default="", max_length=16)
    # Set when a report to barnevern kept the guardians out while the meeting was still to
    # be held: their invitations were withdrawn then (see bti.services.guardians).
    guardians_withdrawn_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # A conversation with the guardians cannot go on without them: it waits (on hold) and
    # cannot be registered as held.
    on_hold: bool = False
    # The calendar invitation's SEQUENCE (RFC 5545): rises with every change or cancellation
    # sent to the invitees, under the same UID.
    sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Why it was cancelled, as the one who cancelled wrote it: shown on the case page, never
    # sent (migration 0021).
    cancel_reason: str = Field(default="", sa_type=sa.Text)
    created_at: datetime = created_at_field()


# Someone invited to a meeting: a staff user, a guardian, or the subject; and whether they came.
class MeetingInvitee(TenantScoped, table=True):
    # A meeting's invitees; the meetings a staff user is invited to («Mine saker»).
    __table_args__ = (
        tenant_index("meetinginvitee", "meeting_id"),
        tenant_index("meetinginvitee", "user_id", "meeting_id"),
        tenant_index("meetinginvitee", "guardian_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    user_id: int | None = Field(default=None, foreign_key="staffuser.id")
    guardian_id: int | None = Field(default=None, foreign_key="guardian.id")
    is_subject: bool = False
    attended: bool | None = None


# The minutes of one agenda part of a meeting.
class MinutesPart(TenantScoped, table=True):
    __table_args__ = (tenant_index("minutespart", "meeting_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    position: int = 0
    heading: str = Field(max_length=200)
    text: str = Field(default="", sa_type=sa.Text)
