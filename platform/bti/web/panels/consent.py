"""The consent panel: the case's consents (newest first) with who has signed and who still
must, and the forms to register a consent, register a signature, register a refusal and
withdraw a consent. Who must sign is decided by :func:`bti.services.consents.requirement_for`
(custody, age, health information, the municipality's «og/eller» rule); this module only
shows it.

When the case has been reported to barnevern the guardians are not to be involved, so only
what the child/youth can do alone is offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import flash, g
from flask_wtf import FlaskForm
from sqlmodel import select
from wtforms import BooleanField, DateField, RadioField, TextAreaField
from wtforms.validators import InputRequired

from bti.i18n import lazy_gettext as _l
from bti.labels import CONSENT_RULES, CONSENT_STATUS, EXPIRED, UNIT_KINDS, unit_kind
from bti.models import (
    CaseParticipant,
    Consent,
    ConsentSignature,
    ConsentStatus,
    Guardian,
    SignerKind,
    StaffUser,
    SubjectKind,
    Unit,
)
from bti.rules import consent as rules
from bti.services import consents, guardians, participants
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel
from bti.web.fields import CheckboxesField


class RegisterConsentForm(FlaskForm):
    services = CheckboxesField(
        _l("Services the consent covers"),
        choices=[],
        validators=[InputRequired(message=_l("Choose the services the consent covers."))],
    )
    valid_from = DateField(
        _l("Valid from"),
        validators=[InputRequired(message=_l("Enter the date the consent is valid from."))],
    )
    valid_to = DateField(
        _l("Valid to"),
        validators=[InputRequired(message=_l("Enter the date the consent is valid to."))],
    )
    scope = TextAreaField(_l("Purpose and scope"))
    includes_health_information = BooleanField(_l("Includes health information"))


class SignConsentForm(FlaskForm):
    # The service decides who may sign; the choices only offer the right people.
    signer = RadioField(
        _l("Who signed"),
        choices=[],
        validate_choice=False,
        validators=[InputRequired(message=_l("Choose who signed."))],
    )
    signed_on = DateField(
        _l("Signed on"),
        validators=[InputRequired(message=_l("Enter the date of the signature."))],
    )


class RefuseConsentForm(FlaskForm):
    note = TextAreaField(_l("Note (optional)"))


class WithdrawConsentForm(FlaskForm):
    note = TextAreaField(_l("Note (optional)"))


def _services_choices(form: RegisterConsentForm) -> RegisterConsentForm:
    form.services.choices = [(str(kind), str(label)) for kind, label in UNIT_KINDS.items()]
    return form


def _sign_key(consent_id: int) -> str:
    return f"consent-sign-{consent_id}"


def _refuse_key(consent_id: int) -> str:
    return f"consent-refuse-{consent_id}"


def _withdraw_key(consent_id: int) -> str:
    return f"consent-withdraw-{consent_id}"


# -- the routes -------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/samtykke")
@staff_required
def consent_register(case_id: str):
    form = _services_choices(case_view.posted(RegisterConsentForm, "consent-register"))

    def do(session, actor, case):
        consents.register(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            services=list(form.services.data or []),
            valid_from=form.valid_from.data,
            valid_to=form.valid_to.data,
            scope=(form.scope.data or "").strip(),
            includes_health_information=bool(form.includes_health_information.data),
        )

    return case_view.act(
        case_id,
        "consent-register",
        form,
        action="consent.register",
        do=do,
        done=_l("The consent is registered. Register the signatures as they come in."),
        anchor="consent",
    )


@bp.post("/sak/<case_id>/samtykke/<int:consent_id>/signatur")
@staff_required
def consent_sign(case_id: str, consent_id: int):
    key = _sign_key(consent_id)
    form = case_view.posted(SignConsentForm, key)
    outcome = {}

    def do(session, actor, case):
        _in_case(session, case.id, consent_id)
        value = form.signer.data or ""
        consent = consents.sign(
            session,
            municipality=g.municipality,
            by=actor,
            consent_id=consent_id,
            signer=int(value) if value.isdigit() else value,
            signed_on=form.signed_on.data,
        )
        outcome["given"] = consent.status == ConsentStatus.GIVEN

    response = case_view.act(
        case_id,
        key,
        form,
        action="consent.sign",
        do=do,
        done=_l("The signature is registered."),
        anchor="consent",
    )
    if outcome.get("given") and not isinstance(response, tuple):
        flash(_l("Every required signature is in: the consent is given."), "success")
    return response


@bp.post("/sak/<case_id>/samtykke/<int:consent_id>/avslag")
@staff_required
def consent_refuse(case_id: str, consent_id: int):
    key = _refuse_key(consent_id)
    form = case_view.posted(RefuseConsentForm, key)

    def do(session, actor, case):
        _in_case(session, case.id, consent_id)
        consents.refuse(
            session,
            municipality=g.municipality,
            by=actor,
            consent_id=consent_id,
            note=(form.note.data or "").strip(),
        )

    return case_view.act(
        case_id,
        key,
        form,
        action="consent.refuse",
        do=do,
        done=_l("The refusal is registered. Nothing is shared under this consent."),
        anchor="consent",
    )


@bp.post("/sak/<case_id>/samtykke/<int:consent_id>/tilbaketrekking")
@staff_required
def consent_withdraw(case_id: str, consent_id: int):
    key = _withdraw_key(consent_id)
    form = case_view.posted(WithdrawConsentForm, key)
    stopped: list[str] = []

    def do(session, actor, case):
        _in_case(session, case.id, consent_id)
        before = participants.active(session, case.id)
        consents.withdraw(
            session,
            municipality=g.municipality,
            by=actor,
            consent_id=consent_id,
            note=(form.note.data or "").strip(),
        )
        still = {p.id for p in participants.active(session, case.id)}
        stopped.extend(_who(session, p) for p in before if p.id not in still)

    response = case_view.act(
        case_id,
        key,
        form,
        action="consent.withdraw",
        do=do,
        done=_l("The consent is withdrawn. From now on nothing more is shared under it."),
        anchor="consent",
    )
    if not isinstance(response, tuple):
        if stopped:
            flash(
                _l(
                    "No consent covers their service any more, so these are no longer part "
                    "of the case: %(names)s.",
                    names="; ".join(stopped),
                ),
                "success",
            )
        else:
            flash(_l("Everyone in the case is still covered by a consent."), "success")
    return response


def _in_case(session, case_id: str, consent_id: int) -> None:
    """A consent id from another case in the URL is treated as not found."""
    case_view.of_case(session, Consent, consent_id, case_id)


def _who(session, participant: CaseParticipant) -> str:
    unit = session.get(Unit, participant.unit_id) if participant.unit_id else None
    user = session.get(StaffUser, participant.user_id)
    label = user.display_name if user else ""
    return f"{label} ({unit.name}, {unit_kind(unit.kind)})" if unit else label


# -- the panel --------------------------------------------------------------------------------


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
    sign_form: FlaskForm | None = None
    refuse_form: FlaskForm | None = None
    withdraw_form: FlaskForm | None = None


class _Names:
    """How the panel names a signer: a guardian by name, the subject as «themself»."""

    def __init__(self, ctx: CaseContext):
        subject = ctx.subject
        self.guardians = {
            guardian.id: guardian.name
            for guardian in ctx.session.exec(
                select(Guardian).where(Guardian.subject_id == subject.id)
            )
        }
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


def _signatures(ctx: CaseContext, consent_id: int) -> list[ConsentSignature]:
    return list(
        ctx.session.exec(
            select(ConsentSignature)
            .where(ConsentSignature.consent_id == consent_id)
            .order_by(ConsentSignature.signed_on, ConsentSignature.id)
        )
    )


def _view(ctx: CaseContext, consent: Consent, names: _Names, excluded: bool) -> ConsentView:
    services = consents.services_of(ctx.session, consent.id)
    signatures = _signatures(ctx, consent.id)
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
    )
    if status != ConsentStatus.DRAFT:
        return view
    requirement = consents.requirement_for(
        ctx.session,
        municipality=g.municipality,
        case=ctx.case,
        includes_health_information=consent.includes_health_information,
        services=services,
    )
    view.rule = CONSENT_RULES.get(requirement.rule)
    view.possible = requirement.possible
    view.to_sign = names.alternatives(alt - signed for alt in requirement.alternatives)
    if not ctx.is_open:
        return view
    allowed = set().union(*requirement.alternatives) - signed
    if excluded:
        allowed &= {rules.SUBJECT}
    if allowed:
        key = _sign_key(consent.id)
        form = ctx.form(key, SignConsentForm, signed_on=ctx.today)
        form.signer.choices = [(str(s), names(s)) for s in _ordered(allowed)]
        view.sign_form = form
    if not excluded or rules.SUBJECT in set().union(*requirement.alternatives):
        view.refuse_form = ctx.form(_refuse_key(consent.id), RefuseConsentForm)
    return view


@panel("consent", title=_l("Consent"), template="case/_consent.html", order=20)
def _consent(ctx: CaseContext) -> dict:
    excluded = guardians.excluded(ctx.case)
    names = _Names(ctx)
    rows = ctx.session.exec(
        select(Consent)
        .where(Consent.case_id == ctx.case.id)
        .order_by(Consent.created_at.desc(), Consent.id.desc())
    ).all()
    views = [_view(ctx, consent, names, excluded) for consent in rows]
    if ctx.is_open:
        for view in views:
            if view.status == ConsentStatus.GIVEN:
                view.withdraw_form = ctx.form(_withdraw_key(view.consent.id), WithdrawConsentForm)

    requirement = consents.requirement_for(ctx.session, municipality=g.municipality, case=ctx.case)
    with_health = consents.requirement_for(
        ctx.session, municipality=g.municipality, case=ctx.case, includes_health_information=True
    )
    alone = frozenset({rules.SUBJECT}) in requirement.alternatives
    register = None
    if ctx.is_open and (not excluded or alone):
        register = _services_choices(
            ctx.form("consent-register", RegisterConsentForm, valid_from=ctx.today)
        )
    return {
        "consents": views,
        "status": CONSENT_STATUS,
        "in_force": any(v.in_force for v in views),
        "excluded": excluded,
        "register": register,
        "requirement": {
            "rule": CONSENT_RULES.get(requirement.rule),
            "possible": requirement.possible,
            "alternatives": names.alternatives(requirement.alternatives),
            "youth_health": with_health.rule == "youth_health"
            and requirement.rule != "youth_health",
        },
    }
