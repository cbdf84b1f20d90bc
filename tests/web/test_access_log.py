"""People can see who read a case (Normen: access logs the person can see).

On the case page, those taking part and the unit's leader see who accessed the case and
when; nobody else finds the list. In the citizens' pages, the family sees which services and
roles read their stafettlogg, without staff names where the municipality's policy says so.
Emergency access needs a reason, is refused without one (the message beside the field), and
no longer opens the case once it has run out.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date, format_datetime
from sqlmodel import select

from bti import CitizenAccess, clock, hookimpl
from bti.models import (
    AuditEvent,
    AuditOutcome,
    BreakGlassGrant,
    Case,
    CaseParticipant,
    Guardian,
    Membership,
    ParticipantRole,
)
from bti.services import access, citizens
from bti.services.access_log import break_glass
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in_citizen, signed_in
from tests.support.world import World, case_about_ola

PER = "01017012345"
OSLO = "Europe/Oslo"


class ShowsNames:
    """A municipality whose policy names the staff in the family's list."""

    @hookimpl(tryfirst=True)
    def bti_citizen_access(self, profile):
        return CitizenAccess(access_log_shows_staff_names=True)


@pytest.fixture
def world(make_world) -> World:
    return build(make_world)


def build(make_world, plugins=(), database_url=None) -> World:
    """Tromsø: Kari (Prestvannet skole) has opened a case about Ola and holds its
    stafettlogg; Hege, helsesykepleier at Tromsø helsestasjon, takes part; Anne leads the
    school; Truls (Sørby skole) and Siv (a colleague at Prestvannet skole) have no part. Per,
    Ola's father, signs in to the citizens' pages."""
    world = case_about_ola(
        make_world("Tromsø", plugins=plugins, database_url=database_url),
        school="Prestvannet skole",
        colleagues=[
            ("Hege", "Tromsø helsestasjon"),
            ("Anne", "Prestvannet skole", "leder"),
            ("Siv", "Prestvannet skole"),
        ],
    )
    with world.transaction() as session:
        hege = session.exec(
            select(Membership).where(Membership.user_id == world.staff["Hege"])
        ).one()
        hege.title = "helsesykepleier"
        session.add(hege)
        session.add(
            CaseParticipant(
                case_id=world.case_id,
                user_id=world.staff["Hege"],
                unit_id=world.units["Tromsø helsestasjon"],
                role=ParticipantRole.PARTICIPANT,
            )
        )
        case = session.get(Case, world.case_id)
        case.stafettholder_id = world.staff["Kari"]
        session.add(case)
        per = session.get(Guardian, world.guardians["Per"])
        per.fodselsnummer = PER
        session.add(per)
        citizens.add_local_account(
            session, fodselsnummer=PER, display_name="Per", username="per", password=PASSWORD
        )
    give_passwords(world)
    return world


def log_path(world: World) -> str:
    return f"/tromso/sak/{world.case_id}/hvem-har-sett"


def local(moment: datetime) -> str:
    return format_datetime(moment, "short", tzinfo=OSLO, locale="nb")


def events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        )


def test_a_participant_sees_who_read_the_case_with_names_roles_and_local_times(world):
    world.act_ok("Hege", access.get_case, case_id=world.case_id)
    read = events(world, "case.read")[-1]

    kari = signed_in(world, "kari")
    page = kari.get(f"/tromso/sak/{world.case_id}").get_data(as_text=True)
    assert "Hvem har sett saken" in page and log_path(world) in page
    response = kari.get(log_path(world))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    rows = [row for row in html.split("<tr>") if ">Hege</td>" in row]
    assert len(rows) == 1
    assert local(read.at) in rows[0] and "Tromsø helsestasjon, helsesykepleier" in rows[0]
    assert "Leste saken" in rows[0] and "case.read" not in html
    # Newest first: Kari's own look at the list heads it.
    assert html.index("Så hvem som har sett saken") < html.index("Hege")
    # Reading the list is itself one audited access.
    assert [e.actor_id for e in events(world, "case.access_log")] == [world.staff["Kari"]]


def test_the_leader_sees_the_list_and_her_read_is_marked_as_the_leaders(world):
    anne = signed_in(world, "anne")
    html = anne.get(log_path(world)).get_data(as_text=True)
    assert "Anne" in html and "som enhetens leder" in html


@pytest.mark.parametrize("outsider", ["truls", "siv"])
def test_no_one_else_finds_the_list_or_the_panel(world, outsider):
    client = signed_in(world, outsider)
    assert client.get(log_path(world)).status_code == 404
    assert client.get("/tromso/sak/not-a-case/hvem-har-sett").status_code == 404
    denied = events(world, "case.access_log")
    assert denied and all(e.outcome == AuditOutcome.DENIED for e in denied)


def test_the_panel_is_absent_for_someone_there_by_emergency_access(world):
    siv = signed_in(world, "siv")
    path = "/tromso/nodtilgang"
    response = siv.post(
        path,
        data={
            "case_ref": f"https://bti.example/tromso/sak/{world.case_id}",
            "reason": "Ola har skadet seg, Kari er syk og ingen andre på saken svarer.",
            "csrf_token": csrf(siv, path),
        },
    )
    assert response.status_code == 302
    page = siv.get(response.headers["Location"]).get_data(as_text=True)
    assert "nødtilgang" in page and "Hvem har sett saken" not in page
    assert siv.get(log_path(world)).status_code == 404


