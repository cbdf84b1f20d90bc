"""On the pages: how the child took part when a meeting is registered as held, the child's
reading of the minutes, who must take part and is still missing (Jevnaker's checklist), and
the guardians' refusal of help with the leader's task on «Mine saker»."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import Case, LeaderTask, Meeting, StafettloggEntry
from bti.services import documents, refusals
from tests.support.web import case_path, csrf, signed_in
from tests.support.world import World
from tests.web.test_case_meetings import held_data, planned


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case(
        "Vestby", colleagues=[("Mona", "Nordby skole"), ("Randi", "Nordby skole", "leder")]
    )
    world.bring_in("Mona", "Nordby skole")
    return world


def _post_held(world: World, client, meeting: Meeting, **overrides):
    token = csrf(client, case_path(world))
    return client.post(
        f"{case_path(world)}/mote/{meeting.id}/gjennomfort",
        data=held_data(world, meeting.id, token, **overrides),
    )


def test_another_arena_with_the_one_who_carries_the_view_is_shown_in_the_panel(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "kari")
    page = client.get(case_path(world)).get_data(as_text=True)
    assert "Hvordan deltok barnet?" in page
    response = _post_held(
        world,
        client,
        meeting,
        child_participation="other_arena",
        child_voice_arena="Eget møte med kontaktlæreren",
        child_voice_carrier=str(world.staff["Mona"]),
    )
    assert response.status_code == 302
    body = client.get(response.headers["Location"]).get_data(as_text=True)
    held = body.split("Gjennomførte møter")[1]
    assert "Eget møte med kontaktlæreren" in held
    assert "Mona tar med barnets mening til neste møte." in held
    assert "Barnet kan få lese referatet, stille spørsmål og få informasjon." in held


def test_another_arena_without_the_carrier_is_asked_beside_the_field(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "kari")
    response = _post_held(
        world,
        client,
        meeting,
        child_participation="other_arena",
        child_voice_arena="Eget møte med kontaktlæreren",
    )
    body = response.get_data(as_text=True)
    key = f"meeting-held-{meeting.id}"
    assert response.status_code == 400
    assert re.search(rf'id="{key}-child_voice_carrier-error">Velg den ansatte', body)
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None


def test_the_child_is_given_the_minutes_and_the_print_says_so(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "kari")
    assert _post_held(world, client, meeting).status_code == 302
    token = csrf(client, case_path(world))
    response = client.post(
        f"{case_path(world)}/mote/{meeting.id}/referat-til-barnet",
        data={f"meeting-minutes-child-{meeting.id}-csrf_token": token},
    )
    assert response.status_code == 302
    printed = client.get(f"{case_path(world)}/utskrift/referat/{meeting.id}").get_data(as_text=True)
    assert "Barnet kan få lese referatet" in printed and "Barnet fikk lese referatet" in printed
    outsider = signed_in(world, "truls")
    token = csrf(outsider, "/vestby/saker")
    response = outsider.post(
        f"{case_path(world)}/mote/{meeting.id}/referat-til-barnet",
        data={f"meeting-minutes-child-{meeting.id}-csrf_token": token},
    )
    assert response.status_code == 404


@pytest.fixture
def jevnaker(world_with_case) -> World:
    world = world_with_case(
        "Jevnaker",
        school="Jevnaker ungdomsskole",
        colleagues=[
            ("Randi", "Jevnaker ungdomsskole", "leder"),
            ("Truls", "Bergermoen skole", "leder"),
        ],
        outsider=("Nils", "Sørby skole"),
    )
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.level, case.stafettholder_id = 3, world.staff["Kari"]
        session.add(case)
    return world


def test_the_people_panel_lists_who_must_take_part_and_is_missing(jevnaker):
    world = jevnaker
    world.act_ok(
        "Kari",
        documents.fill,
        case_id=world.case_id,
        kind="sjekkliste_psykisk",
        answers={"usikker_fysisk_psykisk": "yes"},
    )
    page = signed_in(world, "kari").get(case_path(world)).get_data(as_text=True)
    assert "Skal være med, mangler ennå:" in page
    assert "Kommuneoverlege/fastlege, Kommunepsykolog." in page
    assert "Som stafettholder kobler du dem på saken nedenfor" in page


def test_a_refusal_is_recorded_and_the_leader_assesses_the_task_on_my_cases(jevnaker):
    world = jevnaker
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    response = client.post(
        f"{case_path(world)}/foresatte-takker-nei", data={"guardians-decline-csrf_token": token}
    )
    assert response.status_code == 400  # what was declined is asked for beside the field
    assert 'id="guardians-decline-offer-error"' in response.get_data(as_text=True)
    response = client.post(
        f"{case_path(world)}/foresatte-takker-nei",
        data={"guardians-decline-csrf_token": token, "guardians-decline-offer": "Hjelp fra PPT"},
    )
    assert response.status_code == 302
    with world.scoped() as session:
        entry = session.exec(select(StafettloggEntry)).one()
        task = session.exec(select(LeaderTask)).one()
    assert entry.text == "Foresatte takker nei til den tilbudte hjelpen: Hjelp fra PPT"

    leader = signed_in(world, "randi")
    mine = leader.get("/jevnaker/saker").get_data(as_text=True)
    assert "Vurder om tiltaksplan skal utarbeides for barnet i virksomheten" in mine
    assert "Vurder om tiltaksplan" not in signed_in(world, "truls").get("/jevnaker/saker").get_data(
        as_text=True
    )
    token = csrf(leader, "/jevnaker/saker")
    response = leader.post(
        f"/jevnaker/saker/oppgave/{task.id}", data={"csrf_token": token, "answer": "made"}
    )
    assert response.status_code == 400
    assert 'id="reason-error"' in response.get_data(as_text=True)
    other = signed_in(world, "truls")
    response = other.post(
        f"/jevnaker/saker/oppgave/{task.id}",
        data={"csrf_token": csrf(other, "/jevnaker/saker"), "answer": "made", "reason": "Ja"},
    )
    assert response.status_code == 404
    response = leader.post(
        f"/jevnaker/saker/oppgave/{task.id}",
        data={"csrf_token": token, "answer": "made", "reason": "Ola trenger det."},
    )
    assert response.status_code == 302
    assert "Vurder om tiltaksplan" not in leader.get("/jevnaker/saker").get_data(as_text=True)
    assert world.look("Randi", refusals.open_tasks) == []
