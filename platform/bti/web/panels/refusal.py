"""«The guardians' assessment» on the case page: record that the guardians decline the
offered help (their right, and a valid record), and see the task it gave the leaders of the
unit where the case was opened, if the municipality's guide gives one.

The rules are the service's: :mod:`bti.services.refusals`; what the panel shows is read by
:mod:`bti.services.case_page.refusal`.
"""

from __future__ import annotations

from flask import Blueprint
from wtforms import TextAreaField

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services import refusals
from bti.services.case_page.refusal import RefusalPanel, read
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.forms import FlaskForm

bp = Blueprint("refusal", __name__)
ANCHOR = "refusal"
DECLINE = "guardians-decline"


class DeclineForm(FlaskForm):
    offer = TextAreaField(_l("Which help do the guardians decline?"), render_kw={"rows": 3})


@bp.post("/sak/<case_id>/foresatte-takker-nei")
@staff_required
def guardians_decline(case_id: str):
    form = posted(DeclineForm, DECLINE)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            refusals.record_guardians_decline, case_id=case_id, offer=form.offer.data or ""
        )
    return respond(
        outcome,
        case_id=case_id,
        key=DECLINE,
        form=form,
        done=_l("It is recorded in the stafettlogg that the guardians decline the help."),
        anchor=ANCHOR,
    )


def forms(data: RefusalPanel, build: PanelForms) -> dict:
    return {"decline": build.form(DECLINE, DeclineForm)}


PANEL = CasePanel(
    name="refusal",
    title=_l("The guardians' assessment"),
    template="case/_refusal.html",
    order=24,
    folded=lambda data: data.quiet,
    read=read,
    forms=forms,
    blueprint=bp,
)
