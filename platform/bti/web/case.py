"""The case page (``/<slug>/sak/<id>``) and its frame panels: who it is about, where it
stands in the guide, whom to call if it turns acute, the decision at this level (only the
outcomes the level allows; an outcome that brings in services names them) and the
deadlines. The other panels — consent, people, meetings, stafettlogg, forms — live in
:mod:`bti.web.panels`; the frame in :mod:`bti.web.case_view`; what every panel shows in
:mod:`bti.services.case_page`."""

from __future__ import annotations

from flask import Blueprint, g
from wtforms import BooleanField, RadioField, StringField, TextAreaField
from wtforms.validators import InputRequired

from bti.case_panels import CasePanel, PanelForms
from bti.guide_text import outcome_title
from bti.i18n import lazy_gettext as _l
from bti.services.case_page import about, actions, summary
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case_view import Done, Failed, perform, posted, respond, tell
from bti.web.fields import CheckboxesField, LocalDateTimeField, an_id
from bti.web.forms import FlaskForm, limit, options

bp = Blueprint("case", __name__)  # the page itself
decision_bp = Blueprint("decision", __name__)
about_bp = Blueprint("about", __name__)


class DecisionForm(FlaskForm):
    outcome = RadioField(
        _l("Decision"),
        choices=[],
        validators=[InputRequired(message=_l("Choose the decision."))],
    )
    services = CheckboxesField(_l("Services to bring in"), choices=[])
    rationale = TextAreaField(_l("Reason for the decision"))
    recipient = StringField(
        _l("Who at barnevern received the report (when reporting)"), [limit(160)]
    )
    police_notified = BooleanField(_l("The police were notified too"))
    guardians_may_know = BooleanField(
        _l(
            "The guardians may know of the report (no suspicion of violence, abuse or "
            "serious neglect)"
        )
    )
    next_meeting_at = LocalDateTimeField(_l("Next meeting: date and time"))
    next_meeting_place = StringField(_l("Next meeting: place"))
    took_part = CheckboxesField(
        _l("Who took part in the decision"), coerce=an_id, choices=[], validate_choice=False
    )
    child_took_part = RadioField(
        _l("The child or youth took part in the decision"),
        choices=options([("ja", _l("Yes")), ("nei", _l("No"))]),
        validate_choice=False,
    )
    guardians_took_part = RadioField(
        _l("The guardians took part in the decision"),
        choices=options([("ja", _l("Yes")), ("nei", _l("No"))]),
        validate_choice=False,
    )


class InvolveForm(FlaskForm):
    pass


def _with_outcomes(form: DecisionForm, level) -> DecisionForm:
    form.outcome.choices = options((o.code, outcome_title(o)) for o in level.outcomes)
    form.services.choices = options(
        about.service_choices(level) if about.names_services(level) else []
    )
    return form


def _yes_no(answer: str | None) -> bool | None:
    return {"ja": True, "nei": False}.get(answer or "")


def _with_any_outcome(form: DecisionForm) -> DecisionForm:
    """The posted form, accepting what any of the municipality's levels offers: the service
    checks the choice against the case's own level (reading the case here would be a second,
    unaudited load)."""
    levels = g.municipality.levels
    outcomes = {o.code: outcome_title(o) for level in levels for o in level.outcomes}
    services = {
        code: label for level in levels if about.names_services(level)
        for code, label in about.service_choices(level)
    }  # fmt: skip
    form.outcome.choices = options(outcomes.items())
    form.services.choices = options(services.items())
    return form


@bp.get("/sak/<case_id>")
@staff_required
def show(case_id: str):
    return case_view.render(case_id)


@decision_bp.post("/sak/<case_id>/beslutning")
@staff_required
def decide(case_id: str):
    form = _with_any_outcome(posted(DecisionForm, "decision"))
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            actions.decide,
            case_id=case_id,
            outcome=form.outcome.data or "",
            rationale=form.rationale.data or "",
            recipient=form.recipient.data or "",
            services=form.services.data or [],
            police_notified=bool(form.police_notified.data),
            guardians_may_know=bool(form.guardians_may_know.data),
            next_meeting_at=form.next_meeting_at.data,
            next_meeting_place=form.next_meeting_place.data or "",
            took_part=form.took_part.data or [],
            child_took_part=_yes_no(form.child_took_part.data),
            guardians_took_part=_yes_no(form.guardians_took_part.data),
        )
    response = respond(
        outcome,
        case_id=case_id,
        key="decision",
        form=form,
        done=_l("The decision is saved."),
        anchor="decision",
    )
    if isinstance(outcome, Done) and outcome.result.note:
        tell(outcome.result.note, "decision", "info")
    if isinstance(outcome, Done) and outcome.result.warning:
        tell(outcome.result.warning, "decision", "warning")
    return response


@about_bp.post("/sak/<case_id>/foresatte-involveres")
@staff_required
def involve_guardians(case_id: str):
    form = posted(InvolveForm, "involve")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(actions.involve_guardians_again, case_id=case_id)
    return respond(
        outcome,
        case_id=case_id,
        key="involve",
        form=form,
        done=_l("The guardians can be involved in the case again."),
        anchor="about",
    )


def _about_forms(data: about.AboutPanel, build: PanelForms) -> dict:
    return {"involve": build.form("involve", InvolveForm)}


def _decision_forms(data: about.DecisionPanel, build: PanelForms) -> dict:
    form = _with_outcomes(build.form("decision", DecisionForm), data.level)
    form.took_part.choices = options(data.together)
    if not form.took_part.data and not form.is_submitted():
        form.took_part.data = [user_id for user_id, _name in data.together]
    return {"decision": form}


SUMMARY = CasePanel(
    name="summary",
    title=_l("The case in short"),
    template="case/_summary.html",
    order=0,
    read=summary.read,
)
ABOUT = CasePanel(
    name="about",
    title=_l("The guide at this level"),
    template="case/_about.html",
    order=80,
    folded=True,
    read=about.read_about,
    forms=_about_forms,
    blueprint=about_bp,
)
ACUTE = CasePanel(
    name="acute",
    title=_l("Is the situation acute?"),
    template="case/_acute.html",
    order=85,
    folded=True,
    read=about.read_acute,
)
DECISION = CasePanel(
    name="decision",
    title=_l("Decision at this level"),
    template="case/_decision.html",
    order=60,
    read=about.read_decision,
    forms=_decision_forms,
    blueprint=decision_bp,
)
DEADLINES = CasePanel(
    name="deadlines",
    title=_l("Deadlines"),
    template="case/_deadlines.html",
    order=75,
    folded=True,
    read=about.read_deadlines,
)
