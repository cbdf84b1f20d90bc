"""The case page's first read: the case with what surrounds it, in one statement.

Every panel needs the case, who it is about, its unit and the people around it: the
access policy needs who takes part and who holds an emergency access
(:func:`bti.services.access.reaching`), the people panel the participants with their units,
the summary and the custody panel the guardians and whether the record names each. Read
one at a time that was five statements before any panel ran; here it is one: the case
with its subject beside each person around it, one row per participant (with their
unit), per emergency access and per guardian, and one for the case's unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.models import (
    Case,
    CaseParticipant,
    ConsentSignature,
    Guardian,
    Meeting,
    MeetingInvitee,
    Subject,
    Unit,
)
from bti.rules.access import CaseFacts
from bti.services import access


@dataclass(frozen=True)
class Around:
    """The case and what the page shows around it."""

    case: Case
    facts: CaseFacts
    subject: Subject
    #: The active participants, in the order they joined.
    people: list[CaseParticipant]
    #: The case's unit and the participants' units, by id.
    units: dict[int, Unit]
    #: Every guardian registered for the subject, in the order registered.
    guardians: list[Guardian]
    #: The ids of those the case's record names: they signed a consent, or were invited to
    #: a meeting that has been held (:func:`bti.services.custody.in_record_of`).
    in_record: frozenset[int]


def in_record(guardian_id) -> sa.ColumnElement[bool]:
    """Whether the record names the guardian (:func:`bti.services.custody.in_record_of`),
    as a column."""
    signed = sa.exists().where(ConsentSignature.guardian_id == guardian_id)
    met = sa.exists().where(
        MeetingInvitee.guardian_id == guardian_id,
        Meeting.id == MeetingInvitee.meeting_id,
        Meeting.held_at.is_not(None),
    )
    return sa.or_(signed, met)


def read(session: Session, case_id: str) -> Around | None:
    """The case ``case_id`` with what surrounds it, or ``None`` when there is no such case
    here. The access policy is not applied here: pass what this returns to
    :func:`bti.services.access.admit`."""
    around = _around(case_id, access.reaching([case_id]))
    rows = session.exec(
        select(
            Case,
            Subject,
            around.c.user_id,
            around.c.by_glass,
            CaseParticipant,
            Unit,
            Guardian,
            in_record(Guardian.id),
        )
        .join(Subject, Subject.id == Case.subject_id)
        .outerjoin(around, sa.true())
        .outerjoin(CaseParticipant, CaseParticipant.id == around.c.participant_id)
        .outerjoin(Unit, Unit.id == sa.func.coalesce(CaseParticipant.unit_id, around.c.unit_id))
        .outerjoin(Guardian, Guardian.id == around.c.guardian_id)
        .where(Case.id == case_id)
    ).all()
    if not rows:
        return None
    case, subject = rows[0][:2]
    reaching = [(r.user_id, bool(r.by_glass)) for r in rows if r.user_id is not None]
    people = {r[4].id: r[4] for r in rows if r[4] is not None}
    guardians = {r[6].id: r[6] for r in rows if r[6] is not None}
    return Around(
        case=case,
        facts=access.facts_of(case, reaching),
        subject=subject,
        people=sorted(people.values(), key=lambda p: (p.joined_at, p.id)),
        units={r[5].id: r[5] for r in rows if r[5] is not None},
        guardians=[guardians[key] for key in sorted(guardians)],
        in_record=frozenset(r[6].id for r in rows if r[6] is not None and r[7]),
    )


def _around(case_id: str, who: sa.Subquery) -> sa.Subquery:
    """One row per person around the case (``user_id``, ``by_glass``, ``participant_id``
    from :func:`bti.services.access.reaching`; ``guardian_id``), and one for the case's
    unit (``unit_id``; a participant's unit is their row's)."""
    of_case = select(Case).where(Case.id == case_id).subquery()
    nothing = sa.cast(sa.null(), sa.Integer)
    return sa.union_all(
        select(
            who.c.user_id,
            who.c.by_glass,
            who.c.participant_id,
            nothing.label("guardian_id"),
            nothing.label("unit_id"),
        ),
        select(nothing, sa.cast(sa.null(), sa.Boolean), nothing, Guardian.id, nothing).where(
            Guardian.subject_id == select(of_case.c.subject_id).scalar_subquery()
        ),
        select(nothing, sa.cast(sa.null(), sa.Boolean), nothing, nothing, of_case.c.unit_id),
    ).subquery()
