"""Who takes part in the case, and the baton: bringing in another service (under a consent
that names it), closing one's own part (samtidighetsansvar), and handing over the
stafettholder role — offered by the holder, passing only when the receiver accepts.

The colleague to bring in is found by a search posted to :func:`find_colleague`, never one
in the query string: what was typed is part of a person's name, and an address (with the
case id in it) ends up in access logs, proxies and the browser's history.

The rules live in :mod:`bti.services.participants`, :mod:`bti.services.handover` and
:func:`bti.services.cases.close_own_part`; this module only shows the forms to those who may
use them (as :mod:`bti.services.case_page.people` reads it) and passes on what the services
say.
"""

from __future__ import annotations

from flask import Blueprint, url_for
from wtforms import SearchField, SelectField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, ValidationError

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services import handover, name_search, participants
from bti.services.case_page import actions
from bti.services.case_page import people as reading
from bti.web.auth import staff_required
from bti.web.case_view import Done, Failed, perform, posted, render, respond
from bti.web.fields import whole_number
from bti.web.forms import FlaskForm, limit

bp = Blueprint("people", __name__)
ANCHOR = "people"

NOTE_MAX = 2000
#: The prefix of the search for a colleague; its text field is ``reading.SEARCH``.
FIND = "people-find"


# ---------------------------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------------------------


def _person_and_unit(value: str | None) -> tuple[int, int] | None:
    """``"<user id>:<unit id>"`` → the two ids, or ``None`` when it is not that."""
    user, _, unit = (value or "").partition(":")
    user_id, unit_id = whole_number(user), whole_number(unit)
    if user_id is None or unit_id is None:
        return None
    return user_id, unit_id


class FindColleagueForm(FlaskForm):
    # Prefixed ``people-find``, the field is named ``reading.SEARCH``, which the add form
    # carries too (hidden), so a refused add shows the same matches again.
    text = SearchField(
        _l("Find a colleague"),
        [limit(name_search.MAX_LENGTH)],
        render_kw={"autocomplete": "off"},
    )


class AddParticipantForm(FlaskForm):
    # The choices (the colleagues the user searched for, or the case's own unit) are set by
    # the panel builder; the service checks that the person works in the unit.
    person = SelectField(
        _l("Person and the unit they take part for"),
        choices=[],
        validate_choice=False,
        validators=[InputRequired(message=_l("Choose the person to bring into the case."))],
    )

    def validate_person(self, field):
        if _person_and_unit(field.data) is None:
            raise ValidationError(_l("Choose the person to bring into the case."))


class CloseOwnPartForm(FlaskForm):
    pass


class OfferForm(FlaskForm):
    to_user = SelectField(
        _l("Offer the baton to"),
        choices=[],
        validate_choice=False,
        validators=[InputRequired(message=_l("Choose who you offer the baton to."))],
    )
    note = TextAreaField(
        _l("Note to the receiver (optional)"),
        validators=[
            Length(max=NOTE_MAX, message=_l("Write at most %(max)d characters.", max=NOTE_MAX))
        ],
    )

    def validate_to_user(self, field):
        if not (field.data or "").isdigit():
            raise ValidationError(_l("Choose who you offer the baton to."))


class AcceptForm(FlaskForm):
    pass


class DeclineForm(FlaskForm):
    note = TextAreaField(
        _l("Why you decline (optional, written in the stafettlogg)"),
        validators=[
            Length(max=NOTE_MAX, message=_l("Write at most %(max)d characters.", max=NOTE_MAX))
        ],
    )


class WithdrawForm(FlaskForm):
    pass


# ---------------------------------------------------------------------------------------------
# Routes
# ---------------------------------------------------------------------------------------------


def _answer(outcome, case_id: str, key: str, form: FlaskForm, done, fields=None, to=None):
    return respond(
        outcome, case_id=case_id, key=key, form=form, done=done, anchor=ANCHOR, fields=fields, to=to
    )


@bp.post("/sak/<case_id>/deltakere/finn")
@staff_required
def find_colleague(case_id: str):
    """The case page again (a read like any view of it: one audit event, no other row)
    with the colleagues who match what was posted, ready to choose and add."""
    form = posted(FindColleagueForm, FIND)
    if form.validate_on_submit():
        return render(case_id)
    return render(case_id, failed={FIND: form}, status=400, asked={})


