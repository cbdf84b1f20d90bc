"""Bringing a colleague into a case: the people panel never lists the whole staff of the
municipality. Without a search it offers the case's own unit (when it is small); a search by
the start of a first name, last name or unit finds at most 20, in the database, and works
without JavaScript (a posted form that shows the page again with the matches as the choice).
What was typed is part of a name: it is posted, never put in an address, where the access
logs would keep it beside the case id."""

from __future__ import annotations

import re
from html import unescape

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from bti.models import AuditEvent, AuditOutcome, StaffUser
from bti.services import participants, staff_search
from bti.services.case_page.people import SEARCH
from tests.security.corpus import PAYLOADS, has_markup
from tests.support.web import case_path, csrf, followed, post, signed_in
from tests.support.world import World


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case(
        "Vestby",
        "Tromsø",
        colleagues=[
            ("Liv Lund", "Nordby skole"),
            ("Hege Haugen", "Nordby helsestasjon"),
            ("Øystein Ås", "Nordby helsestasjon"),
            ("Anne-Lise Berg", "Vestby barnevernstjeneste"),
        ],
    )


def people_section(body: str) -> str:
    match = re.search(r'<section [^>]*data-panel="people".*?</section>', body, re.S)
    assert match, "the page has no people panel"
    return match.group(0)


def options(section: str) -> list[str]:
    """The people offered in the «add participant» choice, as the user reads them."""
    select_ = re.search(r'<select[^>]*name="people-add-person".*?</select>', section, re.S)
    if not select_:
        return []
    found = re.findall(r'<option[^>]*value="(\d+:\d+)"[^>]*>([^<]*)</option>', select_.group(0))
    return [unescape(label) for _value, label in found]


def status(section: str) -> str:
    found = re.search(r'<p role="status" id="people-found">(.*?)</p>', section, re.S)
    assert found, "no status line under the search"
    return unescape(found.group(1)).strip()


#: Where the search is posted, under the case page.
FIND = "/deltakere/finn"


def search(world: World, text: str, user: str = "kari") -> str:
    client = signed_in(world, user)
    response = post(client, world, FIND, {SEARCH: text})
    assert response.status_code == 200
    return people_section(response.get_data(as_text=True))


def hire(world: World, count: int, unit: str, name: str = "Anne") -> None:
    for number in range(count):
        world.employee(f"{name} Nilsen{number:02d}", unit)


def test_without_a_search_the_case_own_unit_is_offered_and_no_one_else(world):
    section = search(world, "")
    assert options(section) == ["Liv Lund – Nordby skole"]  # Kari takes part already
    assert status(section) == (
        "Ansatte ved sakens eget tjenestested. Søk for å finne noen fra en annen tjeneste."
    )
    form = r'<form method="post" action="[^"]*/deltakere/finn#people-find" role="search"'
    assert re.search(form, section)
    assert re.search(rf'<input[^>]*name="{SEARCH}"[^>]*value=""', section)


def test_a_search_finds_a_colleague_by_the_start_of_the_first_name_in_any_case(world):
    section = search(world, "HEG")
    assert options(section) == ["Hege Haugen – Nordby helsestasjon"]
    assert status(section) == "Treff på «HEG»: 1."
    # The action comes open with what was typed, ready to choose and add.
    assert re.search(r'<details class="bti-action" open>\s*<summary[^>]*>Ta inn en annen', section)
    assert re.search(rf'<input[^>]*name="{SEARCH}"[^>]*value="HEG"', section)


def test_a_search_finds_by_last_name_by_a_hyphenated_name_and_by_unit(world):
    assert options(search(world, "haug")) == ["Hege Haugen – Nordby helsestasjon"]
    assert options(search(world, "lise")) == [
        "Anne-Lise Berg – Vestby barnevernstjeneste (barnevernstjenesten)"
    ]
    assert options(search(world, "helsestasjon")) == [
        "Hege Haugen – Nordby helsestasjon",
        "Øystein Ås – Nordby helsestasjon",
    ]
    # Each word narrows: a first name and the unit.
    assert options(search(world, "hege helse")) == ["Hege Haugen – Nordby helsestasjon"]


def test_norwegian_letters_are_found_in_lower_case_too(world):
    assert options(search(world, "øy")) == ["Øystein Ås – Nordby helsestasjon"]
    assert options(search(world, "ås")) == ["Øystein Ås – Nordby helsestasjon"]


