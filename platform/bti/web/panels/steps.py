"""The level's numbered steps (trinn) as a checklist on the case page: done, by whom, when.

Shown only where the municipality's guide keeps its steps as a checklist
(``Level.checklist``, Tromsø). A step is ticked with one button; the decision step is done
by the decision below it. The rules are the service's: :mod:`bti.services.steps`.
"""

from __future__ import annotations

from flask import Blueprint

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services import steps
from bti.services.case_page import small
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.forms import FlaskForm

bp = Blueprint("steps", __name__)
KEY = "step"


class TickForm(FlaskForm):
    pass


@bp.post("/sak/<case_id>/trinn/<int:number>")
@staff_required
def tick_step(case_id: str, number: int):
    form = posted(TickForm, KEY)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(steps.tick, case_id=case_id, step=number)
    return respond(
        outcome,
        case_id=case_id,
        key=KEY,
        form=form,
        done=_l("The step is marked as done."),
        anchor=f"step-{number}",
        section="steps",
    )


def forms(data: small.StepsPanel, build: PanelForms) -> dict:
    return {"tick": build.form(KEY, TickForm)}


PANEL = CasePanel(
    name="steps",
    title=_l("Steps at this level"),
    template="case/_steps.html",
    order=5,
    read=small.read_steps,
    forms=forms,
    blueprint=bp,
)
