"""The anonymous consultation service: it owns the rules, whatever form calls it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import AnonymousConsultation, AuditEvent
from bti.services.consultations import record_anonymous_consultation
from tests.support.world import World

pytestmark = pytest.mark.database


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    return world


def _record(world: World, **changes):
    data = {"consulted_on": clock.today(world.kommune), "unit_kind": "skole", "advice": "report"}
    return world.act("Kari", record_anonymous_consultation, **{**data, **changes})


def _rows(world: World, model) -> list:
    with world.scoped() as session:
        return list(session.exec(select(model)))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"consulted_on": None}, "consulted_on"),
        ({"consulted_on": "tomorrow"}, "consulted_on"),
        ({"unit_kind": "barnevern"}, "unit_kind"),
        ({"advice": "call_the_parents"}, "advice"),
    ],
)
def test_what_the_service_refuses_is_named_by_field_and_nothing_is_written(world, changes, field):
    if changes.get("consulted_on") == "tomorrow":
        changes = {"consulted_on": clock.today(world.kommune) + timedelta(days=1)}
    _record(world, **changes)
    world.invalid_field(field)
    assert _rows(world, AnonymousConsultation) == []
    assert [e for e in _rows(world, AuditEvent) if e.action == "consultation.record"] == []


def test_a_consultation_is_one_row_and_one_audit_event_without_a_case(world):
    row = _record(world, consulted_on=clock.today(world.kommune) - timedelta(days=3))
    assert world.error is None
    (event,) = [e for e in _rows(world, AuditEvent) if e.action == "consultation.record"]
    assert event.case_ref is None and event.detail == f"consultation={row.id}"
    assert event.actor_id == world.staff["Kari"]