def test_a_search_that_matches_nobody_says_so_and_wildcards_match_nothing(world):
    section = search(world, "zz")
    assert options(section) == []
    assert status(section) == (
        "Ingen treff på «zz». Sjekk stavemåten, eller søk på tjenestestedet."
    )
    assert 'name="people-add-person"' not in section  # nothing to choose from
    for wildcard in ("%", "_", "a%e"):
        assert options(search(world, wildcard)) == [], wildcard


def test_a_search_lists_at_most_twenty_and_asks_for_more_of_the_name(world):
    hire(world, 25, "Nordby helsestasjon")
    section = search(world, "anne")
    shown = options(section)
    assert len(shown) == staff_search.LIMIT == 20
    assert shown == sorted(shown)  # by name
    assert status(section) == (
        "De 20 første treffene på «anne». Skriv mer av navnet for å finne andre."
    )
    # More of the name narrows it down.
    assert options(search(world, "anne nilsen24")) == ["Anne Nilsen24 – Nordby helsestasjon"]


def test_a_large_own_unit_is_not_listed_without_a_search(world):
    hire(world, staff_search.UNIT_LIMIT, "Nordby skole")
    section = search(world, "")
    assert options(section) == []
    assert status(section) == "Søk for å finne personen som skal inn i saken."


def test_those_taking_part_inactive_staff_and_other_municipalities_are_not_found(world):
    world.act_ok(
        "Kari",
        participants.add,
        case_id=world.case_id,
        user_id=world.staff["Liv Lund"],
        unit_id=world.units["Nordby skole"],
    )
    with world.db.unscoped() as session, session.begin():
        user = session.get(StaffUser, world.staff["Truls"])
        user.active = False
    assert options(search(world, "liv")) == []  # takes part already
    assert options(search(world, "kari")) == []  # the viewer takes part
    assert options(search(world, "truls")) == []  # no longer works here
    World(world.deployment, kommune_name="Tromsø").employee("Hedda Holm", "Tromsø helsestasjon")
    assert options(search(world, "hedda")) == []


def _row_counts(world: World) -> dict[str, int]:
    """How many rows each table holds."""
    with world.db.unscoped() as session:
        return {
            table.name: session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for table in SQLModel.metadata.sorted_tables
        }


def test_a_search_on_the_case_page_is_one_audited_read_of_the_case(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))  # (that page view is audited too, before `last`)
    with world.scoped() as session:
        last = session.exec(select(AuditEvent.id).order_by(AuditEvent.id.desc())).first()
    before = _row_counts(world)
    response = client.post(case_path(world) + FIND, data={SEARCH: "hege", "csrf_token": token})
    assert response.status_code == 200
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.id > last)).all()
    assert [(e.action, e.outcome, e.case_ref) for e in events] == [
        ("case.read", AuditOutcome.ALLOWED, world.case_id)
    ]
    # The colleague's name is not in the audit trail, and the search writes nothing else.
    assert all("hege" not in (e.detail or "").lower() for e in events)
    audit = AuditEvent.__tablename__
    assert _row_counts(world) == {**before, audit: before[audit] + 1}


def test_someone_without_a_role_in_the_case_cannot_search_through_it(world):
    client = signed_in(world, "truls")
    response = post(client, world, FIND, {SEARCH: "hege"})
    assert response.status_code == 404
    assert "Hege" not in response.get_data(as_text=True)


def test_what_was_searched_for_is_in_no_address(world):
    """Not in the form's action, in no link, in no redirect: only in the posted form."""
    client = signed_in(world, "kari")
    response = post(client, world, FIND, {SEARCH: "hegeh"})
    assert response.status_code == 200  # the page itself, not a redirect to one
    assert "Location" not in response.headers
    page = response.get_data(as_text=True)
    assert "«hegeh»" in unescape(page)  # the search did run
    addresses = re.findall(r'(?:href|action|src|formaction)="([^"]*)"', page)
    assert addresses and not [a for a in addresses if "hegeh" in unescape(a).lower()]
    assert not re.search(r"<meta[^>]*http-equiv", page, re.I)  # no refresh to an address


def test_a_search_in_the_query_string_finds_nobody(world):
    client = signed_in(world, "kari")
    for name in (SEARCH, "deltaker"):
        response = client.get(case_path(world), query_string={name: "haug"})
        assert response.status_code == 200
        section = people_section(response.get_data(as_text=True))
        assert "Haugen" not in section and "haug" not in section, name
        assert options(section) == ["Liv Lund – Nordby skole"]  # as without a search


