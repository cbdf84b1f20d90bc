"""The stafettlogg and the action plan on the case page.

Before the stafettlogg is open the panel explains it and offers to open it, with a
stafettholder from the opener's own service — or, at a level where the guide keeps the work
in the service's own plan (``Level.stafettlogg``), points to that plan instead. Once it is
open: the action plan (goal, measure, responsible, follow-up, latest evaluation), a form
per measure to evaluate it, and the stafettlogg itself, oldest entry first, with a form to
write in it. The rules (who may mark an entry as internal to health, when the child's view
is required, who sees which entries) are the service's: :mod:`bti.services.stafettlogg`.
"""

from __future__ import annotations

from flask import Blueprint
from wtforms import BooleanField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.models import EntryKind
from bti.services import stafettlogg
from bti.services.case_page import stafettlogg as reading
from bti.services.case_page.stafettlogg import GOAL_REACHED, KINDS
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.fields import LocalDateField, VersionField, whole_number
from bti.web.forms import FlaskForm, limit, options

bp = Blueprint("stafettlogg", __name__)
__all__ = ["GOAL_REACHED", "KINDS", "bp"]  # the citizens' pages show the same words
ANCHOR = "stafettlogg"
OPEN, ENTRY, MEASURE = "log-open", "log-entry", "plan-measure"
YES, NO = "ja", "nei"

# The service's field names (``InvalidInput.field``) and the forms'.
CHILD_VOICE = {"child_voice": "child_voice"}
ENTRY_FIELDS = {"meeting_id": "meeting"}
MEASURE_FIELDS = {"responsible_id": "responsible"}


def evaluation_key(item_id: int) -> str:
    return f"plan-eval-{item_id}"


class OpenForm(FlaskForm):
    # The service checks the choice; the list only offers the people it would accept.
    holder = SelectField(_l("Stafettholder"), choices=[], validate_choice=False)


class EntryForm(FlaskForm):
    kind = SelectField(
        _l("What kind of entry"),
        choices=[SelectChoice(kind.value, label) for kind, label in KINDS.items()],
        default=EntryKind.NOTE.value,
        validate_choice=False,
    )
    text = TextAreaField(_l("Text"))
    meeting = SelectField(_l("Part of the minutes of"), choices=[], validate_choice=False)
    health_internal = BooleanField(_l("Only for health personnel"))
    child_voice = TextAreaField(_l("The child's own view"))
    child_voice_missing_reason = TextAreaField(_l("Why the child's view is missing"))


class MeasureForm(FlaskForm):
    goal = StringField(_l("Goal"))
    measure = TextAreaField(_l("Measure"))
    responsible = SelectField(_l("Responsible"), choices=[], validate_choice=False)
    responsible_text = StringField(_l("Or someone else, in words"), [limit(160)])
    follow_up_on = LocalDateField(_l("Follow-up date"))


class EvaluationForm(FlaskForm):
    version = VersionField()
    evaluation = TextAreaField(_l("Evaluation"))
    goal_reached = RadioField(
        _l("Was the goal reached?"),
        choices=[SelectChoice(YES, GOAL_REACHED[True]), SelectChoice(NO, GOAL_REACHED[False])],
        invalid_choice_message=_l("Say whether the goal was reached."),
    )
    new_goal = StringField(_l("New goal (optional)"))
    child_voice = TextAreaField(_l("The child's own view"))
    child_voice_missing_reason = TextAreaField(_l("Why the child's view is missing"))


def _id_or_none(value: str | None) -> int | None:
    """A chosen id; ``None`` for "none chosen"; 0 (which matches nothing, so the service
    says what is wrong) for anything that is not a number."""
    value = (value or "").strip()
    if not value:
        return None
    return whole_number(value) or 0


# ---------------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/stafettlogg")
@staff_required
def open_stafettlogg(case_id: str):
    form = posted(OpenForm, OPEN)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            stafettlogg.open_stafettlogg,
            case_id=case_id,
            holder_id=_id_or_none(form.holder.data),
        )
    return respond(
        outcome,
        case_id=case_id,
        key=OPEN,
        form=form,
        done=_l("The stafettlogg is open."),
        anchor=ANCHOR,
        fields={"holder_id": "holder"},
    )


@bp.post("/sak/<case_id>/stafettlogg/innforing")
@staff_required
def add_entry(case_id: str):
    form = posted(EntryForm, ENTRY)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            stafettlogg.add_entry,
            case_id=case_id,
            kind=form.kind.data or "",
            text=form.text.data or "",
            meeting_id=_id_or_none(form.meeting.data),
            health_internal=bool(form.health_internal.data),
            child_voice=form.child_voice.data or "",
            child_voice_missing_reason=form.child_voice_missing_reason.data or "",
        )
    return respond(
        outcome,
        case_id=case_id,
        key=ENTRY,
        form=form,
        done=_l("The entry is written in the stafettlogg."),
        anchor=ANCHOR,
        fields=ENTRY_FIELDS,
    )


@bp.post("/sak/<case_id>/handlingsplan")
@staff_required
def add_measure(case_id: str):
    form = posted(MeasureForm, MEASURE)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            stafettlogg.add_measure,
            case_id=case_id,
            goal=form.goal.data or "",
            measure=form.measure.data or "",
            follow_up_on=form.follow_up_on.data,
            responsible_id=_id_or_none(form.responsible.data),
            responsible_text=form.responsible_text.data or "",
        )
    return respond(
        outcome,
        case_id=case_id,
        key=MEASURE,
        form=form,
        done=_l("The measure is added to the action plan."),
        anchor=ANCHOR,
        fields=MEASURE_FIELDS,
    )


@bp.post("/sak/<case_id>/handlingsplan/<int:item_id>/evaluering")
@staff_required
def evaluate_measure(case_id: str, item_id: int):
    key = evaluation_key(item_id)
    form = posted(EvaluationForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            stafettlogg.evaluate_measure,
            case_id=case_id,
            item_id=item_id,
            evaluation=form.evaluation.data or "",
            goal_reached={YES: True, NO: False}.get(form.goal_reached.data),
            new_goal=form.new_goal.data or "",
            child_voice=form.child_voice.data or "",
            child_voice_missing_reason=form.child_voice_missing_reason.data or "",
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The evaluation is saved."),
        anchor=ANCHOR,
    )


# ---------------------------------------------------------------------------------------------
# The panel's forms
# ---------------------------------------------------------------------------------------------


def forms(data: reading.StafettloggPanel, build: PanelForms) -> dict:
    open_form = build.form(OPEN, OpenForm, holder=str(build.actor.user_id))
    open_form.holder.choices = options(data.holders)
    found = {"open": open_form}
    if data.may_write:
        measure = build.form(MEASURE, MeasureForm, responsible=data.mine)
        measure.responsible.choices = options(
            [("", _l("Someone else (write below)")), *data.people]
        )
        entry = build.form(ENTRY, EntryForm)
        entry.meeting.choices = options([("", _l("No meeting")), *data.meetings])
        found.update(
            measure=measure,
            entry=entry,
            evaluation={
                item.id: build.form(evaluation_key(item.id), EvaluationForm, version=item.version)
                for item in data.measures
            },
        )
    return found


PANEL = CasePanel(
    name="stafettlogg",
    title=_l("Stafettlogg and action plan"),
    template="case/_stafettlogg.html",
    order=50,
    read=reading.read,
    forms=forms,
    blueprint=bp,
)
