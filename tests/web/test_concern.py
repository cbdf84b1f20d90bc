"""A new concern: «Er situasjonen akutt?», the numbers to call, the acute and normal forms."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from html import unescape

import pytest
from sqlmodel import func, select

from bti.demo.identity import make_fodselsnummer
from bti.guide import OSLO
from bti.models import AuditEvent, AuditOutcome, AuditPurpose, BarnevernReport, Case, Subject
from tests.support.deployment import slug_for
from tests.support.web import csrf, give_passwords, sign_in
from tests.support.world import World, birth_date_for

START = "/vestby/ny-bekymring"
NORMAL = "/vestby/ny-bekymring/skjema"
ACUTE = "/vestby/ny-bekymring/akutt"


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby", "Tromsø")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child("Ola", birth_date=birth_date_for(9), unit_name="Nordby skole")
    world.child("Per", birth_date=birth_date_for(11), unit_name="Sørby skole")
    give_passwords(world)
    return world


@pytest.fixture
def client(world):
    return world.deployment.start().test_client()


@pytest.fixture
def kari(client):
    """Kari signed in, reading English (the new texts' message ids)."""
    sign_in(client)
    client.post("/sprak", data={"locale": "en", "next": "/", "csrf_token": csrf(client, START)})
    return client


def count(world, model) -> int:
    with world.scoped() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def post(client, path: str, **data):
    return client.post(path, data={"csrf_token": csrf(client, path), **data})


def error_beside(html: str, field: str) -> str:
    found = re.search(rf'id="{field}-error"[^>]*>([^<]+)<', html)
    assert found, f"no message beside {field}"
    link = f'href="#{field}"' in html or f'href="#{field}-0"' in html  # radios: the first
    assert link, f"the error summary does not link to {field}"
    return unescape(found.group(1))


def normal_concern(world, **changes) -> dict:
    data = {
        "unit": str(world.units["Nordby skole"]),
        "subject": str(world.children["Ola"]),
        "concern": "Virker lei seg og trekker seg unna de andre.",
        "seen_or_heard": "Sitter alene i friminuttene.",
        "child_said_or_did": "Sa at ingen vil leke.",
        "worried_for": "Tre uker",
        "earlier_concerns": "Nei",
        "concern_arose_on": (date.today() - timedelta(days=3)).isoformat(),
    }
    return {**data, **changes}


# -- the first question -------------------------------------------------------------------------


def test_the_start_page_asks_whether_it_is_acute_and_shows_whom_to_call(client):
    sign_in(client)
    html = client.get(START).get_data(as_text=True)
    assert "<h1" in html and "Er situasjonen akutt?" in html
    assert "Foresatte involveres ikke." in html
    assert 'href="tel:112"' in html and 'href="tel:116111"' in html
    assert 'type="radio"' in html and 'value="ja"' in html and 'value="nei"' in html


def contact_cards(html: str) -> str:
    found = re.search(r'<ul class="bti-cards".*?</ul>', html, flags=re.S)
    assert found, "no contact cards on the page"
    return found.group(0)


@pytest.mark.parametrize("kommune", ["Vestby", "Tromsø", "Bærum", "Jevnaker"])
def test_the_acute_page_shows_whom_to_call_now_as_the_first_page_does(make_world, kommune):
    world = make_world(kommune)
    world.employee("Kari", "Nordby skole")
    give_passwords(world)
    app = world.deployment.start()
    client = app.test_client()
    sign_in(client)
    slug = slug_for(kommune)
    first = client.get(f"/{slug}/ny-bekymring").get_data(as_text=True)
    acute = client.get(f"/{slug}/ny-bekymring/akutt").get_data(as_text=True)
    cards = contact_cards(acute)
    # The same cards from the same data: answering now or closed, numbers, opening hours.
    assert cards == contact_cards(first)
    assert ">Hvem du kan ringe nå<" in acute
    assert "Svarer nå" in cards or "Stengt nå" in cards
    assert "Åpningstider" in cards
    # Every number for the acute path (barnevernsvakt, police) is a dialable link. (Tromsø's
    # guide gives barneverntjenesten no number; the police's come from the core.)
    numbers = [
        part
        for contact in app.extensions["bti"].get(slug).contacts
        if contact.acute
        for part in contact.phone.split("/")
        if part.strip()
    ]
    assert numbers
    for number in numbers:
        tel = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        assert f'href="tel:{tel}"' in cards, (number, kommune)


def test_no_answer_to_the_acute_question_is_an_error_and_writes_nothing(world, kari):
    response = post(kari, START)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "acute") == "Answer first whether the situation is acute."
    assert 'class="ds-error-summary"' in html
    assert count(world, Case) == 0


