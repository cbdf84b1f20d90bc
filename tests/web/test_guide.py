"""The guide page (/<slug>/veileder): the handlingsveileder as the platform encodes it."""

from __future__ import annotations

import re
from datetime import time
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest
from markupsafe import escape

from bti import hookimpl
from bti.defaults.contacts import bti_register_contacts as national_contacts
from bti.defaults.levels import LEVELS
from bti.guide import Contact, DeadlineRule, Level, OpeningHours, Team
from tests.support.web import give_passwords, sign_in
from tests.support.world import World

GUIDE = "/eksempel/veileder"
STYLESHEET = Path(__file__).resolve().parents[2] / "platform/bti/web/static/bti.css"


class _Guide:
    """A municipality's own contact (weekdays 08–15), a deadline at level 1 and a team."""

    @hookimpl
    def bti_register_teams(self, profile):
        return [
            Team(
                "tit_0_5",
                "Tidlig innsatsteam 0–5 år",
                min_age=0,
                max_age=5,
                members=("Helsesykepleier", "PPT"),
                cadence_days=28,
                meeting_hours=1.5,
            )
        ]

    @hookimpl
    def bti_register_contacts(self, profile):
        return [
            Contact(
                name="Helsestasjonen",
                phone="64 98 00 00",
                when_to_use="Spørsmål om små barn.",
                hours=(OpeningHours(time(8), time(15)),),
            )
        ]

    @hookimpl
    def bti_levels(self, profile):
        rule = DeadlineRule("plan", "Tiltaksplan klar", "level_entered", 21, "measures_set", 14)
        return [
            Level(
                number=lvl.number,
                name=lvl.name,
                purpose=lvl.purpose,
                steps=lvl.steps,
                tools=lvl.tools,
                outcomes=lvl.outcomes,
                deadlines=(rule,) if lvl.number == 1 else lvl.deadlines,
            )
            for lvl in LEVELS
        ]


def _world(make_world, *plugins) -> World:
    """«Eksempel kommune» on the national model, beside Tromsø with its own plugin."""
    world = make_world(plugins=plugins)
    world.deployment.take_into_use("Tromsø", plugin="tromso")
    world.employee("Kari", "Nordby skole")
    give_passwords(world)
    return world


@pytest.fixture
def world(make_world) -> World:
    return _world(make_world)


@pytest.fixture
def client(world):
    return world.deployment.start().test_client()


class Headings(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[int, str]] = []
        self._heading: list | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [int(tag[1]), ""]

    def handle_endtag(self, tag):
        if self._heading and re.fullmatch(r"h[1-6]", tag):
            self.headings.append((self._heading[0], " ".join(self._heading[1].split())))
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data


def _text(html: str) -> str:
    """The page's text with its whitespace collapsed, entities decoded."""
    parser = HTMLParser(convert_charrefs=True)
    parts: list[str] = []
    parser.handle_data = parts.append
    parser.feed(html)
    return " ".join(" ".join(parts).split())


