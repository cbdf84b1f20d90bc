"""«Min enhet»: a leader's list of the open cases in the units she leads; leader reads
marked in the audit trail; the next open deadline of a case for its summary."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bti.errors import NotFound
from bti.models import AuditEvent, Deadline, utcnow
from bti.services import access, deadlines
from bti.services.unit_overview import UnitSort, my_unit
from tests.support.world import World, birth_date_for

NOW = utcnow()


@pytest.fixture
def world(make_world) -> World:
    """Vestby: Anne leads Nordby skole, where Kari teaches; Truls teaches at Sørby skole,
    and Kari has opened a case about Ola."""
    world = make_world("Vestby", "Tromsø")
    world.employee("Anne", "Nordby skole", "leder")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    add_case(world, "Kari", "Ola")
    return world


def add_case(world: World, by: str, child: str) -> str:
    world.child(child, birth_date=birth_date_for(9))
    return world.open_case(by, child)


def add_deadline(world: World, case_id: str, days: int, code: str = "oppfolgingsmote_niva_1"):
    """An open deadline on the case, running out ``days`` from now (past when negative)."""
    with world.transaction() as session:
        session.add(
            Deadline(
                case_id=case_id,
                code=code,
                due_at=NOW + timedelta(days=days),
                owner_id=world.staff["Kari"],
            )
        )


def listing(world: World, by: str = "Anne", **kwargs):
    return world.look(by, my_unit, now=NOW, **kwargs)


def children(page) -> list[str]:
    return [item.child.split()[0] for item in page.items]


def test_a_leader_sees_the_cases_of_her_unit_she_has_no_part_in(world):
    page = listing(world)
    assert children(page) == ["Ola"]
    (item,) = page.items
    assert item.unit == "Nordby skole"
    assert item.level == 0
    assert world.shown(item.level_name) == world.shown(world.kommune.level(0).name)
    assert page.units == ["Nordby skole"]


def test_not_the_cases_of_another_unit_or_another_municipality(world):
    add_case(world, "Truls", "Per")
    world.kommune_name = "Tromsø"
    world.employee("Anne", "Tromsø skole", "leder")
    world.employee("Siri", "Tromsø skole")
    add_case(world, "Siri", "Lise")
    assert children(listing(world)) == ["Lise"]
    world.kommune_name = "Vestby"
    assert children(listing(world)) == ["Ola"]


def test_someone_who_leads_no_unit_has_no_list(world):
    with pytest.raises(NotFound):
        listing(world, "Kari")


def test_the_list_is_paginated_in_the_database(world):
    for name in ("Berit", "Cato", "Dina", "Emil"):
        add_case(world, "Kari", name)
    first = listing(world, per_page=2, sort=UnitSort.NAME)
    assert (first.total, first.pages, children(first)) == (5, 3, ["Berit", "Cato"])
    last = listing(world, per_page=2, page=3, sort=UnitSort.NAME)
    assert children(last) == ["Ola"]


def test_sorted_by_next_deadline_overdue_first_and_no_deadline_last(world):
    later = add_case(world, "Kari", "Berit")
    overdue = add_case(world, "Kari", "Cato")
    add_deadline(world, later, 10)
    add_deadline(world, later, 30)  # not the next one
    add_deadline(world, overdue, -2)
    page = listing(world)
    assert children(page) == ["Cato", "Berit", "Ola"]
    cato, berit, ola = page.items
    assert cato.overdue and not berit.overdue and not ola.overdue
    assert berit.deadline_due == NOW + timedelta(days=10)
    assert world.shown(berit.deadline_label).startswith("Oppfølgingsmøte innen 2–4 uker")
    assert ola.deadline_due is None and ola.deadline_label is None


def test_sorted_by_name_or_by_opened(world):
    add_case(world, "Kari", "Berit")
    add_case(world, "Kari", "Atle")
    assert children(listing(world, sort=UnitSort.NAME)) == ["Atle", "Berit", "Ola"]
    assert children(listing(world, sort=UnitSort.OPENED)) == ["Atle", "Berit", "Ola"]


def test_the_listing_is_audited_as_one_event_without_names(world):
    listing(world)
    with world.scoped() as session:
        (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "unit.list"))
    assert event.actor_id == world.staff["Anne"]
    assert event.detail == "count=1" and event.case_ref is None


@contextmanager
def counted_statements(world: World):
    """The SQL statements the block sends to the database (queries: not the BEGIN that
    :mod:`bti.db` sends itself on SQLite)."""
    statements: list[str] = []
    engine = world.db.engine

    def count(_conn, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith("BEGIN"):
            statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def test_the_listing_costs_the_same_statements_for_few_cases_as_for_many(world):
    world.look("Anne", lambda session, by: None)  # load the actor's queries out of the way
    with counted_statements(world) as few:
        listing(world)
    for number in range(12):
        case_id = add_case(world, "Kari", f"Barn{number}")
        add_deadline(world, case_id, number - 5)
    with counted_statements(world) as many:
        page = listing(world, per_page=5)
    assert page.total == 13 and len(page.items) == 5
    assert len(many) == len(few), many
    assert len(many) <= 12, many


def test_a_leaders_read_is_audited_as_a_leaders_read(world):
    world.act_ok("Anne", access.get_case, case_id=world.case_id)
    world.act_ok("Kari", access.get_case, case_id=world.case_id)
    with world.scoped() as session:
        reads = session.exec(
            select(AuditEvent.actor_id, AuditEvent.detail)
            .where(AuditEvent.action == "case.read", AuditEvent.case_ref == world.case_id)
            .order_by(AuditEvent.id)
        ).all()
    anne, kari = world.staff["Anne"], world.staff["Kari"]
    assert [(who, detail) for who, detail in reads if who in (anne, kari)] == [
        (anne, access.VIA_LEADER),
        (kari, ""),
    ]


def test_a_leader_who_takes_part_reads_as_a_participant(world):
    world.bring_in("Anne", "Nordby skole")
    world.act_ok("Anne", access.get_case, case_id=world.case_id)
    with world.scoped() as session:
        last = session.exec(
            select(AuditEvent)
            .where(AuditEvent.action == "case.read", AuditEvent.actor_id == world.staff["Anne"])
            .order_by(AuditEvent.id.desc())
        ).first()
    assert last.detail == ""


def test_next_open_deadline_for_the_case_summary(world):
    with world.scoped() as session:
        assert deadlines.next_open(session, case_id=world.case_id, now=NOW) is None
    add_deadline(world, world.case_id, 3)
    add_deadline(world, world.case_id, -1, code="beslutning")
    with world.scoped() as session:
        found = deadlines.next_open(session, case_id=world.case_id, now=NOW)
    assert (found.code, found.overdue, found.owner_id) == ("beslutning", True, world.staff["Kari"])
    assert found.due_at == NOW - timedelta(days=1)
    with world.scoped() as session:
        later = deadlines.next_open(session, case_id=world.case_id, now=NOW - timedelta(days=2))
    assert later.overdue is False
