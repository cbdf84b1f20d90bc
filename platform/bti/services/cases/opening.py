"""Opening a case at level 0: the concern (with the support questions) or the acute
report, about a child in the target group."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    CaseParticipant,
    ParticipantRole,
    Subject,
    SubjectCreate,
    SubjectKind,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.child import age_on, in_target_group
from bti.services import audit, deadlines
from bti.services.cases.reporting import _report
from bti.services.guards import required_text


def open_concern(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    unit_id: int,
    acute: bool | None,
    concern: str,
    subject_id: int | None = None,
    new_subject: SubjectCreate | None = None,
    seen_or_heard: str = "",
    child_said_or_did: str = "",
    worried_for: str = "",
    earlier_concerns: str = "",
    concern_arose_on: date | None = None,
    report_recipient: str = "",
    police_notified: bool = False,
) -> Case:
    """Open a case at level 0 from the employee's own unit, about ``subject_id`` or about
    ``new_subject``, who is registered at that unit together with the case.

    The first question is always whether the situation is acute; an acute concern is
    reported to barnevern at once (``report_recipient``), without the guardians. The person
    must be in the municipality's target group today (:func:`bti.rules.child.
    in_target_group`); if not, nothing is written and the refusal names the birth date of a
    new person or the choice of an existing one.
    """
    if acute is None:
        raise InvalidInput("acute", _l("Answer first whether the situation is acute."))
    concern = required_text("concern", concern, _l("Describe what you are worried about."))
    if unit_id not in by.unit_ids:
        raise InvalidInput("unit_id", _l("Choose the unit you work in."))
    today = clock.today(municipality)
    if new_subject is not None:
        _require_target_group(municipality, new_subject, field="birth_date", on=today)
        subject = Subject(**new_subject.model_dump(), unit_id=unit_id)
    else:
        subject = session.get(Subject, subject_id) if subject_id is not None else None
        if subject is None:
            raise InvalidInput("subject_id", _l("Choose the child or youth the concern is about."))
        _require_target_group(municipality, subject, field="subject_id", on=today)
    arose = concern_arose_on or today
    if arose > today:
        raise InvalidInput("concern_arose_on", _l("The date cannot be in the future."))
    if acute:
        report_recipient = required_text(
            "report_recipient", report_recipient, _l("Say who at barnevern received the report.")
        )

    if subject.id is None:
        session.add(subject)
        session.flush()
    case = Case(
        subject_id=subject.id,
        unit_id=unit_id,
        opened_by_id=by.user_id,
        concern=concern,
        seen_or_heard=seen_or_heard.strip(),
        child_said_or_did=child_said_or_did.strip(),
        worried_for=worried_for.strip()[:200],
        earlier_concerns=earlier_concerns.strip(),
        concern_arose_on=arose,
        acute=acute,
    )
    session.add(case)
    session.flush()
    session.add(
        CaseParticipant(
            case_id=case.id, user_id=by.user_id, unit_id=unit_id, role=ParticipantRole.OPENED_BY
        )
    )
    session.flush()
    audit.record(session, actor=by, action="case.open", case_ref=case.id)
    if acute:
        _report(
            session,
            municipality=municipality,
            by=by,
            case=case,
            recipient=report_recipient,
            police=police_notified,
        )
    deadlines.start(
        session,
        municipality=municipality,
        case=case,
        trigger="case_opened",
        owner_id=by.user_id,
        on=arose,
    )
    municipality.case_opened(case=case, session=session)
    return case


def _require_target_group(municipality: Municipality, person, *, field: str, on: date) -> None:
    """Refuse a concern about someone outside the municipality's target group, naming the
    group as the guide does and the person's age in completed years on ``on``."""
    group = municipality.profile.target_group
    if in_target_group(group, kind=person.kind, birth_date=person.birth_date, on=on):
        return
    name = municipality.profile.name
    if person.kind == SubjectKind.GRAVID:
        raise InvalidInput(
            field,
            _l(
                "The BTI guide in %(name)s covers children and youth from %(min)s up to and "
                "including %(max)s years, not pregnant women.",
                name=name,
                min=group.min_age,
                max=group.max_age,
            ),
        )
    facts = dict(
        name=name,
        min=group.min_age,
        max=group.max_age,
        next=group.max_age + 1,
        age=age_on(person.birth_date, on),
    )
    if group.includes_pregnant:
        message = _l(
            "The BTI guide in %(name)s covers pregnant women and children and youth from "
            "%(min)s up to and including %(max)s years, that is until the day before they "
            "turn %(next)s. By the birth date, this person is %(age)s today.",
            **facts,
        )
    else:
        message = _l(
            "The BTI guide in %(name)s covers children and youth from %(min)s up to and "
            "including %(max)s years, that is until the day before they turn %(next)s. By "
            "the birth date, this person is %(age)s today.",
            **facts,
        )
    raise InvalidInput(field, message)
