"""The stafettlogg panel's read model. Before the stafettlogg is open: whether the viewer
may open it, and whom they may name stafettholder — or, at a level where the guide keeps the
work in the service's own plan (``Level.stafettlogg``), that plan. Once it is open: the
action plan, the entries the viewer may see (:func:`bti.services.stafettlogg.visible_entries`)
and the meetings an entry can be the minutes of."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bti.case_panels import CaseRead
from bti.guide_text import outcome_title
from bti.i18n import lazy_gettext as _l
from bti.models import ActionPlanItem, EntryKind, StafettloggEntry
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.services import stafettlogg

# What the user reads for each kind of entry.
KINDS = {
    EntryKind.NOTE: _l("Log note"),
    EntryKind.GOAL: _l("Goal"),
    EntryKind.ACTIVITY: _l("Activity"),
    EntryKind.EVALUATION: _l("Evaluation"),
    EntryKind.DECISION: _l("Decision"),
}
GOAL_REACHED = {True: _l("Yes"), False: _l("No, or only partly")}


@dataclass(frozen=True)
class StafettloggPanel:
    opened: bool
    holder: str
    voice_required: bool
    great_weight: bool
    duties: tuple  # the guide's duties, shown to the one who holds them
    not_here: bool = False  # the guide keeps the work at this level in the service's plan
    plan: Any = None  # that plan's form variant
    opened_by: str = ""  # the decision at this level that opens it (Outcome.opens_stafettlogg)
    may_open: bool = False
    holders: list[tuple[str, str]] = field(default_factory=list)  # whom the opener may name
    may_write: bool = False
    measures: list[ActionPlanItem] = field(default_factory=list)
    overdue: set[int] = field(default_factory=set)
    entries: list[StafettloggEntry] = field(default_factory=list)
    great_weight_entries: set[int] = field(default_factory=set)
    people: list[tuple[str, str]] = field(default_factory=list)  # who may be responsible
    mine: str = ""  # the viewer, when they take part: the default responsible
    meetings: list[tuple[str, str]] = field(default_factory=list)
    kinds: dict = field(default_factory=lambda: KINDS)
    goal_reached: dict = field(default_factory=lambda: GOAL_REACHED)


def read(ctx: CaseRead) -> StafettloggPanel:
    opened = stafettlogg.is_open(ctx.case)
    common = dict(
        opened=opened,
        holder=ctx.name(ctx.case.stafettholder_id),
        voice_required=voice_required(ctx.age),
        great_weight=voice_carries_great_weight(ctx.age),
        duties=ctx.municipality.stafettholder_duties if opened and ctx.is_holder else (),
    )
    if not opened:
        level = ctx.municipality.level(ctx.case.level)
        if not level.stafettlogg:
            plan = ctx.municipality.fillable_form(level.plan_form) if level.plan_form else None
            opener = next((o for o in level.outcomes if o.opens_stafettlogg), None)
            return StafettloggPanel(
                **common,
                not_here=True,
                plan=plan,
                opened_by=outcome_title(opener) if opener else "",
            )
        holders = _holders(ctx)
        return StafettloggPanel(**common, may_open=ctx.is_open and bool(holders), holders=holders)

    items = stafettlogg.plan_items(ctx.session, case=ctx.case)
    entries = stafettlogg.visible_entries(
        ctx.session, municipality=ctx.municipality, by=ctx.actor, case=ctx.case
    )
    for item in items:
        ctx.name(item.responsible_id)
    for entry in entries:
        ctx.name(entry.author_id)
    may_write = ctx.is_open  # everyone who may see the case may write while it is open
    return StafettloggPanel(
        **common,
        may_write=may_write,
        measures=items,
        overdue={item.id for item in items if _overdue(item, ctx)},
        entries=entries,
        great_weight_entries={
            entry.id
            for entry in entries
            if stafettlogg.voice_has_great_weight(
                ctx.session, municipality=ctx.municipality, entry=entry
            )
        },
        people=[(str(p.user_id), ctx.name(p.user_id)) for p in ctx.people] if may_write else [],
        mine=str(ctx.actor.user_id) if ctx.takes_part else "",
        meetings=_meetings(ctx) if may_write else [],
    )


def _holders(ctx: CaseRead) -> list[tuple[str, str]]:
    """The people the service accepts as stafettholder for this user: active participants
    from one of the user's own units. The user first."""
    own = [p for p in ctx.people if p.unit_id in ctx.actor.unit_ids]
    own.sort(key=lambda p: (p.user_id != ctx.actor.user_id, ctx.name(p.user_id)))
    choices, seen = [], set()
    for person in own:
        if person.user_id in seen:
            continue
        seen.add(person.user_id)
        unit = ctx.unit(person.unit_id)
        label = ctx.name(person.user_id) + (f" ({unit.name})" if unit else "")
        choices.append((str(person.user_id), label))
    return choices


def _meetings(ctx: CaseRead) -> list[tuple[str, str]]:
    from bti.web.formatting import datetimeformat  # in the reader's language

    label = ctx.municipality.meeting_kind_label
    return [
        (str(m.id), f"{label(m.kind)}, {datetimeformat(m.starts_at, 'short')}")
        for m in ctx.meetings
    ]


def _overdue(item: ActionPlanItem, ctx: CaseRead) -> bool:
    """The follow-up date has passed and the measure has not been evaluated."""
    return bool(item.follow_up_on and item.follow_up_on < ctx.today and item.evaluated_at is None)
