"""The administrator's «Lag lenke for nytt passord» on a person's page: the link is shown
once on the page that answers the form, it sets the person's new password once, it is
audited once, and an administrator cannot make one for someone outside the municipality."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sqlmodel import select

from bti.models import AuditEvent, AuditOutcome, PasswordReset, StaffUser
from bti.services import administration
from tests.support.web import csrf, give_passwords, sign_in, signed_in
from tests.support.world import World

pytestmark = pytest.mark.database

NEW = "blåbær-sykkel-tak-41"
LINK = re.compile(r"http://localhost(/nytt-passord/[A-Za-z0-9_-]+)")


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world("Vestby", "Tromsø", database_url=database_url)
    world.employee("Vera", "Administrasjon", "administrator")
    world.employee("Kari", "Nordby skole")
    administration.create_user(
        world.db, username="tore", display_name="Tore",
        municipality_id=world.db.municipality_ids()["tromso"],
        unit="Tromsø barnevern", kind="barnevern", role="employee",
    )  # fmt: skip
    give_passwords(world)
    return world


def _make_link(client, user_id: int):
    page = f"/vestby/administrasjon/ansatte/{user_id}"
    return client.post(f"{page}/passordlenke", data={"password-csrf_token": csrf(client, page)})


def _events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_the_administrator_makes_a_link_that_sets_the_password_once(world):
    vera = signed_in(world, "vera")
    before = vera.get(f"/vestby/administrasjon/ansatte/{world.staff['Kari']}")
    assert "Lag lenke for nytt passord" in before.get_data(as_text=True)
    assert not LINK.search(before.get_data(as_text=True))

    answer = _make_link(vera, world.staff["Kari"])

    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "no-store"
    shown = unescape(answer.get_data(as_text=True))
    assert "Den virker én gang, i 24 timer" in shown
    (path,) = set(LINK.findall(shown))
    token = path.rsplit("/", 1)[1]
    with world.db.unscoped() as session:
        (kept,) = session.exec(select(PasswordReset))
    assert kept.token_hash != token and token not in kept.token_hash
    # The page asked again shows no link: it was shown once.
    assert not LINK.search(vera.get(f"/vestby/administrasjon/ansatte/{world.staff['Kari']}")
                           .get_data(as_text=True))  # fmt: skip

    kari = world.deployment.client()
    done = kari.post(
        path, data={"new_password": NEW, "repeat": NEW, "csrf_token": csrf(kari, path)}
    )
    assert done.status_code == 302
    assert sign_in(world.deployment.client(), "kari", NEW).request.path == "/vestby/saker"
    assert kari.get(path).status_code == 410
    (issued,) = _events(world, "account.reset_issued")
    assert (issued.actor_id, issued.outcome) == (world.staff["Vera"], AuditOutcome.ALLOWED)
    assert "Kari" not in issued.detail


def test_no_link_for_someone_outside_the_municipality_or_without_the_form_token(world):
    vera = signed_in(world, "vera")
    with world.db.unscoped() as session:
        tore_id = session.exec(select(StaffUser.id).where(StaffUser.username == "tore")).one()

    assert _make_link(vera, tore_id).status_code == 404
    forged = vera.post(f"/vestby/administrasjon/ansatte/{world.staff['Kari']}/passordlenke")
    assert forged.status_code == 400
    with world.db.unscoped() as session:
        assert list(session.exec(select(PasswordReset))) == []
    kari = signed_in(world, "kari")
    assert _make_link(kari, world.staff["Kari"]).status_code == 404
