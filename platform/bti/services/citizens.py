"""Guardians and youth reading their own stafettlogg: sign-in, what they may read, and the
read itself — every read audited like a staff read.

Sources: «Foreldre og ungdom har tilgang Stafettloggen på lik linje med de tjenesteytere som
er involvert» (Tromsø, «Stafettlogg i Sampro»); «Foresatte involveres ikke!» when abuse is
suspected and the case goes straight to barnevern (Vestby nivå 0 «Akutt?»).

Who reads what:

* a guardian with parental responsibility (``Guardian.fodselsnummer``) reads the stafettlogg
  of their child until the child turns 18;
* the youth (``Subject.fodselsnummer``) reads their own from the age the municipality sets
  (``CitizenAccess.youth_from_age``, 15 in Tromsø);
* only a case whose stafettlogg has been opened, never a case while a report to barnevern
  keeps the guardians out (``Case.guardians_kept_out``: nothing about it reaches them, and
  the youth's view could reach them too), never an entry marked as internal to health, and
  never another case: any other case is «not found».

Sign-in (:mod:`bti.services.citizen_signin`, re-exported here) is a local username and
password (demo, tests); everything after it needs only the citizen's id, so ID-porten (which
gives the fødselsnummer) can replace it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from bti import clock
from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    ActionPlanItem,
    Case,
    CaseParticipant,
    CasePlan,
    Citizen,
    Guardian,
    Meeting,
    MinutesPart,
    StafettloggEntry,
    StaffUser,
    Subject,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.child import age_on
from bti.services import audit, stafettlogg
from bti.services.administration import people
from bti.services.guardians import excluded as guardians_excluded
from bti.services.meetings import MinutesShown, shown

GUARDIAN = "foresatt"
YOUTH = "ungdom"
#: Guardians read until the child is of age.
OF_AGE = 18


@dataclass(frozen=True)
class CitizenActor:
    """A signed-in guardian or youth, as the audit trail records them: no staff user, and
    the citizen's internal id (never a name or a fødselsnummer)."""

    citizen_id: int
    display_name: str

    user_id = None

    @property
    def role_label(self) -> str:
        return f"innbygger#{self.citizen_id}"


# ---------------------------------------------------------------------------------------------
# Signing in
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# What a citizen may read
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Readable:
    case: Case
    subject: Subject
    #: How the citizen is linked to it: ``foresatt`` or ``ungdom``.
    relation: str


def _readable(session: Session, *, municipality: Municipality, by: CitizenActor) -> list[Readable]:
    access = municipality.citizen_access
    citizen = session.get(Citizen, by.citizen_id)
    if access is None or citizen is None:
        return []
    today = clock.today(municipality)
    links: dict[int, str] = {}
    if access.youth_from_age is not None:
        for subject in session.exec(
            select(Subject).where(Subject.fodselsnummer == citizen.fodselsnummer)
        ):
            age = _age(subject, today)
            if age is not None and age >= access.youth_from_age:
                links[subject.id] = YOUTH
    if access.guardians:
        for guardian in session.exec(
            select(Guardian).where(
                Guardian.fodselsnummer == citizen.fodselsnummer, Guardian.parental_responsibility
            )
        ):
            subject = session.get(Subject, guardian.subject_id)
            age = _age(subject, today)
            if age is None or age < OF_AGE:
                links.setdefault(subject.id, GUARDIAN)
    if not links:
        return []
    found = []
    for case in session.exec(
        select(Case)
        .where(Case.subject_id.in_(list(links)), Case.stafettholder_id.is_not(None))
        .order_by(Case.opened_at.desc(), Case.id)
    ):
        if guardians_excluded(case):
            continue
        found.append(Readable(case, session.get(Subject, case.subject_id), links[case.subject_id]))
    return found


def readable_case(
    session: Session, *, municipality: Municipality, by: CitizenActor, case_id: str
) -> Readable | None:
    """The case ``case_id`` if the citizen may read its stafettlogg (not audited: the caller
    audits the read it makes of it)."""
    found = _readable(session, municipality=municipality, by=by)
    return next((r for r in found if r.case.id == case_id), None)


def _age(subject: Subject | None, today: date) -> int | None:
    if subject is None or subject.birth_date is None:
        return None
    return age_on(subject.birth_date, today)


def my_stafettlogger(
    session: Session, *, municipality: Municipality, by: CitizenActor
) -> list[Readable]:
    """The stafettlogger the citizen may read, newest case first (audited as one list)."""
    found = _readable(session, municipality=municipality, by=by)
    audit.record(session, actor=by, action="citizen.list", detail=f"count={len(found)}")
    return found


@dataclass(frozen=True)
class Activity:
    goal: str
    measure: str
    responsible: str
    follow_up_on: date | None
    evaluation: str
    goal_reached: bool | None
    child_voice: str


@dataclass(frozen=True)
class HeldMeeting:
    meeting: Meeting
    minutes: tuple[MinutesShown, ...]
    entries: list[StafettloggEntry]


@dataclass(frozen=True)
class Participant:
    name: str
    unit: str
    unit_kind: str
    holder: bool


@dataclass(frozen=True)
class CitizenView:
    readable: Readable
    activities: list[Activity]
    entries: list[StafettloggEntry]
    meetings: list[HeldMeeting]
    participants: list[Participant]
    plans: list[CasePlan]
    authors: dict[int, str]


