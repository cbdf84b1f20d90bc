"""Steps for the pages of a new concern as the employee sees them: answering «Er situasjonen
akutt?» and reading the numbers to call on the page that follows (through the web pages,
with :class:`tests.bdd.steps_kept_out.Browser`)."""

from __future__ import annotations

import html
import re

from pytest_bdd import parsers, then, when

from tests.bdd.steps_kept_out import Browser
from tests.support.web import csrf

NAME = r"[A-ZÆØÅ][a-zæøå]+"


def _cards(page: str) -> list[str]:
    """The contact cards on the page, in the order shown, as plain text."""
    found = re.search(r'<ul class="bti-cards".*?</ul>', page, flags=re.S)
    assert found, "siden viser ingen numre å ringe"
    cards = re.findall(r"<li>(.*?)</li>", found.group(0), flags=re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", card)).split()) for card in cards]


@when(parsers.re(rf"(?P<navn>{NAME}) svarer at situasjonen er akutt på siden for ny bekymring$"))
def _(nettleser: Browser, navn: str) -> None:
    client = nettleser.staff(navn)
    start = f"/{nettleser.world.kommune.slug}/ny-bekymring"
    response = client.post(start, data={"acute": "ja", "csrf_token": csrf(client, start)})
    assert response.status_code == 302, response.status_code
    nettleser.response = client.get(response.headers["Location"])
    assert nettleser.response.status_code == 200


@then(
    parsers.re(
        r"viser siden først (?P<forst>[\d ]+), som svarer nå, og så (?P<sa>[\d ]+) med "
        r"åpningstiden (?P<tid>.+), som er stengt nå$"
    )
)
def _(nettleser: Browser, forst: str, sa: str, tid: str) -> None:
    page = nettleser.response.get_data(as_text=True)
    cards = [card for card in _cards(page) if forst in card or sa in card]
    assert len(cards) == 2, _cards(page)
    first, then_ = cards
    assert forst in first and "Svarer nå" in first, first
    assert sa in then_ and "Stengt nå" in then_ and tid in then_, then_
    for number in (forst, sa):
        assert f'href="tel:{number.replace(" ", "")}"' in page  # dialable from the page
