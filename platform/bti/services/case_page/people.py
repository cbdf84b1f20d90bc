"""The people panel's read model: who takes part, the stafettholder and a pending offer of
the baton, and whom the viewer may bring in or offer the baton to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bti import labels
from bti.case_panels import CaseRead
from bti.models import HandOver, Unit
from bti.services import brought_in, name_search, staff_search
from bti.services.staff_search import StaffChoice


@dataclass(frozen=True)
class Row:
    user_id: int
    name: str
    unit: str  # "Nordby skole (school)"
    since: datetime
    is_holder: bool
    opened_case: bool


@dataclass(frozen=True)
class PeoplePanel:
    rows: list[Row]
    advice: object | None
    opened_by: str
    holder: str
    has_holder: bool
    pending: HandOver | None
    pending_to: str
    pending_from: str
    staff: list[StaffChoice]  # whom the viewer may bring in: found, or the case's unit
    search: str  # what the viewer searched for ("" when they did not)
    more: bool  # more matched (or work in the case's unit) than are listed
    may_add: bool
    takes_part: bool
    others: list[Row]  # whom the holder may offer the baton to
    may_offer: bool
    to_answer: HandOver | None
    to_withdraw: HandOver | None
    # Services the case's forms bring in that nobody taking part provides yet.
    missing: list[brought_in.Missing]
    prompt_holder: bool  # the viewer is the stafettholder: prompt them to bring them in


def unit_label(unit: Unit | None) -> str:
    if unit is None:
        return ""
    return labels.unit_label(unit.name, unit.kind)


#: The posted field of the people panel's search for a colleague (never read from the query
#: string: a name does not belong in an address).
SEARCH = "people-find-text"


#: The form field of the person chosen (``"<user id>:<unit id>"``), when adding them failed.
CHOSEN = "people-add-person"


def _an_id(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 9


def _staff(ctx: CaseRead, exclude: set[int]) -> tuple[str, staff_search.StaffFound]:
    """Whom the viewer may choose to bring in: the colleagues matching their search, or
    without one the staff of the case's own unit when they are few. Never everyone. The
    person chosen in a form that failed stays in the choice."""
    text = name_search.cleaned(ctx.asked.get(SEARCH))
    if text:
        found = staff_search.search(ctx.session, text=text, exclude=exclude)
    else:
        found = staff_search.of_unit(ctx.session, unit_id=ctx.case.unit_id, exclude=exclude)
    user, _, unit = ctx.asked.get(CHOSEN, "").partition(":")
    value = f"{user}:{unit}"
    if _an_id(user) and _an_id(unit) and all(c.value != value for c in found.choices):
        again = staff_search.chosen(ctx.session, user_id=int(user), unit_id=int(unit))
        found = staff_search.StaffFound(again + found.choices, found.more)
    return text, found


def _missing(ctx: CaseRead, present) -> list[brought_in.Missing]:
    """The services the case's forms bring in that none of the ``present`` kinds provides
    (:func:`bti.services.brought_in.still_missing`); the forms are read only where one of
    the municipality's brings a service in."""
    if not any(v.brings_in for v in ctx.municipality.fillable_forms):
        return []
    return brought_in.not_provided(brought_in.required_by(ctx.municipality, ctx.documents), present)


def read(ctx: CaseRead) -> PeoplePanel:
    case, me = ctx.case, ctx.actor.user_id
    units = {p.unit_id: ctx.unit(p.unit_id) for p in ctx.people if p.unit_id}
    rows = [
        Row(
            user_id=p.user_id,
            name=ctx.name(p.user_id),
            unit=unit_label(units.get(p.unit_id)),
            since=p.joined_at,
            is_holder=p.user_id == case.stafettholder_id,
            opened_case=p.user_id == case.opened_by_id,
        )
        for p in ctx.people
    ]
    taking_part = {p.user_id for p in ctx.people}
    pending = ctx.pending_handover
    search, found = _staff(ctx, taking_part)
    others = [r for r in rows if r.user_id != me]
    kinds = {p.user_id: units[p.unit_id].kind for p in ctx.people if units.get(p.unit_id)}
    advice = (
        ctx.municipality.coordinator_advice(
            level=case.level,
            holder_service=kinds.get(case.stafettholder_id),
            services=frozenset(str(kind) for kind in kinds.values()),
        )
        if ctx.is_open
        else None
    )
    missing = _missing(ctx, kinds.values()) if ctx.is_open else []
    return PeoplePanel(
        rows=rows,
        advice=advice,
        opened_by=ctx.name(case.opened_by_id),
        holder=ctx.name(case.stafettholder_id),
        has_holder=case.stafettholder_id is not None,
        pending=pending,
        pending_to=ctx.name(pending.to_user_id) if pending else "",
        pending_from=ctx.name(pending.from_user_id) if pending else "",
        staff=found.choices,
        search=search,
        more=found.more,
        may_add=ctx.is_open,
        takes_part=me in taking_part,
        others=others,
        may_offer=ctx.is_open and ctx.is_holder and pending is None and bool(others),
        to_answer=pending if pending and pending.to_user_id == me and ctx.is_open else None,
        to_withdraw=pending if pending and pending.from_user_id == me else None,
        missing=missing,
        prompt_holder=ctx.is_open and ctx.is_holder and bool(missing),
    )
