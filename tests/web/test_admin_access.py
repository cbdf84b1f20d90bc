"""Every administration address answers 404 to anyone but an administrator of that
municipality, and ``/admin`` to anyone but a deployment-wide administrator: walked over the
application's URL map, so a new page is covered the day it is added. Nothing is written
and each refusal is on record."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import AuditEvent, Membership, StaffUser, Unit
from bti.services import administration
from tests.support.web import PASSWORD, csrf, give_passwords, signed_in
from tests.support.world import World

pytestmark = pytest.mark.database

ARGUMENT = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world("Vestby", "Tromsø", database_url=database_url)
    world.employee("Vera", "Administrasjon", "administrator")
    world.employee("Kari", "Nordby skole")
    world.employee("Lise", "Nordby skole", "leder")
    world.employee("Kim", "Vestby barnevern", "koordinator")
    give_passwords(world)
    tromso = world.db.municipality_ids()["tromso"]
    for username, role in (("tore", "administrator"), ("tina", "employee")):
        administration.create_user(
            world.db, username=username, display_name=username.title(),
            municipality_id=tromso, unit="Tromsø barnevern", kind="barnevern", role=role,
            password=PASSWORD,
        )  # fmt: skip
    return world


def _rules(world: World, prefix: str):
    app = world.deployment.start()
    return sorted(
        (rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith(prefix)),
        key=lambda rule: rule.rule,
    )


def _ids(world: World, slug: str, username: str) -> dict:
    mid = world.db.municipality_ids()[slug]
    with world.db.scoped(mid) as session:
        user = session.exec(select(StaffUser).where(StaffUser.username == username)).one()
        membership = session.exec(select(Membership).where(Membership.user_id == user.id)).one()
        unit = session.get(Unit, membership.unit_id)
    return {
        "municipality": slug,
        "user_id": user.id,
        "membership_id": membership.id,
        "unit_id": unit.id,
        "slug": slug,
        # No such notification needs to exist: the page answers 404 before it looks.
        "notification_id": 1,
    }


def _path(rule, values: dict) -> str:
    return ARGUMENT.sub(lambda m: str(values[m.group(1)]), rule.rule)


def _answers(client, rule, path: str, token: str) -> list[int]:
    found = []
    if "GET" in rule.methods:
        found.append(client.get(path).status_code)
    if "POST" in rule.methods:
        found.append(client.post(path, data={"csrf_token": token}).status_code)
    return found


def _denials(world: World) -> int:
    with world.scoped() as session:
        return len(session.exec(select(AuditEvent).where(AuditEvent.outcome == "denied")).all())


@pytest.mark.parametrize("username", ["kari", "lise", "kim"])
def test_staff_who_are_not_administrators_get_404_everywhere(world, username):
    client = signed_in(world, username)
    token = csrf(client, "/vestby/saker")
    values = _ids(world, "vestby", "kari")
    rules = _rules(world, "administration.")
    assert len(rules) >= 15
    before = _denials(world)
    for rule in rules:
        path = _path(rule, values)
        assert set(_answers(client, rule, path, token)) == {404}, path
    assert _denials(world) - before == sum(len(r.methods & {"GET", "POST"}) for r in rules)


def test_an_administrator_elsewhere_gets_404_in_vestby(world):
    client = world.deployment.start().test_client()
    from tests.support.web import sign_in

    sign_in(client, "tore")
    client.get("/velg-kommune")
    token = csrf(client, "/tromso/saker")
    values = _ids(world, "vestby", "kari")
    for rule in _rules(world, "administration."):
        path = _path(rule, values)
        assert set(_answers(client, rule, path, token)) == {404}, path
    assert client.get("/tromso/administrasjon/").status_code == 200


def test_vestbys_administrator_cannot_reach_tromsos_staff_or_units(world):
    client = signed_in(world, "vera")
    token = csrf(client, "/vestby/saker")
    tromso = _ids(world, "tromso", "tina")
    before, requests = _denials(world), 0
    for rule in _rules(world, "administration."):
        if not ({"user_id", "unit_id"} & set(ARGUMENT.findall(rule.rule))):
            continue
        path = _path(rule, {**tromso, "municipality": "vestby"})
        answers = _answers(client, rule, path, token)
        assert set(answers) == {404}, path
        requests += len(answers)
    assert requests >= 10 and _denials(world) - before == requests, "each one on record"
    with world.db.scoped(world.db.municipality_ids()["tromso"]) as session:
        tina = session.exec(select(StaffUser).where(StaffUser.username == "tina")).one()
        assert tina.active and tina.display_name == "Tina"
        assert len(session.exec(select(Membership)).all()) == 2
    # The Tromsø pages themselves are Tromsø's.
    assert client.get("/tromso/administrasjon/").status_code == 404


def test_the_central_page_is_404_for_everyone_but_a_deployment_wide_administrator(world):
    rules = _rules(world, "central.")
    assert {rule.rule for rule in rules} >= {"/admin", "/admin/kommune/<slug>/legg-til"}
    for username in ("vera", "kari"):
        client = signed_in(world, username)
        token = csrf(client, "/vestby/saker")
        for rule in rules:
            path = _path(rule, {"slug": "vestby"})
            assert set(_answers(client, rule, path, token)) == {404}, (username, path)
    anonymous = world.deployment.start().test_client()
    assert anonymous.get("/admin").headers["Location"].endswith("/logg-inn")
