"""Sessions end when they should: a fixed lifetime however active, a cap on open sessions per
person, and at once on every device when the account is disabled (``bti admin
deactivate-user``). The platform's clock is set, so hours pass in a moment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bti.clock import FixedClock
from bti.config import SessionLimits
from bti.models import AuditEvent, Citizen, CitizenSession, LoginSession, StaffUser
from bti.services import citizens, signin
from tests.support.web import PASSWORD, give_passwords, sign_in, sign_in_citizen
from tests.support.world import World

MONDAY = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


pytestmark = pytest.mark.database


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world("Vestby", "Tromsø", database_url=database_url)
    world.employee("Kari", "Nordby skole")
    give_passwords(world)
    return world


@pytest.fixture
def clock(world) -> FixedClock:
    app = world.deployment.start()
    app.extensions["bti_clock"] = clock = FixedClock(MONDAY)
    return clock


def _client(world: World, *, page: bool = False):
    """Kari signed in on a new client: through the sign-in page, or (quicker: no password
    to check) with a session the sign-in service starts, as the page would."""
    client = world.deployment.start().test_client()
    if page:
        sign_in(client)
        return client
    app = world.deployment.start()
    with app.app_context():
        token = signin.start(world.db, user_id=world.staff["Kari"])
    with client.session_transaction() as browser:
        browser["sid"] = token
    assert client.get("/velg-kommune").status_code == 302
    return client


def _open_sessions(world: World) -> list[LoginSession]:
    with world.db.unscoped() as session:
        return list(session.exec(select(LoginSession).where(LoginSession.ended_at.is_(None))))


def _signed_out(response, message: str) -> None:
    assert response.request.path == "/logg-inn"
    assert message in response.get_data(as_text=True)


# -- the absolute lifetime ---------------------------------------------------------------------


def test_a_sign_in_lasts_ten_hours_however_active(world, clock):
    client = _client(world, page=True)
    for _ in range(20):  # a request every 29 minutes: never idle
        clock.advance(timedelta(minutes=29))
        assert client.get("/vestby/saker").status_code == 200
    clock.advance(timedelta(minutes=20))  # ten hours after signing in
    response = client.get("/vestby/saker", follow_redirects=True)
    _signed_out(response, "Du ble logget ut: en innlogging varer i høyst 10 timer.")
    assert _open_sessions(world) == []


def test_idle_comes_before_the_lifetime_in_the_message(world, clock):
    client = _client(world)
    clock.advance(timedelta(hours=11))
    _signed_out(client.get("/vestby/saker", follow_redirects=True), "uten aktivitet")


@pytest.mark.parametrize(
    ("idle", "since_sign_in", "reason"),
    [
        (timedelta(minutes=29), timedelta(hours=1), None),
        (timedelta(minutes=31), timedelta(hours=1), signin.Closed.IDLE),
        (timedelta(minutes=1), timedelta(hours=2), signin.Closed.EXPIRED),
        (timedelta(minutes=1), timedelta(hours=1, minutes=59), None),
    ],
)
def test_the_limits_come_from_the_configuration(idle, since_sign_in, reason):
    limits = SessionLimits(idle_minutes=30, hours=2)
    login = LoginSession(
        token_hash="x", user_id=1, created_at=MONDAY, last_seen_at=MONDAY + since_sign_in - idle
    )

    class Session:
        def add(self, _row):
            pass

    now = MONDAY + since_sign_in
    assert signin.why_closed(Session(), login, now=now, limits=limits) == reason
    assert (login.ended_at is None) == (reason is None)


def test_the_citizens_session_has_the_same_lifetime(world, clock):
    client = _citizen(world)
    for _ in range(20):
        clock.advance(timedelta(minutes=29))
        assert client.get("/tromso/innsyn/").status_code == 200
    clock.advance(timedelta(minutes=20))
    response = client.get("/tromso/innsyn/", follow_redirects=True)
    assert response.request.path == "/tromso/innsyn/logg-inn"
    assert "høyst 10 timer" in response.get_data(as_text=True)


def _citizen(world: World):
    """Per, a guardian in Tromsø, signed in on the citizens' pages."""
    with world.db.transaction(_tromso(world)) as session:
        citizens.add_local_account(
            session,
            fodselsnummer="01017012345",
            display_name="Per Testesen",
            username="per",
            password=PASSWORD,
        )
    client = world.deployment.start().test_client()
    assert sign_in_citizen(client, "tromso", "per").status_code == 302
    return client