def test_a_search_is_not_taken_without_the_form_token(world):
    client = signed_in(world, "kari")
    response = post(client, world, FIND, {SEARCH: "hege"}, token=False)
    assert response.status_code == 400
    assert "Hege" not in response.get_data(as_text=True)


def test_a_search_longer_than_the_field_takes_is_refused_beside_it(world):
    client = signed_in(world, "kari")
    response = post(client, world, FIND, {SEARCH: "hege " * 13})
    assert response.status_code == 400
    section = people_section(response.get_data(as_text=True))
    assert "Bruk høyst 60 tegn." in unescape(section)
    assert options(section) == ["Liv Lund – Nordby skole"]  # no search was run
    assert re.search(r'<details class="bti-action" open>\s*<summary[^>]*>Ta inn en annen', section)


def test_the_one_found_is_added_through_the_usual_action(world):
    world.give_consent("Kari", ["helsestasjon"], signers=("Per",))
    client = signed_in(world, "kari")
    section = search(world, "hege")
    assert f'name="{SEARCH}" value="hege"' in section  # the add form carries the search
    chosen = f"{world.staff['Hege Haugen']}:{world.units['Nordby helsestasjon']}"
    response = post(client, world, "/deltakere", {"people-add-person": chosen, SEARCH: "hege"})
    assert re.search(r"<td[^>]*>Hege Haugen</td>", people_section(followed(client, response)))


def test_a_refused_add_shows_the_search_again_with_the_person_chosen(world):
    client = signed_in(world, "kari")
    chosen = f"{world.staff['Hege Haugen']}:{world.units['Nordby helsestasjon']}"
    response = post(client, world, "/deltakere", {"people-add-person": chosen, SEARCH: "heg"})
    assert response.status_code == 400  # no consent names helsestasjon
    section = people_section(response.get_data(as_text=True))
    assert "Det finnes ikke noe gyldig samtykke som omfatter helsestasjon" in section
    assert options(section) == ["Hege Haugen – Nordby helsestasjon"]
    assert re.search(rf'<option selected value="{chosen}"', section)
    assert re.search(rf'<input[^>]*name="{SEARCH}"[^>]*value="heg"', section)
    assert status(section) == "Treff på «heg»: 1."


def _statements(world: World, read) -> list[str]:
    """The statements ``read(session)`` sends (not the session's own set-up)."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith("BEGIN"):
            statements.append(statement)

    with world.scoped() as session:
        session.get(StaffUser, world.staff["Kari"])  # the session's own set-up, out of the way
        sa.event.listen(world.db.engine, "before_cursor_execute", count)
        try:
            read(session)
        finally:
            sa.event.remove(world.db.engine, "before_cursor_execute", count)
    return statements


def test_the_staff_choice_costs_one_statement_however_many_staff_there_are(world):
    def both(session):
        staff_search.search(session, text="anne", exclude={world.staff["Kari"]})
        staff_search.of_unit(session, unit_id=world.units["Nordby skole"], exclude=())

    few = _statements(world, both)
    hire(world, 30, "Nordby helsestasjon")
    hire(world, 30, "Nordby skole", name="Arne")
    many = _statements(world, both)
    assert len(few) == len(many) == 2, many


def test_markup_typed_into_the_search_is_shown_as_text(world):
    client = signed_in(world, "kari")
    for payload in [p for p in PAYLOADS if has_markup(p)][:30]:
        response = post(client, world, FIND, {SEARCH: payload})
        searched = len(payload) <= 60  # else refused beside the field, and no search run
        assert response.status_code == (200 if searched else 400), payload
        section = people_section(response.get_data(as_text=True))
        assert options(section) == ([] if searched else ["Liv Lund – Nordby skole"]), payload
        assert not re.search(r"<script|<img|<svg|<iframe", section, re.I), payload


def test_the_language_menu_on_the_page_of_a_search_comes_back_to_the_case_page(world):
    client = signed_in(world, "kari")
    page = post(client, world, FIND, {SEARCH: "heg"}).get_data(as_text=True)
    back = re.search(r'<input type="hidden" name="next" value="([^"]*)"', page).group(1)
    assert back == case_path(world)
    token = csrf(client, case_path(world))
    chosen = client.post("/sprak", data={"locale": "nn", "next": back, "csrf_token": token})
    assert chosen.status_code == 302
    assert client.get(chosen.headers["Location"]).status_code == 200
