"""Local passwords through the real pages (issue 19, «Local passwords»): a signed-in
employee or citizen changes their own (the rules of ``bti.passwords``, errors beside the
field, every other session ended, audited), an administrator's one-time link sets a new one
(once, for a limited time, ending every session), and the sign-in pages say what to do about
a forgotten password without telling which accounts exist."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import (
    AuditEvent,
    AuditOutcome,
    AuditPurpose,
    Citizen,
    PasswordReset,
    StaffUser,
)
from bti.services import citizens, password_reset
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in, sign_in_citizen
from tests.support.world import World

NEW = "blåbær-sykkel-tak-41"
PER = "01017012345"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Tromsø")
    world.employee("Kari", "Prestvannet skole")
    world.employee("Ada", "Prestvannet skole", "administrator")
    with world.transaction() as session:
        citizens.add_local_account(
            session, fodselsnummer=PER, display_name="Per", username="per", password=PASSWORD
        )
    give_passwords(world)
    return world


@pytest.fixture
def app(world):
    return world.deployment.start()


def staff(world: World, username: str = "kari") -> StaffUser:
    with world.db.unscoped() as session:
        return session.exec(select(StaffUser).where(StaffUser.username == username)).one()


def citizen(world: World) -> Citizen:
    with world.scoped() as session:
        return session.exec(select(Citizen).where(Citizen.username == "per")).one()


def events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(select(AuditEvent).where(AuditEvent.action == action).order_by("id"))
        )


def signed_in_staff(app, username: str = "kari", password: str = PASSWORD):
    client = app.test_client()
    page = sign_in(client, username, password)
    assert page.request.path == "/tromso/saker", page.request.path
    return client


def signed_in_citizen(app, password: str = PASSWORD):
    client = app.test_client()
    assert sign_in_citizen(client, "tromso", "per", password).status_code == 302
    return client


def change(client, path: str, *, current: str, new: str, repeat: str | None = None):
    return client.post(
        path,
        data={
            "current_password": current,
            "new_password": new,
            "repeat": new if repeat is None else repeat,
            "csrf_token": csrf(client, path),
        },
    )


def text(response) -> str:
    return response.get_data(as_text=True)


def error_beside(page: str, field: str) -> str:
    found = re.search(rf'id="{field}-error">([^<]+)<', page)
    assert found, f"no message beside {field}"
    return found.group(1)


# -- changing one's own password --------------------------------------------------------------


def test_an_employee_changes_her_password_and_is_signed_out_elsewhere(world, app):
    here, elsewhere = signed_in_staff(app), signed_in_staff(app)
    assert "Bytt passord" in text(here.get("/tromso/saker"))  # the header's user menu
    with clock.frozen(START, app):
        answer = change(here, "/passord", current=PASSWORD, new=NEW)
    assert answer.status_code == 302
    assert "Passordet er byttet" in text(here.get(answer.headers["Location"]))
    assert here.get("/tromso/saker").status_code == 200  # this session stays
    assert elsewhere.get("/tromso/saker").headers["Location"].endswith("/logg-inn")
    assert staff(world).password_changed_at == START
    assert sign_in(app.test_client(), "kari", PASSWORD).request.path == "/logg-inn"
    assert sign_in(app.test_client(), "kari", NEW).request.path == "/tromso/saker"
    [event] = events(world, "account.password_change")
    assert (event.outcome, event.purpose, event.actor_id) == (
        AuditOutcome.ALLOWED,
        AuditPurpose.SECURITY,
        world.staff["Kari"],
    )
    assert event.detail == f"staff={world.staff['Kari']} sessions=1"


def test_a_wrong_current_password_is_said_beside_it_and_changes_nothing(world, app):
    client = signed_in_staff(app)
    before = staff(world).password_hash
    answer = change(client, "/passord", current="ikke-mitt-passord", new=NEW)
    assert answer.status_code == 401
    assert error_beside(text(answer), "current_password") == "Det nåværende passordet er feil."
    assert staff(world).password_hash == before
    [event] = events(world, "account.password_change")
    assert event.outcome == AuditOutcome.DENIED


@pytest.mark.parametrize(
    ("new", "repeat", "field", "message"),
    [
        ("passord123456", None, "new_password", "blant de vanligste"),
        ("kort-pass", None, "new_password", "Bruk minst 12 tegn"),
        ("kari-sitt-passord", None, "new_password", "brukernavnet ditt"),
        (PASSWORD, None, "new_password", "Velg et annet passord enn det du har nå"),
        (NEW, NEW + "x", "repeat", "De to nye passordene er ikke like"),
        ("", None, "new_password", "Skriv inn et nytt passord"),
    ],
)
def test_a_new_password_the_rules_refuse_is_said_beside_it(world, app, new, repeat, field, message):
    client = signed_in_staff(app)
    before = staff(world).password_hash
    answer = change(client, "/passord", current=PASSWORD, new=new, repeat=repeat)
    assert answer.status_code == 400
    page = text(answer)
    assert message in error_beside(page, field)
    assert 'id="error-summary"' in page
    assert staff(world).password_hash == before
    assert staff(world).password_changed_at is None
    assert events(world, "account.password_change") == []


def test_the_change_needs_the_form_token(world, app):
    client = signed_in_staff(app)
    before = staff(world).password_hash
    answer = client.post(
        "/passord", data={"current_password": PASSWORD, "new_password": NEW, "repeat": NEW}
    )
    assert answer.status_code == 400
    assert "Skjemaet er utløpt" in text(answer)
    assert staff(world).password_hash == before


def test_the_change_page_needs_a_sign_in(app):
    assert app.test_client().get("/passord").headers["Location"].endswith("/logg-inn")


def test_a_citizen_changes_their_password_in_the_citizens_pages(world, app):
    here, elsewhere = signed_in_citizen(app), signed_in_citizen(app)
    assert "Bytt passord" in text(here.get("/tromso/innsyn/"))
    answer = change(here, "/tromso/innsyn/passord", current=PASSWORD, new=NEW)
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith("/tromso/innsyn/passord")
    assert here.get("/tromso/innsyn/").status_code == 200
    assert elsewhere.get("/tromso/innsyn/").headers["Location"].endswith("/innsyn/logg-inn")
    assert sign_in_citizen(app.test_client(), "tromso", "per", NEW).status_code == 302
    [event] = events(world, "account.password_change")
    assert event.actor_role == f"innbygger#{citizen(world).id}"
    assert event.purpose == AuditPurpose.SECURITY


def test_a_citizen_sees_the_rules_beside_the_field_too(world, app):
    client = signed_in_citizen(app)
    answer = change(client, "/tromso/innsyn/passord", current=PASSWORD, new="passord123456")
    assert answer.status_code == 400
    assert "blant de vanligste" in error_beside(text(answer), "new_password")
    answer = client.post(
        "/tromso/innsyn/passord",
        data={"current_password": PASSWORD, "new_password": NEW, "repeat": NEW},
    )
    assert answer.status_code == 400 and "Skjemaet er utløpt" in text(answer)


# -- the one-time link ------------------------------------------------------------------------


def issue_for(world: World, kind: str = "staff", name: str = "Kari") -> str:
    """A link issued by Ada, the administrator; the path to give the person."""
    account = world.staff[name] if kind == "staff" else citizen(world).id
    token = password_reset.issue(
        world.db,
        by=world.actor("Ada"),
        account_kind=kind,
        account_id=account,
        municipality_id=world.mid,
    )
    return f"/nytt-passord/{token}"


def set_new(client, path: str, new: str = NEW, repeat: str | None = None):
    return client.post(
        path,
        data={"new_password": new, "repeat": new if repeat is None else repeat,
              "csrf_token": csrf(client, path)},
    )  # fmt: skip


def test_a_link_sets_a_new_password_once_and_signs_out_everywhere(world, app):
    working = signed_in_staff(app)
    with app.app_context():
        path = issue_for(world)
    stranger = app.test_client()
    page = stranger.get(path)
    assert page.status_code == 200
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert page.headers["Cache-Control"] == "no-store"
    # A password the rules refuse: said beside the field, and the link still works.
    refused = set_new(stranger, path, "passord123456")
    assert refused.status_code == 400
    assert "blant de vanligste" in error_beside(text(refused), "new_password")
    done = set_new(stranger, path)
    assert done.status_code == 302 and done.headers["Location"].endswith("/logg-inn")
    assert "Det nye passordet er lagret" in text(stranger.get(done.headers["Location"]))
    assert working.get("/tromso/saker").headers["Location"].endswith("/logg-inn")
    assert sign_in(app.test_client(), "kari", NEW).request.path == "/tromso/saker"
    again = stranger.get(path)
    assert again.status_code == 410
    assert "Lenken kan ikke brukes" in text(again)
    assert set_new(app.test_client(), path, "en-helt-annen-frase-77").status_code == 410
    assert sign_in(app.test_client(), "kari", NEW).request.path == "/tromso/saker"
    [issued] = events(world, "account.reset_issued")
    assert (issued.actor_id, issued.purpose) == (world.staff["Ada"], AuditPurpose.ADMINISTRATION)
    outcomes = [e.outcome for e in events(world, "account.password_reset")]
    assert outcomes == [AuditOutcome.ALLOWED, AuditOutcome.DENIED]


def test_an_expired_a_superseded_and_an_unknown_link_get_the_same_answer(world, app):
    with clock.frozen(START, app) as now, app.app_context():
        old = issue_for(world)
        newer = issue_for(world)
        assert app.test_client().get(old).status_code == 410  # superseded by the newer
        assert app.test_client().get(newer).status_code == 200
        now.advance(timedelta(hours=24, minutes=1))
        pages = [app.test_client().get(path) for path in (old, newer, "/nytt-passord/tull")]
    assert [page.status_code for page in pages] == [410, 410, 410]
    assert len({re.sub(r'value="[^"]*"', "", text(page)) for page in pages}) == 1


def test_the_database_keeps_only_the_hash_of_the_link(world, app):
    with app.app_context():
        path = issue_for(world)
    token = path.rsplit("/", 1)[1]
    with world.db.unscoped() as session:
        [row] = session.exec(select(PasswordReset)).all()
    assert row.token_hash == password_reset.token_hash(token) != token
    assert token not in repr(row.model_dump())
    assert row.expires_at - row.created_at == timedelta(hours=24)


def test_a_citizens_link_leads_to_the_citizens_sign_in(world, app):
    elsewhere = signed_in_citizen(app)
    with app.app_context():
        path = issue_for(world, "citizen")
    done = set_new(app.test_client(), path)
    assert done.headers["Location"].endswith("/tromso/innsyn/logg-inn")
    assert elsewhere.get("/tromso/innsyn/").headers["Location"].endswith("/innsyn/logg-inn")
    assert sign_in_citizen(app.test_client(), "tromso", "per", NEW).status_code == 302


def test_the_link_needs_the_form_token(world, app):
    with app.app_context():
        path = issue_for(world)
    client = app.test_client()
    answer = client.post(path, data={"new_password": NEW, "repeat": NEW})
    assert answer.status_code == 400 and "Skjemaet er utløpt" in text(answer)
    assert client.get(path).status_code == 200  # still unused


def test_the_sign_in_pages_say_to_ask_for_a_link(app):
    client = app.test_client()
    staff_page = text(client.get("/logg-inn"))
    assert "Glemt passordet?" in staff_page
    assert "Be administratoren på arbeidsplassen din om en lenke" in staff_page
    citizen_page = text(client.get("/tromso/innsyn/logg-inn"))
    assert "Glemt passordet?" in citizen_page
    assert "be om en lenke for å lage nytt passord" in citizen_page


# -- the operator's command -------------------------------------------------------------------


def test_the_operator_prints_a_link_that_works_once(world, app):
    runner = app.test_cli_runner()
    with clock.frozen(START, app):
        result = runner.invoke(
            args=["admin", "reset-password", "Kari", "--base-url", "https://bti.example.no/"]
        )
        assert result.exit_code == 0, result.output
        first, link = result.output.strip().splitlines()
        assert first == (
            "Kari: a one-time link to set a new password, valid until 2026-03-03 09:00 UTC:"
        )
        assert link.startswith("https://bti.example.no/nytt-passord/")
        path = link.removeprefix("https://bti.example.no")
        assert set_new(app.test_client(), path).headers["Location"].endswith("/logg-inn")
        assert app.test_client().get(path).status_code == 410
    [event] = events(world, "account.reset_issued")
    assert (event.actor_id, event.actor_role) == (None, "drift")


def test_without_an_address_the_link_starts_at_the_deployment_s_public_one(make_world):
    """``--base-url`` left out: the link starts where the e-mails' links do ([mail] base_url)."""
    world = make_world("Tromsø")
    world.deployment.config["BTI_MAIL_BASE_URL"] = "https://bti.tromso.kommune.no/"
    world.employee("Kari", "Prestvannet skole")
    give_passwords(world)  # the username: kari
    runner = world.deployment.start().test_cli_runner()
    result = runner.invoke(args=["admin", "reset-password", "Kari"])
    assert result.exit_code == 0, result.output
    link = result.output.strip().splitlines()[-1]
    assert link.startswith("https://bti.tromso.kommune.no/nytt-passord/"), link


def test_the_operator_makes_a_citizens_link_or_says_there_is_no_such_account(world, app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["admin", "reset-password", "per", "--citizen", "tromso"])
    assert result.exit_code == 0, result.output
    path = result.output.strip().splitlines()[-1]
    assert set_new(app.test_client(), path).headers["Location"].endswith("/tromso/innsyn/logg-inn")
    unknown = runner.invoke(args=["admin", "reset-password", "per"])
    assert unknown.exit_code == 1
    assert "No active staff account with the username 'per'." in unknown.output
    nowhere = runner.invoke(args=["admin", "reset-password", "per", "--citizen", "lillevik"])
    assert nowhere.exit_code == 1 and "No municipality 'lillevik'" in nowhere.output
