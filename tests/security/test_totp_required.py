"""An administrator requires the second factor of one person (issue 19, «Local passwords»:
«an administrator can require TOTP»): at the next sign-in she is led to enrolment before
anything else opens, exactly as a leader is where the deployment requires it, and she cannot
turn it off while it is required. Through the real pages, with real pyotp codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bti import clock
from bti.services import totp
from tests.security.test_totp import enrol, post_code, secret_of
from tests.support.web import give_passwords, sign_in
from tests.support.world import World

START = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby")
    world.employee("Kari", "Nordby skole")
    world.employee("Ada", "Nordby skole", "administrator")
    give_passwords(world)
    return world


@pytest.fixture
def app(world):
    # The deployment does not require it of any role (as in development and the demo).
    return world.deployment.start()


def require(world: World, required: bool = True) -> None:
    totp.require(
        world.db,
        by=world.actor("Ada"),
        user_id=world.staff["Kari"],
        required=required,
        municipality_id=world.mid,
    )


def test_required_by_the_administrator_she_enrols_before_anything_else(world, app):
    assert sign_in(app.test_client(), "kari").request.path == "/vestby/saker"
    require(world)
    client = app.test_client()
    with clock.frozen(START, app) as now:
        page = sign_in(client, "kari")
        assert page.request.path == "/tofaktor"
        assert "Administratoren din krever tofaktorinnlogging for deg" in page.get_data(
            as_text=True
        )
        assert client.get("/vestby/saker").headers["Location"].endswith("/logg-inn")
        app_on_phone = enrol(client)
        assert post_code(client, "/tofaktor", app_on_phone.at(START)).status_code == 302
        assert client.get("/vestby/saker", follow_redirects=True).request.path == "/vestby/saker"
        # She cannot turn it off while it is required.
        on = client.get("/tofaktor").get_data(as_text=True)
        assert "den kan ikke slås av" in on and "/tofaktor/av" not in on
        now.advance(timedelta(seconds=30))
        post_code(client, "/tofaktor/av", app_on_phone.at(now.now()))
        assert secret_of(world, "kari") == app_on_phone.secret
        # The next sign-in asks for a code.
        now.advance(timedelta(minutes=1))
        assert sign_in(app.test_client(), "kari").request.path == "/logg-inn/kode"


def test_no_longer_required_she_may_turn_it_off(world, app):
    require(world)
    client = app.test_client()
    with clock.frozen(START, app) as now:
        sign_in(client, "kari")
        app_on_phone = enrol(client)
        post_code(client, "/tofaktor", app_on_phone.at(START))
        require(world, required=False)
        now.advance(timedelta(seconds=30))
        assert post_code(client, "/tofaktor/av", app_on_phone.at(now.now())).status_code == 302
    assert secret_of(world, "kari") is None


def test_the_operator_requires_it_on_the_command_line(world, app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["admin", "require-totp", "kari"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "kari: the second factor is required."
    assert sign_in(app.test_client(), "kari").request.path == "/tofaktor"
    again = runner.invoke(args=["admin", "require-totp", "kari"])
    assert again.output.strip() == "kari: the second factor is required (as before)."
    off = runner.invoke(args=["admin", "require-totp", "kari", "--off"])
    assert off.output.strip() == "kari: the second factor is no longer required."
    assert sign_in(app.test_client(), "kari").request.path == "/vestby/saker"
    unknown = runner.invoke(args=["admin", "require-totp", "ingen"])
    assert unknown.exit_code == 1 and "No active staff account" in unknown.output
