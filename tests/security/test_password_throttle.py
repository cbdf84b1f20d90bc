"""The password pages are throttled like the sign-in (issue 19, «Local passwords»): guessing
the current password on «Bytt passord» counts per account, and one-time links that cannot
be used count per address; over the limit the answer is 429 before any password is hashed,
and the refusal is audited without naming anyone."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bti import passwords
from bti.models import AuditEvent, StaffUser
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in
from tests.support.world import World

MESSAGE = "For mange forsøk"


@pytest.fixture
def make_app(make_app):
    def factory(plugins=(), **config):
        defaults = {"RATELIMIT_ENABLED": True, "BTI_RATELIMIT_ADDRESS": "5 per 10 minutes"}
        return make_app(plugins, **{**defaults, **config})

    return factory


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby")
    world.employee("Kari", "Nordby skole")
    give_passwords(world)
    return world


def test_guessing_the_current_password_is_throttled(world):
    app = world.deployment.start()
    client = app.test_client()
    sign_in(client, "kari")
    token = csrf(client, "/passord")
    new = "blåbær-sykkel-tak-41"

    def attempt(current: str):
        return client.post(
            "/passord",
            data={"current_password": current, "new_password": new, "repeat": new,
                  "csrf_token": token},
        )  # fmt: skip

    for guess in ("gjett-1", "gjett-2", "gjett-3", "gjett-4", "gjett-5"):
        assert attempt(guess).status_code == 401
    turns = passwords.gate.turns
    refused = attempt(PASSWORD)
    assert refused.status_code == 429
    assert MESSAGE in refused.get_data(as_text=True)
    assert passwords.gate.turns == turns  # refused before hashing
    with world.db.unscoped() as session:
        kari = session.exec(select(StaffUser).where(StaffUser.username == "kari")).one()
    assert kari.password_changed_at is None
    with world.scoped() as session:
        [event] = session.exec(
            select(AuditEvent).where(AuditEvent.action == "signin.throttled")
        ).all()
    assert event.detail.startswith("limit=account;key=") and "kari" not in event.detail


def test_trying_links_is_throttled_per_address(world):
    client = world.deployment.start().test_client()
    for number in range(5):
        assert client.get(f"/nytt-passord/gjettet-lenke-{number}").status_code == 410
    answer = client.get("/nytt-passord/gjettet-lenke-6")
    assert answer.status_code == 429
    assert MESSAGE in answer.get_data(as_text=True)
    with world.scoped() as session:
        [event] = session.exec(
            select(AuditEvent).where(AuditEvent.action == "signin.throttled")
        ).all()
    assert event.detail.startswith("limit=address;key=")
