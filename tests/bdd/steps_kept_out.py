"""Steps for what reaches the guardians after a report to barnevern, through the web pages.

Loaded as a pytest plugin (``-p tests.bdd.steps_kept_out``). These steps sign staff in
through the real sign-in page and use the case page, its forms, its printouts and the
citizens' pages, as a teacher and a guardian would: the scenarios in
``features/core/akutt.feature`` run them in every municipality.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.models import Case, Guardian, Meeting
from bti.services import citizens, guardians, meetings
from tests.bdd.steps_meetings import WHEN, Meetings, invitees, kind_code, local_moment
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in, sign_in_citizen
from tests.support.world import World

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"


@dataclass
class Browser:
    """Signed-in test clients by first name, and the last response a step got."""

    world: World
    clients: dict[str, FlaskClient] = field(default_factory=dict)
    response: object = None
    passwords_given: bool = False

    def staff(self, name: str) -> FlaskClient:
        if name not in self.clients:
            if not self.passwords_given:
                give_passwords(self.world)
                self.passwords_given = True
            client = self.world.deployment.start().test_client()
            sign_in(client, name.lower())
            client.get("/velg-kommune")
            self.clients[name] = client
        return self.clients[name]

    def case_page(self, name: str) -> str:
        response = self.staff(name).get(self.case_path)
        assert response.status_code == 200, response.status_code
        return response.get_data(as_text=True)

    @property
    def case_path(self) -> str:
        return f"/{self.world.kommune.slug}/sak/{self.world.case_id}"


@pytest.fixture
def nettleser(world: World) -> Browser:
    return Browser(world)


def text_of(page: str) -> str:
    """The page as a reader sees it: no tags, one space between words."""
    without_tags = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(without_tags)).strip()


def _named(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _meeting(world: World, kind: str) -> Meeting:
    code = kind_code(world, kind)
    found = [m for m in world.in_case(Meeting) if m.kind == code]
    assert found, f"ingen {kind} i saken"
    return found[-1]


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(
    parsers.re(
        rf"^at {NAME} har invitert (?P<hvem>.+?) til (?P<motetype>.+?) {WHEN}, og møtet er "
        r"ikke ført som holdt$"
    )
)
def _(world: World, moter: Meetings, navn: str, hvem: str, motetype: str, dag: str, tid: str):
    """A meeting whose time has come: it was planned the day before it started."""
    starts_at = local_moment(world, dag, tid)
    meeting = world.act_ok(
        navn,
        meetings.plan,
        case_id=world.case_id,
        kind=kind_code(world, motetype),
        starts_at=starts_at,
        place="Møterom 2",
        agenda="Hvordan har barnet det\nVeien videre",
        now=starts_at - timedelta(days=1),
        **invitees(world, hvem),
    )
    moter.meeting_id = meeting.id


@given(parsers.re(rf"^{NAME} kan logge inn på innbyggersidene$"))
def _(world: World, navn: str) -> None:
    number = f"0{len(world.guardians)}817512345"[-11:]  # synthetic: month + 80
    with world.transaction() as session:
        guardian = session.get(Guardian, world.guardians[navn])
        guardian.fodselsnummer = number
        session.add(guardian)
        citizens.add_local_account(
            session,
            fodselsnummer=number,
            display_name=navn,
            username=f"innbygger-{navn.lower()}",
            password=PASSWORD,
        )


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^{NAME} melder saken til barnevernet på saksiden$"))
def _(world: World, nettleser: Browser, navn: str) -> None:
    """The decision form at the case's level, with the decision that reports."""
    with world.scoped() as session:
        level = world.kommune.level(session.get(Case, world.case_id).level)
    outcome = next(o for o in level.outcomes if o.reports_to_barnevern)
    client = nettleser.staff(navn)
    nettleser.response = client.post(
        f"{nettleser.case_path}/beslutning",
        data={
            "decision-outcome": outcome.code,
            "decision-rationale": "Ola forteller om slag hjemme.",
            "decision-recipient": "Barnevernstjenesten, mottak",
            "csrf_token": csrf(client, nettleser.case_path),
        },
    )
    assert nettleser.response.status_code == 302, text_of(nettleser.response.get_data(True))


@when(
    parsers.re(
        rf"^{NAME} fører (?P<motetype>.+?) som holdt på saksiden, med foresatte "
        r"(?P<svar>til stede|ikke til stede)$"
    )
)
def _(world: World, nettleser: Browser, navn: str, motetype: str, svar: str) -> None:
    meeting = _meeting(world, motetype)
    client = nettleser.staff(navn)
    page = nettleser.case_page(navn)
    prefix = f"meeting-held-{meeting.id}"
    present = "yes" if svar == "til stede" else "no"
    data = {
        f"{prefix}-guardians_present": present,
        f"{prefix}-child_present": "no",
        f"{prefix}-child_voice_missing_reason": "Ola var ikke med på møtet.",
        f"{prefix}-discussed": "Vi gikk gjennom hvordan Ola har det.",
        f"{prefix}-coordinator_change": "continues",
        "csrf_token": csrf(client, nettleser.case_path),
    }
    for key in re.findall(rf'name="({prefix}-present_\d+)"', page):
        data[key] = "yes"
    nettleser.response = client.post(
        f"{nettleser.case_path}/mote/{meeting.id}/gjennomfort", data=data
    )


# ---------------------------------------------------------------------------------------------
# Så
# ---------------------------------------------------------------------------------------------


