"""Vestby's own guide on the case page and the guide page: its level names and questions,
the acute contacts at every level, decisions that name the services they bring in, the
service-count warning, the coordinator question at levels 2–3, and the Undringsnotat and
Observasjonsskjema kept on the case (shared/seeds/002_36ab055ecf8ed34e.txt)."""

from __future__ import annotations

import json
import re

import pytest
from sqlmodel import select

from bti.models import AuditEvent, Case, CaseDocument, DecisionService
from bti.services import cases
from tests.support.web import case_path, followed, post, signed_in
from tests.support.world import World


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case("Vestby")


def _to_level(world: World, level: int) -> None:
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.level = level
        session.add(case)


def test_the_case_page_shows_vestbys_level_its_questions_and_whom_to_call(world):
    page = signed_in(world).get(case_path(world)).get_data(as_text=True)
    assert "Tidlig identifisering og avklaring på eget tjenestested" in page
    assert "Undring og observasjon" in page and "Del bekymringen" in page
    assert "Ser kollega eller leder saken på en annen måte enn deg?" in page
    # «Er situasjonen akutt?» with Vestby's numbers, every one a link to call.
    assert 'id="acute"' in page
    assert 'href="tel:64980212"' in page and 'href="tel:91719615"' in page
    assert 'href="tel:64851600"' in page and 'href="tel:02800"' in page
    # The tools with a form in the platform link to it.
    assert 'href="#form-undringsnotat"' in page and 'href="#form-observation"' in page


def test_the_acute_contacts_are_on_the_page_at_every_level(world):
    _to_level(world, 3)
    page = signed_in(world).get(case_path(world)).get_data(as_text=True)
    assert "Omfattende behov for samarbeid med flere tjenester" in page
    assert "Follo barnevernsvakt" in page and "Vestby barnevernstjeneste" in page


def test_level_1_needs_a_consent(world):
    client = signed_in(world)
    data = {"decision-outcome": "level_1", "decision-rationale": "Uroen består"}
    refused = post(client, world, "/beslutning", data)
    assert refused.status_code == 400
    assert "gyldig skriftlig samtykke" in refused.get_data(as_text=True)
    world.give_consent("Kari", ["skole"], days=365)
    followed(client, post(client, world, "/beslutning", data), "#decision")
    with world.scoped() as session:
        assert session.get(Case, world.case_id).level == 1


def test_going_to_level_2_names_the_services_and_each_needs_the_consent(world):
    world.give_consent("Kari", ["skolehelsetjeneste"], days=365)
    _to_level(world, 1)
    client = signed_in(world)
    page = client.get(case_path(world)).get_data(as_text=True)
    assert 'name="decision-services"' in page  # the services to bring in are ticked here
    base = {"decision-outcome": "level_2", "decision-rationale": "Trenger flere tjenester"}

    unnamed = post(client, world, "/beslutning", base)
    assert unnamed.status_code == 400
    assert "Kryss av for tjenestene som skal tas inn." in unnamed.get_data(as_text=True)

    uncovered = post(
        client, world, "/beslutning", {**base, "decision-services": ["skolehelsetjeneste", "nav"]}
    )
    body = uncovered.get_data(as_text=True)
    assert uncovered.status_code == 400
    assert "Ingen gyldige samtykker dekker NAV" in body
    assert re.search(r'<input checked[^>]*value="nav"', body)  # what was ticked is kept

    done = post(client, world, "/beslutning", {**base, "decision-services": "skolehelsetjeneste"})
    page = followed(client, done, "#decision")
    assert "tjenester tatt inn: Skolehelsetjenesten" in page
    with world.scoped() as session:
        assert session.get(Case, world.case_id).level == 2
        assert [r.service for r in session.exec(select(DecisionService))] == ["skolehelsetjeneste"]


def test_three_services_at_level_2_give_a_warning(world):
    world.give_consent("Kari", ["nav", "ppt", "barnevern"], days=365)
    _to_level(world, 1)
    client = signed_in(world)
    response = post(
        client,
        world,
        "/beslutning",
        {
            "decision-outcome": "level_2",
            "decision-rationale": "Tre tjenester inn",
            "decision-services": ["nav", "ppt", "barnevern"],
        },
    )
    page = followed(client, response)
    warning = "Nivå 2 gjelder samarbeid med 1–2 tjenester, men 3 tjenester er med i denne saken."
    assert warning in page  # once as the message after saving, and in «Om saken»
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        assert cases.services_involved(session, case=case) == {"nav", "ppt", "barnevern"}


def test_an_undringsnotat_is_kept_on_the_case_and_prints(world):
    client = signed_in(world)
    data = {
        "form-undringsnotat-wondering": "Ola er stille i friminuttene.",
        "form-undringsnotat-experiences": "Sitter alene tre dager på rad.",
        "form-undringsnotat-discussed_with": "Kontaktlærer",
    }
    page = followed(client, post(client, world, "/skjema/undringsnotat", data), "#documents")
    assert "Skjemaet er lagret i saken." in page
    assert "Sitter alene tre dager på rad." in page
    with world.scoped() as session:
        kept = session.exec(select(CaseDocument)).one()
        assert json.loads(kept.answers)["wondering"] == "Ola er stille i friminuttene."
        audited = session.exec(
            select(AuditEvent.action).where(AuditEvent.case_ref == world.case_id)
        ).all()
    assert "document.filled" in audited
    printed = client.get(f"{case_path(world)}/utskrift/skjema/undringsnotat/{kept.id}")
    assert printed.status_code == 200
    assert printed.headers["Cache-Control"] == "no-store"
    text = printed.get_data(as_text=True)
    assert "<h1>Undringsnotat</h1>" in text and "Ola er stille i friminuttene." in text


def test_an_observation_with_a_mistake_is_shown_beside_the_field_and_nothing_is_kept(world):
    client = signed_in(world)
    data = {
        "form-observation-period_from": "10.11.2026",
        "form-observation-period_to": "01.11.2026",
        "form-observation-observed": "Gråt i garderoben.",
    }
    response = post(client, world, "/skjema/observation", data)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Observasjonen kan ikke slutte før den begynner." in body
    assert "Gråt i garderoben." in body  # what was typed is kept
    with world.scoped() as session:
        assert session.exec(select(CaseDocument)).all() == []


def test_someone_outside_the_case_cannot_fill_or_print_its_forms(world):
    client = signed_in(world, "truls")
    base = f"/vestby/sak/{world.case_id}"
    assert client.get(f"{base}/utskrift/skjema/undringsnotat").status_code == 404
    token_page = client.get("/vestby/saker")
    assert token_page.status_code == 200
    response = client.post(f"{base}/skjema/undringsnotat", data={})
    assert response.status_code in (400, 404)  # no token: refused before anything is read
    with world.scoped() as session:
        assert session.exec(select(CaseDocument)).all() == []


def test_the_guide_page_shows_vestbys_guide_and_contacts(world):
    page = signed_in(world).get("/vestby/veileder").get_data(as_text=True)
    for name in (
        "Tidlig identifisering og avklaring på eget tjenestested",
        "Når bekymringen kan løses på eget tjenestested, sammen med foresatte",
        "Behov for samarbeid med andre tjenester",
        "Omfattende behov for samarbeid med flere tjenester",
    ):
        assert name in page
    assert (
        "Samarbeid med 1–2 tjenester." in page and "Samarbeid med 3 eller flere tjenester." in page
    )
    assert "Oppfølgingsmøte innen 2–4 uker etter at tiltakene er satt" in page
    assert "Når Vestby barnevernstjeneste er stengt" in page
