"""The case page: what the case is, the level's steps, and a decision among the level's
outcomes only."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import AuditEvent, Case
from tests.support.web import csrf, signed_in
from tests.support.world import World


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case()  # «Eksempel kommune», the national model


def test_the_case_page_shows_the_child_the_level_and_only_its_outcomes(world):
    client = signed_in(world, "kari")
    page = client.get(f"/eksempel/sak/{world.case_id}")
    body = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<h1>Ola Testesen</h1>" in body
    assert "9 år" in body and "Per" in body
    assert "Identifisering og avklaring" in body  # level 0 of the national model, bokmål
    outcomes = re.findall(r'name="decision-outcome"[^>]*value="([^"]+)"', body)
    assert outcomes == [o.code for o in world.kommune.level(0).outcomes]
    assert "stay" not in outcomes  # level 0 has no "continue at this level"


def test_the_case_is_linked_from_my_cases(world):
    client = signed_in(world, "kari")
    assert f'href="/eksempel/sak/{world.case_id}"' in client.get("/eksempel/saker").get_data(
        as_text=True
    )


def test_someone_without_a_role_gets_404_like_a_missing_case_and_is_audited(world):
    client = signed_in(world, "truls")
    assert client.get(f"/eksempel/sak/{world.case_id}").status_code == 404
    assert client.get("/eksempel/sak/finnes-ikke").status_code == 404
    with world.scoped() as session:
        denied = session.exec(select(AuditEvent).where(AuditEvent.outcome == "denied")).all()
    assert {e.case_ref for e in denied} >= {world.case_id}


def test_a_decision_moves_the_case(world):
    client = signed_in(world, "kari")
    token = csrf(client, f"/eksempel/sak/{world.case_id}")
    response = client.post(
        f"/eksempel/sak/{world.case_id}/beslutning",
        data={
            "decision-outcome": "level_1",
            "decision-rationale": "Tiltak i klassen",
            "csrf_token": token,
        },
    )
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Beslutningen er lagret." in page
    with world.scoped() as session:
        assert session.get(Case, world.case_id).level == 1


def test_a_decision_without_a_reason_is_shown_beside_the_field_and_nothing_changes(world):
    client = signed_in(world, "kari")
    token = csrf(client, f"/eksempel/sak/{world.case_id}")
    response = client.post(
        f"/eksempel/sak/{world.case_id}/beslutning",
        data={
            "decision-outcome": "level_1",
            "decision-rationale": "",
            "decision-recipient": "Mottak",
            "csrf_token": token,
        },
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Oppgi begrunnelsen for beslutningen." in body
    assert 'href="#decision-rationale"' in body  # the error summary links to the field
    assert 'value="Mottak"' in body  # what was typed is kept
    with world.scoped() as session:
        assert session.get(Case, world.case_id).level == 0


def test_a_decision_with_no_outcome_chosen_says_so_in_norwegian(world):
    client = signed_in(world, "kari")
    token = csrf(client, f"/eksempel/sak/{world.case_id}")
    response = client.post(
        f"/eksempel/sak/{world.case_id}/beslutning",
        data={"decision-rationale": "Vi trenger mer tid.", "csrf_token": token},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Velg beslutningen." in body
    assert "Ikke et gyldig valg" not in body
    assert "Vi trenger mer tid." in body  # what was typed is kept


def test_going_to_level_2_without_consent_is_refused_in_norwegian(world):
    client = signed_in(world, "kari")
    token = csrf(client, f"/eksempel/sak/{world.case_id}")
    response = client.post(
        f"/eksempel/sak/{world.case_id}/beslutning",
        data={
            "decision-outcome": "level_2",
            "decision-rationale": "Trenger PPT",
            "csrf_token": token,
        },
    )
    assert response.status_code == 400
    assert "gyldig skriftlig samtykke" in response.get_data(as_text=True)


def test_a_decision_without_its_form_token_is_refused(world):
    client = signed_in(world, "kari")
    response = client.post(
        f"/eksempel/sak/{world.case_id}/beslutning",
        data={"decision-outcome": "level_1", "decision-rationale": "x"},
    )
    assert response.status_code == 400
