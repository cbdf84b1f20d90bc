"""The consent panel's read model: the case's consents (newest first) with who has signed
and who still must, and which forms the viewer may use. Who must sign is decided by
:func:`bti.services.consents.requirement_for`; while a report keeps the guardians out, only
what the child/youth can do alone is offered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bti.case_panels import CaseRead
from bti.i18n import lazy_gettext as _l
from bti.labels import CONSENT_RULES, CONSENT_STATUS, EXPIRED, UNIT_KINDS, unit_kind
from bti.models import (
    Consent,
    ConsentSignature,
    ConsentStatus,
    SignerKind,
    SubjectKind,
)
from bti.rules import consent as rules
from bti.services import consents, guardians


@dataclass
class ConsentView:
    """One consent as the panel shows it."""

    consent: Consent
    status: str
    in_force: bool
    services: list[object]
    signatures: list[tuple[str, date]]
    to_sign: list[list[str]]  # alternatives: the names still missing in each
    rule: object | None
    possible: bool
    signers: list[tuple[str, str]]  # whom a signature may be registered for (empty: no form)
    may_refuse: bool = False
    may_withdraw: bool = False


@dataclass(frozen=True)
class Requirement:
    rule: object | None
    possible: bool
    alternatives: list[list[str]]
    youth_health: bool


@dataclass(frozen=True)
class ConsentPanel:
    consents: list[ConsentView]
    status: dict
    in_force: bool
    excluded: bool
    may_register: bool
    requirement: Requirement


class _Names:
    """How the panel names a signer: a guardian by name, the subject as «themself»."""

    def __init__(self, ctx: CaseRead):
        subject = ctx.subject
        self.guardians = {guardian.id: guardian.name for guardian in ctx.registered}
        full = f"{subject.given_name} {subject.family_name}".strip()
        if subject.kind == SubjectKind.GRAVID or (ctx.age is not None and ctx.age >= 18):
            self.subject = str(_l("%(name)s (themself)", name=full))
        else:
            self.subject = str(_l("%(name)s (the youth themself)", name=full))

    def __call__(self, signer: int | str) -> str:
        if signer == rules.SUBJECT:
            return self.subject
        return str(_l("%(name)s (guardian)", name=self.guardians.get(signer, "?")))

    def alternatives(self, alternatives) -> list[list[str]]:
        return [[self(s) for s in _ordered(alt)] for alt in alternatives]


def _ordered(signers) -> list[int | str]:
    """The subject first, then the guardians in the order they were registered."""
    return sorted(signers, key=lambda s: (s != rules.SUBJECT, s if isinstance(s, int) else 0))


def _service_order(code: str) -> tuple[int, str]:
    """Services in the order the form lists them."""
    order = [str(kind) for kind in UNIT_KINDS]
    return (order.index(code) if code in order else len(order), code)


def _signer(signature: ConsentSignature) -> int | str:
    if signature.signer_kind == SignerKind.SUBJECT:
        return rules.SUBJECT
    return signature.guardian_id


def _status(consent: Consent, today: date) -> str:
    if consent.status in (ConsentStatus.DRAFT, ConsentStatus.GIVEN) and consent.valid_to < today:
        return EXPIRED
    return str(consent.status)


def _view(ctx: CaseRead, consent: Consent, names: _Names, excluded: bool) -> ConsentView:
    services = ctx.consents.services_of(consent.id)
    signatures = ctx.consents.signatures[consent.id]
    signers = [_signer(s) for s in signatures]
    signed = set(signers)
    status = _status(consent, ctx.today)
    view = ConsentView(
        consent=consent,
        status=status,
        in_force=status == ConsentStatus.GIVEN
        and consent.valid_from <= ctx.today <= consent.valid_to,
        services=[unit_kind(s) for s in sorted(services, key=_service_order)],
        signatures=[(names(who), s.signed_on) for who, s in zip(signers, signatures, strict=True)],
        to_sign=[],
        rule=None,
        possible=True,
        signers=[],
        may_withdraw=ctx.is_open and status == ConsentStatus.GIVEN,
    )
    if status != ConsentStatus.DRAFT:
        return view
    requirement = _requirement(
        ctx, includes_health_information=consent.includes_health_information, services=services
    )
    view.rule = CONSENT_RULES.get(requirement.rule)
    view.possible = requirement.possible
    view.to_sign = names.alternatives(alt - signed for alt in requirement.alternatives)
    if not ctx.is_open:
        return view
    allowed = set().union(*requirement.alternatives) - signed
    if excluded:
        allowed &= {rules.SUBJECT}
    view.signers = [(str(s), names(s)) for s in _ordered(allowed)]
    view.may_refuse = not excluded or rules.SUBJECT in set().union(*requirement.alternatives)
    return view


def _requirement(ctx: CaseRead, **kwargs) -> rules.Requirement:
    """:func:`bti.services.consents.requirement_for` the page's subject and guardians."""
    return consents.requirement_of(
        municipality=ctx.municipality, subject=ctx.subject, guardians=ctx.registered, **kwargs
    )


def read(ctx: CaseRead) -> ConsentPanel:
    excluded = guardians.excluded(ctx.case)
    names = _Names(ctx)
    views = [_view(ctx, consent, names, excluded) for consent in ctx.consents.consents]
    requirement = _requirement(ctx)
    with_health = _requirement(ctx, includes_health_information=True)
    alone = frozenset({rules.SUBJECT}) in requirement.alternatives
    return ConsentPanel(
        consents=views,
        status=CONSENT_STATUS,
        in_force=any(v.in_force for v in views),
        excluded=excluded,
        may_register=ctx.is_open and (not excluded or alone),
        requirement=Requirement(
            rule=CONSENT_RULES.get(requirement.rule),
            possible=requirement.possible,
            alternatives=names.alternatives(requirement.alternatives),
            youth_health=with_health.rule == "youth_health" and requirement.rule != "youth_health",
        ),
    )
