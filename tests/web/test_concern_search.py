"""The new-concern form finds the child by a search — a name, a birth date or a fødselsnummer —
among the children registered at the user's units, at most 20, in the database; it never
lists every child ever registered there. The search is a button of the same form (a POST:
no child's name in a URL), which shows the form again with what was typed."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sqlmodel import func, select

from bti.models import AuditEvent, Case, Subject
from bti.services import subjects
from tests.support.web import csrf, give_passwords, sign_in
from tests.support.world import World, birth_date_for

NORMAL = "/vestby/ny-bekymring/skjema"
ACUTE = "/vestby/ny-bekymring/akutt"
OLA_BORN = birth_date_for(9)


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child("Ola", birth_date=OLA_BORN, unit_name="Nordby skole")
    world.child("Åse", birth_date=birth_date_for(10), unit_name="Nordby skole")
    world.child("Per", birth_date=OLA_BORN, unit_name="Sørby skole")
    with world.transaction() as session:
        ola = session.get(Subject, world.children["Ola"])
        ola.fodselsnummer = "01020312345"
        session.add(ola)
    give_passwords(world)
    return world


@pytest.fixture
def kari(world):
    client = world.deployment.start().test_client()
    sign_in(client)
    return client


def post(client, path: str, **data):
    return client.post(path, data={"csrf_token": csrf(client, path), **data})


def search(client, text: str, path: str = NORMAL, **typed) -> str:
    response = post(client, path, sok="1", find=text, **typed)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def children(html: str) -> list[str]:
    """The children offered in the choice, as the user reads them."""
    select_ = re.search(r'<select[^>]*name="subject".*?</select>', html, re.S)
    assert select_, "no choice of child"
    found = re.findall(r'<option[^>]*value="\d+"[^>]*>([^<]*)</option>', select_.group(0))
    return [unescape(label) for label in found]


def status(html: str) -> str:
    found = re.search(r'<p role="status" id="find-result">(.*?)</p>', html, re.S)
    assert found, "no status line under the search"
    return unescape(found.group(1)).strip()


def cases(world) -> int:
    with world.scoped() as session:
        return session.exec(select(func.count()).select_from(Case)).one()


def ola() -> str:
    return f"Ola Testesen, født {OLA_BORN.year}"


def ase() -> str:
    return f"Åse Testesen, født {birth_date_for(10).year}"


def test_a_child_is_found_by_the_start_of_a_name_in_any_case(kari):
    assert children(search(kari, "OL")) == [ola()]
    assert children(search(kari, "testesen")) == [ola(), ase()]
    assert children(search(kari, "ås")) == [ase()]
    assert children(search(kari, "ola testes")) == [ola()]
    assert status(search(kari, "ola")) == "Treff på «ola»: 1."


def test_a_child_is_found_by_birth_date_or_fodselsnummer(kari):
    assert children(search(kari, OLA_BORN.strftime("%d.%m.%Y"))) == [ola()]
    assert children(search(kari, OLA_BORN.isoformat())) == [ola()]
    assert children(search(kari, "010203 12345")) == [ola()]


def test_only_children_of_my_units_are_found(kari):
    html = search(kari, "per")
    assert children(html) == []
    assert status(html) == "Ingen registrert ved dine tjenestesteder passer med «per»."
    # Per was born the same day as Ola, but at another school.
    assert children(search(kari, OLA_BORN.strftime("%d.%m.%Y"))) == [ola()]


def test_nothing_is_listed_before_a_search_nor_for_wildcards(kari):
    assert children(kari.get(NORMAL).get_data(as_text=True)) == []
    for wildcard in ("%", "_", "o%a"):
        assert children(search(kari, wildcard)) == [], wildcard


def test_a_search_lists_at_most_twenty_and_asks_for_more(world, kari):
    for number in range(subjects.LIMIT + 5):
        world.child(f"Emma{number:02d}", birth_date=birth_date_for(8), unit_name="Nordby skole")
    html = search(kari, "emma")
    assert len(children(html)) == subjects.LIMIT == 20
    assert status(html) == (
        "De 20 første treffene på «emma». Skriv mer av navnet, eller fødselsdatoen, for å "
        "finne andre."
    )
    assert children(search(kari, "emma24")) == [f"Emma24 Testesen, født {birth_date_for(8).year}"]


def test_searching_keeps_what_was_typed_and_registers_nothing(world, kari):
    typed = {"concern": "Virker lei seg.", "worried_for": "Tre uker", "given_name": "Nora"}
    html = search(kari, "ola", **typed)
    assert "Virker lei seg." in html and 'value="Tre uker"' in html and 'value="Nora"' in html
    assert 'value="ola"' in html  # the search field too
    # A search is not a failed attempt: no messages beside the fields.
    assert "ds-error-summary" not in html and "ds-validation-message" not in html
    assert cases(world) == 0


def test_the_child_found_is_chosen_and_the_concern_opens_the_case(world, kari):
    search(kari, "ola")
    response = post(
        kari,
        NORMAL,
        unit=str(world.units["Nordby skole"]),
        subject=str(world.children["Ola"]),
        find="ola",
        concern="Virker lei seg.",
    )
    assert response.status_code == 302
    with world.scoped() as session:
        case = session.exec(select(Case)).one()
    assert case.subject_id == world.children["Ola"]


def test_the_chosen_child_stays_chosen_through_another_search(world, kari):
    html = search(kari, "åse", subject=str(world.children["Ola"]))
    assert children(html) == [ola(), ase()]
    assert re.search(rf'<option selected value="{world.children["Ola"]}">', html)


def test_a_child_of_another_unit_cannot_be_chosen_by_its_number(world, kari):
    response = post(
        kari,
        NORMAL,
        unit=str(world.units["Nordby skole"]),
        subject=str(world.children["Per"]),
        concern="Virker lei seg.",
    )
    html = response.get_data(as_text=True)
    assert re.search(r'id="subject-error"[^>]*>Velg barnet eller ungdommen', html)
    assert "Per Testesen" not in html
    assert cases(world) == 0


def test_the_acute_form_searches_the_same_way(world, kari):
    html = search(kari, "ola", path=ACUTE)
    assert children(html) == [ola()]
    assert "Hvem du kan ringe nå" in html


def test_each_showing_of_the_form_is_audited_with_a_count_and_no_name(world, kari):
    kari.get(NORMAL)
    search(kari, "testesen")
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.action == "concern.form").order_by(AuditEvent.id)
        ).all()
    # The form, the form the search's token came from, and the search's answer.
    assert [e.detail for e in events] == ["count=0", "count=0", "count=2"]
    assert all("ola" not in e.detail.lower() and "testesen" not in e.detail for e in events)


def test_the_search_runs_in_the_database_with_a_bound(world):
    with world.scoped() as session:
        found, more = subjects.find_children(
            session, unit_ids=[world.units["Nordby skole"]], text="testesen", limit=1
        )
    assert [s.given_name for s in found] == ["Ola"] and more
