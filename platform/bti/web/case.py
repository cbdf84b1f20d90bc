"""The case page (``/<slug>/sak/<id>``): who it is about, where it stands in the guide, whom
to call if it turns acute, and the decision at this level (only the outcomes the level
allows; an outcome that brings in services names them). The other panels — consent,
people, meetings, stafettlogg, forms — live in :mod:`bti.web.panels`; the frame in
:mod:`bti.web.case_view`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, g
from flask_wtf import FlaskForm
from sqlmodel import select
from wtforms import BooleanField, RadioField, StringField, TextAreaField

from bti import clock
from bti.guide_text import contact_name, level_facts, outcome_title
from bti.i18n import lazy_gettext as _l
from bti.labels import UNIT_KINDS, capitalised, unit_kind
from bti.models import Decision, DecisionService
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.rules.levels import find_outcome
from bti.services import barnevern_help, cases, consents, deadlines, guardians, steps
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case_view import CaseContext, panel
from bti.web.contacts import contacts_now
from bti.web.fields import CheckboxesField

bp = Blueprint("case", __name__)


class DecisionForm(FlaskForm):
    outcome = RadioField(_l("Decision"), choices=[])
    services = CheckboxesField(_l("Services to bring in"), choices=[])
    rationale = TextAreaField(_l("Reason for the decision"))
    recipient = StringField(_l("Who at barnevern received the report (when reporting)"))
    police_notified = BooleanField(_l("The police were notified too"))
    guardians_may_know = BooleanField(
        _l(
            "The guardians may know of the report (no suspicion of violence, abuse or "
            "serious neglect)"
        )
    )


class InvolveForm(FlaskForm):
    pass


def names_services(level) -> bool:
    return any(outcome.names_services for outcome in level.outcomes)


def service_choices(level) -> list[tuple[str, str]]:
    """Every service, those the guide names as examples at this level first."""
    kinds = list(dict.fromkeys([*level.service_examples, *(str(k) for k in UNIT_KINDS)]))
    return [(kind, capitalised(unit_kind(kind))) for kind in kinds]


def _with_outcomes(form: DecisionForm, level) -> DecisionForm:
    form.outcome.choices = [(o.code, outcome_title(o)) for o in level.outcomes]
    form.services.choices = service_choices(level) if names_services(level) else []
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
            services=form.services.data or [],
            police_notified=bool(form.police_notified.data),
            guardians_may_know=bool(form.guardians_may_know.data),
        )

    return case_view.act(
        case_id,
        "decision",
        form,
        action="case.decide",
        do=do,
        done=_l("The decision is saved."),
        anchor="decision",
        warning=lambda session, case: cases.service_count_warning(
            session, municipality=g.municipality, case=case
        ),
    )


@bp.post("/sak/<case_id>/foresatte-involveres")
@staff_required
def involve_guardians(case_id: str):
    form = case_view.posted(InvolveForm, "involve")

    def do(session, actor, case):
        cases.involve_guardians_again(session, by=actor, case_id=case.id)

    return case_view.act(
        case_id,
        "involve",
        form,
        action="case.involve_guardians",
        do=do,
        done=_l("The guardians can be involved in the case again."),
        anchor="about",
    )


@panel("about", title=_l("About the case"), template="case/_about.html", order=0)
def _about(ctx: CaseContext) -> dict:
    level = g.municipality.level(ctx.case.level)
    involved = cases.services_involved(ctx.session, case=ctx.case)
    return {
        "voice_required": voice_required(ctx.age),
        "great_weight": voice_carries_great_weight(ctx.age),
        "guardians_excluded": guardians.excluded(ctx.case),
        "level": level,
        "facts": level_facts(level),
        "forms": {v.kind for v in g.municipality.fillable_forms},
        "services": sorted(capitalised(unit_kind(kind)) for kind in involved),
        "warning": cases.service_count_warning(
            ctx.session, municipality=g.municipality, case=ctx.case
        )
        if ctx.is_open
        else None,
        "valid_consents": consents.valid_consents(ctx.session, case_id=ctx.case.id, on=ctx.today),
        "involve_form": ctx.form("involve", InvolveForm),
    }


@panel("acute", title=_l("Is the situation acute?"), template="case/_acute.html", order=5)
def _acute(ctx: CaseContext) -> dict:
    return {"contacts": contacts_now(acute=True)}


@dataclass(frozen=True)
class DecisionRow:
    decision: Decision
    label: str
    services: list[str]


@panel("decision", title=_l("Decision at this level"), template="case/_decision.html", order=10)
def _decision(ctx: CaseContext) -> dict:
    level = g.municipality.level(ctx.case.level)
    form = _with_outcomes(ctx.form("decision", DecisionForm), level)
    decisions = ctx.session.exec(
        select(Decision).where(Decision.case_id == ctx.case.id).order_by(Decision.decided_at)
    ).all()
    named: dict[int, list[str]] = {}
    if decisions:
        for row in ctx.session.exec(
            select(DecisionService).where(
                DecisionService.decision_id.in_([d.id for d in decisions])
            )
        ):
            named.setdefault(row.decision_id, []).append(capitalised(unit_kind(row.service)))
    rows = [DecisionRow(d, _outcome_label(d), sorted(named.get(d.id, []))) for d in decisions]
    open_steps = (
        steps.open_before_decision(ctx.session, municipality=g.municipality, case=ctx.case)
        if ctx.is_open
        else []
    )
    return {
        "form": form,
        "decisions": rows,
        "names_services": names_services(level),
        "reports": any(outcome.reports_to_barnevern for outcome in level.outcomes),
        "open_steps": open_steps,
        "next": _next_steps(ctx, decisions[-1]) if decisions and ctx.is_open else None,
    }


@dataclass(frozen=True)
class NextSteps:
    """What the latest decision asks for next: a contact, a meeting, a hand-over."""

    contact: str = ""
    contacts: tuple = ()
    meeting: str = ""
    hand_over: bool = False


def _next_steps(ctx: CaseContext, decision: Decision) -> NextSteps | None:
    outcome = _outcome(decision)
    if outcome is None or not (outcome.contact or outcome.meeting_kind or outcome.hands_over):
        return None
    return NextSteps(
        contact=contact_name(outcome.contact, g.municipality) if outcome.contact else "",
        contacts=tuple(contacts_now(kind=outcome.contact)) if outcome.contact else (),
        meeting=str(g.municipality.meeting_kind_label(outcome.meeting_kind))
        if outcome.meeting_kind
        else "",
        hand_over=outcome.hands_over and ctx.is_holder,
    )


def _outcome(decision: Decision):
    try:
        return find_outcome(g.municipality.level(decision.from_level), decision.outcome)
    except KeyError:
        return None


def _outcome_label(decision: Decision) -> str:
    """The outcome in the guide's words (with the guide's number) at the level it was
    taken; the code if the guide no longer has it."""
    if decision.outcome == barnevern_help.BARNEVERN_HELP:
        return str(
            _l("Barnevern gives help: the case moves to level %(level)s.", level=decision.to_level)
        )
    outcome = _outcome(decision)
    return outcome_title(outcome) if outcome else decision.outcome


@dataclass(frozen=True)
class DeadlineRow:
    label: str
    due_at: datetime
    remind_at: datetime | None
    overdue: bool
    remind: bool


@panel("deadlines", title=_l("Deadlines"), template="case/_deadlines.html", order=90)
def _deadlines(ctx: CaseContext) -> dict:
    now = clock.now()
    rows = [
        DeadlineRow(
            label=str(g.municipality.deadline_label(d.code)),
            due_at=d.due_at,
            remind_at=d.remind_at,
            overdue=d.due_at <= now,
            remind=d.remind_at is not None and d.remind_at <= now < d.due_at,
        )
        for d in deadlines.open_for_case(ctx.session, ctx.case.id)
    ]
    return {"deadlines": rows}
