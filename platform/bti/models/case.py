"""A case (sak) and what happens to it: participants, decisions, deadlines, hand-overs."""

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, UniqueConstraint

from bti.models.base import (
    TenantScoped,
    Versioned,
    created_at_field,
    new_public_id,
    tenant_index,
)
from bti.models.types import UTCDateTime


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# One concern about one subject, followed through the levels.
class Case(Versioned, TenantScoped, table=True):
    # «Min enhet» (unit and status), «Mine saker» (the baton's holder and status), a subject's
    # cases. See tenant_index.
    __table_args__ = (
        tenant_index("case", "unit_id", "status"),
        tenant_index("case", "stafettholder_id", "status"),
        tenant_index("case", "subject_id"),
        # Retention: the municipality's closed cases not yet anonymised, by closing time.
        tenant_index("case", "status", "anonymised_at", "closed_at"),
    )

    # Opaque and non-sequential: it is the only case reference that appears in URLs.
    id: str = Field(default_factory=new_public_id, primary_key=True, max_length=32)
    subject_id: int = Field(foreign_key="subject.id")
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    # The concern in the words of the seeds' support questions.
    concern: str = Field(default="", sa_type=sa.Text)
    seen_or_heard: str = Field(default="", sa_type=sa.Text)
    child_said_or_did: str = Field(default="", sa_type=sa.Text)
    worried_for: str = Field(default="", max_length=200)
    earlier_concerns: str = Field(default="", sa_type=sa.Text)
    # When the concern arose; deadlines may run from it (Tromsø: decision within 14 days).
    concern_arose_on: date | None = None
    level: int = Field(default=0, ge=0, le=3)
    status: CaseStatus = Field(default=CaseStatus.OPEN, sa_type=sa.String(16))
    acute: bool = False
    reported_to_barnevern_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # A report that keeps the guardians out (suspected violence, abuse or serious neglect):
    # nothing about the case reaches them until barnevern says they can be involved again.
    guardians_kept_out: bool = False
    # Barnevern gives help (measures) in the case: it then holds the baton.
    barnevern_help: bool = False
    stafettholder_id: int | None = Field(default=None, foreign_key="staffuser.id")
    # Barn som pårørende: who is ill (or has died) and what it is; empty when not marked.
    next_of_kin_relation: str = Field(default="", max_length=32)
    next_of_kin_reason: str = Field(default="", max_length=32)
    opened_by_id: int = Field(foreign_key="staffuser.id", index=True)
    opened_at: datetime = created_at_field()
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Set when retention anonymised the case after the municipality's period had passed
    # (bti.services.retention); such a case is not reopened and not handled again.
    anonymised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# A report to barnevern under the duty to inform (opplysningsplikt). From then on nothing
