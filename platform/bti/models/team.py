"""Standing teams (Bærum's Tidlig innsatsteam): the team with its chair, deputy, leader and
fixed members, the units it serves, its meeting days, the cases referred to it, what each
discussion recorded part by part, the anonymised protocol and the family's evaluation."""

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, UniqueConstraint

from bti.models.base import TenantScoped, Versioned, created_at_field, tenant_index
from bti.models.types import UTCDateTime


# A standing team, written once from the plugin's defaults and then kept by administrators.
class TeamRecord(Versioned, TenantScoped, table=True):
    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("municipality_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40)
    name: str = Field(max_length=160)
    area: str = Field(default="", max_length=120)
    # Whole years on the meeting date, both ends included.
    min_age: int = 0
    max_age: int = 23
    includes_pregnant: bool = False
    cadence_days: int = 14
    meeting_hours: float = 4.0
    # The weekday it meets (0 Monday … 6 Sunday), the hour it starts, and where.
    weekday: int = 1
    starts_at_hour: int = 9
    place: str = Field(default="", max_length=200)
    # The coordinator is the fixed chair (møteleder); a fixed deputy stands in; the team is
    # led by a department head from barnevern.
    coordinator_id: int | None = Field(default=None, foreign_key="staffuser.id", index=True)
    deputy_id: int | None = Field(default=None, foreign_key="staffuser.id", index=True)
    leader_id: int | None = Field(default=None, foreign_key="staffuser.id", index=True)
    created_at: datetime = created_at_field()


# A fixed member: a staff user in one of the team's seats (a service).
class TeamMember(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("teammember", "team_id"),
        UniqueConstraint("team_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    user_id: int = Field(foreign_key="staffuser.id", index=True)
    service: str = Field(max_length=32)


# A unit (kindergarten, school …) whose cases go to this team, where several teams serve
# the same ages.
class TeamUnit(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("teamunit", "unit_id"),
        UniqueConstraint("team_id", "unit_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    unit_id: int = Field(foreign_key="unit.id")


# One meeting day of a team (every 14 days, 4 hours): the cases on it have their own times.
class TeamMeeting(TenantScoped, table=True):
    __table_args__ = (tenant_index("teammeeting", "team_id", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    place: str = Field(default="", max_length=200)
    # Who takes the minutes («Avklare hvem som skal være referent i møtet»).
    minute_taker_id: int | None = Field(default=None, foreign_key="staffuser.id")
    created_by_id: int = Field(foreign_key="staffuser.id")
    created_at: datetime = created_at_field()


class ReferralStatus(StrEnum):
    RECEIVED = "received"  # in the coordinator's queue
    SCHEDULED = "scheduled"  # on a meeting day, invitations not yet sent
    INVITED = "invited"  # written invitations sent
    DISCUSSED = "discussed"  # the meeting was held; the protocol may still be open
    CLOSED = "closed"  # the protocol is finalised
    WITHDRAWN = "withdrawn"


class Urgency(StrEnum):
    URGENT = "urgent"  # to the next meeting day
    ORDINARY = "ordinary"


# A case referred to a team: the meldeskjema, the coordinator's assessment, its place on a
# meeting day, and the invitations.
class TeamReferral(Versioned, TenantScoped, table=True):
    # A case's referrals; the coordinator's queue (a team's referrals by status).
    __table_args__ = (
        tenant_index("teamreferral", "case_id"),
        tenant_index("teamreferral", "team_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    team_id: int = Field(foreign_key="team.id")
    # «Sak nr.»: the team's own running number, the only reference in its protocols.
    number: int = 0
    referred_by_id: int = Field(foreign_key="staffuser.id", index=True)
    unit_id: int | None = Field(default=None, foreign_key="unit.id", index=True)
    referred_at: datetime = created_at_field()
    status: ReferralStatus = Field(default=ReferralStatus.RECEIVED, sa_type=sa.String(16))
    # The meldeskjema: the referrer's e-mail or phone, and the others the family agreed to
    # invite (name, title, workplace), as written.
    referrer_contact: str = Field(default="", max_length=200)
    others_wanted: str = Field(default="", sa_type=sa.Text)
    # What the concern is about («psykososialt miljø, endring i atferd, læring, helse og
    # omsorgsmessige situasjoner»), comma-separated codes.
    case_types: str = Field(default="", max_length=200)
    # The guardians (or the youth) attend themselves: then the case may be discussed
    # without a written consent; otherwise one must be in place.
    family_attends: bool = False
    # The coordinator's assessment.
    urgency: str = Field(default="", max_length=16)
    urgency_note: str = Field(default="", max_length=400)
    assessed_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    assessed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Its place on a meeting day: the time and the minutes set aside for it.
    team_meeting_id: int | None = Field(default=None, foreign_key="teammeeting.id", index=True)
    starts_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    minutes: int | None = None
    interpreter_needed: bool = False
    interpreter_language: str = Field(default="", max_length=80)
    # The meeting on the case that carries the written invitations (bti.models.Meeting).
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    invited_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# A staff user who is not a fixed member, invited by agreement with the family.
class TeamReferralGuest(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("teamreferralguest", "referral_id"),
        UniqueConstraint("referral_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="teamreferral.id")
    user_id: int = Field(foreign_key="staffuser.id")


# What the discussion of one case recorded, part by part. The metarefleksjon is here and
# nowhere else: it never reaches the case's meeting minutes, printouts or the citizen view.
class TeamDiscussion(Versioned, TenantScoped, table=True):
    __table_args__ = (tenant_index("teamdiscussion"),)

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="teamreferral.id", unique=True)
    # 1. Presentasjon: confidentiality stated.
    confidentiality_stated: bool = False
    # Who was there: the guardians, the youth, the referrer (None = not recorded yet).
    guardians_present: bool | None = None
    youth_present: bool | None = None
    referrer_present: bool | None = None
    # 2. Framlegg: the case put forward, and the measures already tried.
    presentation: str = Field(default="", sa_type=sa.Text)
    earlier_measures: str = Field(default="", sa_type=sa.Text)
    # 3. Drøfting.
    discussion: str = Field(default="", sa_type=sa.Text)
    # 4. Avrunding.
    summary: str = Field(default="", sa_type=sa.Text)
    family_view: str = Field(default="", sa_type=sa.Text)
    follow_up_coordinator_id: int | None = Field(default=None, foreign_key="staffuser.id")
    follow_up_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    follow_up_place: str = Field(default="", max_length=200)
    family_feedback: str = Field(default="", sa_type=sa.Text)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # When the referrer and the family left (then the metarefleksjon may be held).
    family_left_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # 5. Metarefleksjon: the fixed members only.
    reflection: str = Field(default="", sa_type=sa.Text)
    reflection_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # 6. Protokoll: anonymised, finalised by the chair.
    protocol: str = Field(default="", sa_type=sa.Text)
    protocol_finalised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    protocol_finalised_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    # The coordinating person's evaluation of the action plan (the seed's questions), as JSON.
    plan_evaluation: str = Field(default="", sa_type=sa.Text)
    plan_evaluated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    plan_evaluated_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    recorded_by_id: int = Field(foreign_key="staffuser.id")
    created_at: datetime = created_at_field()


# The family's evaluation of a team meeting: filled in by staff with them, or answered
# through a link that carries a random token and no name.
class TeamEvaluation(TenantScoped, table=True):
    __table_args__ = (tenant_index("teamevaluation"),)

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="teamreferral.id", unique=True)
    token: str = Field(max_length=48, unique=True, index=True)
    created_at: datetime = created_at_field()
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # "staff" (filled in with them) or "link".
    answered_via: str = Field(default="", max_length=8)
    recorded_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    # How it was to take part, 1 (bad) … 5 (good), and in their words.
    experience: int | None = None
    experience_text: str = Field(default="", sa_type=sa.Text)
    # Was the action plan followed up, and did the measures help: yes / partly / no.
    plan_followed: str = Field(default="", max_length=8)
    measures_helped: str = Field(default="", max_length=8)
    comment: str = Field(default="", sa_type=sa.Text)
    # The date of the follow-up it speaks of (for the quarter it belongs to).
    about_meeting_on: date | None = None