def read(
    session: Session, *, municipality: Municipality, by: CitizenActor, case_id: str
) -> CitizenView:
    """One stafettlogg as the citizen may read it: goals and activities (who does what, by
    when), evaluations, the entries, the meetings held with their minutes, the people taking
    part, and the plans beside it. Audited; any case they may not read is «not found»."""
    readable = readable_case(session, municipality=municipality, by=by, case_id=case_id)
    if readable is None:
        audit.record_denial(
            session, actor=by, action="citizen.read", case_ref=(case_id or "")[:32] or None
        )
        raise NotFound("case")
    case = readable.case
    audit.record(session, actor=by, action="citizen.read", case_ref=case.id)

    names = _staff_names(session, case)
    activities = [
        Activity(
            goal=item.goal,
            measure=item.measure,
            responsible=names.get(item.responsible_id, "") or item.responsible_text,
            follow_up_on=item.follow_up_on,
            evaluation=item.evaluation,
            goal_reached=item.goal_reached,
            child_voice=item.child_voice,
        )
        for item in session.exec(
            select(ActionPlanItem)
            .where(ActionPlanItem.case_id == case.id)
            .order_by(ActionPlanItem.created_at, ActionPlanItem.id)
        )
    ]
    entries = stafettlogg.visible_entries(session, municipality=municipality, by=None, case=case)
    meetings = []
    for meeting in session.exec(
        select(Meeting)
        .where(Meeting.case_id == case.id, Meeting.held_at.is_not(None))
        .order_by(Meeting.held_at, Meeting.id)
    ):
        minutes = shown(
            session.exec(
                select(MinutesPart)
                .where(MinutesPart.meeting_id == meeting.id)
                .order_by(MinutesPart.position, MinutesPart.id)
            )
        )
        logged = [entry for entry in entries if entry.meeting_id == meeting.id]
        meetings.append(HeldMeeting(meeting, minutes, logged))
    plans = list(
        session.exec(
            select(CasePlan)
            .where(CasePlan.case_id == case.id, CasePlan.ended_at.is_(None))
            .order_by(CasePlan.id)
        )
    )
    return CitizenView(
        readable=readable,
        activities=activities,
        entries=entries,
        meetings=meetings,
        participants=_participants(session, case, names),
        plans=plans,
        authors=names,
    )


def _staff_names(session: Session, case: Case) -> dict[int, str]:
    ids = set(
        session.exec(select(CaseParticipant.user_id).where(CaseParticipant.case_id == case.id))
    )
    ids |= set(
        session.exec(select(StafettloggEntry.author_id).where(StafettloggEntry.case_id == case.id))
    )
    if case.stafettholder_id:
        ids.add(case.stafettholder_id)
    return {
        user.id: user.display_name
        for user in session.exec(select(StaffUser).where(StaffUser.id.in_(list(ids))))
    }


def _participants(session: Session, case: Case, names: dict[int, str]) -> list[Participant]:
    rows = session.exec(
        select(CaseParticipant, Unit)
        .join(Unit, Unit.id == CaseParticipant.unit_id, isouter=True)
        .where(CaseParticipant.case_id == case.id, CaseParticipant.own_part_closed_at.is_(None))
        .order_by(CaseParticipant.joined_at, CaseParticipant.id)
    ).all()
    seen: set[int] = set()
    people = []
    for participant, unit in rows:
        if participant.user_id in seen:
            continue
        seen.add(participant.user_id)
        people.append(
            Participant(
                name=names.get(participant.user_id, ""),
                unit=unit.name if unit else "",
                unit_kind=str(unit.kind) if unit else "",
                holder=participant.user_id == case.stafettholder_id,
            )
        )
    people.sort(key=lambda p: not p.holder)
    return people


# Signing a citizen in and out, kept beside (see :mod:`.citizen_signin`).
from bti.services.citizen_signin import (  # noqa: E402
    add_local_account,
    authenticate_password,
    current,
    end,
    sign_in,
    start,
)

__all__ = [
    "GUARDIAN",
    "OF_AGE",
    "YOUTH",
    "CitizenActor",
    "CitizenView",
    "add_local_account",
    "authenticate_password",
    "current",
    "end",
    "my_stafettlogger",
    "read",
    "readable_case",
    "sign_in",
    "start",
]


# ---------------------------------------------------------------------------------------------
# Where the citizen's notices go (/<slug>/innsyn/varsler)
# ---------------------------------------------------------------------------------------------


def notice_address(session: Session, *, by: CitizenActor) -> str:
    """The e-mail address the citizen's notices go to ("" for none): their own, to read."""
    return session.exec(select(Citizen.email).where(Citizen.id == by.citizen_id)).one() or ""


def set_notice_address(session: Session, *, by: CitizenActor, email: str | None) -> str | None:
    """The citizen gives the address their notices go to, or removes it (empty: none; a
    notice then stays unsent). Audited without the address."""
    address = people.email(
        email, example=_l("Write an e-mail address such as navn@eksempel.no, or leave it empty.")
    )
    citizen = session.exec(select(Citizen).where(Citizen.id == by.citizen_id)).one()
    citizen.email = address
    session.add(citizen)
    audit.record(
        session,
        actor=by,
        action="citizen.email_changed",
        detail="given" if address else "removed",
    )
    return address
