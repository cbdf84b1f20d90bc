"""Guardians and youth sign in to Tromsø's citizen pages through ID-porten (issue 19,
point 2): a real provider on 127.0.0.1 stands in for ID-porten, asked for level high
(``acr_values=idporten-loa-high``); the fødselsnummer in ``pid`` is matched to a guardian or
youth registered on a case; anyone else, and a lower level, is refused and audited."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from bti.models import AuditEvent, AuditOutcome, Citizen, CitizenSession, Guardian, Subject
from bti.services import citizens
from tests.support.deployment import Deployment
from tests.support.oidc_provider import citizen_settings, follow, forwarded_to
from tests.support.web import csrf
from tests.support.world import World, birth_date_for
from tests.web.test_citizen import _with_stafettlogg

PER, ANNE, EMMA, STRANGER = "01017012345", "02027012345", "03031012345", "05057012345"
START = "/tromso/innsyn/logg-inn/id-porten"


@pytest.fixture
def world(make_app, oidc_provider) -> World:
    """Tromsø's portal signs in through ID-porten. Per is Ola's guardian, Anne is Siri's,
    Emma (15) reads her own; each case has its stafettlogg. Nobody has a local account."""
    deployment = Deployment(make_app)
    deployment.take_into_use(
        "Tromsø", plugin="tromso", citizen_oidc=citizen_settings(oidc_provider)
    )
    world = World(deployment, kommune_name="Tromsø")
    world.employee("Kari", "Prestvannet skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.child("Siri", birth_date=birth_date_for(9))
    world.guardian("Anne", "Siri")
    world.child("Emma", birth_date=birth_date_for(15))
    world.guardian("Eva", "Emma")
    with world.transaction() as session:
        for name, number in (("Per", PER), ("Anne", ANNE)):
            guardian = session.get(Guardian, world.guardians[name])
            guardian.fodselsnummer = number
            session.add(guardian)
        emma = session.get(Subject, world.children["Emma"])
        emma.fodselsnummer = EMMA
        session.add(emma)
    world.cases = {name: _with_stafettlogg(world, name) for name in ("Ola", "Siri", "Emma")}
    for number in (PER, ANNE, EMMA, STRANGER):
        oidc_provider.add_person(f"sub-{number}", pid=number)
    return world


def _events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def _sessions(world: World) -> list[CitizenSession]:
    with world.scoped() as session:
        return list(session.exec(select(CitizenSession)))


def test_the_portal_offers_id_porten(world) -> None:
    page = world.deployment.client().get("/tromso/innsyn/logg-inn").get_data(as_text=True)
    assert "Logg inn med ID-porten" in page
    assert f'href="{START}"' in page


def test_a_guardian_signs_in_with_id_porten_and_sees_their_childs_case_only(
    world, oidc_provider
) -> None:
    oidc_provider.sign_in_as = f"sub-{PER}"
    client = world.deployment.client()

    page = follow(client, START)

    assert page.status == 200, page.text[:2000]
    assert urlsplit(page.url).path == "/tromso/innsyn/"
    authorize = parse_qs(urlsplit(page.trail[1]).query)
    assert authorize["acr_values"] == ["idporten-loa-high"]
    assert authorize["ui_locales"] == ["nb"]
    assert authorize["code_challenge_method"] == ["S256"]
    assert "Stafettloggen for Ola Testesen" in page.text
    assert "Siri" not in page.text and "Emma" not in page.text
    assert PER not in page.text
    assert client.get(f"/tromso/innsyn/stafettlogg/{world.cases['Siri']}").status_code == 404
    (login,) = _sessions(world)
    assert login.method == "oidc" and login.id_token
    with world.scoped() as session:
        (citizen,) = session.exec(select(Citizen)).all()
    assert (citizen.fodselsnummer, citizen.display_name, citizen.username) == (PER, "Per", None)
    assert [e.outcome for e in _events(world, "citizen.oidc_first")] == [AuditOutcome.ALLOWED]
    assert [e.outcome for e in _events(world, "citizen.oidc")] == [AuditOutcome.ALLOWED]


def test_the_second_sign_in_finds_the_same_citizen(world, oidc_provider) -> None:
    oidc_provider.sign_in_as = f"sub-{PER}"
    follow(world.deployment.client(), START)
    follow(world.deployment.client(), START)

    with world.scoped() as session:
        assert len(session.exec(select(Citizen)).all()) == 1
    assert len(_events(world, "citizen.oidc_first")) == 1
    assert len(_sessions(world)) == 2


def test_a_youth_signs_in_and_reads_their_own(world, oidc_provider) -> None:
    oidc_provider.sign_in_as = f"sub-{EMMA}"

    page = follow(world.deployment.client(), START)

    assert page.status == 200
    assert "Stafettloggen for Emma Testesen" in page.text
    assert "Ola" not in page.text


def test_someone_not_on_any_case_is_refused_and_it_is_logged(world, oidc_provider) -> None:
    oidc_provider.sign_in_as = f"sub-{STRANGER}"

    page = follow(world.deployment.client(), START)

    assert page.status == 403
    assert "Du er ikke registrert som foresatt eller ungdom i en sak i Tromsø kommune." in (
        page.text
    )
    assert _sessions(world) == []
    with world.scoped() as session:
        assert session.exec(select(Citizen)).all() == []
    (event,) = _events(world, "citizen.oidc_unknown")
    assert event.outcome == AuditOutcome.DENIED
    assert STRANGER not in event.detail


def test_a_lower_security_level_is_refused(world, oidc_provider) -> None:
    oidc_provider.acr = "idporten-loa-substantial"
    oidc_provider.sign_in_as = f"sub-{PER}"

    page = follow(world.deployment.client(), START)

    assert page.status == 403
    assert "Denne tjenesten krever høyt sikkerhetsnivå." in page.text
    assert _sessions(world) == []
    (event,) = _events(world, "citizen.oidc_refused")
    assert (event.outcome, event.detail) == (AuditOutcome.DENIED, "reason=level")


def test_a_token_without_a_level_is_refused(world, oidc_provider) -> None:
    oidc_provider.acr = ""  # the provider reports no level at all
    oidc_provider.sign_in_as = f"sub-{PER}"

    page = follow(world.deployment.client(), START)

    assert page.status == 403
    assert _sessions(world) == []
    assert [e.detail for e in _events(world, "citizen.oidc_refused")] == ["reason=level"]


def test_signing_out_ends_the_session_at_id_porten_too(world, oidc_provider) -> None:
    oidc_provider.sign_in_as = f"sub-{PER}"
    client = world.deployment.client()
    follow(client, START)
    (login,) = _sessions(world)

    response = client.post(
        "/tromso/innsyn/logg-ut", data={"csrf_token": csrf(client, "/tromso/innsyn/")}
    )

    target = forwarded_to(response.get_data(as_text=True))
    page = follow(client, target)
    assert oidc_provider.logouts == [
        {
            "id_token_hint": login.id_token,
            "post_logout_redirect_uri": "http://localhost/tromso/innsyn/logg-inn",
        }
    ]
    assert "Du er logget ut." in page.text
    assert client.get("/tromso/innsyn/").status_code == 302


def test_local_passwords_can_be_turned_off_for_the_portal(make_app, oidc_provider) -> None:
    deployment = Deployment(make_app)
    deployment.take_into_use(
        "Tromsø", plugin="tromso", citizen_oidc=citizen_settings(oidc_provider, passwords=False)
    )
    client = deployment.client()

    page = client.get("/tromso/innsyn/logg-inn").get_data(as_text=True)
    assert "Logg inn med ID-porten" in page
    assert 'name="password"' not in page
    response = client.post(
        "/tromso/innsyn/logg-inn",
        data={"username": "per", "password": "x", "csrf_token": csrf(client, "/tromso/")},
    )
    assert response.status_code == 404


def test_a_local_account_still_signs_in_beside_id_porten(world) -> None:
    from tests.support.web import PASSWORD, sign_in_citizen

    with world.transaction() as session:
        citizens.add_local_account(
            session, fodselsnummer=ANNE, display_name="Anne", username="anne", password=PASSWORD
        )
    client = world.deployment.client()
    assert sign_in_citizen(client, "tromso", "anne").status_code == 302


def test_where_the_guide_gives_no_access_there_is_no_portal(make_app, oidc_provider) -> None:
    deployment = Deployment(make_app)
    deployment.take_into_use(
        "Vestby", plugin="vestby", citizen_oidc=citizen_settings(oidc_provider)
    )
    client = deployment.client()
    assert client.get("/vestby/innsyn/logg-inn/id-porten").status_code == 404
