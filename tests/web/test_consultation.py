"""The anonymous consultation with barnevern: reached from every acute box, it records the
day, the service and the advice — and nothing about the child or the family.

Vestby «Akutt?»: «Er du i tvil kan du drøfte saken anonymt med barnevernstjenesten.»
"""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape
from urllib.parse import quote

import pytest
from sqlmodel import func, select

from bti import clock
from bti.models import AnonymousConsultation, AuditEvent
from tests.support.web import case_path, csrf, give_passwords, signed_in
from tests.support.world import World, birth_date_for

FORM = "/vestby/anonym-drofting"
DONE = "/vestby/anonym-drofting/lagret"


@pytest.fixture
def world(make_world) -> World:
    """Vestby and Tromsø. In Vestby Kari works at a school and a kindergarten and has opened
    a case about Ola; in Tromsø Tove teaches and has nothing to do with Vestby."""
    world = make_world("Vestby", "Tromsø")
    world.kommune_name = "Tromsø"
    world.employee("Tove", "Tromsdalen skole")
    world.kommune_name = "Vestby"
    world.employee("Kari", "Nordby skole")
    world.employee("Kari", "Solsikken barnehage")
    world.child("Ola", birth_date=birth_date_for(9))
    world.set_custody("Ola", "sammen")
    world.guardian("Per", "Ola")
    world.open_case("Kari", "Ola")
    give_passwords(world)
    return world


@pytest.fixture
def kari(world):
    return signed_in(world, "kari")


def stored(world, kommune: str = "Vestby") -> list[AnonymousConsultation]:
    with world.db.scoped(world.deployment.municipality_id(kommune)) as session:
        return list(session.exec(select(AnonymousConsultation)))


def post(client, data: dict, *, token: bool = True):
    if token:
        data = {**data, "csrf_token": csrf(client, FORM)}
    return client.post(FORM, data=data)


def link_to_form(html: str) -> str:
    """The «Drøft anonymt med barnevernet» link on a page."""
    found = re.search(r'<a class="ds-link" href="([^"]+)">Drøft anonymt med barnevernet</a>', html)
    assert found, "no link to the anonymous consultation"
    return unescape(found.group(1))


def error_beside(html: str, field: str) -> str:
    found = re.search(rf'id="{field}-error"[^>]*>([^<]+)<', html)
    assert found, f"no message beside {field}"
    assert f'href="#{field}"' in html or f'href="#{field}-0"' in html, "not in the summary"
    return unescape(found.group(1))


def inputs(html: str, name: str) -> list[str]:
    """The <input> tags named ``name``."""
    return re.findall(rf'<input[^>]*\bname="{name}"[^>]*>', html)


def value(html: str, name: str) -> str:
    (tag,) = inputs(html, name)
    return unescape(re.search(r'value="([^"]*)"', tag).group(1))


def checked(html: str, name: str) -> list[str]:
    return [re.search(r'value="([^"]*)"', t).group(1) for t in inputs(html, name) if "checked" in t]


# -- reached from every acute box ---------------------------------------------------------------


def test_the_case_pages_acute_box_leads_to_the_form_and_back(world, kari):
    html = kari.get(case_path(world)).get_data(as_text=True)
    acute = html[html.index('id="acute"') :]
    link = link_to_form(acute[: acute.index("</section>")])
    assert link == f"{FORM}?tilbake={quote(case_path(world))}"

    page = kari.get(link).get_data(as_text=True)
    assert "<h1" in page and "Anonym drøfting med barnevernet" in page
    assert f'<a class="ds-link" href="{case_path(world)}">Tilbake til saken</a>' in page
    assert value(page, "tilbake") == case_path(world)
    # The numbers to call are on the page; the call itself is made by phone.
    assert 'href="tel:' in page


