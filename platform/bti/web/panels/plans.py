"""Plans beside the stafettlogg on the case page: an individual plan (IP), an IOP or an IUP
— what it is, where it is kept, who is responsible — registered and ended here. The rules
are the service's: :mod:`bti.services.plans`."""

from __future__ import annotations

from flask import g
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField

from bti.i18n import lazy_gettext as _l
from bti.labels import PLAN_KINDS
from bti.services import plans
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel

ANCHOR = "plans"
ADD = "plan-add"


def end_key(plan_id: int) -> str:
    return f"plan-end-{plan_id}"


class PlanForm(FlaskForm):
    kind = RadioField(
        _l("Kind of plan"),
        choices=[(str(kind), label) for kind, label in PLAN_KINDS.items()],
        validate_choice=False,
    )
    kept_in = StringField(_l("Where the plan is kept"))
    responsible = StringField(_l("Who is responsible for the plan"))


class EndForm(FlaskForm):
    pass


@bp.post("/sak/<case_id>/planer")
@staff_required
def add_plan(case_id: str):
    form = case_view.posted(PlanForm, ADD)

    def do(session, actor, case):
        plans.register(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            kind=form.kind.data or "",
            kept_in=form.kept_in.data or "",
            responsible=form.responsible.data or "",
        )

    return case_view.act(
        case_id,
        ADD,
        form,
        action="plan.register",
        do=do,
        done=_l("The plan is registered beside the stafettlogg."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/planer/<int:plan_id>/avslutt")
@staff_required
def end_plan(case_id: str, plan_id: int):
    key = end_key(plan_id)
    form = case_view.posted(EndForm, key)

    def do(session, actor, case):
        plans.end(session, municipality=g.municipality, by=actor, case_id=case.id, plan_id=plan_id)

    return case_view.act(
        case_id,
        key,
        form,
        action="plan.end",
        do=do,
        done=_l("The plan is marked as ended."),
        anchor=ANCHOR,
    )


@panel("plans", title=_l("Plans beside the stafettlogg"), template="case/_plans.html", order=55)
def _plans(ctx: CaseContext) -> dict:
    active = plans.active(ctx.session, case_id=ctx.case.id)
    return {
        "plans": active,
        "kinds": PLAN_KINDS,
        "add_form": ctx.form(ADD, PlanForm),
        "end_forms": {plan.id: ctx.form(end_key(plan.id), EndForm) for plan in active},
    }