# about the case reaches the guardians through the platform.
class BarnevernReport(TenantScoped, table=True):
    __table_args__ = (tenant_index("barnevernreport", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    reported_by_id: int = Field(foreign_key="staffuser.id")
    recipient: str = Field(max_length=160)
    basis: str = Field(default="opplysningsplikt", max_length=40)
    police_notified: bool = False
    reported_at: datetime = created_at_field()


# An anonymous consultation with barnevern: no case, no subject, no names — only that it
# happened, from which kind of service, and what the advice was.
class AnonymousConsultation(TenantScoped, table=True):
    __table_args__ = (tenant_index("anonymousconsultation"),)

    id: int | None = Field(default=None, primary_key=True)
    consulted_on: date
    unit_kind: str = Field(max_length=32)
    advice: str = Field(max_length=40)
    recorded_at: datetime = created_at_field()


class ParticipantRole(StrEnum):
    OPENED_BY = "opened_by"  # keeps samtidighetsansvar until their own part is closed
    PARTICIPANT = "participant"
    STAFETTHOLDER = "stafettholder"
    LEADER = "leader"


# A staff member taking part in a case, for a unit (service).
class CaseParticipant(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("caseparticipant", "case_id"),
        tenant_index("caseparticipant", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    user_id: int = Field(foreign_key="staffuser.id")
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    role: ParticipantRole = Field(sa_type=sa.String(16))
    joined_at: datetime = created_at_field()
    # Set when this person closes their own part; until then the case stays in their list.
    own_part_closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# A decision at a level: what was decided, why, by whom, and the level it led to.
class Decision(TenantScoped, table=True):
    __table_args__ = (tenant_index("decision", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    from_level: int
    outcome: str = Field(max_length=40)
    to_level: int | None = None
    rationale: str = Field(default="", sa_type=sa.Text)
    decided_by_id: int = Field(foreign_key="staffuser.id")
    decided_at: datetime = created_at_field()
    # Where the level's decision is taken together (Level.decision_together): whether the
    # child and the guardians took part in it; None where nobody was asked.
    child_took_part: bool | None = None
    guardians_took_part: bool | None = None


# A staff member who took part in a decision taken together (Jevnaker nivå 3 «Beslutning»:
# «Deltagere i det tverrfaglige samarbeidet, barnet og foresatte»).
class DecisionParticipant(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("decisionparticipant", "decision_id"),
        UniqueConstraint("decision_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    decision_id: int = Field(foreign_key="decision.id")
    user_id: int = Field(foreign_key="staffuser.id")


# A service (unit kind) a decision brings into the case, e.g. «gå til nivå 2 med NAV».
class DecisionService(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("decisionservice", "decision_id"),
        UniqueConstraint("decision_id", "service"),
    )

    id: int | None = Field(default=None, primary_key=True)
    decision_id: int = Field(foreign_key="decision.id")
    service: str = Field(max_length=32)


# A form the guide names as a tool (Undringsnotat, Observasjonsskjema …), filled in on the
# case: the municipality's form variant says which fields; the answers are kept as JSON.
class CaseDocument(TenantScoped, table=True):
    __table_args__ = (tenant_index("casedocument", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    kind: str = Field(max_length=40)
    answers: str = Field(default="{}", sa_type=sa.Text)
    author_id: int = Field(foreign_key="staffuser.id")
    created_at: datetime = created_at_field()


# A step (trinn) of a level ticked off on the case's checklist: by whom and when.
class CaseStep(TenantScoped, table=True):
    __table_args__ = (tenant_index("casestep", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    level: int
    # The step's number in the level, from 1.
    step: int
    done_by_id: int = Field(foreign_key="staffuser.id")
    done_at: datetime = created_at_field()


class PlanKind(StrEnum):
    IP = "ip"  # individuell plan
    IOP = "iop"  # individuell opplæringsplan (skole)
    IUP = "iup"  # individuell utviklingsplan (barnehage)


# A plan the child has beside the stafettlogg (an individual plan, an IOP or IUP): where it
# is kept and who is responsible. The platform refers to it; it does not hold the plan.
class CasePlan(Versioned, TenantScoped, table=True):
    __table_args__ = (tenant_index("caseplan", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    kind: PlanKind = Field(sa_type=sa.String(8))
    kept_in: str = Field(default="", max_length=160)
    responsible: str = Field(default="", max_length=160)
    registered_by_id: int = Field(foreign_key="staffuser.id")
    created_at: datetime = created_at_field()
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# A deadline from the municipality's guide, owned by one person, met by a later event.
class Deadline(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("deadline", "case_id"),
        tenant_index("deadline", "owner_id", "due_at"),
        # The reminders' window: the deadlines running out soon, or just run out.
        tenant_index("deadline", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    code: str = Field(max_length=60)
    due_at: datetime = Field(sa_type=UTCDateTime)
    remind_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    owner_id: int = Field(foreign_key="staffuser.id")
    # The event that meets it (see bti.guide.DeadlineRule).
    met_by: str = Field(default="decision", max_length=40)
    met_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = created_at_field()


# A task for the leaders of a unit on a case, without a deadline: e.g. to consider a
# tiltaksplan in the unit after the guardians declined help (the rule comes from the guide,
# see bti.guide.LeaderTask). Done when a leader records the assessment and its reason.
class LeaderTask(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("leadertask", "case_id"),
        tenant_index("leadertask", "unit_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    unit_id: int = Field(foreign_key="unit.id")
    code: str = Field(max_length=60)
    created_by_id: int = Field(foreign_key="staffuser.id")
    created_at: datetime = created_at_field()
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    done_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    answer: str = Field(default="", max_length=40)
    reason: str = Field(default="", sa_type=sa.Text)


class HandOverStatus(StrEnum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


# The stafettholder offering the baton; it passes only when the receiver accepts.
class HandOver(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("handover", "case_id"),
        tenant_index("handover", "to_user_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    from_user_id: int = Field(foreign_key="staffuser.id")
    to_user_id: int = Field(foreign_key="staffuser.id")
    status: HandOverStatus = Field(default=HandOverStatus.OFFERED, sa_type=sa.String(16))
    note: str = Field(default="", sa_type=sa.Text)
    offered_at: datetime = created_at_field()
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
