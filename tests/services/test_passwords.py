"""The password services on each database (issue 19, «Local passwords»): who may issue a
one-time link, that it opens once even when two requests race with it, that a new link ends
the older ones, that a password change keeps the session in use and ends the others, and
that an administrator's requirement of the second factor is audited and checked."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.errors import NotFound
from bti.models import AuditEvent, AuditOutcome, AuditPurpose, LoginSession, StaffUser
from bti.passwords import WeakPassword, verify_password
from bti.services import password_change, password_reset, signin, totp
from tests.support.web import PASSWORD, give_passwords
from tests.support.world import World

pytestmark = pytest.mark.database

NEW = "blåbær-sykkel-tak-41"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world("Vestby", "Tromsø", database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.employee("Ada", "Nordby skole", "administrator")
    world.employee("Lise", "Nordby skole", "leder")
    give_passwords(world)
    return world


@pytest.fixture
def tromso_admin(world) -> int:
    """Tove administers Tromsø, where Kari has no post."""
    tromso = world.deployment.municipality_id("Tromsø")
    world.kommune_name = "Tromsø"
    try:
        world.employee("Tove", "Prestvannet skole", "administrator")
    finally:
        world.kommune_name = "Vestby"
    return tromso


def events(world: World, action: str, mid: int | None = None) -> list[AuditEvent]:
    with world.db.scoped(mid or world.mid) as session:
        return list(
            session.exec(select(AuditEvent).where(AuditEvent.action == action).order_by("id"))
        )


def password_hash(world: World, name: str) -> str:
    with world.db.unscoped() as session:
        return session.get(StaffUser, world.staff[name]).password_hash


def issue(world: World, by: str | None = "Ada", name: str = "Kari", **kwargs) -> str:
    with world.deployment.start().app_context():
        return password_reset.issue(
            world.db,
            by=world.actor(by) if by else None,
            account_kind=kwargs.get("kind", "staff"),
            account_id=world.staff[name],
            municipality_id=kwargs.get("mid", world.mid if by else None),
        )


def test_only_an_administrator_of_the_account_issues_a_link(world, tromso_admin):
    with pytest.raises(NotFound):
        issue(world, by="Lise")  # a leader, not an administrator
    tove = world.deployment.start()
    with tove.app_context(), world.db.scoped(tromso_admin) as session:
        from bti.services.actors import load_actor

        tove_actor = load_actor(session, world.staff["Tove"])
    with pytest.raises(NotFound):  # Kari has no post in Tromsø
        password_reset.issue(
            world.db,
            by=tove_actor,
            account_kind="staff",
            account_id=world.staff["Kari"],
            municipality_id=tromso_admin,
        )
    with pytest.raises(NotFound):  # no such account
        issue(world, name="Kari", kind="citizen")
    denied = events(world, "account.reset_issued")
    assert [(e.outcome, e.actor_id) for e in denied] == [
        (AuditOutcome.DENIED, world.staff["Lise"]),
        (AuditOutcome.DENIED, world.staff["Ada"]),
    ]
    assert [e.outcome for e in events(world, "account.reset_issued", tromso_admin)] == [
        AuditOutcome.DENIED
    ]
    with world.db.unscoped() as session:
        assert session.exec(select(password_reset.PasswordReset)).all() == []


def test_the_operator_issues_a_link_recorded_where_the_person_works(world):
    token = issue(world, by=None)
    [event] = events(world, "account.reset_issued")
    assert (event.actor_id, event.actor_role, event.purpose) == (
        None,
        "drift",
        AuditPurpose.ADMINISTRATION,
    )
    assert event.detail == f"staff={world.staff['Kari']}"
    assert password_reset.usable(world.db, token=token)


def test_a_link_opens_once_even_when_two_requests_race(world):
    token = issue(world)
    results: list[str] = []
    barrier = threading.Barrier(2)

    def use(password: str) -> None:
        barrier.wait()
        try:
            password_reset.redeem(world.db, token=token, password=password)
            results.append(password)
        except password_reset.Unusable:
            results.append("refused")

    threads = [
        threading.Thread(target=use, args=(password,))
        for password in (NEW, "en-helt-annen-frase-77")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(result == "refused" for result in results) == [False, True]
    winner = next(r for r in results if r != "refused")
    assert verify_password(password_hash(world, "Kari"), winner)
    outcomes = sorted(e.outcome for e in events(world, "account.password_reset"))
    assert outcomes == [AuditOutcome.ALLOWED, AuditOutcome.DENIED]


def test_a_weak_password_leaves_the_link_usable(world):
    token = issue(world)
    with pytest.raises(WeakPassword):
        password_reset.redeem(world.db, token=token, password="passord123456")
    assert password_reset.usable(world.db, token=token)
    password_reset.redeem(world.db, token=token, password=NEW)
    assert not password_reset.usable(world.db, token=token)


def test_a_new_link_ends_the_older_and_a_link_expires(world):
    app = world.deployment.start()
    with clock.frozen(START, app) as now, app.app_context():
        first = issue(world)
        second = issue(world)
        assert not password_reset.usable(world.db, token=first)
        assert password_reset.usable(world.db, token=second)
        now.advance(timedelta(hours=23, minutes=59))
        assert password_reset.usable(world.db, token=second)
        now.advance(timedelta(minutes=2))
        assert not password_reset.usable(world.db, token=second)
        with pytest.raises(password_reset.Unusable):
            password_reset.redeem(world.db, token=second, password=NEW)
    assert password_hash(world, "Kari") != "" and verify_password(
        password_hash(world, "Kari"), PASSWORD
    )


def test_a_disabled_account_gets_no_link_and_cannot_use_one(world):
    from bti.services import accounts

    token = issue(world)
    accounts.deactivate_user(world.db, username="kari")
    with pytest.raises(password_reset.Unusable):
        password_reset.redeem(world.db, token=token, password=NEW)
    with pytest.raises(NotFound):
        issue(world)


def test_a_change_keeps_this_session_and_ends_the_others(world):
    kari = world.staff["Kari"]
    tokens = [signin.sign_in(world.db, username="kari", password=PASSWORD) for _ in range(3)]
    ended = password_change.change(
        world.db,
        kind="staff",
        account_id=kari,
        keep_token=tokens[0],
        current=PASSWORD,
        new=NEW,
    )
    assert ended == 2
    with world.db.unscoped() as session:
        open_ = session.exec(
            select(LoginSession.token_hash).where(
                LoginSession.user_id == kari, LoginSession.ended_at.is_(None)
            )
        ).all()
    assert open_ == [signin.token_hash(tokens[0])]


def test_an_administrator_requires_the_second_factor(world, tromso_admin):
    kari, db = world.staff["Kari"], world.db
    assert totp.needed(db, user_id=kari, method="password", required=False) is None
    assert totp.require(
        db, by=world.actor("Ada"), user_id=kari, required=True, municipality_id=world.mid
    )
    # Even where the deployment does not require it of leaders: it is asked of her.
    assert totp.needed(db, user_id=kari, method="password", required=False) == totp.Next.ENROL
    assert totp.status(db, user_id=kari, required=False).must_have
    assert totp.needed(db, user_id=kari, method="oidc", required=False) is None
    with pytest.raises(NotFound):
        totp.require(
            db, by=world.actor("Lise"), user_id=kari, required=False, municipality_id=world.mid
        )
    assert totp.require(db, by=None, user_id=kari, required=False, municipality_id=None)
    assert totp.needed(db, user_id=kari, method="password", required=False) is None
    found = [
        (e.action, e.outcome, e.actor_role)
        for e in events(world, "account.totp_required") + events(world, "account.totp_not_required")
    ]
    assert found == [
        ("account.totp_required", AuditOutcome.ALLOWED, world.actor("Ada").role_label),
        ("account.totp_not_required", AuditOutcome.DENIED, world.actor("Lise").role_label),
        ("account.totp_not_required", AuditOutcome.ALLOWED, "drift"),
    ]
