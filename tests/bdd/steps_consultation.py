"""Steps for the anonymous consultation with barnevern (features/*/anonym_drofting.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_consultation``). These scenarios drive the
web pages as the employee does: she signs in, follows the link «Drøft anonymt med
barnevernet» in the acute box, fills in the form and reads the confirmation. Services are
named as in Vestby's steps («fra skolen», «fra helsestasjonen»); the advice by the label the
form shows. What is stored is read straight from the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import unescape

import pytest
from flask.testing import FlaskClient
from pytest_bdd import parsers, then, when
from sqlmodel import select

from bti import clock
from bti.models import AnonymousConsultation, AuditEvent
from tests.bdd.steps_vestby import SERVICES
from tests.support.web import give_passwords, signed_in
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"
LINK = "Drøft anonymt med barnevernet"
DAYS = {"i dag": 0, "i går": -1, "i morgen": 1}
# The form's fields, as the scenarios name them.
FIELDS = {"datoen": "consulted_on", "tjenesten": "unit_kind", "rådet": "advice"}


@dataclass
class Consultation:
    """What the employee has on screen: the form (its address and page) and the last answer."""

    clients: dict[str, FlaskClient] = field(default_factory=dict)
    form_path: str = ""
    form_page: str = ""
    answer: str = ""
    answer_status: int = 0


@pytest.fixture
def drofting() -> Consultation:
    return Consultation()


def _client(world: World, drofting: Consultation, navn: str) -> FlaskClient:
    if navn not in drofting.clients:
        give_passwords(world)
        drofting.clients[navn] = signed_in(world, navn.lower())
    return drofting.clients[navn]


def _day(world: World, dag: str) -> date:
    return clock.today(world.kommune) + timedelta(days=DAYS[dag])


def _link(html: str) -> str:
    found = re.search(rf'<a class="ds-link" href="([^"]+)">{LINK}</a>', html)
    assert found, f"lenken «{LINK}» står ikke på siden"
    return unescape(found.group(1))


def _acute_box(html: str) -> str:
    start = html.index('data-panel="acute"')
    return html[start : html.index("</section>", start)]


def _open_form(world: World, drofting: Consultation, navn: str, path: str) -> None:
    response = _client(world, drofting, navn).get(path)
    assert response.status_code == 200
    drofting.form_path = path
    drofting.form_page = response.get_data(as_text=True)


def _advice_code(page: str, label: str) -> str:
    """The value of the advice the form shows with ``label``."""
    for value, text in re.findall(
        r'name="advice"[^>]*value="([^"]+)">\s*<label class="ds-label" for="[^"]+">([^<]+)<',
        page,
    ):
        if unescape(text) == label:
            return value
    raise AssertionError(f"skjemaet har ikke rådet «{label}»")


def _stored(world: World) -> list[AnonymousConsultation]:
    with world.scoped() as session:
        return list(session.exec(select(AnonymousConsultation)))


def _form_fields(page: str) -> set[str]:
    start = page.index('/anonym-drofting" novalidate')
    form = page[start : page.index("</form>", start)]
    return set(re.findall(r'<(?:input|select|textarea)[^>]*name="([^"]+)"', form))


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"(?P<navn>{NAME}) følger lenken «{LINK}» på saken$"))
def _(world: World, drofting: Consultation, navn: str) -> None:
    page = _client(world, drofting, navn).get(f"/{world.kommune.slug}/sak/{world.case_id}")
    assert page.status_code == 200
    _open_form(world, drofting, navn, _link(_acute_box(page.get_data(as_text=True))))


@when(parsers.re(rf"(?P<navn>{NAME}) følger lenken «{LINK}» når hun melder en ny bekymring$"))
def _(world: World, drofting: Consultation, navn: str) -> None:
    page = _client(world, drofting, navn).get(f"/{world.kommune.slug}/ny-bekymring")
    assert page.status_code == 200
    _open_form(world, drofting, navn, _link(page.get_data(as_text=True)))


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) registrerer en anonym drøfting (?P<dag>i dag|i går|i morgen), "
        r"fra (?P<tjeneste>.+?), med rådet «(?P<rad>.+)»$"
    )
)
def _(world: World, drofting: Consultation, navn: str, dag: str, tjeneste: str, rad: str) -> None:
    """Fill in the form the employee has open (or open it straight away) and send it."""
    if not drofting.form_page:
        _open_form(world, drofting, navn, f"/{world.kommune.slug}/anonym-drofting")
    page = drofting.form_page
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    back = re.search(r'<input[^>]*name="tilbake"[^>]*>', page).group(0)
    client = _client(world, drofting, navn)
    response = client.post(
        f"/{world.kommune.slug}/anonym-drofting",
        data={
            "csrf_token": token,
            "tilbake": unescape(re.search(r'value="([^"]*)"', back).group(1)),
            "consulted_on": _day(world, dag).strftime("%d.%m.%Y"),
            "unit_kind": SERVICES[tjeneste.lower()],
            "advice": _advice_code(page, rad),
        },
    )
    if response.status_code in (302, 303):
        response = client.get(response.headers["Location"])
    drofting.answer_status = response.status_code
    drofting.answer = response.get_data(as_text=True)


# ---------------------------------------------------------------------------------------------
# Så
# ---------------------------------------------------------------------------------------------


@then(
    parsers.re(
        r"er det lagret en anonym drøfting fra (?P<tjeneste>.+?) (?P<dag>i dag|i går) "
        r"med rådet «(?P<rad>.+)»$"
    )
)
def _(world: World, drofting: Consultation, tjeneste: str, dag: str, rad: str) -> None:
    assert drofting.answer_status == 200, drofting.answer[:500]
    (row,) = _stored(world)
    assert row.consulted_on == _day(world, dag)
    assert row.unit_kind == SERVICES[tjeneste.lower()]
    assert row.advice == _advice_code(drofting.form_page, rad)


@then("er ingen anonym drøfting lagret")
def _(world: World) -> None:
    assert _stored(world) == []


@then(parsers.re(rf"får (?P<navn>{NAME}) vite hva rådet betyr: «(?P<tekst>.+)»$"))
def _(drofting: Consultation, navn: str, tekst: str) -> None:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", unescape(drofting.answer)))
    assert "Drøftingen er registrert" in text
    assert tekst in text, f"«{tekst}» står ikke i bekreftelsen"


@then(parsers.re(rf"kan (?P<navn>{NAME}) gå tilbake til saken$"))
def _(world: World, drofting: Consultation, navn: str) -> None:
    path = f"/{world.kommune.slug}/sak/{world.case_id}"
    assert f'<a class="ds-link" href="{path}">Tilbake til saken</a>' in drofting.answer


@then(parsers.re(rf"kan (?P<navn>{NAME}) gå tilbake til den nye bekymringen$"))
def _(world: World, drofting: Consultation, navn: str) -> None:
    path = f"/{world.kommune.slug}/ny-bekymring"
    assert f'<a class="ds-link" href="{path}">Tilbake til den nye bekymringen</a>' in (
        drofting.answer
    )


@then(
    parsers.re(
        rf"får (?P<navn>{NAME}) beskjed ved (?P<felt>datoen|tjenesten|rådet): «(?P<tekst>.+)»$"
    )
)
def _(drofting: Consultation, navn: str, felt: str, tekst: str) -> None:
    found = re.search(rf'id="{FIELDS[felt]}-error"[^>]*>([^<]+)<', drofting.answer)
    assert found, f"ingen feilmelding ved {felt}"
    assert unescape(found.group(1)) == tekst


@then(
    parsers.re(
        rf"ser (?P<navn>{NAME}) nummeret til (?P<kontakt>.+), (?P<telefon>[\d ]+), på siden$"
    )
)
def _(drofting: Consultation, navn: str, kontakt: str, telefon: str) -> None:
    assert kontakt in drofting.form_page
    assert f'href="tel:{telefon.replace(" ", "")}"' in drofting.form_page


@then("har skjemaet ikke noe felt for navn, fødselsnummer eller fritekst")
def _(drofting: Consultation) -> None:
    fields = _form_fields(drofting.form_page)
    assert fields == {"csrf_token", "tilbake", "consulted_on", "unit_kind", "advice"}, fields
    assert "<textarea" not in drofting.form_page


@then("inneholder den lagrede drøftingen bare dagen, tjenesten, rådet og kommunen")
def _(world: World) -> None:
    kept = set(AnonymousConsultation.model_fields) - {"id", "recorded_at"}
    assert kept == {"consulted_on", "unit_kind", "advice", "municipality_id"}, kept
    (row,) = _stored(world)
    assert row.municipality_id == world.mid


@then(parsers.re(r"er drøftingen ikke knyttet til saken om (?P<barn>\w+)$"))
def _(world: World, barn: str) -> None:
    (row,) = _stored(world)
    with world.scoped() as session:
        (event,) = session.exec(
            select(AuditEvent).where(AuditEvent.action == "consultation.record")
        ).all()
    assert event.case_ref is None
    assert event.detail == f"consultation={row.id}"
    subject = world.subject(barn)
    assert subject.given_name not in event.detail and subject.family_name not in event.detail
    assert world.case_id not in event.detail
