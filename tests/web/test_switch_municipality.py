"""The header's «Bytt kommune» menu for someone who works in more than one municipality, and
the language menu at the top of every page."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import AuditEvent
from tests.support.web import csrf, give_passwords, sign_in
from tests.support.world import World

SWITCH = "Bytt kommune"


@pytest.fixture
def world(make_world) -> World:
    """Kari works in Vestby and in Tromsø; Truls in Vestby only."""
    world = make_world("Vestby", "Tromsø")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.kommune_name = "Tromsø"
    world.employee("Kari", "Tromsø skole")
    world.kommune_name = "Vestby"
    give_passwords(world)
    return world


@pytest.fixture
def client(world):
    return world.deployment.start().test_client()


def choose(client, slug: str, token_from: str = "/velg-kommune"):
    return client.post(
        "/velg-kommune", data={"municipality": slug, "csrf_token": csrf(client, token_from)}
    )


def header(html: str) -> str:
    return html[html.index("<header") : html.index("</header>")]


def test_the_menu_switches_without_signing_out_and_lands_on_my_cases(world, client):
    sign_in(client)
    choose(client, "vestby")
    page = header(client.get("/vestby/saker").get_data(as_text=True))
    assert SWITCH in page and "<details" in page
    assert 'name="municipality" value="tromso"' in page
    assert 'value="vestby"' not in page, "only the other municipalities are offered"

    switched = choose(client, "tromso", token_from="/vestby/saker")
    assert switched.status_code == 302 and switched.headers["Location"].endswith("/tromso/saker")
    landed = client.get("/tromso/saker")
    assert landed.status_code == 200
    assert "Du arbeider nå i Tromsø kommune." in landed.get_data(as_text=True)
    # The other municipality's pages stay 404: the switch is the way there.
    assert client.get("/vestby/saker").status_code == 404
    assert 'value="vestby"' in header(client.get("/tromso/saker").get_data(as_text=True))


def test_the_choice_is_audited_in_the_chosen_municipality(world, client):
    sign_in(client)
    choose(client, "vestby")
    choose(client, "tromso", token_from="/vestby/saker")
    for kommune in ("Vestby", "Tromsø"):
        world.kommune_name = kommune
        with world.scoped() as session:
            events = session.exec(
                select(AuditEvent).where(AuditEvent.action == "signin.municipality")
            ).all()
        assert [(e.actor_id, e.detail) for e in events] == [(world.staff["Kari"], "")], kommune


def test_a_switch_without_the_form_token_or_to_a_stranger_municipality_is_refused(world, client):
    sign_in(client)
    choose(client, "vestby")
    assert client.post("/velg-kommune", data={"municipality": "tromso"}).status_code == 400
    assert client.get("/tromso/saker").status_code == 404
    # Bærum is not hers: the choice page again, still working in Vestby.
    stranger = choose(client, "baerum", token_from="/vestby/saker")
    assert stranger.status_code == 200
    assert client.get("/vestby/saker").status_code == 200


def test_someone_in_one_municipality_has_no_switch_menu(world, client):
    sign_in(client, "truls")
    assert SWITCH not in client.get("/vestby/saker").get_data(as_text=True)


def test_the_language_menu_is_in_the_header_not_the_footer(world, client):
    sign_in(client)
    choose(client, "vestby")
    html = client.get("/vestby/saker").get_data(as_text=True)
    top = header(html)
    footer = html[html.index("<footer") :]
    assert 'action="/sprak"' in top and 'action="/sprak"' not in footer
    assert re.search(r'<label[^>]*for="locale"[^>]*>Språk</label>', top)
    assert 'name="next" value="/vestby/saker"' in top
    client.post(
        "/sprak",
        data={"locale": "nn", "next": "/vestby/saker", "csrf_token": csrf(client, "/vestby/saker")},
    )
    assert '<html lang="nn">' in client.get("/vestby/saker").get_data(as_text=True)