@bp.post("/sak/<case_id>/deltakere")
@staff_required
def add_participant(case_id: str):
    form = posted(AddParticipantForm, "people-add")
    outcome = Failed()
    if form.validate_on_submit():
        user_id, unit_id = _person_and_unit(form.person.data)
        outcome = perform(participants.add, case_id=case_id, user_id=user_id, unit_id=unit_id)
    return _answer(
        outcome,
        case_id,
        "people-add",
        form,
        _l("The person now takes part in the case."),
        fields={"user_id": "person", "unit_id": "person"},
    )


@bp.post("/sak/<case_id>/deltakere/avslutt")
@staff_required
def close_own_part(case_id: str):
    """Afterwards the user may no longer see the case: then back to their list of cases
    instead of to a page that is no longer theirs."""
    form = posted(CloseOwnPartForm, "people-close")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(actions.close_own_part, case_id=case_id)
    gone = isinstance(outcome, Done) and not outcome.result
    return _answer(
        outcome,
        case_id,
        "people-close",
        form,
        _l("Your part in the case is closed."),
        to=url_for("cases.mine") if gone else None,
    )


@bp.post("/sak/<case_id>/stafettholder/tilbud")
@staff_required
def offer_handover(case_id: str):
    form = posted(OfferForm, "handover-offer")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            handover.offer,
            case_id=case_id,
            to_user_id=whole_number(form.to_user.data) or 0,
            note=form.note.data or "",
        )
    return _answer(
        outcome,
        case_id,
        "handover-offer",
        form,
        _l("The baton is offered. You hold it until the receiver accepts."),
        fields={"to_user_id": "to_user", "note": "note"},
    )


@bp.post("/sak/<case_id>/stafettholder/<int:handover_id>/godta")
@staff_required
def accept_handover(case_id: str, handover_id: int):
    form = posted(AcceptForm, "handover-accept")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(handover.accept, case_id=case_id, handover_id=handover_id)
    return _answer(outcome, case_id, "handover-accept", form, _l("You are now the stafettholder."))


@bp.post("/sak/<case_id>/stafettholder/<int:handover_id>/avslaa")
@staff_required
def decline_handover(case_id: str, handover_id: int):
    form = posted(DeclineForm, "handover-decline")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            handover.decline, case_id=case_id, handover_id=handover_id, note=form.note.data or ""
        )
    return _answer(
        outcome,
        case_id,
        "handover-decline",
        form,
        _l("You declined the baton. The stafettholder keeps it."),
        fields={"note": "note"},
    )


@bp.post("/sak/<case_id>/stafettholder/<int:handover_id>/trekk")
@staff_required
def withdraw_handover(case_id: str, handover_id: int):
    form = posted(WithdrawForm, "handover-withdraw")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(handover.withdraw, case_id=case_id, handover_id=handover_id)
    return _answer(
        outcome, case_id, "handover-withdraw", form, _l("The offer of the baton is withdrawn.")
    )


# ---------------------------------------------------------------------------------------------
# The panel's forms
# ---------------------------------------------------------------------------------------------


def forms(data: reading.PeoplePanel, build: PanelForms) -> dict:
    find = build.form(FIND, FindColleagueForm)
    if FIND not in build.failed:
        find.text.data = data.search
    add = build.form("people-add", AddParticipantForm)
    add.person.choices = [SelectChoice("", str(_l("Choose a person")))] + [
        SelectChoice(choice.value, f"{choice.name} – {choice.unit}") for choice in data.staff
    ]
    offer = build.form("handover-offer", OfferForm)
    offer.to_user.choices = [SelectChoice("", str(_l("Choose a person")))] + [
        SelectChoice(str(r.user_id), f"{r.name} – {r.unit}" if r.unit else r.name)
        for r in data.others
    ]
    return {
        "find": find,
        "add": add,
        "close": build.form("people-close", CloseOwnPartForm),
        "offer": offer,
        "accept": build.form("handover-accept", AcceptForm),
        "decline": build.form("handover-decline", DeclineForm),
        "withdraw": build.form("handover-withdraw", WithdrawForm),
    }


PANEL = CasePanel(
    name="people",
    title=_l("Taking part"),
    template="case/_people.html",
    order=20,
    read=reading.read,
    forms=forms,
    blueprint=bp,
)
