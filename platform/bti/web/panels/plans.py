"""Plans beside the stafettlogg on the case page: an individual plan (IP), an IOP or an IUP
— what it is, where it is kept, who is responsible — registered and ended here. The rules
are the service's: :mod:`bti.services.plans`."""

from __future__ import annotations

from flask import Blueprint
from wtforms import RadioField, StringField

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.labels import PLAN_KINDS
from bti.services import plans
from bti.services.case_page import small
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.fields import VersionField
from bti.web.forms import FlaskForm, limit, options

bp = Blueprint("plans", __name__)
ANCHOR = "plans"
ADD = "plan-add"


def end_key(plan_id: int) -> str:
    return f"plan-end-{plan_id}"


class PlanForm(FlaskForm):
    kind = RadioField(
        _l("Kind of plan"),
        choices=options((str(kind), label) for kind, label in PLAN_KINDS.items()),
        validate_choice=False,
    )
    kept_in = StringField(_l("Where the plan is kept"), [limit(160)])
    responsible = StringField(_l("Who is responsible for the plan"), [limit(160)])


class EndForm(FlaskForm):
    version = VersionField()


@bp.post("/sak/<case_id>/planer")
@staff_required
def add_plan(case_id: str):
    form = posted(PlanForm, ADD)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            plans.register,
            case_id=case_id,
            kind=form.kind.data or "",
            kept_in=form.kept_in.data or "",
            responsible=form.responsible.data or "",
        )
    return respond(
        outcome,
        case_id=case_id,
        key=ADD,
        form=form,
        done=_l("The plan is registered beside the stafettlogg."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/planer/<int:plan_id>/avslutt")
@staff_required
def end_plan(case_id: str, plan_id: int):
    key = end_key(plan_id)
    form = posted(EndForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(plans.end, case_id=case_id, plan_id=plan_id, version=form.version.data)
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The plan is marked as ended."),
        anchor=ANCHOR,
    )


def forms(data: small.PlansPanel, build: PanelForms) -> dict:
    return {
        "add": build.form(ADD, PlanForm),
        "end": {
            plan.id: build.form(end_key(plan.id), EndForm, version=plan.version)
            for plan in data.plans
        },
    }


PANEL = CasePanel(
    name="plans",
    title=_l("Plans beside the stafettlogg"),
    template="case/_plans.html",
    order=55,
    folded=True,
    read=small.read_plans,
    forms=forms,
    blueprint=bp,
)
