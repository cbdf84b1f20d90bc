"""Registering and correcting the guardians of a case's child and the custody arrangement,
and the youth's own contact details.

The custody arrangement decides who signs a consent (:mod:`bti.rules.consent`); whether the
guardians fit it is :mod:`bti.rules.custody`'s. The arrangement is registered only when they
do; a change to the guardians that breaks it clears it (every guardian with parental
responsibility then signs, until it is registered again), and says so.

Each action loads the case once (:func:`bti.services.access.get_case`), refuses a closed
case, refuses any change to the guardians while a report keeps them out
(:func:`bti.services.guardians.excluded`). Its one audit event is the access itself
(``guardians.add``, ``guardians.correct``, ``guardians.remove``, ``guardians.custody``,
``subject.contact``), as every case action's: one POST, one access check, one event, with no
personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, or_, select

from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    ConsentSignature,
    Custody,
    Guardian,
    Meeting,
    MeetingInvitee,
    Subject,
)
from bti.plugins import Municipality
from bti.rules import custody as rules
from bti.rules.access import Actor
from bti.rules.consent import GuardianFacts
from bti.rules.identity import check_fodselsnummer
from bti.services import guardians, versions
from bti.services.access import get_case, refusal
from bti.services.guards import require_open, required_text

#: Why the guardians do not fit an arrangement, in the words of the form.
MISMATCH = {
    "sammen": _l(
        "Parents who live together: register both of them with parental responsibility first."
    ),
    "daglig_omsorg": _l(
        "Parents who live apart: exactly one guardian with parental responsibility must have "
        "daily care. Correct the guardians first."
    ),
    "delt_omsorg": _l(
        "Shared daily care: register the two guardians with parental responsibility, both with "
        "daily care, first."
    ),
    "ene": _l(
        "One alone has parental responsibility: exactly one registered guardian may have it. "
        "Correct the guardians first."
    ),
    "offentlig": _l(
        "Public care: register the service that holds custody as a guardian with parental "
        "responsibility first."
    ),
}

_PHONE = re.compile(r"\+?[0-9][0-9 \-]{3,30}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class GuardianChange:
    """What a change to the guardians did: the guardian's id, and whether it broke the
    custody arrangement, which is then cleared."""

    guardian_id: int
    custody_cleared: bool = False


# -- the custody arrangement ------------------------------------------------------------------


def set_custody(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    custody: str,
    version: int | None = None,
) -> Subject:
    """Register or change the custody arrangement of the case's child; refused (beside the
    choice) when the registered guardians do not fit it. ``version`` is the child's record
    as the user's form showed it (:mod:`bti.services.versions`)."""
    case, subject = _editable(session, by=by, case_id=case_id, action="guardians.custody")
    versions.claim(session, subject, seen=version, by=by, case_id=case.id)
    try:
        chosen = Custody(custody)
    except ValueError:
        raise InvalidInput("custody", _l("Choose the custody arrangement.")) from None
    broken = rules.mismatch(chosen, facts_of(_registered(session, subject)))
    if broken:
        raise InvalidInput("custody", MISMATCH[broken])
    subject.custody = chosen
    session.add(subject)
    session.flush()
    return subject


# -- the guardians ----------------------------------------------------------------------------


def add_guardian(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    name: str,
    relation: str = "",
    fodselsnummer: str | None = None,
    phone: str | None = None,
    parental_responsibility: bool = True,
    daily_care: bool = False,
    allow_synthetic: bool = False,
) -> GuardianChange:
    """Register a guardian of the case's child. ``allow_synthetic`` accepts synthetic
    fødselsnumre (outside production)."""
    _case, subject = _editable(session, by=by, case_id=case_id, action="guardians.add")
    guardian = Guardian(subject_id=subject.id, name="")
    _fill(
        guardian,
        name=name,
        relation=relation,
        fodselsnummer=fodselsnummer,
        phone=phone,
        parental_responsibility=parental_responsibility,
        daily_care=daily_care,
        allow_synthetic=allow_synthetic,
    )
    _not_twice(session, subject, guardian)
    cleared = _changing(session, subject, lambda: session.add(guardian))
    return GuardianChange(guardian.id, cleared)