@then(
    parsers.re(
        rf"^står det på saksiden til {NAME} at (?P<motetype>.+?) er satt på vent, fordi det "
        r"var en samtale med foresatte$"
    )
)
def _(world: World, nettleser: Browser, navn: str, motetype: str) -> None:
    notice = text_of(_kept_out_notice(nettleser.case_page(navn)))
    assert re.search(
        rf"{re.escape(motetype)}, [^;]+?: satt på vent, fordi det var en samtale med foresatte",
        notice,
        re.IGNORECASE,
    ), notice
    assert _meeting(world, motetype).on_hold


@then(parsers.re(rf"^står det på saksiden til {NAME} at (?P<motetype>.+?) holdes uten foresatte$"))
def _(world: World, nettleser: Browser, navn: str, motetype: str) -> None:
    page = nettleser.case_page(navn)
    notice = text_of(_kept_out_notice(page))
    assert re.search(
        rf"{re.escape(motetype)}, [^;]+?: blir holdt uten foresatte", notice, re.IGNORECASE
    ), notice
    meeting = _meeting(world, motetype)
    article = text_of(_article(page, meeting.id))
    assert "Foresatte er ikke lenger invitert." in article, article


@then(
    parsers.re(
        rf"^står det på saksiden til {NAME} at foresatte ikke skal kontaktes før barnevernet "
        r"sier at de kan involveres igjen$"
    )
)
def _(nettleser: Browser, navn: str) -> None:
    notice = text_of(_kept_out_notice(nettleser.case_page(navn)))
    assert "Saken er meldt til barnevernet." in notice, notice
    assert "før barnevernet sier at de kan involveres igjen" in notice, notice


@then(
    parsers.re(
        r"^nevner ingen utskrift eller kalenderfil fra saken (?P<hvem>.+)$",
    )
)
def _(world: World, nettleser: Browser, hvem: str) -> None:
    """Every printout the case page offers and every meeting's calendar file."""
    client = nettleser.staff("Kari")
    page = nettleser.case_page("Kari")
    links = set(re.findall(r'href="([^"]*/(?:utskrift/[^"]*|mote/\d+\.ics))"', page))
    links = {html.unescape(link) for link in links if not link.endswith(".pdf")}
    kinds = {"invitasjon", "samtykke"}
    assert all(any(k in link for link in links) for k in kinds), sorted(links)
    for link in sorted(links):
        response = client.get(link)
        assert response.status_code == 200, link
        shown = text_of(response.get_data(as_text=True))
        for name in _names(hvem):
            assert not _named(shown, name), f"{name} står i {link}"


@then(
    parsers.re(
        r"^blir møtet ikke ført, og ved spørsmålet om foresatte deltok står det «(?P<melding>.+)»$"
    )
)
def _(world: World, nettleser: Browser, moter: Meetings, melding: str) -> None:
    response = nettleser.response
    assert response.status_code == 400, response.status_code
    page = response.get_data(as_text=True)
    error_id = f"meeting-held-{moter.meeting_id}-guardians_present-error"
    beside = re.search(rf'<[^>]+id="{error_id}"[^>]*>(.*?)</', page, re.S)
    assert beside, "ingen melding ved spørsmålet om foresatte deltok"
    assert melding in text_of(beside.group(1)), text_of(beside.group(1))
    # The question says so before anyone answers it, too.
    description_id = f"meeting-held-{moter.meeting_id}-guardians_present-description"
    upfront = re.search(rf'<[^>]+id="{description_id}"[^>]*>(.*?)</', page, re.S)
    assert upfront and "Saken er meldt til barnevernet" in text_of(upfront.group(1))
    meeting = next(m for m in world.in_case(Meeting) if m.id == moter.meeting_id)
    assert meeting.held_at is None


@then(parsers.re(r"^er møtet ført som holdt uten foresatte$"))
def _(world: World, nettleser: Browser, moter: Meetings) -> None:
    assert nettleser.response.status_code == 302, text_of(nettleser.response.get_data(True))
    meeting = next(m for m in world.in_case(Meeting) if m.id == moter.meeting_id)
    assert meeting.held_at is not None and meeting.guardians_present is False


@then(parsers.re(r"^ser (?P<hvem>.+?) ingenting om saken på innbyggersidene$"))
def _(world: World, hvem: str) -> None:
    slug = world.kommune.slug
    for name in _names(hvem):
        client = world.deployment.start().test_client()
        if client.get(f"/{slug}/innsyn/logg-inn").status_code == 404:
            continue  # the municipality gives citizens no pages: nothing can appear
        sign_in_citizen(client, slug, f"innbygger-{name.lower()}")
        mine = client.get(f"/{slug}/innsyn/")
        assert mine.status_code == 200, f"{name} kom ikke inn på innbyggersidene"
        assert world.case_id not in mine.get_data(as_text=True)
        assert client.get(f"/{slug}/innsyn/stafettlogg/{world.case_id}").status_code == 404


@then("har plattformen ingen foresatte å sende noe til i saken")
def _(world: World) -> None:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        assert guardians.to_involve(session, case=case) == []
        left = session.exec(select(Meeting).where(Meeting.case_id == case.id)).all()
        assert left, "saken har ingen møter å se på"


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [part for part in re.split(r",\s*|\s+og\s+|\s+eller\s+", text.strip()) if part]


def _kept_out_notice(page: str) -> str:
    found = re.search(r'<div[^>]*id="guardians-kept-out"[^>]*>.*?</div>', page, re.S)
    assert found, "saksiden sier ikke at saken er meldt og at foresatte holdes utenfor"
    return found.group(0)


def _article(page: str, meeting_id: int) -> str:
    found = re.search(rf'<article id="meeting-{meeting_id}".*?</article>', page, re.S)
    assert found, f"møtet {meeting_id} står ikke på saksiden"
    return found.group(0)
