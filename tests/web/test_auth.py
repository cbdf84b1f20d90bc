"""Signing in and out, the idle timeout, choosing a municipality, and «Mine saker»."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bti.models import LoginSession, utcnow
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby", "Tromsø")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    give_passwords(world)
    return world


@pytest.fixture
def client(world):
    return world.deployment.start().test_client()


def test_signing_in_leads_to_my_cases_in_the_only_municipality(world, client):
    world.child("Ola", birth_date=birth_date_for(9))
    world.open_case("Kari", "Ola")
    page = sign_in(client)
    assert page.status_code == 200
    assert page.request.path == "/vestby/saker"
    assert "Ola Testesen" in page.get_data(as_text=True)


@pytest.mark.parametrize(("username", "password"), [("kari", "galt-pass-9"), ("ukjent", PASSWORD)])
def test_a_failed_sign_in_says_the_same_and_keeps_the_username(client, username, password):
    page = sign_in(client, username, password)
    body = page.get_data(as_text=True)
    assert page.status_code == 401
    assert "Brukernavnet eller passordet er feil." in body
    assert f'value="{username}"' in body
    assert password not in body


def test_a_sign_in_without_its_form_token_is_refused(client):
    response = client.post("/logg-inn", data={"username": "kari", "password": PASSWORD})
    assert response.status_code == 400


def test_sign_in_gives_a_new_session_and_sign_out_really_ends_it(world, client):
    client.get("/logg-inn")
    before = client.get_cookie("bti_session").value
    sign_in(client)
    after = client.get_cookie("bti_session").value
    assert before != after
    cookie = client.get_cookie("bti_session")
    assert cookie.http_only and cookie.same_site == "Lax"

    client.post("/logg-ut", data={"csrf_token": csrf(client, "/vestby/saker")})
    assert client.get("/vestby/saker").status_code == 302

    # A copy of the signed-in cookie, kept from before, is worth nothing now.
    stolen = world.deployment.start().test_client()
    stolen.set_cookie("bti_session", after)
    response = stolen.get("/vestby/saker")
    assert response.status_code == 302 and response.headers["Location"].endswith("/logg-inn")


def test_a_session_ends_after_a_while_without_activity(world, client):
    sign_in(client)
    with world.db.unscoped() as session, session.begin():
        for login in session.exec(select(LoginSession)):
            login.last_seen_at = utcnow() - timedelta(minutes=31)
            session.add(login)
    response = client.get("/vestby/saker", follow_redirects=True)
    assert response.request.path == "/logg-inn"
    assert "uten aktivitet" in response.get_data(as_text=True)


def test_my_cases_needs_sign_in_and_is_404_in_another_municipality(world, client):
    response = client.get("/vestby/saker")
    assert response.status_code == 302 and response.headers["Location"].endswith("/logg-inn")
    sign_in(client)
    assert client.get("/tromso/saker").status_code == 404


def test_a_user_in_two_municipalities_chooses_where_to_work(world, client):
    world.kommune_name = "Tromsø"
    world.employee("Kari", "Tromsø skole")
    page = sign_in(client)
    assert page.request.path == "/velg-kommune"
    body = page.get_data(as_text=True)
    assert "Vestby kommune" in body and "Tromsø kommune" in body
    token = csrf(client, "/velg-kommune")
    chosen = client.post("/velg-kommune", data={"municipality": "tromso", "csrf_token": token})
    assert chosen.headers["Location"].endswith("/tromso/saker")
    assert client.get("/tromso/saker").status_code == 200
    assert client.get("/vestby/saker").status_code == 404


def test_my_cases_are_paginated_in_the_database_and_filtered_by_level(world, client):
    for number in range(27):
        world.child(f"Barn{number}", birth_date=birth_date_for(5 + number % 10))
        world.open_case("Kari", f"Barn{number}")
    sign_in(client)
    first = client.get("/vestby/saker").get_data(as_text=True)
    assert "27 saker" in first and first.count("<tr>") == 25 + 1
    second = client.get("/vestby/saker?side=2").get_data(as_text=True)
    assert second.count("<tr>") == 2 + 1
    assert client.get("/vestby/saker?niva=0").get_data(as_text=True).count("<tr>") == 25 + 1
    assert "Du har ingen saker her." in client.get("/vestby/saker?niva=2").get_data(as_text=True)


def test_another_employees_cases_are_not_in_my_list(world, client):
    world.child("Ola", birth_date=birth_date_for(9))
    world.open_case("Truls", "Ola")
    page = sign_in(client).get_data(as_text=True)
    assert "Ola Testesen" not in page