def test_the_guide_shows_the_national_model(client):
    """In English, so the model's own (English) message ids can be looked for."""
    sign_in(client)
    response = client.get(GUIDE, headers={"Accept-Language": "en"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    text = _text(html)
    for level in LEVELS:
        assert f"Level {level.number}: {level.name}" in text
        assert str(level.purpose) in text
        for step in level.steps:
            assert str(escape(str(step.title))) in html
            for question in step.questions:
                assert str(question) in text
        for outcome in level.outcomes:
            assert str(outcome.label) in text
        for tool in level.tools:
            assert str(tool.name) in text
    for contact in national_contacts(profile=None):
        assert f'href="tel:{contact.phone.replace(" ", "")}"' in html
        assert f">{contact.phone}</a>" in html


@pytest.mark.parametrize("plugins", [(), (_Guide(),)], ids=["national", "own"])
def test_the_guide_has_one_h1_and_headings_in_order(make_world, plugins):
    client = _world(make_world, *plugins).deployment.start().test_client()
    sign_in(client)
    headings = Headings(client.get(GUIDE).get_data(as_text=True)).headings
    levels = [level for level, _text in headings]
    assert levels.count(1) == 1 and levels[0] == 1, headings
    for before, after in pairwise(levels):
        assert after <= before + 1, f"h{before} is followed by h{after}: {headings}"
    assert all(text for _level, text in headings)
    level_headings = [text for level, text in headings if level == 2 and text.startswith("Nivå")]
    assert len(level_headings) == len(LEVELS)
    assert level_headings[0] == "Nivå 0: Identifisering og avklaring"


def test_the_decisions_say_where_they_lead(client):
    sign_in(client)
    text = _text(client.get(GUIDE, headers={"Accept-Language": "en"}).data.decode())
    assert "Close the case : The case will be closed" in text
    assert "Go to level 2 : Go to level 2 requires consent" in text
    assert "Report to barnevern (bekymringsmelding) : Report to barnevern; Go to level 3" in text
    assert "Continue at this level : Stays at this level" in text


def test_a_municipalitys_own_contact_hours_and_deadline(make_world):
    client = _world(make_world, _Guide()).deployment.start().test_client()
    sign_in(client)
    html = client.get(GUIDE).get_data(as_text=True)
    text = _text(html)
    assert "Helsestasjonen" in text
    assert 'href="tel:64980000"' in html
    assert "Mandag–fredag 08.00–15.00" in text
    assert "Tiltaksplan klar" in text and "21" in text

    english = _text(client.get(GUIDE, headers={"Accept-Language": "en"}).data.decode())
    assert "Monday–Friday 08.00–15.00" in english
    assert (
        "Tiltaksplan klar Days 21 (reminder after 14 days) "
        "Counted from The case came to this level Met when Measures were agreed"
    ) in english
    for event in ("level_entered", "measures_set"):
        assert event not in text

    assert "Tidlig innsatsteam 0–5 år Ages 0–5 years Members Helsesykepleier PPT" in english
    assert "every 28 days, 1.5 hours each time" in english
    assert "1,5" in text, "the hours in the user's locale"

    nynorsk = _text(client.get(GUIDE, headers={"Accept-Language": "nn"}).data.decode())
    assert "Måndag–fredag 08.00–15.00" in nynorsk


def test_contacts_that_answer_now_come_first_and_are_marked(make_world):
    client = _world(make_world, _Guide()).deployment.start().test_client()
    sign_in(client)
    html = client.get(GUIDE, headers={"Accept-Language": "en"}).data.decode()
    contacts = html[html.index('id="contacts-heading"') :]
    names = re.findall(r'<h3 class="ds-heading" data-size="2xs">([^<]+)</h3>', contacts)
    marks = re.findall(r"bti-guide__now[^>]*>([^<]+)<", contacts)
    assert len(names) == len(marks) == 4
    open_now = [mark == "Answers now" for mark in marks]
    assert open_now == sorted(open_now, reverse=True), "those that answer now come first"
    assert open_now.count(True) >= 3, "the national numbers always answer"
    assert set(marks) <= {"Answers now", "Closed now"}


def test_the_guide_needs_sign_in(client):
    response = client.get(GUIDE)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/logg-inn")


def test_the_guide_of_another_municipality_is_not_found(client):
    sign_in(client)
    assert client.get("/tromso/veileder").status_code == 404


def test_the_guide_in_nynorsk(client):
    sign_in(client)
    html = client.get(GUIDE, headers={"Accept-Language": "nn"}).data.decode()
    headings = Headings(html).headings
    assert (1, "BTI-rettleiaren i Eksempel kommune") in headings
    assert (2, "Kontaktar") in headings
    assert (3, "Fristar") in headings
    assert '<html lang="nn">' in html


def test_the_guide_prints_as_a_clean_document(client):
    css = STYLESHEET.read_text(encoding="utf-8")
    printed = css[css.index("@media print", css.index("The guide")) :]
    for hidden in (".bti-header", ".bti-footer", "nav", ".bti-guide__toc"):
        assert hidden in printed.split("display: none")[0]
    sign_in(client)
    html = client.get(GUIDE).get_data(as_text=True)
    assert 'class="bti-guide__toc"' in html
    assert "<script" not in html
