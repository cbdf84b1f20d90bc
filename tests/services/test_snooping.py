"""The leader's review of access (Normen: detection of snooping): reads through the leader
role, emergency access with its reason, denied attempts, and unusual read volumes — for the
unit's leaders and administrators only, with no child's name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.clock import FixedClock
from bti.errors import NotFound
from bti.models import AuditEvent, BreakGlassGrant, Case, Membership, Role
from bti.services import audit
from bti.services.access import get_case
from bti.services.access_log import break_glass, snooping
from bti.services.access_log.who import EMERGENCY, LEADER
from tests.support.world import World, case_about_ola

REASON = "Barnet er skadet, stafettholder er syk og ingen andre svarer."


@pytest.fixture
def world(make_world) -> World:
    """Vestby: Kari has opened a case about Ola at Nordby skole, which Anne leads; Siv works
    there too and has no part in it; Truls works at Sørby skole."""
    return case_about_ola(
        make_world("Vestby"),
        colleagues=[("Anne", "Nordby skole", "leder"), ("Siv", "Nordby skole")],
    )


def test_the_review_flags_a_leader_read_a_break_glass_read_with_its_reason_and_a_denial(world):
    world.act_ok("Anne", get_case, case_id=world.case_id)
    world.act_ok("Siv", break_glass.open_case, case_ref=world.case_id, reason=REASON)
    world.act_ok("Siv", get_case, case_id=world.case_id)
    world.act("Truls", get_case, case_id=world.case_id)
    assert isinstance(world.error, NotFound)

    report = world.look("Anne", snooping.review)
    flags = [(row.who, row.flag) for row in report.outside.items]
    assert ("Anne", LEADER) in flags
    assert ("Siv", EMERGENCY) in flags
    assert ("Truls", snooping.DENIED) in flags
    assert all(row.case_ref == world.case_id for row in report.outside.items)
    [grant] = report.emergencies.items
    assert (grant.who, grant.reason, grant.case_ref, grant.reads) == (
        "Siv",
        REASON,
        world.case_id,
        1,
    )
    assert grant.linked, "Anne leads the unit: she may open the case"
    assert "Ola" not in repr(report), "no child's name in the review"
    with world.scoped() as session:
        reviews = session.exec(select(AuditEvent).where(AuditEvent.action == "access.review"))
        assert [e.actor_id for e in reviews] == [world.staff["Anne"]]


def reads(world: World, name: str, count: int, prefix: str) -> None:
    """``name`` reads ``count`` distinct cases (as the audit trail records them)."""
    actor = world.actor(name)
    with world.transaction() as session:
        for n in range(count):
            audit.record(session, actor=actor, action="case.read", case_ref=f"{prefix}{n}")


@pytest.mark.parametrize(
    ("others", "flagged"),
    [
        (2, ["Kari"]),  # median 2: the rule is above 20 cases, and Kari read 25
        (9, []),  # median 9: the rule is above 27 cases
    ],
)
def test_an_unusual_reader_is_flagged_by_the_stated_rule(world, others, flagged):
    reads(world, "Kari", 25, "k")
    reads(world, "Siv", others, "s")
    reads(world, "Anne", others, "a")
    report = world.look("Anne", snooping.review)
    assert [reader.who for reader in report.unusual] == flagged
    assert report.threshold == max(3 * report.median, 20)


def test_old_reads_fall_outside_the_period(world):
    app = world.deployment.start()
    app.extensions["bti_clock"] = FixedClock(datetime.now(UTC) - timedelta(days=40))
    with app.app_context():
        reads(world, "Kari", 25, "k")
        reads(world, "Siv", 2, "s")
        reads(world, "Anne", 2, "a")
    app.extensions["bti_clock"] = FixedClock(datetime.now(UTC))
    assert world.look("Anne", snooping.review).unusual == []
    assert [r.who for r in world.look("Anne", snooping.review, days=60).unusual] == ["Kari"]


def test_only_leaders_and_administrators_see_the_review(world):
    with pytest.raises(NotFound):
        world.look("Siv", snooping.review)
    world.employee("Ada", "Vestby PPT")
    with world.transaction() as session:
        membership = session.exec(
            select(Membership).where(Membership.user_id == world.staff["Ada"])
        ).one()
        membership.role = Role.ADMINISTRATOR
        session.add(membership)
    report = world.look("Ada", snooping.review)
    assert "Nordby skole" in report.units and "Sørby skole" in report.units
    assert world.look("Anne", snooping.review).units == ["Nordby skole"]


def test_the_period_is_bounded(world):
    assert world.look("Anne", snooping.review, days=0).days == 1
    assert world.look("Anne", snooping.review, days=10**9).days == snooping.MAX_DAYS


def test_break_glass_is_for_the_case_unit_and_needs_a_reason(world):
    world.act("Truls", break_glass.open_case, case_ref=world.case_id, reason=REASON)
    world.invalid_field("case_ref")
    world.act("Siv", break_glass.open_case, case_ref=world.case_id, reason="kort")
    world.invalid_field("reason")
    world.act("Kari", break_glass.open_case, case_ref=world.case_id, reason=REASON)
    world.invalid_field("case_ref")  # she takes part already
    with world.scoped() as session:
        assert session.exec(select(BreakGlassGrant)).all() == []


def test_a_grant_lasts_two_hours(world):
    opened = world.act_ok("Siv", break_glass.open_case, case_ref=world.case_id, reason=REASON)
    with world.transaction() as session:
        assert session.get(Case, world.case_id) is not None
        assert opened.expires_at - clock.now() <= timedelta(hours=2)
    read = world.act_ok("Siv", get_case, case_id=world.case_id)
    assert read.id == world.case_id
    with world.transaction() as session:
        grant = session.exec(select(BreakGlassGrant)).one()
        grant.expires_at = clock.now() - timedelta(seconds=1)
        session.add(grant)
    world.act("Siv", get_case, case_id=world.case_id)
    assert isinstance(world.error, NotFound)
