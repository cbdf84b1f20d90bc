"""The guardians panel («Foresatte»): the forms to register the custody arrangement, add,
correct and remove a guardian, and the youth's own contact details, and their routes. What
the panel shows is read by :mod:`bti.services.case_page.guardians`; the rules are
:mod:`bti.services.custody`'s.
"""

from __future__ import annotations

from flask import Blueprint, current_app
from wtforms import BooleanField, RadioField, StringField

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services import custody
from bti.services.case_page import custody as reading
from bti.web.auth import staff_required
from bti.web.case_view import Done, Failed, perform, posted, respond, tell
from bti.web.fields import VersionField
from bti.web.forms import FlaskForm, limit, options

bp = Blueprint("guardians", __name__)
ANCHOR = "guardians"
CUSTODY = "guardians-custody"
ADD = "guardians-add"
CONTACT = "guardians-contact"
CLEARED = _l(
    "The guardians no longer fit the custody arrangement, so it is no longer registered: "
    "register it again. Until then every guardian with parental responsibility signs."
)


class CustodyForm(FlaskForm):
    version = VersionField()
    custody = RadioField(
        _l("Custody arrangement"),
        choices=options(reading.CUSTODY.items()),
        validators=[],
        validate_choice=False,  # the service says what is wrong, beside the choice
    )


class GuardianForm(FlaskForm):
    version = VersionField()
    name = StringField(_l("Name"), [limit(160)], render_kw={"autocomplete": "off"})
    relation = StringField(
        _l("Relation to the child"), [limit(40)], render_kw={"autocomplete": "off"}
    )
    fodselsnummer = StringField(
        _l("National identity number (optional)"),
        render_kw={"autocomplete": "off", "inputmode": "numeric"},
    )
    phone = StringField(
        _l("Phone (optional)"), [limit(32)], render_kw={"autocomplete": "off", "type": "tel"}
    )
    parental_responsibility = BooleanField(_l("Has parental responsibility"))
    daily_care = BooleanField(_l("Has daily care"))


class RemoveGuardianForm(FlaskForm):
    version = VersionField()


class ContactForm(FlaskForm):
    version = VersionField()
    phone = StringField(
        _l("Phone (optional)"), [limit(32)], render_kw={"autocomplete": "off", "type": "tel"}
    )
    email = StringField(_l("E-mail (optional)"), render_kw={"autocomplete": "off", "type": "email"})


def _correct_key(guardian_id: int) -> str:
    return f"guardians-correct-{guardian_id}"


def _remove_key(guardian_id: int) -> str:
    return f"guardians-remove-{guardian_id}"


def _guardian(form: GuardianForm) -> dict:
    """What the guardian form says, as the service's keyword arguments."""
    return {
        "name": form.name.data or "",
        "relation": form.relation.data or "",
        "fodselsnummer": form.fodselsnummer.data or "",
        "phone": form.phone.data or "",
        "parental_responsibility": bool(form.parental_responsibility.data),
        "daily_care": bool(form.daily_care.data),
        "allow_synthetic": current_app.config.get("BTI_ENV") != "production",
    }


def _changed(outcome: Done | Failed) -> None:
    if isinstance(outcome, Done) and outcome.result.custody_cleared:
        tell(CLEARED, ANCHOR, "warning")


# -- the routes -------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/foresatte/omsorg")
@staff_required
def set_custody(case_id: str):
    form = posted(CustodyForm, CUSTODY)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            custody.set_custody,
            case_id=case_id,
            custody=form.custody.data or "",
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=CUSTODY,
        form=form,
        done=_l("The custody arrangement is registered."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/foresatte")
@staff_required
def add(case_id: str):
    form = posted(GuardianForm, ADD)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(custody.add_guardian, case_id=case_id, **_guardian(form))
    response = respond(
        outcome,
        case_id=case_id,
        key=ADD,
        form=form,
        done=_l("The guardian is registered."),
        anchor=ANCHOR,
    )
    _changed(outcome)
    return response


@bp.post("/sak/<case_id>/foresatte/<int:guardian_id>")
@staff_required
def correct(case_id: str, guardian_id: int):
    key = _correct_key(guardian_id)
    form = posted(GuardianForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            custody.correct_guardian,
            case_id=case_id,
            guardian_id=guardian_id,
            version=form.version.data,
            **_guardian(form),
        )
    response = respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("What is registered about the guardian is corrected."),
        anchor=ANCHOR,
    )
    _changed(outcome)
    return response


@bp.post("/sak/<case_id>/foresatte/<int:guardian_id>/fjern")
@staff_required
def remove(case_id: str, guardian_id: int):
    key = _remove_key(guardian_id)
    form = posted(RemoveGuardianForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            custody.remove_guardian,
            case_id=case_id,
            guardian_id=guardian_id,
            version=form.version.data,
        )
    response = respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The guardian is removed."),
        anchor=ANCHOR,
    )
    _changed(outcome)
    return response


@bp.post("/sak/<case_id>/foresatte/kontakt")
@staff_required
def contact(case_id: str):
    form = posted(ContactForm, CONTACT)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            custody.set_contact,
            case_id=case_id,
            phone=form.phone.data or "",
            email=form.email.data or "",
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=CONTACT,
        form=form,
        done=_l("The contact details are registered."),
        anchor=ANCHOR,
    )


# -- the panel's forms ------------------------------------------------------------------------


def forms(data: reading.GuardiansPanel, build: PanelForms) -> dict:
    """The panel's forms, and ``open``: the key of the form that failed (its
    ``<details>`` opens)."""
    if data.excluded or not data.may_edit:
        return {"open": set(build.failed), "correct": {}, "remove": {}, "refused": {}}
    correct = {}
    for g in data.guardians:
        current = {
            "name": g.name,
            "relation": g.relation,
            "fodselsnummer": g.fodselsnummer,
            "phone": g.phone,
            "parental_responsibility": g.parental_responsibility,
            "daily_care": g.daily_care,
        }
        correct[g.id] = build.form(
            _correct_key(g.id), GuardianForm, data=current, version=g.version
        )
    return {
        "open": set(build.failed),
        "custody": build.form(
            CUSTODY, CustodyForm, data={"custody": data.custody or None}, version=data.version
        ),
        "add": build.form(ADD, GuardianForm, data={"parental_responsibility": True}),
        "correct": correct,
        "remove": {
            g.id: build.form(_remove_key(g.id), RemoveGuardianForm, version=g.version)
            for g in data.guardians
            if not g.in_record
        },
        # A removal refused because the record names them: the message beside them.
        "refused": {
            g.id: build.failed[_remove_key(g.id)]
            for g in data.guardians
            if g.in_record and _remove_key(g.id) in build.failed
        },
        "contact": build.form(
            CONTACT,
            ContactForm,
            data={"phone": data.phone, "email": data.email},
            version=data.version,
        )
        if data.contact
        else None,
    }


PANEL = CasePanel(
    name="guardians",
    title=_l("Guardians"),
    template="case/_guardians.html",
    order=22,
    folded=lambda data: data.settled,
    read=reading.read,
    forms=forms,
    blueprint=bp,
)
