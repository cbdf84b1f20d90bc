"""«Mine saker»: besides the list, the offers of the baton waiting for the user's answer and
the meetings they are invited to."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from bti.models import AuditEvent, MeetingKind, utcnow
from bti.services import handover, meetings, stafettlogg
from tests.support.web import signed_in
from tests.support.world import World


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case(
        "Vestby",
        colleagues=[("Truls", "Nordby skole")],
        outsider=("Åse", "Sørby skole"),
        custody=None,
    )
    world.bring_in("Truls", "Nordby skole")
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    return world


def plan(world: World, by: str, starts: datetime, invited: list[str], place: str = "Møterom 2"):
    return world.act_ok(
        by,
        meetings.plan,
        case_id=world.case_id,
        kind=MeetingKind.SAMARBEIDSMOTE,
        starts_at=starts,
        place=place,
        agenda="Mål og tiltak",
        staff_ids=[world.staff[name] for name in invited],
        now=starts - timedelta(days=1),
    )


def test_an_offer_of_the_baton_waits_for_the_receivers_answer(world):
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Truls"])
    page = signed_in(world, "truls").get("/vestby/saker").get_data(as_text=True)
    assert "Venter på svar fra deg" in page
    assert "Kari tilbyr deg rollen som stafettholder for Ola Testesen" in page
    assert f'href="/vestby/sak/{world.case_id}#people"' in page
    # The one who offered has nothing to answer.
    assert "Venter på svar fra deg" not in signed_in(world, "kari").get("/vestby/saker").get_data(
        as_text=True
    )


def test_an_answered_offer_no_longer_waits(world):
    offer = world.act_ok(
        "Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Truls"]
    )
    world.act_ok("Truls", handover.accept, case_id=world.case_id, handover_id=offer.id)
    page = signed_in(world, "truls").get("/vestby/saker").get_data(as_text=True)
    assert "Venter på svar fra deg" not in page


def test_upcoming_meetings_the_user_is_invited_to_are_listed_soonest_first(world):
    plan(world, "Kari", utcnow() + timedelta(days=9), ["Truls"], place="Rom 9")
    plan(world, "Kari", utcnow() + timedelta(days=2), ["Truls"], place="Rom 2")
    page = signed_in(world, "truls").get("/vestby/saker").get_data(as_text=True)
    assert "Dine kommende møter" in page
    assert "Samarbeidsmøte — Ola Testesen, Rom 2" in page
    assert page.index("Rom 2") < page.index("Rom 9")
    assert f'href="/vestby/sak/{world.case_id}#meetings"' in page


def test_a_meeting_the_user_is_not_invited_to_is_not_listed(world):
    plan(world, "Kari", utcnow() + timedelta(days=2), [])
    page = signed_in(world, "truls").get("/vestby/saker").get_data(as_text=True)
    assert "Dine kommende møter" not in page
    # The organiser sees it.
    page = signed_in(world, "kari").get("/vestby/saker").get_data(as_text=True)
    assert "Dine kommende møter" in page


def test_nothing_waits_for_someone_outside_the_case_and_the_lists_are_audited(world):
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Truls"])
    plan(world, "Kari", utcnow() + timedelta(days=2), ["Truls"])
    page = signed_in(world, "åse").get("/vestby/saker").get_data(as_text=True)
    assert "Ola" not in page
    with world.scoped() as session:
        actions = set(session.exec(select(AuditEvent.action)).all())
    assert {"handover.list", "meeting.list", "case.list"} <= actions
