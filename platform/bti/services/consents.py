"""Consent: register, sign, refuse, withdraw; and whether a service is covered now (the
queries are in :mod:`bti.services.consent_coverage`, re-exported here).

The rules of who signs are in :mod:`bti.rules.consent`; the municipality chooses whether a
youth of 15–17 signs *and* or *or* the guardians (hook ``bti_youth_consent_rule``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput, NotFound
from bti.i18n import LocalDate
from bti.i18n import lazy_gettext as _l
from bti.labels import unit_kind, unit_label
from bti.models import (
    Case,
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Guardian,
    NotificationKind,
    SignerKind,
    StaffUser,
    Subject,
    Unit,
    UnitKind,
)
from bti.plugins import Municipality
from bti.rules import consent as rules
from bti.rules.access import Actor
from bti.rules.child import age_on
from bti.rules.deadlines import local_today
from bti.services import guardians, notifications, steps, versions
from bti.services.access import get_case, refusal
from bti.services.consent_coverage import (
    covers as covers,
)
from bti.services.consent_coverage import (
    has_valid as has_valid,
)
from bti.services.consent_coverage import (
    health_information_services as health_information_services,
)
from bti.services.consent_coverage import (
    services_of as services_of,
)
from bti.services.consent_coverage import (
    valid_consents as valid_consents,
)
from bti.services.guards import require_open

SERVICES = frozenset(kind.value for kind in UnitKind)


def subject_age(subject: Subject, on: date) -> int | None:
    return age_on(subject.birth_date, on) if subject.birth_date else None


def requirement_for(session: Session, *, municipality: Municipality, case: Case,
                    includes_health_information: bool = False,
                    services: list[str] | None = None) -> rules.Requirement:  # fmt: skip
    """Who must sign a consent in this case, today."""
    subject = session.get(Subject, case.subject_id)
    guardians = session.exec(select(Guardian).where(Guardian.subject_id == subject.id)).all()
    return requirement_of(
        municipality=municipality,
        subject=subject,
        guardians=guardians,
        includes_health_information=includes_health_information,
        services=services,
    )


def requirement_of(*, municipality: Municipality, subject: Subject,
                   guardians: Sequence[Guardian], includes_health_information: bool = False,
                   services: list[str] | None = None) -> rules.Requirement:  # fmt: skip
    """:func:`requirement_for` the subject and all their registered guardians, already
    read (the case page reads them once for every panel)."""
    return rules.required_signers(
        subject_kind=subject.kind,
        age=subject_age(subject, clock.today(municipality)),
        custody=subject.custody,
        guardians=[
            rules.GuardianFacts(g.id, g.parental_responsibility, g.daily_care) for g in guardians
        ],
        includes_health_information=includes_health_information,
        youth_rule=municipality.youth_consent_rule(),
        services=services,
    )


def register(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    services: list[str],
    valid_from: date,
    valid_to: date,
    scope: str = "",
    includes_health_information: bool = False,
) -> Consent:
    """A consent waiting for its signatures."""
    case = get_case(session, by=by, case_id=case_id, action="consent.register")
    require_open(session, by=by, case=case)
    chosen = sorted(set(services))
    if not chosen:
        raise InvalidInput("services", _l("Choose the services the consent covers."))
    unknown = [s for s in chosen if s not in SERVICES]
    if unknown:
        raise InvalidInput("services", _l("Unknown service: %(name)s", name=unknown[0]))
    if valid_to < valid_from:
        raise InvalidInput("valid_to", _l("The consent cannot end before it starts."))
    if valid_to < clock.today(municipality):
        raise InvalidInput("valid_to", _l("The consent would already have expired."))
    consent = Consent(
        case_id=case.id,
        scope=scope,
        includes_health_information=includes_health_information,
        valid_from=valid_from,
        valid_to=valid_to,
        registered_by_id=by.user_id,
    )
    session.add(consent)
    session.flush()
    for service in chosen:
        session.add(ConsentService(consent_id=consent.id, service=service))
    session.flush()
    return consent


def _consent_in_case(
    session: Session, *, by: Actor, consent_id: int, action: str, case_id: str | None = None
):
    """The consent and its case, audited as ``action``. With ``case_id`` (from a URL), a
    consent of another case looks missing."""
    consent = session.get(Consent, consent_id)
    if case_id is None:
        case_id = consent.case_id if consent else ""
    case = get_case(session, by=by, case_id=case_id, action=action)
    if consent is None or consent.case_id != case.id:
        raise NotFound("consent")
    return consent, case


def sign(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    consent_id: int,
    signer: int | str,
    signed_on: date,
    case_id: str | None = None,
    version: int | None = None,
) -> Consent:
    """Register one signature (``"subject"`` or a guardian's id); the consent becomes valid
    when every required signer of one alternative has signed. ``version`` is the consent's
    as the user's form showed it (:mod:`bti.services.versions`): two signatures registered
    at once are taken one after the other, so the second sees the first."""
    consent, case = _consent_in_case(
        session, by=by, consent_id=consent_id, action="consent.sign", case_id=case_id
    )
    versions.claim(session, consent, seen=version, by=by, case_id=case.id)
    require_open(session, by=by, case=case)
    # A valid consent may still get the other parent's signature (Bærum's form has a line
    # for each); a refused or withdrawn one can no longer be signed.
    if consent.status not in (ConsentStatus.DRAFT, ConsentStatus.GIVEN):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="consent_not_open",
            message=_l("This consent can no longer be signed."),
        )
    if signer != rules.SUBJECT and guardians.excluded(case):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="guardians_excluded",
            message=_l(
                "The case has been reported to barnevern: the guardians are not to be asked "
                "to sign until barnevern says they can be involved again."
            ),
        )
    if signed_on > clock.today(municipality):
        raise InvalidInput("signed_on", _l("The signature cannot be dated in the future."))
    earliest, latest = rules.signature_window(
        valid_from=consent.valid_from,
        valid_to=consent.valid_to,
        registered_on=local_today(consent.created_at, municipality.profile.timezone),
    )
    if not earliest <= signed_on <= latest:
        raise InvalidInput(
            "signed_on",
            _l(
                "The signature must be dated within the consent's own dates: from %(from)s "
                "to %(to)s.",
                **{"from": LocalDate(earliest), "to": LocalDate(latest)},
            ),
        )
    requirement = requirement_for(
        session,
        municipality=municipality,
        case=case,
        includes_health_information=consent.includes_health_information,
        services=services_of(session, consent.id),
    )
    allowed = set().union(*requirement.alternatives) if requirement.alternatives else set()
    if signer not in allowed:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="not_a_signer",
            message=_l("This person is not one who signs this consent."),
        )
    signed = _signers(session, consent.id)
    if signer in signed:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="already_signed",
            message=_l("This person has already signed."),
        )
    session.add(
        ConsentSignature(
            consent_id=consent.id,
            signer_kind=SignerKind.SUBJECT if signer == rules.SUBJECT else SignerKind.GUARDIAN,
            guardian_id=None if signer == rules.SUBJECT else int(signer),
            signed_on=signed_on,
        )
    )
    session.flush()
    if consent.status == ConsentStatus.DRAFT and requirement.satisfied_by(signed | {signer}):
        consent.status = ConsentStatus.GIVEN
        consent.given_at = clock.now()
        session.add(consent)
        session.flush()
        steps.record_event(
            session,
            municipality=municipality,
            case=case,
            event="consent_given",
            by_user_id=by.user_id,
        )
        municipality.consent_given(case=case, consent=consent, session=session)
    return consent


def refuse(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    consent_id: int,
    note: str = "",
    case_id: str | None = None,
    version: int | None = None,
) -> Consent:
    """The guardians or the youth said no; the refusal is kept as a record."""
    consent, case = _consent_in_case(
        session, by=by, consent_id=consent_id, action="consent.refuse", case_id=case_id
    )
    versions.claim(session, consent, seen=version, by=by, case_id=case.id)
    if consent.status != ConsentStatus.DRAFT:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="consent_not_open",
            message=_l("Only a consent awaiting signatures can be refused."),
        )
    consent.status = ConsentStatus.REFUSED
    consent.withdrawal_note = note
    session.add(consent)
    session.flush()
    return consent


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawn consent, and who is no longer part of the case because of it, named as
    «name (unit, service)»."""

    consent: Consent
    stopped: list[str]


def withdraw(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    consent_id: int,
    note: str = "",
    case_id: str | None = None,
) -> Consent:
    """Withdrawn at once: from now on nothing more is shared under it."""
    return _withdraw(
        session, municipality=municipality, by=by, consent_id=consent_id, note=note, case_id=case_id
    ).consent


def withdraw_in_case(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    consent_id: int,
    note: str = "",
    version: int | None = None,
) -> Withdrawal:
    """:func:`withdraw`, for the case page: also says whom the withdrawal took out."""
    return _withdraw(
        session,
        municipality=municipality,
        by=by,
        consent_id=consent_id,
        note=note,
        case_id=case_id,
        version=version,
    )


def _withdraw(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    consent_id: int,
    note: str,
    case_id: str | None,
    version: int | None = None,
) -> Withdrawal:
    consent, case = _consent_in_case(
        session, by=by, consent_id=consent_id, action="consent.withdraw", case_id=case_id
    )
    versions.claim(session, consent, seen=version, by=by, case_id=case.id)
    if consent.status not in (ConsentStatus.GIVEN, ConsentStatus.DRAFT):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="consent_not_active",
            message=_l("This consent is not in force."),
        )
    consent.status = ConsentStatus.WITHDRAWN
    consent.withdrawn_at = clock.now()
    consent.withdrawal_note = note
    session.add(consent)
    session.flush()
    from bti.services.participants import stop_sharing_without_consent

    stopped = stop_sharing_without_consent(session, municipality=municipality, by=by, case=case)
    municipality.consent_withdrawn(case=case, consent=consent, session=session)
    notifications.tell_case_people(
        session, kind=NotificationKind.CONSENT_WITHDRAWN, case=case, but=by.user_id
    )
    return Withdrawal(consent, [_who(session, participant) for participant in stopped])


def _who(session: Session, participant) -> str:
    unit = session.get(Unit, participant.unit_id) if participant.unit_id else None
    user = session.get(StaffUser, participant.user_id)
    label = user.display_name if user else ""
    if unit is None:
        return label
    named = unit_label(unit.name, unit.kind)  # the kind once, or not when the name says it
    return (
        f"{label} ({unit.name}, {unit_kind(unit.kind)})"
        if named != unit.name
        else f"{label} ({unit.name})"
    )


def _signers(session: Session, consent_id: int) -> set[int | str]:
    signed: set[int | str] = set()
    for sig in session.exec(
        select(ConsentSignature).where(ConsentSignature.consent_id == consent_id)
    ):
        signed.add(rules.SUBJECT if sig.signer_kind == SignerKind.SUBJECT else sig.guardian_id)
    return signed
