"""Guardians and youth read their own stafettlogg (Tromsø: «Foreldre og ungdom har tilgang
Stafettloggen på lik linje med de tjenesteytere som er involvert», shared/seeds/
004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»): through the real sign-in page, read-only,
never another case, never a health-internal entry, never a case reported to barnevern,
every read audited — and the pages do not exist where the municipality gives no access."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import (
    AuditEvent,
    AuditOutcome,
    Case,
    Citizen,
    Guardian,
    Notification,
    NotificationStatus,
    StafettloggEntry,
    Subject,
)
from bti.services import cases, citizens, consents, meetings, stafettlogg
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in_citizen, signed_in
from tests.support.world import World, birth_date_for

PER, ANNE, EMMA, JON = "01017012345", "02027012345", "03031012345", "04041112345"


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Tromsø", "Jevnaker")
    world.employee("Kari", "Prestvannet skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.child("Siri", birth_date=birth_date_for(9))
    world.guardian("Anne", "Siri")
    world.child("Emma", birth_date=birth_date_for(15))
    world.guardian("Eva", "Emma")
    world.child("Jon", birth_date=birth_date_for(14))
    world.guardian("Jens", "Jon")
    with world.transaction() as session:
        for name, number in (("Per", PER), ("Anne", ANNE)):
            guardian = session.get(Guardian, world.guardians[name])
            guardian.fodselsnummer = number
            session.add(guardian)
        for name, number in (("Emma", EMMA), ("Jon", JON)):
            subject = session.get(Subject, world.children[name])
            subject.fodselsnummer = number
            session.add(subject)
        for username, number in (("per", PER), ("emma", EMMA), ("jon", JON)):
            citizens.add_local_account(
                session,
                fodselsnummer=number,
                display_name=username.title(),
                username=username,
                password=PASSWORD,
            )
    world.cases = {name: _with_stafettlogg(world, name) for name in ("Ola", "Siri", "Emma", "Jon")}
    give_passwords(world)
    return world


def _with_stafettlogg(world: World, child: str) -> str:
    """A case at nivå 2 with its stafettlogg, as Tromsø's guide walks it: the decision to go
    to nivå 2, consent to cooperation signed by those who sign, then the stafettlogg."""
    case_id = world.open_case("Kari", child)
    world.act_ok(
        "Kari", cases.decide, case_id=case_id, outcome="level_2", rationale="Behov for samarbeid."
    )
    today = clock.today(world.kommune)
    consent = world.act_ok(
        "Kari",
        consents.register,
        case_id=case_id,
        services=["skolehelsetjeneste"],
        valid_from=today,
        valid_to=today + timedelta(days=180),
    )
    with world.scoped() as session:
        subject_id = session.get(Case, case_id).subject_id
        signers = [
            *session.exec(select(Guardian.id).where(Guardian.subject_id == subject_id)),
            "subject",
        ]
    for signer in signers:
        with world.scoped() as session:
            if consents.has_valid(session, case_id=case_id, on=today):
                break
        world.act("Kari", consents.sign, consent_id=consent.id, signer=signer, signed_on=today)
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=case_id, holder_id=world.staff["Kari"]
    )
    world.act_ok(
        "Kari",
        stafettlogg.add_measure,
        case_id=case_id,
        goal=f"{child} trives i klassen",
        measure="Fast samtale med kontaktlærer hver mandag",
        follow_up_on=clock.today(world.kommune) + timedelta(days=30),
        responsible_id=world.staff["Kari"],
    )
    with world.transaction() as session:  # written by health: never shown to the family
        session.add(
            StafettloggEntry(
                case_id=case_id,
                kind="note",
                text=f"Helseopplysning om {child}",
                author_id=world.staff["Kari"],
                health_internal=True,
            )
        )
    return case_id


def _client(world: World):
    return world.deployment.start().test_client()


def _citizen(world: World, username: str):
    client = _client(world)
    assert sign_in_citizen(client, "tromso", username).status_code == 302
    return client


def _events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_guardian_reads_exactly_their_childs_stafettlogg(world):
    client = _citizen(world, "per")
    listing = client.get("/tromso/innsyn/").get_data(as_text=True)
    assert "Stafettloggen for Ola Testesen" in listing
    assert "Siri" not in listing and "Emma" not in listing

    response = client.get(f"/tromso/innsyn/stafettlogg/{world.cases['Ola']}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert "Ola trives i klassen" in page  # the goal
    assert "Fast samtale med kontaktlærer hver mandag" in page  # the activity
    assert "Kari" in page  # who does it, and who takes part
    assert "Helseopplysning" not in page  # never a health-internal entry
    assert "<form" not in page.split("<main", 1)[1].split("</main>", 1)[0]  # read-only
    assert PER not in page

    # Another child's stafettlogg is simply not there.
    other = client.get(f"/tromso/innsyn/stafettlogg/{world.cases['Siri']}")
    assert other.status_code == 404
    reads = _events(world, "citizen.read")
    allowed = [e for e in reads if e.outcome == AuditOutcome.ALLOWED]
    denied = [e for e in reads if e.outcome == AuditOutcome.DENIED]
    assert [e.case_ref for e in allowed] == [world.cases["Ola"]]
    assert [e.case_ref for e in denied] == [world.cases["Siri"]]
    assert all(e.actor_id is None and e.actor_role.startswith("innbygger#") for e in reads)


def test_the_youth_reads_their_own_from_15(world):
    emma = _citizen(world, "emma")
    assert "Stafettloggen for Emma Testesen" in emma.get("/tromso/innsyn/").get_data(as_text=True)
    assert emma.get(f"/tromso/innsyn/stafettlogg/{world.cases['Emma']}").status_code == 200

    jon = _citizen(world, "jon")  # 14: not yet
    assert "Det finnes ingen stafettlogg du kan lese" in jon.get("/tromso/innsyn/").get_data(
        as_text=True
    )
    assert jon.get(f"/tromso/innsyn/stafettlogg/{world.cases['Jon']}").status_code == 404


def test_nothing_is_shown_while_the_case_is_reported_to_barnevern(world):
    world.act_ok(
        "Kari",
        cases.report_to_barnevern,
        case_id=world.cases["Ola"],
        recipient="Mottaket i barneverntjenesten",
    )
    client = _citizen(world, "per")
    assert "Ola" not in client.get("/tromso/innsyn/").get_data(as_text=True)
    assert client.get(f"/tromso/innsyn/stafettlogg/{world.cases['Ola']}").status_code == 404


def test_a_guardian_no_longer_reads_when_the_child_is_of_age(world):
    with world.transaction() as session:
        subject = session.get(Subject, world.children["Ola"])
        subject.birth_date = birth_date_for(18)
        session.add(subject)
    client = _citizen(world, "per")
    assert client.get(f"/tromso/innsyn/stafettlogg/{world.cases['Ola']}").status_code == 404


def test_a_wrong_password_says_nothing_about_the_account(world):
    client = _client(world)
    response = sign_in_citizen(client, "tromso", "per", "feil-passord")
    assert response.status_code == 401
    assert "Brukernavnet eller passordet er feil." in response.get_data(as_text=True)
    unknown = sign_in_citizen(client, "tromso", "ingen-slik", "feil-passord")
    assert unknown.status_code == 401
    assert client.get("/tromso/innsyn/").status_code == 302


def test_citizens_and_staff_keep_to_their_own_pages(world):
    citizen = _citizen(world, "per")
    staff_page = citizen.get("/tromso/saker")
    assert staff_page.status_code == 302 and staff_page.headers["Location"].endswith("/logg-inn")
    assert citizen.get(f"/tromso/sak/{world.cases['Ola']}").status_code == 302

    staff = signed_in(world, "kari")
    to_sign_in = staff.get("/tromso/innsyn/")
    assert to_sign_in.headers["Location"].endswith("/tromso/innsyn/logg-inn")


def test_signing_out_ends_the_session_and_needs_the_form_token(world):
    client = _citizen(world, "per")
    assert client.post("/tromso/innsyn/logg-ut").status_code == 400  # no CSRF token
    token = csrf(client, "/tromso/innsyn/")
    client.post("/tromso/innsyn/logg-ut", data={"csrf_token": token})
    assert client.get("/tromso/innsyn/").status_code == 302


def test_the_pages_do_not_exist_where_the_municipality_gives_no_access(world):
    client = _client(world)
    assert client.get("/jevnaker/innsyn/logg-inn").status_code == 404
    assert client.get("/jevnaker/innsyn/").status_code == 404


def _invite_per(world: World) -> None:
    world.act_ok(
        "Kari",
        meetings.plan,
        case_id=world.cases["Ola"],
        kind="samarbeidsmote",
        starts_at=clock.now() + timedelta(days=3),
        place="Skolen",
        agenda="Samtale",
        guardian_ids=[world.guardians["Per"]],
    )


def _notices_to_per(world: World) -> list[tuple[str, str | None]]:
    """Per's notices: how each was to go, and to which address (none when not by e-mail)."""
    with world.scoped() as session:
        per = session.exec(select(Citizen).where(Citizen.username == "per")).one()
        rows = session.exec(
            select(Notification).where(Notification.citizen_id == per.id).order_by("id")
        )
        return [(row.status, per.email) for row in rows]