def test_no_leads_to_the_form_and_yes_to_the_acute_form(kari):
    response = post(kari, START, acute="nei")
    assert response.status_code == 302 and response.headers["Location"].endswith(NORMAL)
    response = post(kari, START, acute="ja")
    assert response.status_code == 302 and response.headers["Location"].endswith(ACUTE)


# -- the normal branch --------------------------------------------------------------------------


def search(client, path: str, text: str, **typed) -> str:
    """The form again after «Søk» with ``text`` (and what else was ``typed``)."""
    response = post(client, path, sok="1", find=text, **typed)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_form_finds_only_the_children_of_my_units(world, kari):
    html = kari.get(NORMAL).get_data(as_text=True)
    assert "What are you worried about?" in html
    ola, per = world.children["Ola"], world.children["Per"]
    # Nobody is listed before a search.
    assert "Ola Testesen" not in html and "Per Testesen" not in html
    # The only unit is chosen already.
    assert re.search(rf'<option selected value="{world.units["Nordby skole"]}">', html)
    html = search(kari, NORMAL, "testesen")
    assert f'<option value="{ola}">Ola Testesen, born {birth_date_for(9).year}</option>' in html
    assert f'value="{per}"' not in html and "Per Testesen" not in html


def _form_reads(world) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == "concern.form")))


def test_showing_the_list_of_children_is_audited_once_without_names(world, kari):
    kari.get(NORMAL)
    [event] = _form_reads(world)
    assert (event.actor_id, event.outcome, event.purpose) == (
        world.staff["Kari"],
        AuditOutcome.ALLOWED,
        AuditPurpose.CASEWORK,
    )
    assert event.detail == "count=0" and event.case_ref is None
    assert event.at.utcoffset() == timedelta(0)
    # A form that fails shows the list again: that read is on record too, though nothing
    # else of the attempt is.
    post(kari, NORMAL, **normal_concern(world, concern="  "))
    assert len(_form_reads(world)) == 3  # the page the token came from, and the post


def test_a_complete_concern_opens_a_case_at_level_0_in_my_cases(world, kari):
    response = post(kari, NORMAL, **normal_concern(world))
    with world.scoped() as session:
        case = session.exec(select(Case)).one()
    # Straight to the new case page, where the next steps are.
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/vestby/sak/{case.id}")
    page = kari.get(response.headers["Location"]).get_data(as_text=True)
    assert "The concern is registered." in page
    assert "Ola Testesen" in kari.get("/vestby/saker").get_data(as_text=True)
    assert (case.level, case.acute, case.subject_id) == (0, False, world.children["Ola"])
    assert case.worried_for == "Tre uker"
    assert case.concern_arose_on == date.today() - timedelta(days=3)
    assert case.reported_to_barnevern_at is None


def test_a_concern_without_its_text_keeps_what_was_typed_and_writes_nothing(world, kari):
    response = post(kari, NORMAL, **normal_concern(world, concern="  "))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "concern") == "Describe what you are worried about."
    assert "Sitter alene i friminuttene." in html
    assert 'value="Tre uker"' in html
    assert f'<option selected value="{world.children["Ola"]}">' in html
    assert count(world, Case) == 0


def test_a_date_in_the_future_is_refused(world, kari):
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    response = post(kari, NORMAL, **normal_concern(world, concern_arose_on=tomorrow))
    html = response.get_data(as_text=True)
    assert error_beside(html, "concern_arose_on") == "The date cannot be in the future."
    assert f'value="{tomorrow}"' in html
    assert count(world, Case) == 0