def correct_guardian(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    guardian_id: int,
    name: str,
    relation: str = "",
    fodselsnummer: str | None = None,
    phone: str | None = None,
    parental_responsibility: bool = True,
    daily_care: bool = False,
    allow_synthetic: bool = False,
    version: int | None = None,
) -> GuardianChange:
    """Correct what is registered about a guardian of the case's child (``version``: the
    guardian's, as the user's form showed it)."""
    case, subject = _editable(session, by=by, case_id=case_id, action="guardians.correct")
    guardian = _guardian_of(session, subject, guardian_id)
    versions.claim(session, guardian, seen=version, by=by, case_id=case.id)

    def change() -> None:
        _fill(
            guardian,
            name=name,
            relation=relation,
            fodselsnummer=fodselsnummer,
            phone=phone,
            parental_responsibility=parental_responsibility,
            daily_care=daily_care,
            allow_synthetic=allow_synthetic,
        )
        _not_twice(session, subject, guardian)
        session.add(guardian)

    cleared = _changing(session, subject, change)
    return GuardianChange(guardian.id, cleared)


def remove_guardian(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    guardian_id: int,
    version: int | None = None,
) -> GuardianChange:
    """Remove a guardian registered by mistake. Refused once they have signed a consent or
    were invited to a meeting that has been held: the case's record names them. Their
    invitations to meetings not yet held go with them."""
    case, subject = _editable(session, by=by, case_id=case_id, action="guardians.remove")
    guardian = _guardian_of(session, subject, guardian_id)
    versions.claim(session, guardian, seen=version, by=by, case_id=case.id)
    invitations = session.exec(
        select(MeetingInvitee).where(MeetingInvitee.guardian_id == guardian.id)
    ).all()
    if in_record(session, guardian.id):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="guardian_in_record",
            message=_l(
                "This guardian has signed a consent or taken part in a meeting, so the case's "
                "record names them and they cannot be removed. Correct what is registered "
                "about them instead."
            ),
        )

    def change() -> None:
        for invitation in invitations:
            session.delete(invitation)
        session.flush()
        session.delete(guardian)

    guardian_id = guardian.id
    cleared = _changing(session, subject, change)
    return GuardianChange(guardian_id, cleared)


# -- the youth's own contact details -----------------------------------------------------------


def set_contact(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    phone: str | None = None,
    email: str | None = None,
    version: int | None = None,
) -> Subject:
    """The youth's own phone and e-mail (empty clears them)."""
    case = get_case(session, by=by, case_id=case_id, action="subject.contact")
    require_open(session, by=by, case=case)
    subject = session.get(Subject, case.subject_id)
    versions.claim(session, subject, seen=version, by=by, case_id=case.id)
    subject.phone = _phone(phone)
    email = (email or "").strip() or None
    if email is not None and (len(email) > 254 or not _EMAIL.fullmatch(email)):
        raise InvalidInput("email", _l("Write the e-mail address as name@example.no."))
    subject.email = email
    session.add(subject)
    session.flush()
    return subject


# -- the parts --------------------------------------------------------------------------------


def _editable(session: Session, *, by: Actor, case_id: str, action: str) -> tuple[Case, Subject]:
    """The case (its access audited as ``action``) and its subject, if the guardians may be
    changed: the case is open and no report keeps them out."""
    case = get_case(session, by=by, case_id=case_id, action=action)
    require_open(session, by=by, case=case)
    if guardians.excluded(case):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="guardians_kept_out",
            message=_l(
                "The case has been reported to barnevern: the guardians are not to be involved, "
                "so nothing about them can be registered here."
            ),
        )
    return case, session.get(Subject, case.subject_id)


def in_record(session: Session, guardian_id: int) -> bool:
    """Whether the case's record names the guardian: they signed a consent, or were invited
    to a meeting that has been held."""
    return guardian_id in in_record_of(session, [guardian_id])