def test_a_guardian_gives_the_address_notices_go_to_and_removes_it_again(world):
    client = _citizen(world, "per")
    page = client.get("/tromso/innsyn/varsler").get_data(as_text=True)
    assert "Varsler på e-post" in page and "nevner ingen navn" in page
    token = csrf(client, "/tromso/innsyn/varsler")
    saved = client.post(
        "/tromso/innsyn/varsler", data={"csrf_token": token, "email": " per@eksempel.no "}
    )
    assert saved.status_code == 302
    page = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "Varslene sendes til denne adressen." in page
    assert 'value="per@eksempel.no"' in page
    _invite_per(world)
    assert _notices_to_per(world) == [(NotificationStatus.QUEUED, "per@eksempel.no")]

    client.post("/tromso/innsyn/varsler", data={"csrf_token": token, "email": ""})
    _invite_per(world)
    assert _notices_to_per(world)[-1] == (NotificationStatus.IN_APP, None)
    assert [e.detail for e in _events(world, "citizen.email_changed")] == ["given", "removed"]
    assert all("per@" not in (e.detail or "") for e in _events(world, "citizen.email_changed"))


def test_a_bad_address_is_shown_beside_the_field_and_nothing_is_saved(world):
    client = _citizen(world, "per")
    token = csrf(client, "/tromso/innsyn/varsler")
    answer = client.post("/tromso/innsyn/varsler", data={"csrf_token": token, "email": "per@"})
    assert answer.status_code == 400
    page = answer.get_data(as_text=True)
    assert "Skriv en e-postadresse som navn@eksempel.no, eller la feltet stå tomt." in page
    assert 'value="per@"' in page
    assert _events(world, "citizen.email_changed") == []
    assert client.post("/tromso/innsyn/varsler", data={"email": "a@b.no"}).status_code == 400
    assert _events(world, "citizen.email_changed") == []


