"""Steps for the target group: whom a municipality's guide covers, and a new concern about
someone outside it.

Loaded as a pytest plugin (``-p tests.bdd.steps_target_group``); builds on
:mod:`tests.support.world`. Ages are counted in completed years on the municipality's own date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.errors import InvalidInput
from bti.models import Case, Subject, SubjectCreate, SubjectKind
from bti.services import cases
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"
# Where the refusal is shown: beside the birth date of a new person, or beside the choice of
# a person already in the list.
FIELDS = {"fødselsdatoen": "birth_date", "valget av barn": "subject_id"}


def local_today(world: World) -> date:
    return datetime.now(world.kommune.profile.tz).date()


def born_turning(world: World, alder: int, naar: str) -> date:
    """A birth date that makes the person ``alder`` today («i dag») or tomorrow («i morgen»)."""
    day = local_today(world) + timedelta(days=1 if naar == "i morgen" else 0)
    if (day.month, day.day) == (2, 29):
        pytest.skip("a birthday on 29 February does not come every year")
    return day.replace(year=day.year - alder)


@given(
    parsers.re(
        rf"(?P<navn>{NAME}) fyller (?P<alder>\d+) år (?P<naar>i dag|i morgen)"
        r"(?: og går på (?P<enhet>.+))?$"
    )
)
def _(world: World, navn: str, alder: str, naar: str, enhet: str | None) -> None:
    world.child(navn, birth_date=born_turning(world, int(alder), naar), unit_name=enhet)


@when(parsers.re(rf"(?P<navn>{NAME}) registrerer en bekymring for (?P<barn>{NAME})$"))
def _(world: World, navn: str, barn: str) -> None:
    case = world.act(
        navn,
        cases.open_concern,
        subject_id=world.children[barn],
        unit_id=min(world.actor(navn).unit_ids),
        acute=False,
        concern="Virker lei seg og trekker seg unna.",
    )
    if case is not None:
        world.case_id = case.id


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) registrerer en bekymring for et barn som ikke står i listen, "
        rf"(?P<barn>{NAME}), som fyller (?P<alder>\d+) år (?P<naar>i dag|i morgen)$"
    )
)
def _(world: World, navn: str, barn: str, alder: str, naar: str) -> None:
    person = SubjectCreate(
        kind=SubjectKind.BARN,
        given_name=barn,
        family_name="Nyhus",
        birth_date=born_turning(world, int(alder), naar),
    )
    case = world.act(
        navn,
        cases.open_concern,
        new_subject=person,
        unit_id=min(world.actor(navn).unit_ids),
        acute=False,
        concern="Virker lei seg og trekker seg unna.",
    )
    if case is not None:
        world.case_id = case.id


@then(parsers.re(rf"er bekymringen for (?P<barn>{NAME}) registrert på nivå 0$"))
def _(world: World, barn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    with world.scoped() as session:
        case = session.exec(select(Case).where(Case.id == world.case_id)).one()
        subject = session.get(Subject, case.subject_id)
    assert (subject.given_name, case.level) == (barn, 0)


@then(
    parsers.re(
        r"blir bekymringen avvist med en melding ved (?P<felt>fødselsdatoen|valget av barn): "
        r"«(?P<tekst>.+)»$"
    )
)
def _(world: World, felt: str, tekst: str) -> None:
    assert isinstance(world.error, InvalidInput), f"ikke avvist: {world.error!r}"
    assert world.error.field == FIELDS[felt], f"meldingen står ved {world.error.field}"
    message = world.shown(world.error.message)
    assert tekst in message, message
    with world.scoped() as session:
        assert session.exec(select(Case)).all() == [], "en sak ble likevel opprettet"
        names = {s.given_name for s in session.exec(select(Subject)).all()}
    assert names == set(world.children), "en ny person ble likevel registrert"