def test_the_new_concern_pages_and_the_guide_lead_to_the_form(kari):
    for path, back in (
        ("/vestby/ny-bekymring/akutt", "Tilbake til den nye bekymringen"),
        ("/vestby/ny-bekymring", "Tilbake til den nye bekymringen"),
        ("/vestby/veileder", "Tilbake til veilederen"),
    ):
        link = link_to_form(kari.get(path).get_data(as_text=True))
        assert link == f"{FORM}?tilbake={quote(path)}"
        page = kari.get(link).get_data(as_text=True)
        assert f'<a class="ds-link" href="{path}">{back}</a>' in page


def test_the_form_asks_only_for_the_day_the_service_and_the_advice(world, kari):
    html = kari.get(FORM).get_data(as_text=True)
    today = clock.today(world.kommune).isoformat()
    assert value(html, "consulted_on") == today
    # Kari's own services, and no other.
    assert re.findall(r'name="unit_kind"[^>]*value="([^"]+)"', html) == ["barnehage", "skole"]
    assert re.findall(r'name="advice"[^>]*value="([^"]+)"', html) == [
        "report",
        "follow_up_in_own_service",
        "no_further_action",
    ]
    for label in (
        "Melde saken til barnevernet",
        "Følge opp i egen tjeneste",
        "Ingen videre tiltak nå",
    ):
        assert f">{label}</label>" in html
    # Nothing that invites a name, a fødselsnummer or free text.
    form = html[html.index(f'action="{FORM}"') :]
    form = form[: form.index("</form>")]
    names = set(re.findall(r'<(?:input|select|textarea)[^>]*name="([^"]+)"', form))
    assert names == {"csrf_token", "tilbake", "consulted_on", "unit_kind", "advice"}
    assert "<textarea" not in form and 'type="text"' not in form
    assert "Ingenting om barnet eller familien skrives her" in html
    assert "Drøftingen er anonym." in html


# -- recording ----------------------------------------------------------------------------------


def test_a_consultation_stores_the_day_the_service_and_the_advice_only(world, kari):
    day = clock.today(world.kommune) - timedelta(days=1)
    response = post(
        kari,
        {
            "consulted_on": day.strftime("%d.%m.%Y"),
            "unit_kind": "skole",
            "advice": "report",
            "tilbake": case_path(world),
        },
    )
    assert response.status_code == 303 and response.headers["Location"] == DONE

    (row,) = stored(world)
    assert set(AnonymousConsultation.model_fields) == {
        "id",
        "municipality_id",
        "consulted_on",
        "unit_kind",
        "advice",
        "recorded_at",
    }
    assert (row.consulted_on, row.unit_kind, row.advice) == (day, "skole", "report")
    assert row.municipality_id == world.mid
    assert stored(world, "Tromsø") == []

    with world.scoped() as session:
        (event,) = session.exec(
            select(AuditEvent).where(AuditEvent.action == "consultation.record")
        ).all()
    assert event.case_ref is None
    assert event.detail == f"consultation={row.id}"
    assert event.actor_id == world.staff["Kari"]

    page = kari.get(DONE).get_data(as_text=True)
    assert "Drøftingen er registrert" in page
    assert "Råd om å melde:" in page and "meld saken til barnevernet" in page
    assert f'href="{case_path(world)}#decision">Registrer meldingen på saken</a>' in page
    assert f'href="{case_path(world)}">Tilbake til saken</a>' in page
    assert world.case_id not in DONE  # the address of the confirmation names no case
    assert kari.get(DONE).status_code == 302  # shown once


