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

from flask import g
from flask_babel import format_datetime
from flask_wtf import FlaskForm
from sqlmodel import select
from wtforms import BooleanField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice

from bti.i18n import lazy_gettext as _l
from bti.models import ActionPlanItem, EntryKind, Meeting, Unit
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.services import stafettlogg
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel
from bti.web.fields import LocalDateField

ANCHOR = "stafettlogg"
OPEN, ENTRY, MEASURE = "log-open", "log-entry", "plan-measure"
YES, NO = "ja", "nei"

# What the user reads for each kind of entry.
KINDS = {
    EntryKind.NOTE: _l("Log note"),
    EntryKind.GOAL: _l("Goal"),
    EntryKind.ACTIVITY: _l("Activity"),
    EntryKind.EVALUATION: _l("Evaluation"),
    EntryKind.DECISION: _l("Decision"),
}
GOAL_REACHED = {True: _l("Yes"), False: _l("No, or only partly")}
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
    responsible_text = StringField(_l("Or someone else, in words"))
    follow_up_on = LocalDateField(_l("Follow-up date"))


class EvaluationForm(FlaskForm):
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
    return int(value) if value.isdigit() else 0


# ---------------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/stafettlogg")
@staff_required
def open_stafettlogg(case_id: str):
    form = case_view.posted(OpenForm, OPEN)

    def do(session, actor, case):
        stafettlogg.open_stafettlogg(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            holder_id=_id_or_none(form.holder.data),
        )

    return case_view.act(
        case_id,
        OPEN,
        form,
        action="stafettlogg.open",
        do=do,
        done=_l("The stafettlogg is open."),
        anchor=ANCHOR,
        fields={"holder_id": "holder"},
    )


@bp.post("/sak/<case_id>/stafettlogg/innforing")
@staff_required
def add_entry(case_id: str):
    form = case_view.posted(EntryForm, ENTRY)

    def do(session, actor, case):
        stafettlogg.add_entry(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            kind=form.kind.data or "",
            text=form.text.data or "",
            meeting_id=_id_or_none(form.meeting.data),
            health_internal=bool(form.health_internal.data),
            child_voice=form.child_voice.data or "",
            child_voice_missing_reason=form.child_voice_missing_reason.data or "",
        )

    return case_view.act(
        case_id,
        ENTRY,
        form,
        action="stafettlogg.add_entry",
        do=do,
        done=_l("The entry is written in the stafettlogg."),
        anchor=ANCHOR,
        fields=ENTRY_FIELDS,
    )


@bp.post("/sak/<case_id>/handlingsplan")
@staff_required
def add_measure(case_id: str):
    form = case_view.posted(MeasureForm, MEASURE)

    def do(session, actor, case):
        stafettlogg.add_measure(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            goal=form.goal.data or "",
            measure=form.measure.data or "",
            follow_up_on=form.follow_up_on.data,
            responsible_id=_id_or_none(form.responsible.data),
            responsible_text=form.responsible_text.data or "",
        )

    return case_view.act(
        case_id,
        MEASURE,
        form,
        action="stafettlogg.add_measure",
        do=do,
        done=_l("The measure is added to the action plan."),
        anchor=ANCHOR,
        fields=MEASURE_FIELDS,
    )


@bp.post("/sak/<case_id>/handlingsplan/<int:item_id>/evaluering")
@staff_required
def evaluate_measure(case_id: str, item_id: int):
    key = evaluation_key(item_id)
    form = case_view.posted(EvaluationForm, key)

    def do(session, actor, case):
        stafettlogg.evaluate_measure(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            item_id=item_id,
            evaluation=form.evaluation.data or "",
            goal_reached={YES: True, NO: False}.get(form.goal_reached.data),
            new_goal=form.new_goal.data or "",
            child_voice=form.child_voice.data or "",
            child_voice_missing_reason=form.child_voice_missing_reason.data or "",
        )

    return case_view.act(
        case_id,
        key,
        form,
        action="stafettlogg.evaluate",
        do=do,
        done=_l("The evaluation is saved."),
        anchor=ANCHOR,
    )


# ---------------------------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------------------------


