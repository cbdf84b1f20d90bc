"""Sign-in throttling (issue 17, «Sign-in»): per account and per address, 429 with a
Norwegian page, an audit event without the username, no hashing once throttled, never a
lock-out for good; and the bound on concurrent argon2 work."""

from __future__ import annotations

import threading
import time as real_time
import types

import pytest
from sqlmodel import select

from bti import passwords
from bti.models import AuditEvent, AuditOutcome
from bti.services import citizens
from tests.support.web import PASSWORD, give_passwords, sign_in, sign_in_citizen
from tests.support.world import World

MESSAGE = "For mange forsøk på å logge inn. Vent litt og prøv igjen."


@pytest.fixture
def app_config() -> dict:
    return {}


@pytest.fixture
def make_app(make_app, app_config):
    """Throttling on (the test environment has it off elsewhere), and ``app_config``."""

    def factory(plugins=(), **config):
        return make_app(plugins, **{"RATELIMIT_ENABLED": True, **app_config, **config})

    return factory


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


@pytest.fixture
def later(monkeypatch):
    """Move the limiter's clock forward: ``later(61)``."""
    shift = [0.0]
    shifted = types.SimpleNamespace(time=lambda: real_time.time() + shift[0])
    monkeypatch.setattr("limits.storage.memory.time", shifted)
    monkeypatch.setattr("limits.strategies.time", shifted)

    def advance(seconds: float) -> None:
        shift[0] += seconds

    return advance


def throttle_events(world: World) -> list[AuditEvent]:
    with world.scoped() as session:
        return session.exec(select(AuditEvent).where(AuditEvent.action == "signin.throttled")).all()


def test_the_sixth_wrong_password_in_a_minute_is_refused_without_hashing(world, client):
    for _ in range(5):
        assert sign_in(client, "kari", "galt-passord-9").status_code == 401
    turns = passwords.gate.turns
    page = sign_in(client, "kari", "galt-passord-9")
    assert page.status_code == 429
    assert page.headers["Retry-After"] == "60"
    assert MESSAGE in page.get_data(as_text=True)
    # Refused before the password was looked at: no hash was computed.
    assert passwords.gate.turns == turns
    # Even the right password waits for the window: the guesser learns nothing.
    assert sign_in(client, "kari", PASSWORD).status_code == 429
    assert passwords.gate.turns == turns


def test_the_throttle_is_per_account_and_others_sign_in_as_usual(world, client):
    for _ in range(5):
        sign_in(client, " KARI ", "galt-passord-9")  # normalised like the sign-in
    assert sign_in(client, "kari", PASSWORD).status_code == 429
    truls = world.deployment.start().test_client()
    assert sign_in(truls, "truls", PASSWORD).status_code == 200


def test_a_real_user_signs_in_once_the_window_has_passed(world, client, later):
    for _ in range(5):
        sign_in(client, "kari", "galt-passord-9")
    assert sign_in(client, "kari", PASSWORD).status_code == 429
    later(61)
    page = sign_in(client, "kari", PASSWORD)
    assert page.status_code == 200
    assert page.request.path == "/vestby/saker"


def test_twenty_an_hour_then_it_waits_for_the_hour_never_for_good(world, client, later):
    for _ in range(4):
        for _ in range(5):
            assert sign_in(client, "kari", "galt-passord-9").status_code == 401
        later(61)
    assert sign_in(client, "kari", PASSWORD).status_code == 429
    later(3600)
    assert sign_in(client, "kari", PASSWORD).status_code == 200


# The address limit (50 in 10 minutes by default) set lower, to keep the test quick.
@pytest.mark.parametrize("app_config", [{"BTI_RATELIMIT_ADDRESS": "10 per 10 minutes"}])
def test_one_address_trying_many_accounts_is_throttled(world, client):
    for n in range(10):
        assert sign_in(client, f"ukjent{n}", "galt-passord-9").status_code == 401
    assert sign_in(client, "kari", PASSWORD).status_code == 429
    other_address = world.deployment.start().test_client()
    page = other_address.post(
        "/logg-inn", environ_base={"REMOTE_ADDR": "192.0.2.7"}, data={"username": "kari"}
    )
    assert page.status_code != 429


def test_a_throttled_sign_in_is_audited_once_without_the_username(world, client):
    for _ in range(7):
        sign_in(client, "kari", "galt-passord-9")
    events = throttle_events(world)
    assert len(events) == 1  # the first refusal in the window, not every one
    event = events[0]
    assert event.outcome == AuditOutcome.DENIED
    assert event.detail.startswith("limit=account;key=")
    assert "kari" not in event.detail.lower()
    assert event.actor_id is None


def test_the_citizen_sign_in_is_throttled_too(make_world):
    world = make_world("Tromsø")
    with world.transaction() as session:
        citizens.add_local_account(
            session,
            fodselsnummer="01017012345",
            display_name="Per",
            username="per",
            password=PASSWORD,
        )
    client = world.deployment.client()
    for _ in range(5):
        assert sign_in_citizen(client, "tromso", "per", "galt-passord-9").status_code == 401
    page = sign_in_citizen(client, "tromso", "per", PASSWORD)
    assert page.status_code == 429
    assert MESSAGE in page.get_data(as_text=True)
    assert 'href="/tromso/innsyn/logg-inn"' in page.get_data(as_text=True)
    assert [e.detail.split(";")[0] for e in throttle_events(world)] == ["limit=account"]


def test_at_most_the_bound_of_hashes_run_at_once():
    stored = passwords.hash_password("riktig-passord-1")
    passwords.configure_hashing(1, 30)
    try:
        before = passwords.gate.turns
        passwords.gate.peak = 0
        threads = [
            threading.Thread(target=passwords.verify_password, args=(stored, f"feil-{n}"))
            for n in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert passwords.gate.turns - before == 6
        assert passwords.gate.peak == 1
    finally:
        passwords.configure_hashing()


def test_a_guess_that_cannot_get_a_turn_is_refused_quickly():
    stored = passwords.hash_password("riktig-passord-1")
    passwords.configure_hashing(1, 0.01)
    try:
        # The only slot is taken: the next check does not wait long.
        with passwords.gate.turn(), pytest.raises(passwords.Busy):
            passwords.verify_password(stored, "riktig-passord-1")
    finally:
        passwords.configure_hashing()


def test_a_sign_in_that_cannot_get_a_turn_hears_try_again_not_wrong_password(world, client):
    passwords.configure_hashing(1, 0.01)
    try:
        with passwords.gate.turn():  # another sign-in holds the only slot
            page = sign_in(client, "kari", PASSWORD)
        assert page.status_code == 429
        assert MESSAGE in page.get_data(as_text=True)
    finally:
        passwords.configure_hashing()
    assert sign_in(client, "kari", PASSWORD).request.path == "/vestby/saker"
