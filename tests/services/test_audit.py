"""Every access is audited in a hash chain that `bti audit verify` checks."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bti.errors import NotFound
from bti.models import AuditEvent
from bti.services import audit
from bti.services.access import get_case
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.open_case("Kari", "Ola")
    return world


def _events(world: World) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.id)))


def test_a_read_is_audited_with_who_what_and_when(world):
    before = len(_events(world))
    world.act_ok("Kari", get_case, case_id=world.case_id)
    event = _events(world)[-1]
    assert len(_events(world)) == before + 1
    assert (event.action, event.outcome, event.case_ref) == (
        "case.read",
        "allowed",
        world.case_id,
    )
    assert event.actor_id == world.staff["Kari"]
    assert "ansatt@skole" in event.actor_role
    assert event.at.tzinfo is not None


def test_a_denied_read_looks_like_a_missing_case_and_is_audited(world):
    world.act("Truls", get_case, case_id=world.case_id)
    assert isinstance(world.error, NotFound)
    world.act("Truls", get_case, case_id="finnes-ikke")
    assert isinstance(world.error, NotFound)
    denied = [e for e in _events(world) if e.outcome == "denied"]
    assert [(e.actor_id, e.case_ref) for e in denied] == [
        (world.staff["Truls"], world.case_id),
        (world.staff["Truls"], "finnes-ikke"),
    ]


def test_if_the_audit_write_fails_the_read_fails(world, monkeypatch):
    def broken(*args, **kwargs):
        raise sa.exc.OperationalError("INSERT", {}, Exception("disk full"))

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(sa.exc.OperationalError), world.transaction() as session:
        get_case(session, by=world.actor("Kari"), case_id=world.case_id)


def test_the_chain_verifies_and_a_changed_row_is_found(world, make_app):
    world.act_ok("Kari", get_case, case_id=world.case_id)
    with world.scoped() as session:
        report = audit.verify(session)
    assert report.count >= 2 and report.problems == []

    # Tamper below the application, as someone with database access could.
    target = _events(world)[0].id
    with world.db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE auditevent SET actor_id = NULL WHERE id = :id"), {"id": target}
        )
    with world.scoped() as session:
        problems = audit.verify(session).problems
    assert [p.event_id for p in problems] == [target]


def test_a_deleted_row_breaks_the_chain(world):
    world.act_ok("Kari", get_case, case_id=world.case_id)
    events = _events(world)
    with world.db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM auditevent WHERE id = :id"), {"id": events[0].id})
    with world.scoped() as session:
        problems = audit.verify(session).problems
    assert problems and problems[0].event_id == events[1].id


def test_bti_audit_verify_reports_tampering(world):
    app = world.deployment.start()
    runner = app.test_cli_runner()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert "eksempel:" in result.output and "0 problem(s)" in result.output
    with world.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE auditevent SET action = 'case.nothing'"))
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1
    assert "tampered" in result.output
