"""The people panel's read model: who takes part, the stafettholder and a pending offer of
the baton, and whom the viewer may bring in or offer the baton to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bti import labels
from bti.case_panels import CaseRead
from bti.models import HandOver, Membership, StaffUser, Unit
from bti.services import brought_in


@dataclass(frozen=True)
class Row:
    user_id: int
    name: str
    unit: str  # "Nordby skole (school)"
    since: datetime
    is_holder: bool
    opened_case: bool


@dataclass(frozen=True)
class StaffChoice:
    value: str  # "<user id>:<unit id>"
    name: str
    unit: str


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
    staff: list[StaffChoice]  # whom the viewer may bring in
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


def _staff(session: Session, *, exclude: set[int]) -> list[StaffChoice]:
    """The municipality's active staff, grouped by unit, one choice per person and unit."""
    rows = session.exec(
        select(Unit, StaffUser)
        .join(Membership, Membership.unit_id == Unit.id)
        .join(StaffUser, StaffUser.id == Membership.user_id)
        .where(StaffUser.active)
        .order_by(Unit.name, StaffUser.display_name, StaffUser.id)
    ).all()
    choices = []
    seen: set[tuple[int, int]] = set()
    for unit, user in rows:
        if user.id in exclude or (user.id, unit.id) in seen:
            continue  # one option per person and unit, whatever their roles there
        seen.add((user.id, unit.id))
        choices.append(StaffChoice(f"{user.id}:{unit.id}", user.display_name, unit_label(unit)))
    return _namesakes_with_their_unit(choices)


def _namesakes_with_their_unit(choices: list[StaffChoice]) -> list[StaffChoice]:
    """Two people of the same name (or one person in two units) read apart: their option
    says the unit too, beside the group's label that the closed list does not show."""
    count: dict[str, int] = {}
    for choice in choices:
        count[choice.name] = count.get(choice.name, 0) + 1
    return [
        StaffChoice(choice.value, f"{choice.name} – {choice.unit}", choice.unit)
        if count[choice.name] > 1
        else choice
        for choice in choices
    ]


def _missing(ctx: CaseRead, present) -> list[brought_in.Missing]:
    """The services the case's forms bring in that none of the ``present`` kinds provides
    (:func:`bti.services.brought_in.still_missing`); the forms are read only where one of
    the municipality's brings a service in."""
    if not any(v.brings_in for v in ctx.municipality.fillable_forms):
        return []
    return brought_in.not_provided(brought_in.required_by(ctx.municipality, ctx.documents), present)


def read(ctx: CaseRead) -> PeoplePanel:
    session, case, me = ctx.session, ctx.case, ctx.actor.user_id
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
    staff = _staff(session, exclude=taking_part)
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
        staff=staff,
        may_add=ctx.is_open and bool(staff),
        takes_part=me in taking_part,
        others=others,
        may_offer=ctx.is_open and ctx.is_holder and pending is None and bool(others),
        to_answer=pending if pending and pending.to_user_id == me and ctx.is_open else None,
        to_withdraw=pending if pending and pending.from_user_id == me else None,
        missing=missing,
        prompt_holder=ctx.is_open and ctx.is_holder and bool(missing),
    )