@panel(
    "stafettlogg",
    title=_l("Stafettlogg and action plan"),
    template="case/_stafettlogg.html",
    order=50,
)
def _stafettlogg(ctx: CaseContext) -> dict:
    opened = stafettlogg.is_open(ctx.case)
    open_form = ctx.form(OPEN, OpenForm, holder=str(ctx.actor.user_id))
    data = {
        "opened": opened,
        "open_form": open_form,
        "holder": ctx.name(ctx.case.stafettholder_id),
        "voice_required": voice_required(ctx.age),
        "great_weight": voice_carries_great_weight(ctx.age),
        # The guide's duties, shown to the one who holds them.
        "duties": g.municipality.stafettholder_duties if opened and ctx.is_holder else (),
    }
    if not opened:
        level = g.municipality.level(ctx.case.level)
        if not level.stafettlogg:
            # The guide keeps the work at this level in the service's own plan.
            data.update(
                not_here=True,
                may_open=False,
                plan=g.municipality.fillable_form(level.plan_form) if level.plan_form else None,
            )
            return data
        open_form.holder.choices = _holder_choices(ctx)
        data["may_open"] = ctx.is_open and bool(open_form.holder.choices)
        return data

    may_write = ctx.is_open  # everyone who may see the case may write while it is open
    items = stafettlogg.action_plan(
        ctx.session, municipality=g.municipality, by=ctx.actor, case_id=ctx.case.id
    )
    entries = stafettlogg.timeline(
        ctx.session, municipality=g.municipality, by=ctx.actor, case_id=ctx.case.id
    )
    data.update(
        may_write=may_write,
        measures=items,
        overdue={item.id for item in items if _overdue(item, ctx)},
        entries=entries,
        great_weight_entries={
            entry.id
            for entry in entries
            if stafettlogg.voice_has_great_weight(
                ctx.session, municipality=g.municipality, entry=entry
            )
        },
        kinds=KINDS,
        goal_reached=GOAL_REACHED,
    )
    if may_write:
        participants = [(str(p.user_id), ctx.name(p.user_id)) for p in ctx.people]
        takes_part = any(p.user_id == ctx.actor.user_id for p in ctx.people)
        mine = str(ctx.actor.user_id) if takes_part else ""
        measure_form = ctx.form(MEASURE, MeasureForm, responsible=mine)
        measure_form.responsible.choices = [("", _l("Someone else (write below)")), *participants]
        entry_form = ctx.form(ENTRY, EntryForm)
        entry_form.meeting.choices = [("", _l("No meeting")), *_meeting_choices(ctx)]
        data.update(
            measure_form=measure_form,
            entry_form=entry_form,
            evaluation_forms={
                item.id: ctx.form(evaluation_key(item.id), EvaluationForm) for item in items
            },
        )
    return data


def _holder_choices(ctx: CaseContext) -> list[tuple[str, str]]:
    """The people the service accepts as stafettholder for this user: active participants
    from one of the user's own units. The user first."""
    own = [p for p in ctx.people if p.unit_id in ctx.actor.unit_ids]
    own.sort(key=lambda p: (p.user_id != ctx.actor.user_id, ctx.name(p.user_id)))
    choices, seen = [], set()
    for person in own:
        if person.user_id in seen:
            continue
        seen.add(person.user_id)
        unit = ctx.session.get(Unit, person.unit_id) if person.unit_id else None
        label = ctx.name(person.user_id) + (f" ({unit.name})" if unit else "")
        choices.append((str(person.user_id), label))
    return choices


def _meeting_choices(ctx: CaseContext) -> list[tuple[str, str]]:
    meetings = ctx.session.exec(
        select(Meeting).where(Meeting.case_id == ctx.case.id).order_by(Meeting.starts_at)
    ).all()
    return [
        (
            str(m.id),
            f"{g.municipality.meeting_kind_label(m.kind)}, {format_datetime(m.starts_at, 'short')}",
        )
        for m in meetings
    ]


def _overdue(item: ActionPlanItem, ctx: CaseContext) -> bool:
    """The follow-up date has passed and the measure has not been evaluated."""
    return bool(item.follow_up_on and item.follow_up_on < ctx.today and item.evaluated_at is None)
