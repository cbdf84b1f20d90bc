"""Consents: the services they name, their status, and the signatures that age and custody
require."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bti.models import (
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Guardian,
    SignerKind,
    SubjectKind,
    Unit,
    UnitKind,
)
from bti.rules import consent as rules

if TYPE_CHECKING:  # cases imports this module
    from bti.demo.cases import CaseInProgress

# From 15 the youth signs alongside the guardians, from 18 alone (DESIGN.md, "Consent
# before sharing"; the demo takes the "and" reading of Jevnaker's "og/eller").
CONSENT_VALID_DAYS = 365


def create_consent(
    work: CaseInProgress, status: ConsentStatus, *, at: datetime, units: list[Unit] | None = None
) -> Consent:
    """A consent naming the services the case is shared with (``units``, by default
    :func:`consent_units`), signed as far as its status says by the signers that age and
    custody require."""
    ctx = work.ctx
    units = consent_units(work) if units is None else units
    valid_from = at.date()
    consent = Consent(
        case_id=work.case.id,
        scope=_scope(work),
        includes_health_information=any(
            UnitKind(u.kind).is_health for u in (*units, work.units[work.scenario.opener])
        ),
        valid_from=valid_from,
        valid_to=valid_from + timedelta(days=CONSENT_VALID_DAYS),
        status=status,
        registered_by_id=work.holder.id,
        created_at=at,
        given_at=at if status is ConsentStatus.GIVEN else None,
    )
    ctx.save(consent)
    signers = required_signers(work)
    if status is ConsentStatus.DRAFT:
        signers = signers[:1] if len(signers) > 1 else []  # waiting for the others
    elif status is not ConsentStatus.GIVEN:
        signers = []
    ctx.save(
        *(
            ConsentService(consent_id=consent.id, service=UnitKind(u.kind).value, unit_id=u.id)
            for u in units
        ),
        *(_signature(consent, guardian) for guardian in signers),
    )
    return consent


def withdraw_consent(work: CaseInProgress, consent: Consent, *, at: datetime) -> None:
    consent.status = ConsentStatus.WITHDRAWN
    consent.withdrawn_at = at
    consent.withdrawal_note = "Foresatte ønsker ikke lenger at opplysninger deles med tjenestene."
    work.ctx.session.flush()


def consent_units(work: CaseInProgress) -> list[Unit]:
    """Every unit taking part besides the opener's own, and the scenario's extra services;
    not those brought in later under a consent of their own (``more_services``). A consent
    that would name no other service names the opener's own (the work with the guardians
    there, as Vestby's level 1 asks: «Samtykke må foreligge»)."""
    own = work.units[work.scenario.opener]
    later = set(work.scenario.more_services)
    units = {u.id: u for key, u in work.units.items() if u.id != own.id and key not in later}
    units.update({work.ctx.units[k].id: work.ctx.units[k] for k in work.scenario.services})
    return list(units.values()) or [own]


def required_signers(work: CaseInProgress) -> list[Guardian | None]:
    """Who signs, ``None`` standing for the subject: the first way of signing that the
    platform's own consent rules (:mod:`bti.rules.consent`) accept for this subject."""
    guardians = work.ctx.guardians[work.scenario.subject]
    requirement = rules.required_signers(
        subject_kind=work.subject.kind,
        age=work.age,
        custody=work.subject.custody,
        guardians=[
            rules.GuardianFacts(g.id, g.parental_responsibility, g.daily_care) for g in guardians
        ],
        youth_rule=work.ctx.municipality.youth_consent_rule(),
    )
    by_id = {g.id: g for g in guardians}
    chosen = sorted(requirement.alternatives[0], key=str)
    return [None if signer == rules.SUBJECT else by_id[signer] for signer in chosen]


def _signature(consent: Consent, guardian: Guardian | None) -> ConsentSignature:
    return ConsentSignature(
        consent_id=consent.id,
        signer_kind=SignerKind.SUBJECT if guardian is None else SignerKind.GUARDIAN,
        guardian_id=None if guardian is None else guardian.id,
        signed_on=consent.valid_from,
        registered_at=consent.created_at,
    )


def _scope(work: CaseInProgress) -> str:
    if work.subject.kind == SubjectKind.GRAVID:
        return "Samarbeid om oppfølging i svangerskapet og den første tiden etter fødselen."
    return "Utveksle nødvendige opplysninger og samarbeide om tiltak i saken."