def test_a_date_that_is_no_date_is_explained_and_kept(world, kari):
    response = post(kari, NORMAL, **normal_concern(world, concern_arose_on="31.02.2024"))
    html = response.get_data(as_text=True)
    assert error_beside(html, "concern_arose_on") == "Write the date as dd.mm.yyyy."
    assert 'value="31.02.2024"' in html
    assert count(world, Case) == 0


def test_a_child_from_another_unit_cannot_be_chosen(world, kari):
    per = world.children["Per"]
    response = post(kari, NORMAL, **normal_concern(world, subject=str(per)))
    html = response.get_data(as_text=True)
    assert error_beside(html, "subject") == "Choose the child or youth the concern is about."
    assert "Per Testesen" not in html
    assert count(world, Case) == 0


def test_another_unit_than_my_own_cannot_be_chosen(world, kari):
    sorby = world.units["Sørby skole"]
    response = post(kari, NORMAL, **normal_concern(world, unit=str(sorby)))
    assert error_beside(response.get_data(as_text=True), "unit") == "Choose the unit you work in."
    assert count(world, Case) == 0


def test_a_new_child_is_registered_with_the_case_at_my_unit(world, kari):
    born = birth_date_for(7)
    number = make_fodselsnummer(born, female=True, rng=random.Random(4))
    new = {
        "subject": "ny",
        "given_name": "Nora",
        "family_name": "Nyhus",
        "birth_date": born.isoformat(),
        "fodselsnummer": number,
    }
    response = post(kari, NORMAL, **normal_concern(world, **new))
    assert response.status_code == 302
    with world.scoped() as session:
        nora = session.exec(select(Subject).where(Subject.given_name == "Nora")).one()
        case = session.exec(select(Case)).one()
    assert (nora.unit_id, nora.birth_date, nora.fodselsnummer) == (
        world.units["Nordby skole"],
        born,
        number,
    )
    assert case.subject_id == nora.id
    # Now she is found like any child at the school.
    assert "Nora Nyhus" in search(kari, NORMAL, "nora")


def test_a_new_child_with_a_wrong_number_is_refused_and_nothing_is_written(world, kari):
    subjects = count(world, Subject)
    new = {
        "subject": "ny",
        "given_name": "Nora",
        "family_name": "Nyhus",
        "birth_date": birth_date_for(7).isoformat(),
        "fodselsnummer": "12345678901",
    }
    response = post(kari, NORMAL, **normal_concern(world, **new))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "fodselsnummer").startswith("The national identity number is not")
    assert 'value="Nora"' in html and 'value="12345678901"' in html
    assert count(world, Subject) == subjects
    assert count(world, Case) == 0


def test_a_new_child_needs_a_name_and_a_birth_date(world, kari):
    response = post(kari, NORMAL, **normal_concern(world, subject="ny"))
    html = response.get_data(as_text=True)
    assert error_beside(html, "given_name") == "Write the child's given name."
    assert error_beside(html, "family_name") == "Write the child's family name."
    assert error_beside(html, "birth_date") == "Give the birth date."
    assert count(world, Subject) == 2 and count(world, Case) == 0


# -- the target group (Vestby: «fra svangerskap og opp til 24 år») ------------------------------

VESTBY_TOO_OLD = (
    "The BTI guide in Vestby kommune covers pregnant women and children and youth from 0 up to "
    "and including 24 years, that is until the day before they turn 25. By the birth date, "
    "this person is {age} today."
)


def new_child(born: date) -> dict:
    return {"subject": "ny", "given_name": "Nora", "family_name": "Nyhus", "birth_date": born}


def test_the_form_says_whom_the_guide_covers_beside_the_birth_date(kari):
    html = unescape(kari.get(NORMAL).get_data(as_text=True))
    assert (
        'id="birth_date-description">Children and youth from 0 to 24 years. Pregnant women are '
        "included. Age counts in completed years: the guide covers a person until the day before "
        "they turn 25.<"
    ) in html


