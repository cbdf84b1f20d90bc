"""Steps for «Min enhet»: a leader's overview of the open cases in the units she leads, and
leader reads in the audit trail (features/core/min_enhet.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_unit``).
"""

from __future__ import annotations

import re

from pytest_bdd import parsers, then, when
from sqlmodel import select

from bti import clock
from bti.errors import NotFound
from bti.models import AuditEvent
from bti.services.access import VIA_LEADER
from bti.services.unit_overview import UnitCase, my_unit
from tests.support.world import World


def _rows(world: World) -> list[UnitCase]:
    assert world.error is None, world.error
    return list(world.result.items)


def _row(world: World, barn: str) -> UnitCase:
    found = [item for item in _rows(world) if item.child.split()[0] == barn]
    assert len(found) == 1, f"saken om {barn} står ikke i oversikten"
    return found[0]


def _reads(world: World, navn: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(AuditEvent).where(
                    AuditEvent.action == "case.read",
                    AuditEvent.actor_id == world.staff[navn],
                    AuditEvent.case_ref == world.case_id,
                )
            )
        )


@when(parsers.parse("{navn} ser oversikten over enheten sin"))
def _(world: World, navn: str) -> None:
    world.act(navn, my_unit, now=clock.now())


@then(parsers.parse("står saken om {barn} i oversikten"))
def _(world: World, barn: str) -> None:
    _row(world, barn)


@then(parsers.parse("står ikke saken om {barn} i oversikten"))
def _(world: World, barn: str) -> None:
    assert all(item.child.split()[0] != barn for item in _rows(world))


@then(parsers.parse("står sakene i rekkefølgen {barna}"))
def _(world: World, barna: str) -> None:
    assert [item.child.split()[0] for item in _rows(world)] == re.split(r",\s*", barna)


@then(parsers.parse("er fristen i saken om {barn} merket som overskredet"))
def _(world: World, barn: str) -> None:
    assert _row(world, barn).overdue


@then(parsers.parse("er fristen i saken om {barn} ikke overskredet"))
def _(world: World, barn: str) -> None:
    row = _row(world, barn)
    assert row.deadline_due is not None and not row.overdue


@then("er oversikten logget uten navn")
def _(world: World) -> None:
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "unit.list")).all()
    assert [e.detail for e in events] == [f"count={len(_rows(world))}"]


@then(parsers.parse("står det i loggen at {navn} leste saken som leder"))
def _(world: World, navn: str) -> None:
    reads = _reads(world, navn)
    assert reads and reads[-1].detail == VIA_LEADER


@then(parsers.parse("står det ikke i loggen at {navn} leste saken som leder"))
def _(world: World, navn: str) -> None:
    reads = _reads(world, navn)
    assert reads and all(e.detail != VIA_LEADER for e in reads)


@then(parsers.parse("har {navn} ingen oversikt over en enhet"))
def _(world: World, navn: str) -> None:
    assert isinstance(world.error, NotFound)
