"""The case page (``/<slug>/sak/<id>``): who it is about, where it stands in the guide, and
the decision at this level (only the outcomes the level allows). The other panels — consent,
people, meetings, stafettlogg — live in :mod:`bti.web.panels`; the frame in
:mod:`bti.web.case_view`."""

from __future__ import annotations

from flask import Blueprint, g
from flask_wtf import FlaskForm
from sqlmodel import select
from wtforms import RadioField, StringField, TextAreaField

from bti.i18n import lazy_gettext as _l
from bti.models import Decision
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.services import cases, consents, deadlines
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case_view import CaseContext, panel

bp = Blueprint("case", __name__)


class DecisionForm(FlaskForm):
    outcome = RadioField(_l("Decision"), choices=[])
    rationale = TextAreaField(_l("Reason for the decision"))
    recipient = StringField(_l("Who at barnevern received the report (when reporting)"))


def _with_outcomes(form: DecisionForm, level) -> DecisionForm:
    form.outcome.choices = [(o.code, str(o.label)) for o in level.outcomes]
    return form


@bp.get("/sak/<case_id>")
@staff_required
def show(case_id: str):
    return case_view.render(case_id)


@bp.post("/sak/<case_id>/beslutning")
@staff_required
def decide(case_id: str):
    form = _with_outcomes(case_view.posted(DecisionForm, "decision"), case_view.case_level(case_id))

    def do(session, actor, case):
        cases.decide(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            outcome=form.outcome.data or "",
            rationale=form.rationale.data or "",
            recipient=form.recipient.data or "",
        )

    return case_view.act(
        case_id,
        "decision",
        form,
        action="case.decide",
        do=do,
        done=_l("The decision is saved."),
        anchor="decision",
    )


@panel("about", title=_l("About the case"), template="case/_about.html", order=0)
def _about(ctx: CaseContext) -> dict:
    return {
        "voice_required": voice_required(ctx.age),
        "great_weight": voice_carries_great_weight(ctx.age),
        "guardians_excluded": cases.guardians_excluded(ctx.case),
        "level": g.municipality.level(ctx.case.level),
        "valid_consents": consents.valid_consents(ctx.session, case_id=ctx.case.id, on=ctx.today),
    }


@panel("decision", title=_l("Decision at this level"), template="case/_decision.html", order=10)
def _decision(ctx: CaseContext) -> dict:
    form = ctx.form("decision", DecisionForm)
    _with_outcomes(form, g.municipality.level(ctx.case.level))
    decisions = ctx.session.exec(
        select(Decision).where(Decision.case_id == ctx.case.id).order_by(Decision.decided_at)
    ).all()
    return {"form": form, "decisions": decisions}


@panel("deadlines", title=_l("Deadlines"), template="case/_deadlines.html", order=90)
def _deadlines(ctx: CaseContext) -> dict:
    return {"deadlines": deadlines.open_for_case(ctx.session, ctx.case.id)}
