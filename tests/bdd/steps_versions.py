"""Steps for no lost update: two people save the same record from the same version.

Loaded as a pytest plugin (``-p tests.bdd.steps_versions``). The people work in the web
pages (:class:`tests.support.web.Tab`), as the point is what each of them sees: the first
save is kept, the second gets the message beside the form with their own text still in it.
"""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.models import MinutesPart
from bti.services import meetings
from tests.bdd.steps_meetings import DEFAULT_PLACE, Meetings, invitees, local_moment
from tests.support.web import Tab, give_passwords
from tests.support.world import World
from tests.web.test_case_meetings import held_data

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"


@pytest.fixture
def faner() -> dict[str, Tab]:
    """The tab each person has open, and (under ``"svar:<name>"``) the answer to their save."""
    return {}


@given(
    parsers.re(r"^at det var samarbeidsmøte (?P<dag>i går) klokka (?P<tid>\d+) med (?P<hvem>.+)$")
)
def _(world: World, moter: Meetings, dag: str, tid: str, hvem: str) -> None:
    starts = local_moment(world, dag, tid)
    meeting = world.act_ok(
        world.opener(),
        meetings.plan,
        case_id=world.case_id,
        kind="samarbeidsmote",
        starts_at=starts,
        place=DEFAULT_PLACE,
        agenda="Hva vi har sett",
        now=starts - timedelta(days=3),  # invited back then
        **invitees(world, hvem),
    )
    moter.meeting_id = meeting.id


@when(parsers.re(r"^(?P<a>[A-ZÆØÅ]\w+) og (?P<b>[A-ZÆØÅ]\w+) åpner begge skjemaet for å "
                 r"registrere møtet som holdt$"))  # fmt: skip
def _(world: World, faner: dict, a: str, b: str) -> None:
    give_passwords(world)
    for navn in (a, b):
        faner[navn] = Tab(world, navn.lower())


@when(parsers.re(rf"^{NAME} lagrer referatet «(?P<tekst>.+)»$"))
def _(world: World, moter: Meetings, faner: dict, navn: str, tekst: str) -> None:
    prefix = f"meeting-held-{moter.meeting_id}"
    data = held_data(world, moter.meeting_id, None, agreed=tekst)
    faner[f"svar:{navn}"] = faner[navn].save(f"/mote/{moter.meeting_id}/gjennomfort", prefix, data)


@then(parsers.re(r"^er møtet registrert som holdt med referatet «(?P<tekst>.+)»$"))
def _(world: World, moter: Meetings, tekst: str) -> None:
    with world.scoped() as session:
        parts = session.exec(select(MinutesPart).where(MinutesPart.meeting_id == moter.meeting_id))
        texts = [part.text for part in parts]
    assert tekst in texts, texts


@then(parsers.re(r"^referatet har ikke «(?P<tekst>.+)»$"))
def _(world: World, moter: Meetings, tekst: str) -> None:
    with world.scoped() as session:
        parts = session.exec(select(MinutesPart).where(MinutesPart.meeting_id == moter.meeting_id))
        assert tekst not in [part.text for part in parts]


@then(parsers.re(rf"^{NAME} får beskjed ved skjemaet: «(?P<beskjed>.+)»$"))
def _(faner: dict, navn: str, beskjed: str) -> None:
    answer = faner[f"svar:{navn}"]
    assert answer.status_code == 400
    assert beskjed in html.unescape(answer.get_data(as_text=True))


@then(parsers.re(rf"^teksten til {NAME}, «(?P<tekst>.+)», står fortsatt i skjemaet$"))
def _(faner: dict, navn: str, tekst: str) -> None:
    page = html.unescape(faner[f"svar:{navn}"].get_data(as_text=True))
    assert re.search(rf"<textarea[^>]*>\s*{re.escape(tekst)}</textarea>", page)