def test_break_glass_without_a_reason_is_refused_beside_the_field(world):
    siv = signed_in(world, "siv")
    path = "/tromso/nodtilgang"
    response = siv.post(
        path, data={"case_ref": world.case_id, "reason": "  ", "csrf_token": csrf(siv, path)}
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    field = html[html.index('id="reason"') - 600 : html.index('id="reason"') + 600]
    assert "Skriv hvorfor du må åpne saken nå." in field
    assert f'value="{world.case_id}"' in html, "what the user typed is kept"
    with world.scoped() as session:
        assert session.exec(select(BreakGlassGrant)).all() == []
    assert siv.get(f"/tromso/sak/{world.case_id}").status_code == 404


def test_break_glass_on_another_units_case_says_nothing_of_the_case(world):
    truls = signed_in(world, "truls")
    path = "/tromso/nodtilgang"
    answers = []
    for ref in (world.case_id, "AAAAAAAAAAAAAAAAAAAAAA"):
        response = truls.post(
            path,
            data={
                "case_ref": ref,
                "reason": "Akutt situasjon, må se saken nå.",
                "csrf_token": csrf(truls, path),
            },
        )
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        answers.append(re.sub(r'value="[^"]*"', "", html))
    assert answers[0] == answers[1]
    assert "Det finnes ingen sak med denne referansen" in answers[0]
    assert [e.outcome for e in events(world, "case.break_glass")] == [AuditOutcome.DENIED] * 2


def test_an_expired_grant_no_longer_opens_the_case(world):
    siv = signed_in(world, "siv")
    with world.transaction() as session:
        now = clock.now()
        session.add(
            BreakGlassGrant(
                case_id=world.case_id,
                user_id=world.staff["Siv"],
                unit_id=world.units["Prestvannet skole"],
                reason="Akutt: ingen andre var å nå.",
                granted_at=now - timedelta(hours=break_glass.HOURS, minutes=1),
                expires_at=now - timedelta(minutes=1),
            )
        )
    assert siv.get(f"/tromso/sak/{world.case_id}").status_code == 404


def portal_path(world: World) -> str:
    return f"/tromso/innsyn/stafettlogg/{world.case_id}/hvem-har-sett"


def family_page(world: World) -> str:
    """Hege reads the case twice; then Per, Ola's father, opens the list of who read it."""
    for _ in range(2):
        world.act_ok("Hege", access.get_case, case_id=world.case_id)
    per = world.deployment.start().test_client()
    assert sign_in_citizen(per, "tromso", "per").status_code == 302
    stafettlogg = per.get(f"/tromso/innsyn/stafettlogg/{world.case_id}").get_data(as_text=True)
    assert portal_path(world) in stafettlogg
    response = per.get(portal_path(world))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert (
        per.get("/tromso/innsyn/stafettlogg/AAAAAAAAAAAAAAAAAAAAAA/hvem-har-sett").status_code
        == 404
    )
    return response.get_data(as_text=True)


def today() -> str:
    return format_date(datetime.now(UTC).astimezone(ZoneInfo(OSLO)).date(), "medium", locale="nb")


@pytest.mark.database
def test_the_family_sees_services_and_roles_by_day_without_names(make_world, database_url):
    world = build(make_world, database_url=database_url)
    assert not world.kommune.citizen_access.access_log_shows_staff_names
    html = family_page(world)
    assert f"Tromsø helsestasjon, helsesykepleier — {today()} (2 ganger)" in html
    assert "Prestvannet skole, ansatt — " in html
    assert "Hege" not in html and "Kari" not in html
    outcomes = [e.outcome for e in events(world, "citizen.access_log")]
    assert outcomes == [AuditOutcome.ALLOWED, AuditOutcome.DENIED]


def test_the_family_sees_names_where_the_policy_shows_them(make_world):
    world = build(make_world, plugins=[ShowsNames()])
    html = family_page(world)
    assert f"Hege, Tromsø helsestasjon, helsesykepleier — {today()} (2 ganger)" in html


REVIEW = "/tromso/saker/enhet/tilgang"


def test_the_review_is_linked_for_the_leader_and_404_for_everyone_else(world):
    anne = signed_in(world, "anne")
    assert f'href="{REVIEW}"' in anne.get("/tromso/saker/enhet").get_data(as_text=True)
    assert f'href="{REVIEW}"' in anne.get("/tromso/saker").get_data(as_text=True)
    response = anne.get(f"{REVIEW}?dager=7")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    assert "<h1>Tilgangskontroll</h1>" in html and "de siste 7 dagene" in html
    assert "Ola" not in html, "no child's name in the review"
    huge = anne.get(f"{REVIEW}?dager=99999999999999999999&side=99999999999999999999")
    assert huge.status_code == 200 and "de siste 365 dagene" in huge.get_data(as_text=True)

    kari = signed_in(world, "kari")
    assert kari.get(REVIEW).status_code == 404
    assert REVIEW not in kari.get("/tromso/saker").get_data(as_text=True)
