"""Whom a caseworker may choose to bring into a case: never the whole staff of the
municipality (thousands at national scale), but a bounded list from the database.

* :func:`search` — the colleagues whose name (or whose unit's name) has a word starting
  with each word typed, at most :data:`LIMIT`, by name;
* :func:`of_unit` — the staff of the case's own unit, offered without a search when they are
  at most :data:`UNIT_LIMIT`;
* :func:`chosen` — the one the user chose, shown again beside the message when adding them
  failed.

One choice per person and unit (someone who works in two units is offered for each), active
staff only, those already taking part left out. The add action
(:func:`bti.services.participants.add`) checks the chosen person and unit again, and the
consent, whatever the list offered. Reading the list is part of reading the case page: it
adds no audit event of its own.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import Session, select

from bti import labels
from bti.models import Membership, StaffUser, Unit
from bti.services import name_search

#: The most colleagues a search shows; type more of the name to narrow it.
LIMIT = 20
#: The case's own unit is listed without a search up to this many staff.
UNIT_LIMIT = 25


@dataclass(frozen=True)
class StaffChoice:
    value: str  # "<user id>:<unit id>"
    name: str
    unit: str  # "Nordby skole (school)"


@dataclass(frozen=True)
class StaffFound:
    choices: list[StaffChoice]  # by name, then unit
    more: bool  # more matched than are shown


def _choices(session: Session, *conditions, exclude: Collection[int], limit: int) -> StaffFound:
    """Active staff with a membership matching ``conditions``, one row per person and unit,
    ``limit`` of them (one more is read to tell whether there are more)."""
    query = (
        select(StaffUser.id, StaffUser.display_name, Unit.id, Unit.name, Unit.kind)
        .join(Membership, Membership.user_id == StaffUser.id)
        .join(Unit, Unit.id == Membership.unit_id)
        .where(StaffUser.active, *conditions)
        .distinct()
        .order_by(StaffUser.display_name, Unit.name, StaffUser.id, Unit.id)
        .limit(limit + 1)
    )
    if exclude:
        query = query.where(StaffUser.id.not_in(sorted(exclude)))
    rows = session.exec(query).all()
    choices = [
        StaffChoice(f"{user_id}:{unit_id}", name, labels.unit_label(unit, kind))
        for user_id, name, unit_id, unit, kind in rows[:limit]
    ]
    return StaffFound(choices, more=len(rows) > limit)


def search(
    session: Session, *, text: str, exclude: Collection[int] = (), limit: int = LIMIT
) -> StaffFound:
    """The colleagues in the session's municipality matching ``text``: each word typed
    starts a word of their name or of their unit's name («hege», «kari nord», «helsestasjon»).
    Nothing when nothing was typed."""
    conditions = name_search.every_word_starts((StaffUser.display_name, Unit.name), text)
    if not conditions:
        return StaffFound([], more=False)
    return _choices(session, *conditions, exclude=exclude, limit=limit)


def of_unit(
    session: Session, *, unit_id: int | None, exclude: Collection[int] = (), limit: int = UNIT_LIMIT
) -> StaffFound:
    """The staff of ``unit_id``, when there are at most ``limit`` (else none, and ``more``:
    the user searches instead)."""
    if unit_id is None:
        return StaffFound([], more=False)
    found = _choices(session, Unit.id == unit_id, exclude=exclude, limit=limit)
    return StaffFound([], more=True) if found.more else found


def chosen(session: Session, *, user_id: int, unit_id: int) -> list[StaffChoice]:
    """The choice of ``user_id`` in ``unit_id`` (empty when they do not work there)."""
    return _choices(
        session, StaffUser.id == user_id, Unit.id == unit_id, exclude=(), limit=1
    ).choices
