"""The level's numbered steps (trinn) as a checklist on the case page: done, by whom, when.

Shown only where the municipality's guide keeps its steps as a checklist
(``Level.checklist``, Tromsø). A step is ticked with one button; the decision step is done
by the decision below it. The rules are the service's: :mod:`bti.services.steps`.
"""

from __future__ import annotations

from flask import g
from flask_wtf import FlaskForm

from bti.i18n import lazy_gettext as _l
from bti.services import steps
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel

ANCHOR = "steps"
KEY = "step"


class TickForm(FlaskForm):
    pass


@bp.post("/sak/<case_id>/trinn/<int:number>")
@staff_required
def tick_step(case_id: str, number: int):
    form = case_view.posted(TickForm, KEY)

    def do(session, actor, case):
        steps.tick(session, municipality=g.municipality, by=actor, case_id=case.id, step=number)

    return case_view.act(
        case_id,
        KEY,
        form,
        action="steps.tick",
        do=do,
        done=_l("The step is marked as done."),
        anchor=f"step-{number}",
    )


@panel("steps", title=_l("Steps at this level"), template="case/_steps.html", order=8)
def _steps(ctx: CaseContext) -> dict:
    states = steps.states(ctx.session, municipality=g.municipality, case=ctx.case)
    if not states:
        return {"hidden": True}
    return {
        "states": states,
        "form": ctx.form(KEY, TickForm),
        "level": g.municipality.level(ctx.case.level),
        "done": sum(1 for s in states if s.done),
    }
