"""The team pages through the browser's eyes (HTTP): the referral sent from the case page,
the chair's queue, the meeting page part by part, the metarefleksjon kept from the referrer,
the printouts without names where they must have none, the family's link, the
administrator's page, and a 404 for everyone else. Built on the two teams of
tests/services/test_teams.py, so the core pages are tested without a plugin."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlmodel import select

from bti.i18n import lazy_gettext as _l
from bti.models import TeamEvaluation, TeamRecord, TeamReferral
from tests.services.test_teams import TwoTeams
from tests.support.web import case_path, csrf, give_passwords, post, signed_in
from tests.support.world import World

pytestmark = pytest.mark.database


@pytest.fixture
def world(make_world, database_url) -> World:
    from bti.services.teams import roster

    world = make_world(database_url=database_url, plugins=[TwoTeams()])
    world.employee("Kari", "Nordby skole")
    world.employee("Mari", "Nordby skole")
    world.employee("Kim", "Bærum barnevern")
    world.employee("Hege", "Nordby skolehelsetjeneste")
    world.employee("Ane", "Bærum barnevern")
    world.employee("Olga", "Østby skole")
    world.child("Ola", birth_date=date(2016, 3, 3))
    world.guardian("Per Olsen", "Ola")
    with world.transaction() as session:
        roster.seed_defaults(session, municipality=world.kommune)
        school = session.exec(select(TeamRecord).where(TeamRecord.code == "school")).one()
        school.coordinator_id, school.leader_id = world.staff["Kim"], world.staff["Ane"]
        session.add(school)
        from bti.models import TeamMember

        session.add(
            TeamMember(team_id=school.id, user_id=world.staff["Hege"], service="skolehelsetjeneste")
        )
    world.open_case("Kari", "Ola")
    world.bring_in("Mari", "Nordby skole")
    give_passwords(world)
    return world


def _referral(world: World) -> TeamReferral:
    with world.scoped() as session:
        return session.exec(select(TeamReferral)).one()


def _team_id(world: World) -> int:
    with world.scoped() as session:
        return session.exec(select(TeamRecord.id).where(TeamRecord.code == "school")).one()


def _refer(world: World):
    kari = signed_in(world, "kari")
    page = kari.get(case_path(world)).get_data(as_text=True)
    assert world.shown(_l("Refer the case to the team")) in page
    response = post(kari, world, "/team/meld", {
        "team-refer-referrer_contact": "kari@example.no",
        "team-refer-case_types": ["learning"],
        "team-refer-family_attends": "y",
        "team-refer-guest_ids": [str(world.staff["Mari"])],
    })  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    return kari


def _post(client, path: str, page: str, data: dict):
    return client.post(path, data={**data, "csrf_token": csrf(client, page)})


def test_a_referral_without_what_it_is_about_is_refused_beside_the_field(world):
    kari = signed_in(world, "kari")
    response = post(kari, world, "/team/meld", {"team-refer-referrer_contact": "kari@example.no"})
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "team-refer-case_types-error" in body
    assert "kari@example.no" in body  # what was typed is kept


def test_the_chair_takes_a_referral_from_the_queue_to_a_finished_protocol(world):
    _refer(world)
    slug = world.kommune.slug
    rid, team_id = _referral(world).id, _team_id(world)
    kim = signed_in(world, "kim")
    queue = f"/{slug}/team/{team_id}/koe"
    body = kim.get(queue).get_data(as_text=True)
    assert "Ola Testesen" in body
    day = (date.today() + timedelta(days=9)).isoformat()
    assert (
        _post(
            kim,
            f"/{slug}/team/{team_id}/motedag",
            queue,
            {"day-starts_at": f"{day}T09:00", "day-place": "Rådhuset"},
        ).status_code
        == 303
    )
    r = _post(
        kim,
        f"/{slug}/team/{team_id}/sak/{rid}/hastegrad",
        queue,
        {f"assess-{rid}-urgency": "urgent"},
    )
    assert r.status_code == 303
    body = kim.get(queue).get_data(as_text=True)
    day_id = re.search(
        rf'name="place-{rid}-team_meeting_id".*?<option value="(\d+)"', body, re.S
    ).group(1)
    r = _post(kim, f"/{slug}/team/{team_id}/sak/{rid}/plassering", queue, {
        f"place-{rid}-team_meeting_id": day_id, f"place-{rid}-starts_at": "09:30",
        f"place-{rid}-minutes": "60",
    })  # fmt: skip
    assert r.status_code == 303, r.get_data(as_text=True)[:2000]
    assert _post(kim, f"/{slug}/team/{team_id}/sak/{rid}/innkalling", queue, {}).status_code == 303

    page = f"/{slug}/team/sak/{rid}"
    assert kim.get(page).status_code == 200
    assert _post(kim, f"{page}/presentasjon", page, {
        "presentation-confidentiality_stated": "y", "presentation-guardians_present": "yes",
        "presentation-youth_present": "no", "presentation-referrer_present": "yes",
    }).status_code == 303  # fmt: skip
    assert _post(kim, f"{page}/framlegg", page, {"case-presentation": "Uro."}).status_code == 303
    assert _post(kim, f"{page}/drofting", page, {"discussion-text": "Struktur."}).status_code == 303
    follow = (date.today() + timedelta(days=50)).isoformat()
    r = _post(kim, f"{page}/avrunding", page, {
        "closing-summary": "Pauser.", "closing-family_view": "Enige.",
        "closing-plan-0-goal": "Ro", "closing-plan-0-measure": "Pauser",
        "closing-plan-0-responsible": "Kontaktlærer",
        "closing-follow_up_coordinator_id": str(world.staff["Mari"]),
        "closing-follow_up_at": f"{follow}T14:00", "closing-follow_up_place": "Nordby skole",
    })  # fmt: skip
    assert r.status_code == 303, r.get_data(as_text=True)[:3000]
    r = _post(kim, f"{page}/metarefleksjon", page, {"reflection-text": "Godt møte."})
    assert r.status_code == 400 and "reflection-text-error" in r.get_data(as_text=True)
    assert _post(kim, f"{page}/har-gatt", page, {}).status_code == 303
    assert (
        _post(kim, f"{page}/metarefleksjon", page, {"reflection-text": "Godt møte."}).status_code
        == 303
    )
    r = _post(kim, f"{page}/protokoll", page, {"protocol-text": "Ola trenger pauser."})
    assert r.status_code == 400 and "Ola trenger pauser." in r.get_data(as_text=True)
    assert (
        _post(kim, f"{page}/protokoll", page, {"protocol-text": "Pauser avtalt."}).status_code
        == 303
    )

    protocol = kim.get(f"{page}/utskrift/protokoll").get_data(as_text=True)
    assert "Pauser avtalt." in protocol
    for identifying in ("Ola", "Testesen", "Per Olsen", "2016"):
        assert identifying not in protocol
    assert kim.get(f"{page}/utskrift/protokoll.pdf").headers["Content-Type"] == "application/pdf"

    # The referrer reads the meeting, never the metarefleksjon; the case page has the plan.
    kari = signed_in(world, "kari")
    assert "Godt møte." not in kari.get(page).get_data(as_text=True)
    assert "Godt møte." in kim.get(page).get_data(as_text=True)
    assert kari.get(f"{page}/utskrift/protokoll").status_code == 404
    case_body = kari.get(case_path(world)).get_data(as_text=True)
    assert "Pauser" in case_body
    plan = kari.get(f"/{slug}/sak/{world.case_id}/utskrift/tit-handlingsplan").get_data(
        as_text=True
    )
    assert "Kontaktlærer" in plan and "Godt møte." not in plan


def test_the_family_answers_through_a_link_without_a_name_once(world):
    test_the_chair_takes_a_referral_from_the_queue_to_a_finished_protocol(world)
    with world.scoped() as session:
        token = session.exec(select(TeamEvaluation)).one().token
    client = world.deployment.start().test_client()
    path = f"/{world.kommune.slug}/evaluering/{token}"
    body = client.get(path).get_data(as_text=True)
    assert "Ola" not in body and "Testesen" not in body
    r = client.post(
        path,
        data={
            "experience": "5",
            "plan_followed": "yes",
            "measures_helped": "yes",
            "csrf_token": csrf(client, path),
        },
    )
    assert r.status_code == 303
    assert world.shown(_l("This evaluation has already been answered.")) in client.get(
        path
    ).get_data(as_text=True)
    assert client.get(f"/{world.kommune.slug}/evaluering/not-a-token").status_code == 404


def test_others_get_not_found_on_the_queue_and_the_meeting(world):
    _refer(world)
    slug = world.kommune.slug
    olga = signed_in(world, "olga")
    assert olga.get(f"/{slug}/team/{_team_id(world)}/koe").status_code == 404
    assert olga.get(f"/{slug}/team/sak/{_referral(world).id}").status_code == 404
    kari = signed_in(world, "kari")
    assert kari.get(f"/{slug}/team/{_team_id(world)}/koe").status_code == 404
    assert (
        signed_in(world, "olga").get(f"/{slug}/team/{_team_id(world)}/rediger").status_code == 404
    )