def test_the_notices_page_needs_a_signed_in_citizen(world):
    answer = _client(world).get("/tromso/innsyn/varsler")
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith("/tromso/innsyn/logg-inn")
    assert _client(world).get("/jevnaker/innsyn/varsler").status_code == 404


def _per_notice_ids(world: World) -> list[int]:
    with world.scoped() as session:
        per = session.exec(select(Citizen.id).where(Citizen.username == "per")).one()
        return list(
            session.exec(
                select(Notification.id).where(Notification.citizen_id == per).order_by("id")
            )
        )


def test_a_guardian_without_an_address_finds_the_invitation_under_notices(world):
    _invite_per(world)  # Per gave no address: the notice waits in his list, sent nowhere
    assert _notices_to_per(world) == [(NotificationStatus.IN_APP, None)]
    [notice] = _per_notice_ids(world)
    client = _citizen(world, "per")
    menu = client.get("/tromso/innsyn/").get_data(as_text=True)
    assert "Varsler" in menu and "(1 uleste)" in menu
    page = client.get("/tromso/innsyn/varsler").get_data(as_text=True)
    main = page.split("<main", 1)[1].split("</main>", 1)[0]
    assert "1 uleste" in main and "Ulest:" in main
    assert "Du er invitert til et møte" in main and "BTI-" in main
    assert f'href="/tromso/innsyn/varsler/{notice}"' in main
    for named in ("Ola", "Kari", "Skolen", "Samtale"):  # the notice names no one, no place
        assert named not in main

    opened = client.get(f"/tromso/innsyn/varsler/{notice}")
    assert opened.status_code == 302
    assert opened.headers["Location"] == f"/tromso/innsyn/stafettlogg/{world.cases['Ola']}"
    assert "Ola trives i klassen" in client.get(opened.headers["Location"]).get_data(as_text=True)
    assert [e.case_ref for e in _events(world, "citizen.read")] == [world.cases["Ola"]]
    after = client.get("/tromso/innsyn/varsler").get_data(as_text=True)
    assert "0 uleste" in after and "Ulest:" not in after and "(1 uleste)" not in after