def in_record_of(session: Session, guardian_ids: Iterable[int]) -> set[int]:
    """Those of ``guardian_ids`` the record names (:func:`in_record`), in one query."""
    ids = list(guardian_ids)
    if not ids:
        return set()
    signed = select(ConsentSignature.guardian_id).where(ConsentSignature.guardian_id.in_(ids))
    met = (
        select(MeetingInvitee.guardian_id)
        .join(Meeting, Meeting.id == MeetingInvitee.meeting_id)
        .where(MeetingInvitee.guardian_id.in_(ids), Meeting.held_at.is_not(None))
    )
    named = select(Guardian.id).where(
        Guardian.id.in_(ids), or_(Guardian.id.in_(signed), Guardian.id.in_(met))
    )
    return set(session.exec(named))


def _registered(session: Session, subject: Subject) -> list[Guardian]:
    return list(
        session.exec(
            select(Guardian).where(Guardian.subject_id == subject.id).order_by(Guardian.id)
        )
    )


def facts_of(rows: list[Guardian]) -> list[GuardianFacts]:
    """What the rules need to know of each guardian."""
    return [GuardianFacts(g.id or 0, g.parental_responsibility, g.daily_care) for g in rows]


def _changing(session: Session, subject: Subject, change) -> bool:
    """Run ``change`` on the guardians; clear the arrangement if it fitted before and does
    not any more. Whether it was cleared."""

    def fits() -> bool:
        return rules.mismatch(subject.custody, facts_of(_registered(session, subject))) is None

    fitted = fits()
    change()
    session.flush()
    if not fitted or fits():
        return False
    subject.custody = None
    session.add(subject)
    session.flush()
    return True


def _guardian_of(session: Session, subject: Subject, guardian_id: int) -> Guardian:
    guardian = session.get(Guardian, guardian_id)
    if guardian is None or guardian.subject_id != subject.id:
        raise NotFound("guardian")
    return guardian


def _fill(guardian: Guardian, *, name: str, relation: str, fodselsnummer: str | None,
          phone: str | None, parental_responsibility: bool, daily_care: bool,
          allow_synthetic: bool) -> None:  # fmt: skip
    """Check the typed values and put them on ``guardian`` (not yet added)."""
    name = required_text("name", name, _l("Write the guardian's name."))
    if len(name) > 160:
        raise InvalidInput("name", _l("The name can be at most 160 characters."))
    relation = (relation or "").strip()
    if len(relation) > 40:
        raise InvalidInput("relation", _l("The relation can be at most 40 characters."))
    number = (fodselsnummer or "").strip()
    guardian.fodselsnummer = (
        check_fodselsnummer(number, allow_synthetic=allow_synthetic) if number else None
    )
    guardian.phone = _phone(phone)
    guardian.name = name
    guardian.relation = relation
    guardian.parental_responsibility = bool(parental_responsibility)
    guardian.daily_care = bool(daily_care)


def _not_twice(session: Session, subject: Subject, guardian: Guardian) -> None:
    """A fødselsnummer belongs to one person: not the child's, not another guardian's."""
    number = guardian.fodselsnummer
    if number is None:
        return
    if number == subject.fodselsnummer:
        raise InvalidInput("fodselsnummer", _l("This is the child's own national identity number."))
    with session.no_autoflush:
        taken = session.exec(
            select(Guardian.id).where(
                Guardian.subject_id == subject.id,
                Guardian.fodselsnummer == number,
                Guardian.id != guardian.id,
            )
        ).first()
    if taken is not None:
        raise InvalidInput(
            "fodselsnummer",
            _l("Another of the child's guardians is registered with this number."),
        )


def _phone(phone: str | None) -> str | None:
    phone = (phone or "").strip()
    if phone and not _PHONE.fullmatch(phone):
        raise InvalidInput("phone", _l("Write the phone number with digits, e.g. 912 34 567."))
    return phone or None
