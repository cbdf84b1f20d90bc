"""The consent panel: the forms to register a consent, register a signature, register a
refusal and withdraw a consent, and their routes. What the panel shows, and which forms the
viewer may use, is read by :mod:`bti.services.case_page.consent`; the rules are
:mod:`bti.services.consents`'.
"""

from __future__ import annotations

from flask import Blueprint
from wtforms import BooleanField, DateField, RadioField, TextAreaField
from wtforms.validators import InputRequired

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.labels import UNIT_KINDS
from bti.models import ConsentStatus
from bti.services import consents
from bti.services.case_page import consent as reading
from bti.web.auth import staff_required
from bti.web.case_view import Done, Failed, perform, posted, respond, tell
from bti.web.fields import CheckboxesField, VersionField, whole_number
from bti.web.forms import FlaskForm, options

bp = Blueprint("consent", __name__)
ANCHOR = "consent"
REGISTER = "consent-register"


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
    version = VersionField()
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
    version = VersionField()
    note = TextAreaField(_l("Note (optional)"))


class WithdrawConsentForm(FlaskForm):
    version = VersionField()
    note = TextAreaField(_l("Note (optional)"))


def _services_choices(form: RegisterConsentForm) -> RegisterConsentForm:
    form.services.choices = options((str(kind), str(label)) for kind, label in UNIT_KINDS.items())
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
def register(case_id: str):
    form = _services_choices(posted(RegisterConsentForm, REGISTER))
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            consents.register,
            case_id=case_id,
            services=list(form.services.data or []),
            valid_from=form.valid_from.data,
            valid_to=form.valid_to.data,
            scope=(form.scope.data or "").strip(),
            includes_health_information=bool(form.includes_health_information.data),
        )
    return respond(
        outcome,
        case_id=case_id,
        key=REGISTER,
        form=form,
        done=_l("The consent is registered. Register the signatures as they come in."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/samtykke/<int:consent_id>/signatur")
@staff_required
def sign(case_id: str, consent_id: int):
    key = _sign_key(consent_id)
    form = posted(SignConsentForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        value = form.signer.data or ""
        outcome = perform(
            consents.sign,
            case_id=case_id,
            consent_id=consent_id,
            signer=(whole_number(value) or 0) if value.isdigit() else value,
            signed_on=form.signed_on.data,
            version=form.version.data,
        )
    response = respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The signature is registered."),
        anchor=ANCHOR,
    )
    if isinstance(outcome, Done) and outcome.result.status == ConsentStatus.GIVEN:
        tell(_l("Every required signature is in: the consent is given."), ANCHOR)
    return response


@bp.post("/sak/<case_id>/samtykke/<int:consent_id>/avslag")
@staff_required
def refuse(case_id: str, consent_id: int):
    key = _refuse_key(consent_id)
    form = posted(RefuseConsentForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            consents.refuse,
            case_id=case_id,
            consent_id=consent_id,
            note=(form.note.data or "").strip(),
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The refusal is registered. Nothing is shared under this consent."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/samtykke/<int:consent_id>/tilbaketrekking")
@staff_required
def withdraw(case_id: str, consent_id: int):
    key = _withdraw_key(consent_id)
    form = posted(WithdrawConsentForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            consents.withdraw_in_case,
            case_id=case_id,
            consent_id=consent_id,
            note=(form.note.data or "").strip(),
            version=form.version.data,
        )
    response = respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The consent is withdrawn. From now on nothing more is shared under it."),
        anchor=ANCHOR,
    )
    if isinstance(outcome, Done):
        if outcome.result.stopped:
            tell(
                _l(
                    "No consent covers their service any more, so these are no longer part "
                    "of the case: %(names)s.",
                    names="; ".join(outcome.result.stopped),
                ),
                ANCHOR,
            )
        else:
            tell(_l("Everyone in the case is still covered by a consent."), ANCHOR)
    return response


# -- the panel's forms ------------------------------------------------------------------------


def forms(data: reading.ConsentPanel, build: PanelForms) -> dict:
    sign = {}
    for view in data.consents:
        if view.signers:
            form = build.form(
                _sign_key(view.consent.id),
                SignConsentForm,
                signed_on=build.today,
                version=view.consent.version,
            )
            form.signer.choices = options(view.signers)
            sign[view.consent.id] = form
    register = None
    if data.may_register:
        register = _services_choices(
            build.form(REGISTER, RegisterConsentForm, valid_from=build.today)
        )
    # A refusal or withdrawal that came too late (someone else changed the consent) is
    # shown again with its note, beside what is saved now.
    return {
        "sign": sign,
        "refuse": {
            v.consent.id: build.form(
                _refuse_key(v.consent.id), RefuseConsentForm, version=v.consent.version
            )
            for v in data.consents
            if v.may_refuse or _refuse_key(v.consent.id) in build.failed
        },
        "withdraw": {
            v.consent.id: build.form(
                _withdraw_key(v.consent.id), WithdrawConsentForm, version=v.consent.version
            )
            for v in data.consents
            if v.may_withdraw or _withdraw_key(v.consent.id) in build.failed
        },
        "register": register,
    }


PANEL = CasePanel(
    name="consent",
    title=_l("Consent"),
    template="case/_consent.html",
    order=30,
    read=reading.read,
    forms=forms,
    blueprint=bp,
)