def test_a_notice_link_opened_before_signing_in_leads_on_after_the_sign_in(world):
    _invite_per(world)
    [notice] = _per_notice_ids(world)
    client = _client(world)
    first = client.get(f"/tromso/innsyn/varsler/{notice}")
    assert first.headers["Location"].endswith("/tromso/innsyn/logg-inn")
    signed = sign_in_citizen(client, "tromso", "per")
    assert signed.headers["Location"] == f"/tromso/innsyn/varsler/{notice}"
    on = client.get(signed.headers["Location"])
    assert on.headers["Location"] == f"/tromso/innsyn/stafettlogg/{world.cases['Ola']}"
    # Used once: the next sign-in goes to the stafettlogs.
    client.post("/tromso/innsyn/logg-ut", data={"csrf_token": csrf(client, "/tromso/innsyn/")})
    assert sign_in_citizen(client, "tromso", "per").headers["Location"] == "/tromso/innsyn/"


def test_no_one_opens_a_notice_that_is_not_theirs(world):
    _invite_per(world)
    [notice] = _per_notice_ids(world)
    emma = _citizen(world, "emma")
    assert emma.get(f"/tromso/innsyn/varsler/{notice}").status_code == 404
    assert "Du er invitert" not in emma.get("/tromso/innsyn/varsler").get_data(as_text=True)
    kari = signed_in(world)  # a staff user's list holds only staff users' notices
    assert kari.get(f"/tromso/varsler/{notice}").status_code == 404
    denied = _events(world, "notification.open")
    assert [e.outcome for e in denied] == [AuditOutcome.DENIED] * 2
    assert all(e.detail == f"notification={notice}" for e in denied)
    with world.scoped() as session:
        assert session.get(Notification, notice).read_at is None


def test_a_report_that_keeps_the_guardians_out_takes_their_notices_of_the_case_away(world):
    _invite_per(world)
    [notice] = _per_notice_ids(world)
    world.act_ok(
        "Kari",
        cases.report_to_barnevern,
        case_id=world.cases["Ola"],
        recipient="Mottaket i barneverntjenesten",
    )
    assert _per_notice_ids(world) == []
    client = _citizen(world, "per")
    assert "Du er invitert" not in client.get("/tromso/innsyn/varsler").get_data(as_text=True)
    assert client.get(f"/tromso/innsyn/varsler/{notice}").status_code == 404
    assert [e.outcome for e in _events(world, "notification.open")] == [AuditOutcome.DENIED]