def _tromso(world: World) -> int:
    return world.db.municipality_ids()["tromso"]


# -- the cap on open sessions ------------------------------------------------------------------


def test_a_sixth_sign_in_ends_the_oldest(world, clock):
    clients = []
    for number in range(6):
        clients.append(_client(world, page=number == 5))
        clock.advance(timedelta(minutes=1))
    assert len(_open_sessions(world)) == 5
    _signed_out(clients[0].get("/vestby/saker", follow_redirects=True), "Økten din er avsluttet.")
    for client in clients[1:]:
        assert client.get("/vestby/saker").status_code == 200


def test_sessions_that_ran_out_are_ended_and_not_counted(world, clock):
    first = _client(world)
    clock.advance(timedelta(hours=1))  # the first one is idle by now
    later = [_client(world) for _ in range(5)]
    assert len(_open_sessions(world)) == 5
    for client in later:
        assert client.get("/vestby/saker").status_code == 200
    # Ended by the next sign-in's count, so it is simply over.
    _signed_out(first.get("/vestby/saker", follow_redirects=True), "Økten din er avsluttet.")


# -- disabling an account ----------------------------------------------------------------------


def test_disabling_an_account_ends_its_sessions_on_every_device(world, clock):
    phone, laptop = _client(world), _client(world)
    result = (
        world.deployment.start().test_cli_runner().invoke(args=["admin", "deactivate-user", "Kari"])
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Kari: disabled; 2 open session(s) ended."
    assert _open_sessions(world) == []
    for client in (phone, laptop):
        _signed_out(client.get("/vestby/saker", follow_redirects=True), "Økten din er avsluttet.")
    assert sign_in(world.deployment.start().test_client()).status_code == 401
    with world.db.unscoped() as session:
        kari = session.exec(select(StaffUser).where(StaffUser.username == "kari")).one()
        assert not kari.active
    with world.db.scoped(world.mid) as session:
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "account.deactivate")
        ).one()
    assert (event.actor_id, event.actor_role) == (None, "drift")
    assert event.detail == f"user={kari.id} sessions=2"


def test_disabling_twice_or_an_unknown_account_says_so(world):
    runner = world.deployment.start().test_cli_runner()
    runner.invoke(args=["admin", "deactivate-user", "kari"])
    again = runner.invoke(args=["admin", "deactivate-user", "kari"])
    assert again.exit_code == 0 and "was already disabled; 0 open session(s)" in again.output
    unknown = runner.invoke(args=["admin", "deactivate-user", "ingen"])
    assert unknown.exit_code == 1
    assert "No staff account with the username 'ingen'." in unknown.output


def test_disabling_a_citizens_account_ends_their_sessions(world):
    client = _citizen(world)
    runner = world.deployment.start().test_cli_runner()
    result = runner.invoke(args=["admin", "deactivate-user", "per", "--citizen", "tromso"])
    assert result.exit_code == 0, result.output
    assert "1 open session(s) ended" in result.output
    response = client.get("/tromso/innsyn/", follow_redirects=True)
    assert response.request.path == "/tromso/innsyn/logg-inn"
    assert "Økten din er avsluttet." in response.get_data(as_text=True)
    with world.db.scoped(_tromso(world)) as session:
        assert session.exec(select(CitizenSession.ended_at)).one() is not None
        assert not session.exec(select(Citizen.active)).one()
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "account.deactivate")
        ).one()
        assert event.actor_role == "drift"