@pytest.mark.parametrize("path", [NORMAL, ACUTE])
def test_a_new_person_outside_the_target_group_is_refused_beside_the_birth_date(world, kari, path):
    born = birth_date_for(25)
    data = normal_concern(world) if path == NORMAL else acute_report(world)
    response = post(kari, path, **{**data, **new_child(born)})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "birth_date") == VESTBY_TOO_OLD.format(age=25)
    # What was typed is kept; nothing is written, not even the new person.
    assert 'value="Nora"' in html and f'value="{born.isoformat()}"' in html
    assert "Virker lei seg og trekker seg unna de andre." in html or path == ACUTE
    assert count(world, Subject) == 2
    assert count(world, Case) == 0
    assert count(world, BarnevernReport) == 0


def test_the_day_before_the_25th_birthday_a_new_person_is_still_in_vestbys_target_group(
    world, kari
):
    tomorrow = datetime.now(OSLO).date() + timedelta(days=1)  # Vestby's date
    if (tomorrow.month, tomorrow.day) == (2, 29):
        pytest.skip("nobody born 25 years before a 29 February has that birthday")
    born = tomorrow.replace(year=tomorrow.year - 25)  # 24 today, 25 tomorrow
    response = post(kari, NORMAL, **normal_concern(world, **new_child(born)))
    assert response.status_code == 302
    assert count(world, Case) == 1


def test_a_person_from_the_list_outside_the_target_group_is_refused_beside_the_choice(world, kari):
    eva = world.child("Eva", birth_date=birth_date_for(26), unit_name="Nordby skole")
    response = post(kari, NORMAL, **normal_concern(world, subject=str(eva)))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert error_beside(html, "subject") == VESTBY_TOO_OLD.format(age=26)
    assert re.search(rf'<option selected value="{eva}">', html)
    assert count(world, Case) == 0


# -- the acute branch ---------------------------------------------------------------------------


def acute_report(world, **changes) -> dict:
    data = {
        "unit": str(world.units["Nordby skole"]),
        "subject": str(world.children["Ola"]),
        "concern": "Forteller om slag hjemme.",
        "report_recipient": "Vakthavende i barnevernet",
        "police_notified": "y",
    }
    return {**data, **changes}


def test_an_acute_report_needs_who_received_it(world, kari):
    assert "Who at barnevern received the report?" in kari.get(ACUTE).get_data(as_text=True)
    response = post(kari, ACUTE, **acute_report(world, report_recipient=""))
    html = response.get_data(as_text=True)
    assert error_beside(html, "report_recipient") == "Say who at barnevern received the report."
    assert "Forteller om slag hjemme." in html
    assert count(world, Case) == 0 and count(world, BarnevernReport) == 0


def test_an_acute_report_opens_a_reported_case(world, kari):
    response = post(kari, ACUTE, **acute_report(world))
    with world.scoped() as session:
        case = session.exec(select(Case)).one()
        report = session.exec(select(BarnevernReport)).one()
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/vestby/sak/{case.id}")
    assert "The concern has been reported to barnevern." in kari.get(
        response.headers["Location"]
    ).get_data(as_text=True)
    assert case.acute and case.reported_to_barnevern_at is not None
    assert (report.case_id, report.recipient, report.police_notified) == (
        case.id,
        "Vakthavende i barnevernet",
        True,
    )


# -- who may ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [START, NORMAL, ACUTE])
def test_a_form_without_its_token_is_refused(world, kari, path):
    data = acute_report(world, acute="nei", **normal_concern(world))
    assert kari.post(path, data=data).status_code == 400
    assert count(world, Case) == 0


@pytest.mark.parametrize("path", [START, NORMAL, ACUTE])
def test_the_pages_need_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302 and response.headers["Location"].endswith("/logg-inn")


@pytest.mark.parametrize("path", [START, NORMAL, ACUTE])
def test_another_municipality_is_404(kari, path):
    assert kari.get(path.replace("/vestby/", "/tromso/")).status_code == 404
    assert kari.get(path.replace("/vestby/", "/oslo/")).status_code == 404
