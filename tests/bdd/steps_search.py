"""Steps for finding a colleague on the case page and a child on the new-concern form by a
search (features/core/finne_personer.feature), through the web pages as the employee uses
them (:class:`tests.bdd.steps_kept_out.Browser`)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest
from pytest_bdd import given, parsers, then, when

from bti.services.case_page.people import SEARCH
from tests.bdd.steps_kept_out import Browser, text_of
from tests.support.web import csrf
from tests.support.world import World

NAME = r"[A-ZÆØÅ][a-zæøå]+"
ADD_PERSON = r"blant dem som kan tas inn i saken"


@dataclass
class Found:
    """The page a search answered with, and the name of the choice it fills."""

    page: str = ""
    field: str = ""

    def offered(self) -> list[str]:
        return _options(self.page, self.field)


@pytest.fixture
def funnet() -> Found:
    return Found()


def _options(page: str, field: str) -> list[str]:
    """The people (or children) offered in the choice named ``field``, as the user reads
    them; the «choose» and «not in the list» options left out."""
    found = re.search(rf'<select[^>]*name="{field}".*?</select>', page, re.S)
    if not found:
        return []
    labels = re.findall(r'<option[^>]*value="\d[\d:]*"[^>]*>([^<]*)</option>', found.group(0))
    return [html.unescape(label) for label in labels]


@given(parsers.re(r"at (?P<antall>\d+) ansatte ved (?P<enhet>.+) heter (?P<navn>\S+) til fornavn$"))
def _(world: World, antall: str, enhet: str, navn: str) -> None:
    for number in range(int(antall)):
        world.employee(f"{navn} Nilsen{number:02d}", enhet)


@when(parsers.re(rf"(?P<navn>{NAME}) søker etter «(?P<tekst>[^»]+)» {ADD_PERSON}$"))
def _(nettleser: Browser, funnet: Found, navn: str, tekst: str) -> None:
    client = nettleser.staff(navn)
    # Posted, as the page's search form does: a name never goes into the address.
    response = client.post(
        f"{nettleser.case_path}/deltakere/finn",
        data={SEARCH: tekst, "csrf_token": csrf(client, nettleser.case_path)},
    )
    assert response.status_code == 200
    funnet.page, funnet.field = response.get_data(as_text=True), "people-add-person"


@when(parsers.re(rf"(?P<navn>{NAME}) søker etter «(?P<tekst>[^»]+)» i skjemaet for ny bekymring$"))
def _(nettleser: Browser, funnet: Found, navn: str, tekst: str) -> None:
    client = nettleser.staff(navn)
    path = f"/{nettleser.world.kommune.slug}/ny-bekymring/skjema"
    response = client.post(path, data={"sok": "1", "find": tekst, "csrf_token": csrf(client, path)})
    assert response.status_code == 200
    funnet.page, funnet.field = response.get_data(as_text=True), "subject"


@then(parsers.re(rf"kan (?P<navn>{NAME}) velge (?P<valgt>{NAME})(?: ved (?P<enhet>.+))?$"))
def _(funnet: Found, navn: str, valgt: str, enhet: str | None) -> None:
    offered = funnet.offered()
    assert any(
        label.startswith(valgt) and (enhet is None or enhet in label) for label in offered
    ), offered


@then(parsers.re(rf"kan (?P<navn>{NAME}) velge mellom (?P<antall>\d+) (?:person|personer|barn)$"))
def _(funnet: Found, navn: str, antall: str) -> None:
    offered = funnet.offered()
    assert len(offered) == int(antall), offered


@then(parsers.re(rf"ber siden (?P<navn>{NAME}) skrive mer av navnet$"))
def _(funnet: Found, navn: str) -> None:
    assert "Skriv mer av navnet" in text_of(funnet.page)
