"""The second factor (issue 17, «Sign-in»): enrolment by QR code confirmed with a first
code, a code page after the password for those enrolled, required for leaders and
administrators where the deployment says so, ±1 step, no replay; all through the real pages
with real pyotp codes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from sqlmodel import select

from bti import clock
from bti.models import AuditEvent, StaffUser
from bti.services import totp
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in
from tests.support.world import World

START = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # a step boundary (divisible by 30 s)


@pytest.fixture
def make_app(make_app):
    """The deployment requires the second factor (off elsewhere in the tests), and
    throttles."""

    def factory(plugins=(), **config):
        defaults = {"BTI_TOTP_REQUIRED": True, "RATELIMIT_ENABLED": True}
        return make_app(plugins, **{**defaults, **config})

    return factory


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby")
    world.employee("Kari", "Nordby skole")
    world.employee("Lise", "Nordby skole", "leder")
    give_passwords(world)
    return world


@pytest.fixture
def app(world):
    return world.deployment.start()


@pytest.fixture
def now(app):
    with clock.frozen(START, app) as fixed:
        yield fixed


def post_code(client, path: str, code: str):
    return client.post(path, data={"code": code, "csrf_token": csrf(client, path)})


def enrol(client) -> pyotp.TOTP:
    """Read the key off the enrolment page, as a person typing it into their app would."""
    page = client.get("/tofaktor").get_data(as_text=True)
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+"', page)
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", page).group(1).replace(" ", "")
    return pyotp.TOTP(key)


def user(world: World, username: str) -> StaffUser:
    with world.db.unscoped() as session:
        return session.exec(select(StaffUser).where(StaffUser.username == username)).one()


def secret_of(world: World, username: str) -> str | None:
    return user(world, username).totp_secret


def test_a_leader_must_enrol_before_anything_else_then_signs_in_with_codes(world, app, now):
    client = app.test_client()
    page = sign_in(client, "lise")
    assert page.request.path == "/tofaktor"
    assert "Rollen din krever tofaktor" in page.get_data(as_text=True)
    # Nothing else opens before enrolment: no session yet.
    assert client.get("/vestby/saker").headers["Location"].endswith("/logg-inn")
    app_on_phone = enrol(client)
    assert post_code(client, "/tofaktor", "000000").status_code == 400
    done = post_code(client, "/tofaktor", app_on_phone.at(START))
    assert done.status_code == 302
    assert client.get("/vestby/saker", follow_redirects=True).request.path == "/vestby/saker"

    # Next time: the password, then a code from the app.
    later = app.test_client()
    now.advance(timedelta(minutes=2))
    page = sign_in(later, "lise")
    assert page.request.path == "/logg-inn/kode"
    assert later.get("/vestby/saker").status_code == 302
    answer = post_code(later, "/logg-inn/kode", app_on_phone.at(now.now()))
    assert answer.status_code == 302
    assert later.get(answer.headers["Location"], follow_redirects=True).request.path == (
        "/vestby/saker"
    )


def test_a_code_works_once_and_one_step_either_side(world, app, now):
    client = app.test_client()
    sign_in(client, "lise")
    app_on_phone = enrol(client)
    post_code(client, "/tofaktor", app_on_phone.at(START))
    now.advance(timedelta(minutes=5))
    at = now.now()

    def signed_in_with(code: str) -> int:
        browser = app.test_client()
        assert sign_in(browser, "lise").request.path == "/logg-inn/kode"
        return post_code(browser, "/logg-inn/kode", code).status_code

    assert signed_in_with(app_on_phone.at(at - timedelta(seconds=60))) == 401  # two steps old
    assert signed_in_with(app_on_phone.at(at - timedelta(seconds=30))) == 302  # one step old
    assert signed_in_with(app_on_phone.at(at - timedelta(seconds=30))) == 401  # replayed
    assert signed_in_with(app_on_phone.at(at)) == 302
    assert signed_in_with(app_on_phone.at(at)) == 401  # replayed
    assert signed_in_with(app_on_phone.at(at + timedelta(seconds=30))) == 302  # clock ahead
    assert signed_in_with(app_on_phone.at(at + timedelta(seconds=60))) == 401


def test_guessing_codes_is_throttled_like_passwords(world, app, now):
    client = app.test_client()
    sign_in(client, "lise")
    app_on_phone = enrol(client)
    post_code(client, "/tofaktor", app_on_phone.at(START))
    guesser = app.test_client()
    assert sign_in(guesser, "lise").request.path == "/logg-inn/kode"
    for guess in ("111111", "222222", "333333", "444444", "555555"):
        assert post_code(guesser, "/logg-inn/kode", guess).status_code == 401
    page = post_code(guesser, "/logg-inn/kode", app_on_phone.at(START + timedelta(seconds=30)))
    assert page.status_code == 429
    assert "For mange forsøk" in page.get_data(as_text=True)


def test_an_employee_may_turn_it_on_and_off(world, app, now):
    client = app.test_client()
    assert sign_in(client, "kari").request.path == "/vestby/saker"  # not required
    app_on_phone = enrol(client)
    assert post_code(client, "/tofaktor", app_on_phone.at(START)).status_code == 302
    assert "Tofaktor er slått på" in client.get("/tofaktor").get_data(as_text=True)
    assert secret_of(world, "kari") == app_on_phone.secret
    now.advance(timedelta(seconds=30))
    assert post_code(client, "/tofaktor/av", app_on_phone.at(now.now())).status_code == 302
    assert secret_of(world, "kari") is None
    with world.scoped() as session:
        actions = session.exec(
            select(AuditEvent.action).where(AuditEvent.action.startswith("signin.totp"))
        ).all()
    assert actions == ["signin.totp_on", "signin.totp_off"]
    assert sign_in(app.test_client(), "kari").request.path == "/vestby/saker"


def test_a_leader_cannot_turn_it_off(world, app, now):
    client = app.test_client()
    sign_in(client, "lise")
    app_on_phone = enrol(client)
    post_code(client, "/tofaktor", app_on_phone.at(START))
    now.advance(timedelta(seconds=30))
    post_code(client, "/tofaktor/av", app_on_phone.at(now.now()))
    assert secret_of(world, "lise") == app_on_phone.secret


def test_the_code_page_needs_the_password_first(app):
    client = app.test_client()
    assert client.get("/logg-inn/kode").headers["Location"].endswith("/logg-inn")
    token = csrf(client, "/logg-inn")
    answer = client.post("/logg-inn/kode", data={"code": "123456", "csrf_token": token})
    assert answer.headers["Location"].endswith("/logg-inn")


def test_sign_in_through_the_identity_provider_asks_for_no_code(world, app):
    user_id, db = user(world, "lise").id, world.db
    assert totp.needed(db, user_id=user_id, method="password", required=True) == totp.Next.ENROL
    assert totp.needed(db, user_id=user_id, method="oidc", required=True) is None
    assert totp.needed(db, user_id=user_id, method="password", required=False) is None


def test_not_required_in_the_demo_and_tests_by_default(make_world):
    world = make_world("Vestby")
    world.employee("Lise", "Nordby skole", "leder")
    give_passwords(world)
    client = world.deployment.start().test_client()
    client.application.config.pop("BTI_TOTP_REQUIRED", None)
    assert sign_in(client, "lise", PASSWORD).request.path == "/vestby/saker"


@pytest.mark.database
def test_a_spent_code_stays_spent_on_both_databases(make_world, database_url):
    world = make_world("Vestby", database_url=database_url)
    world.employee("Kari", "Nordby skole")
    give_passwords(world)
    db, kari = world.db, user(world, "kari").id
    secret = totp.new_secret()
    app = world.deployment.start()
    with app.app_context(), clock.frozen(START, app):
        code = pyotp.TOTP(secret).at(START)
        assert totp.confirm(db, user_id=kari, secret=secret, code=code)
        assert not totp.check(db, user_id=kari, code=code)  # the enrolment spent it
        later = pyotp.TOTP(secret).at(START + timedelta(seconds=30))
        assert totp.check(db, user_id=kari, code=later)
        assert not totp.check(db, user_id=kari, code=later)
