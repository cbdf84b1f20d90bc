"""What the printouts show: the consent form (blank or a registered consent), the
invitation to a meeting, its minutes, the action plan and a form the case keeps.

Each function reads the case once, audited as ``case.print`` (:class:`NotFound` for
someone outside the case, or for a row of another case), plus the services' own audited
reads (``meeting.read``, ``stafettlogg.read_action_plan``, ``document.read``), and returns
a :class:`Printout`. While a report keeps the guardians out, no printout names them: the
people listed leave them out, and :attr:`Printout.hide` hides their names in what staff
wrote (a place, an agenda, minutes, a filled-in form).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlmodel import Session, select

from bti import clock
from bti.errors import NotFound
from bti.guide import FormVariant
from bti.i18n import gettext as _
from bti.labels import CONSENT_RULES, capitalised, unit_kind
from bti.models import (
    Case,
    CaseDocument,
    Consent,
    ConsentSignature,
    Guardian,
    SignerKind,
    StaffUser,
    Subject,
    SubjectKind,
)
from bti.plugins import Municipality
from bti.rules import consent as consent_rules
from bti.rules.access import Actor
from bti.services import consents, documents, guardians, meetings, stafettlogg
from bti.services.access import get_case


@dataclass(frozen=True)
class Printout:
    case: Case
    subject: Subject
    guardians_kept_out: bool
    hide: guardians.Hider  # hides the guardians' names in a text while they are kept out
    data: dict[str, Any]  # what the document's template shows


def _printout(session: Session, case: Case, data: dict) -> Printout:
    return Printout(
        case=case,
        subject=session.get(Subject, case.subject_id),
        guardians_kept_out=guardians.excluded(case),
        hide=guardians.Hider(session, case),
        data=data,
    )


def _case(session: Session, by: Actor, case_id: str) -> Case:
    return get_case(session, by=by, case_id=case_id, action="case.print")


def display_names(session: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    users = session.exec(select(StaffUser).where(StaffUser.id.in_(ids)))
    return {u.id: u.display_name for u in users}


# -- the consent form -------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    name: str
    role: str
    signed_on: object = None  # the date a registered signature carries


def consent(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    consent_id: int | None = None,
) -> Printout:
    """The consent form: blank (``consent_id`` ``None``) or a registered consent."""
    case = _case(session, by, case_id)
    row = None
    if consent_id is not None:
        row = session.get(Consent, consent_id)
        if row is None or row.case_id != case.id:
            raise NotFound("consent")
    # Held here, so the session keeps them (its identity map holds rows weakly) and
    # the printout's parts find them there instead of reading them again.
    subject = session.get(Subject, case.subject_id)
    registered = session.exec(select(Guardian).where(Guardian.subject_id == subject.id)).all()
    data = _consent_data(session, municipality, case, row, subject, registered)
    return _printout(session, case, data)


def _signers(
    municipality: Municipality, subject: Subject, registered, *, health: bool, services
) -> tuple[list[str], list[int | str]]:
    """The rules' explanations and everyone who may have to sign, the subject first
    (``registered``: the subject's guardians)."""
    requirement = consents.requirement_of(
        municipality=municipality,
        subject=subject,
        guardians=registered,
        includes_health_information=health,
        services=services,
    )
    who = set().union(*requirement.alternatives) if requirement.alternatives else set()
    ordered = sorted(who, key=lambda s: (s != consent_rules.SUBJECT, str(s).zfill(12)))
    explanation = CONSENT_RULES.get(requirement.rule, CONSENT_RULES["guardians_unknown"])
    return [str(explanation)], ordered


def _subject_role(subject: Subject, age: int | None) -> str:
    if subject.kind == SubjectKind.GRAVID:
        return _("The pregnant woman herself")
    if age is not None and age >= consent_rules.ADULT_AGE:
        return _("The person the consent is about")
    return _("Youth")


def _signer_lines(
    subject: Subject, registered, who, signed: dict, *, kept_out: bool, today: date
) -> list[Signer]:
    """Everyone who signs, by name; the guardians not while a report keeps them out."""
    by_id = {} if kept_out else {gd.id: gd for gd in registered}
    age = consents.subject_age(subject, today)
    lines = []
    for signer in who:
        if signer == consent_rules.SUBJECT:
            name = f"{subject.given_name} {subject.family_name}"
            lines.append(Signer(name, _subject_role(subject, age), signed.get(signer)))
        elif signer in by_id:
            guardian = by_id[signer]
            role = _("Guardian")
            if guardian.relation:
                role = f"{role} ({guardian.relation})"
            lines.append(Signer(guardian.name, role, signed.get(signer)))
    return lines


def _registered_signatures(session: Session, consent_id: int) -> dict:
    rows = session.exec(select(ConsentSignature).where(ConsentSignature.consent_id == consent_id))
    return {
        consent_rules.SUBJECT if s.signer_kind == SignerKind.SUBJECT else s.guardian_id: (
            s.signed_on
        )
        for s in rows
    }


def _consent_data(
    session: Session,
    municipality: Municipality,
    case: Case,
    row: Consent | None,
    subject: Subject,
    registered,
) -> dict:
    if row is None:
        # Blank: who signs depends on what is ticked, so list everyone either way may need.
        notes, who = _signers(municipality, subject, registered, health=False, services=None)
        health_notes, health_who = _signers(
            municipality, subject, registered, health=True, services=None
        )
        for note in health_notes:
            if note not in notes:
                notes.append(note)
        who += [s for s in health_who if s not in who]
        services, signed = [], {}
    else:
        services = consents.services_of(session, row.id)
        notes, who = _signers(
            municipality,
            subject,
            registered,
            health=row.includes_health_information,
            services=services,
        )
        signed = _registered_signatures(session, row.id)
    return {
        "consent": row,
        "services": [capitalised(unit_kind(s)) for s in services],
        "signers": _signer_lines(
            subject,
            registered,
            who,
            signed,
            kept_out=guardians.excluded(case),
            today=clock.today(municipality),
        ),
        "notes": notes,
        "registered_by": (
            display_names(session, [row.registered_by_id]).get(row.registered_by_id) if row else ""
        ),
    }


# -- meetings: the invitation and the minutes -------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    attended: bool | None


def invitation(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, meeting_id: int
) -> Printout:
    """The invitation to a meeting, printed as the form its kind names
    (``MeetingKindDef.invitation``, e.g. an invitation to an undringssamtale) with that
    form's text, or as the core's invitation."""
    case = _case(session, by, case_id)
    data = _meeting_data(session, municipality, by, case, meeting_id)
    kind = next((k for k in municipality.meeting_kinds if k.code == data["meeting"].kind), None)
    form_kind = (kind.invitation if kind else "") or "invitation"
    variant = municipality.form_variant(form_kind)
    data["form_kind"] = form_kind
    data["description"] = variant.description if variant else ""
    return _printout(session, case, data)


def minutes(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, meeting_id: int
) -> Printout:
    """The minutes of a held meeting; with the action plan once the stafettlogg is open
    («tiltak og ansvarlig for tiltak synliggjøres»)."""
    case = _case(session, by, case_id)
    data = _meeting_data(session, municipality, by, case, meeting_id)
    if data["meeting"].held_at is None:
        raise NotFound(meeting_id)  # no minutes before the meeting is held
    if stafettlogg.is_open(case):
        data.update(_action_plan_data(session, municipality, by, case))
    meeting = data["meeting"]
    data["coordinator"] = meetings.COORDINATOR_ANSWERS.get(meeting.coordinator_change)
    data["participation"] = meetings.PARTICIPATION_LABELS.get(meeting.child_participation, "")
    carrier = meeting.child_voice_carrier_id
    data["carrier"] = display_names(session, [carrier]).get(carrier, "") if carrier else ""
    return _printout(session, case, data)


def _meeting_data(
    session: Session, municipality: Municipality, by: Actor, case: Case, meeting_id: int
) -> dict:
    from bti.web.formatting import end_time, local_moment  # in the reader's language

    record = meetings.read(session, municipality=municipality, by=by, meeting_id=meeting_id)
    meeting = record.meeting
    if meeting.case_id != case.id:
        raise NotFound(meeting_id)
    subject = session.get(Subject, case.subject_id)
    staff = display_names(session, [i.user_id for i in record.invitees] + [meeting.organiser_id])
    guardian_ids = [i.guardian_id for i in record.invitees if i.guardian_id]
    guardian_names = {
        gd.id: gd.name for gd in session.exec(select(Guardian).where(Guardian.id.in_(guardian_ids)))
    }
    people = []
    for invitee in record.invitees:
        if invitee.user_id:
            name, role = staff.get(invitee.user_id, ""), _("Staff")
        elif invitee.guardian_id:
            name, role = guardian_names.get(invitee.guardian_id, ""), _("Guardian")
        else:
            name, role = f"{subject.given_name} {subject.family_name}", _("The child or youth")
        people.append(Person(name, role, invitee.attended))
    return {
        "meeting": meeting,
        "record": replace(record, minutes=meetings.shown(record.minutes)),
        "kind_label": str(municipality.meeting_kind_label(meeting.kind)),
        "starts": local_moment(meeting.starts_at),
        "ends": end_time(meeting.starts_at, meeting.ends_at),
        "agenda": [line.strip() for line in meeting.agenda.splitlines() if line.strip()],
        "people": people,
        "organiser": staff.get(meeting.organiser_id, ""),
    }


# -- the action plan --------------------------------------------------------------------------


def action_plan(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> Printout:
    case = _case(session, by, case_id)
    return _printout(session, case, _action_plan_data(session, municipality, by, case))


def _action_plan_data(session: Session, municipality: Municipality, by: Actor, case: Case) -> dict:
    items = stafettlogg.action_plan(session, municipality=municipality, by=by, case_id=case.id)
    names = display_names(session, [i.responsible_id for i in items] + [case.stafettholder_id])
    goals: dict[str, list] = {}
    for item in items:
        goals.setdefault(item.goal, []).append(item)
    return {
        "goals": goals,
        "names": names,
        "stafettholder": names.get(case.stafettholder_id, ""),
    }


# -- a form the case keeps --------------------------------------------------------------------


def kept_form(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    variant: FormVariant,
    document_id: int | None = None,
) -> Printout:
    """A form of ``variant``'s kind: blank, or the one the case keeps as ``document_id``."""
    from bti.services.case_page.documents import answers_shown

    case = _case(session, by, case_id)
    row: CaseDocument | None = None
    if document_id is not None:
        row = documents.read(session, by=by, case_id=case.id, document_id=document_id)
        if row.kind != variant.kind:
            raise NotFound(document_id)
    data = {
        "answers": answers_shown(variant, row),
        "description": variant.description,
        "kept": row,
        "author": display_names(session, [row.author_id]).get(row.author_id, "") if row else "",
    }
    return _printout(session, case, data)