def test_the_confirmation_says_what_each_advice_means_next(world, kari):
    post(kari, {"consulted_on": "", "unit_kind": "skole", "advice": "x"})  # nothing saved
    assert stored(world) == []
    today = clock.today(world.kommune).isoformat()
    post(kari, {"consulted_on": today, "unit_kind": "barnehage",
                "advice": "follow_up_in_own_service",
                "tilbake": "/vestby/ny-bekymring/akutt"})  # fmt: skip
    page = kari.get(DONE).get_data(as_text=True)
    assert "Råd om å følge opp i egen tjeneste:" in page
    assert 'href="/vestby/ny-bekymring/skjema">Registrer bekymringen</a>' in page
    assert 'href="/vestby/ny-bekymring/akutt">Tilbake til den nye bekymringen</a>' in page

    post(kari, {"consulted_on": today, "unit_kind": "skole", "advice": "no_further_action"})
    page = kari.get(DONE).get_data(as_text=True)
    assert "Ingen videre tiltak nå:" in page
    assert 'href="/vestby/saker">Til mine saker</a>' in page
    assert [r.advice for r in stored(world)] == ["follow_up_in_own_service", "no_further_action"]


def test_the_confirmation_without_a_recorded_consultation_leads_to_the_form(kari):
    response = kari.get(DONE)
    assert response.status_code == 302 and response.headers["Location"].endswith(FORM)


# -- bad input ----------------------------------------------------------------------------------


def test_a_day_in_the_future_and_no_advice_are_shown_beside_the_fields(world, kari):
    tomorrow = (clock.today(world.kommune) + timedelta(days=1)).strftime("%d.%m.%Y")
    response = post(
        kari, {"consulted_on": tomorrow, "unit_kind": "barnehage", "tilbake": case_path(world)}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "consulted_on") == "Datoen kan ikke være fram i tid."
    assert error_beside(html, "advice") == "Velg rådet du fikk."
    assert value(html, "consulted_on") == tomorrow  # what she typed is kept
    assert checked(html, "unit_kind") == ["barnehage"]
    assert f'href="{case_path(world)}">Tilbake til saken</a>' in html
    assert stored(world) == []


def test_a_service_she_does_not_work_in_is_refused_beside_the_field(world, kari):
    today = clock.today(world.kommune).strftime("%d.%m.%Y")
    response = post(kari, {"consulted_on": today, "unit_kind": "barnevern", "advice": "report"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "unit_kind") == "Velg tjenesten du jobber i."
    assert checked(html, "advice") == ["report"]
    assert value(html, "consulted_on") == today
    assert stored(world) == []
    with world.scoped() as session:
        count = session.exec(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "consultation.record")
        ).one()
    assert count == 0  # one transaction: no audit event for what was not saved


def test_a_date_that_is_no_date_is_explained(world, kari):
    html = post(kari, {"consulted_on": "31.02.2026", "unit_kind": "skole", "advice": "report"})
    html = html.get_data(as_text=True)
    assert error_beside(html, "consulted_on") == "Skriv datoen som dd.mm.åååå."
    assert value(html, "consulted_on") == "31.02.2026"
    assert stored(world) == []


def test_without_the_form_token_nothing_is_saved(world, kari):
    today = clock.today(world.kommune).isoformat()
    response = post(
        kari, {"consulted_on": today, "unit_kind": "skole", "advice": "report"}, token=False
    )
    assert response.status_code == 400
    assert stored(world) == []


def test_someone_from_another_municipality_cannot_record_here(world):
    tove = signed_in(world, "tove")
    token = csrf(tove, "/tromso/anonym-drofting")
    today = clock.today(world.kommune).isoformat()
    data = {"consulted_on": today, "unit_kind": "skole", "advice": "report", "csrf_token": token}
    assert tove.get(FORM).status_code == 404
    assert tove.post(FORM, data=data).status_code == 404
    assert stored(world) == [] and stored(world, "Tromsø") == []


@pytest.mark.parametrize(
    "elsewhere",
    ["https://example.com/vestby/veileder", "//example.com/vestby/veileder", "/tromso/veileder",
     "/vestby/finnes-ikke", "/logg-ut"],
)  # fmt: skip
def test_a_return_path_outside_this_municipalitys_pages_is_not_offered(world, kari, elsewhere):
    page = kari.get(f"{FORM}?tilbake={quote(elsewhere, safe='')}").get_data(as_text=True)
    assert "example.com" not in page and "Tilbake til" not in page
    assert value(page, "tilbake") == ""
