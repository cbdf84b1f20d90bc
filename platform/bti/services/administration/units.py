"""The municipality's units (tjenestesteder): listed page by page, created, renamed and
given another kind. A unit is not deleted here: its members and cases point to it, and a
renamed unit keeps them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Membership, Unit, UnitKind
from bti.rules.access import Actor
from bti.services.administration import access, people
from bti.services.paging import Paged


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: UnitKind
    #: How many roles its staff hold there.
    members: int


@dataclass(frozen=True)
class UnitPage(Paged):
    rows: list[UnitRow]
    total: int
    page: int
    per_page: int


def units(session: Session, *, by: Actor, page: int = 1, per_page: int = 25) -> UnitPage:
    """One page of the municipality's units by name, with how many roles each holds."""
    access.require(session, by, "admin.units")
    total = session.exec(select(func.count()).select_from(Unit)).one()
    rows = session.exec(
        select(Unit.id, Unit.name, Unit.kind, func.count(Membership.id))
        .outerjoin(Membership, Membership.unit_id == Unit.id)
        .group_by(Unit.id, Unit.name, Unit.kind)
        .order_by(Unit.name, Unit.id)
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    access.record(session, by, "admin.units", f"page={page}")
    return UnitPage(
        [UnitRow(i, name, UnitKind(kind), count) for i, name, kind, count in rows],
        total,
        page,
        per_page,
    )


def unit(session: Session, *, by: Actor, unit_id: int) -> UnitRow:
    access.require(session, by, "admin.unit")
    found = _unit(session, by, unit_id)
    members = session.exec(
        select(func.count()).select_from(Membership).where(Membership.unit_id == unit_id)
    ).one()
    access.record(session, by, "admin.unit", f"unit={unit_id}")
    return UnitRow(found.id, found.name, UnitKind(found.kind), members)


def create_unit(session: Session, *, by: Actor, name: str, kind: str) -> int:
    """A new unit of the municipality; its id.

    :raises InvalidInput: ``name`` empty or taken, ``kind`` not a kind of unit.
    """
    access.require(session, by, "admin.unit.create")
    cleaned = people.unit_name(name)
    chosen = people.unit_kind(kind)
    _name_free(session, cleaned)
    created = Unit(name=cleaned, kind=chosen)
    session.add(created)
    session.flush()
    access.record(session, by, "admin.unit.create", f"unit={created.id} kind={chosen.value}")
    return created.id


def update_unit(session: Session, *, by: Actor, unit_id: int, name: str, kind: str) -> None:
    """Rename the unit and set its kind.

    :raises InvalidInput: ``name`` empty or another unit's, ``kind`` not a kind of unit.
    """
    access.require(session, by, "admin.unit.update")
    found = _unit(session, by, unit_id)
    cleaned = people.unit_name(name)
    chosen = people.unit_kind(kind)
    if cleaned != found.name:
        _name_free(session, cleaned)
    found.name = cleaned
    found.kind = chosen
    session.add(found)
    access.record(session, by, "admin.unit.update", f"unit={unit_id} kind={chosen.value}")


def unit_choices(session: Session) -> list[tuple[int, str]]:
    """The municipality's units by name, for choosing one in a form."""
    return [(i, name) for i, name in session.exec(select(Unit.id, Unit.name).order_by(Unit.name))]


def _unit(session: Session, by: Actor, unit_id: int) -> Unit:
    found = session.get(Unit, unit_id)
    # ``get`` may find the row in the identity map: check the municipality as well.
    if found is None or found.municipality_id != session.info.get("municipality_id"):
        raise access.not_found(session, by, "admin.unit", "unit")
    return found


def _name_free(session: Session, name: str) -> None:
    if people.unit_by_name(session, name) is not None:
        raise InvalidInput("name", _l("The municipality already has a unit with this name."))
