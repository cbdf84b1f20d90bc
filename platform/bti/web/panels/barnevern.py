"""Barnevern's help on the case page: a barnevern employee who takes part in the case records
that barnevern starts or ends giving help (hjelpetiltak). Nobody else sees the panel.

The rules are the service's (:func:`bti.services.barnevern_help.set_barnevern_help`):
while barnevern helps it holds the baton («Barnevernet skal alltid ha Stafettholderansvaret
når de er inne med hjelpetiltak», Tromsø «Stafettholder - Sampro»), the case moves to the
level the guide puts such children on, and when the help ends the baton stays with
barnevern until it is handed over and accepted.
"""

from __future__ import annotations

from flask import Blueprint

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services import barnevern_help
from bti.services.case_page import small
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.forms import FlaskForm

bp = Blueprint("barnevern_help", __name__)
ANCHOR = "barnevern_help"
START, END = "bv-help-start", "bv-help-end"


class HelpForm(FlaskForm):
    """Only the CSRF token: the button says what is recorded."""


def _record(case_id: str, key: str, *, helping: bool, done):
    form = posted(HelpForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(barnevern_help.set_barnevern_help, case_id=case_id, helping=helping)
    return respond(outcome, case_id=case_id, key=key, form=form, done=done, anchor=ANCHOR)


@bp.post("/sak/<case_id>/barnevern-hjelp")
@staff_required
def start_barnevern_help(case_id: str):
    return _record(
        case_id,
        START,
        helping=True,
        done=_l("Barnevern's help is recorded. Barnevern holds the baton while the help lasts."),
    )


@bp.post("/sak/<case_id>/barnevern-hjelp/avslutt")
@staff_required
def end_barnevern_help(case_id: str):
    return _record(
        case_id,
        END,
        helping=False,
        done=_l(
            "The end of barnevern's help is recorded. Barnevern keeps the baton until it "
            "hands it over and the receiver accepts."
        ),
    )


def forms(data: small.BarnevernHelpPanel, build: PanelForms) -> dict:
    return {"start": build.form(START, HelpForm), "end": build.form(END, HelpForm)}


PANEL = CasePanel(
    name="barnevern_help",
    title=_l("Help from barnevern"),
    template="case/_barnevern_help.html",
    order=62,
    folded=True,
    read=small.read_barnevern_help,
    forms=forms,
    blueprint=bp,
)
