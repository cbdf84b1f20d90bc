"""The stafettlogg and the action plan: goals, measures, evaluations, decisions, notes."""

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field

from bti.models.base import TenantScoped, Versioned, created_at_field, tenant_index
from bti.models.types import UTCDateTime


# One measure in the action plan (handlingsplan): goal, measure, responsible, follow-up.
class ActionPlanItem(Versioned, TenantScoped, table=True):
    __table_args__ = (tenant_index("actionplanitem", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    goal: str = Field(sa_type=sa.Text)
    measure: str = Field(sa_type=sa.Text)
    responsible_id: int | None = Field(default=None, foreign_key="staffuser.id")
    responsible_text: str = Field(default="", max_length=160)
    follow_up_on: date | None = None
    evaluation: str = Field(default="", sa_type=sa.Text)
    goal_reached: bool | None = None
    # The child's own view on the evaluation, or why it could not be given.
    child_voice: str = Field(default="", sa_type=sa.Text)
    child_voice_missing_reason: str = Field(default="", sa_type=sa.Text)
    evaluated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = created_at_field()


class EntryKind(StrEnum):
    GOAL = "goal"
    ACTIVITY = "activity"
    EVALUATION = "evaluation"
    DECISION = "decision"
    NOTE = "note"


# An entry in the stafettlogg; it doubles as the minutes of interdisciplinary meetings.
class StafettloggEntry(TenantScoped, table=True):
    __table_args__ = (tenant_index("stafettloggentry", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    kind: EntryKind = Field(sa_type=sa.String(16))
    text: str = Field(sa_type=sa.Text)
    author_id: int = Field(foreign_key="staffuser.id")
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    # Health-sourced: visible only to health roles unless a consent covers health information.
    health_internal: bool = False
    child_voice: str = Field(default="", sa_type=sa.Text)
    child_voice_missing_reason: str = Field(default="", sa_type=sa.Text)
    created_at: datetime = created_at_field()
