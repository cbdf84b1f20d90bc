"""Shared steps for workflow scenarios: the people, the child, the case.

Loaded as a pytest plugin (``-p tests.bdd.steps_world``). The ``world`` fixture (in
tests/conftest.py) holds what a scenario has named; see :mod:`tests.support.world`.
"""

from __future__ import annotations

from datetime import date, timedelta

from pytest_bdd import given, parsers

from bti.models import Custody, SubjectKind
from tests.support.world import CUSTODY, World, birth_date_for


@given(parsers.parse("at saken gjelder {kommune} kommune"))
def _(world: World, kommune: str) -> None:
    world.kommune_name = kommune


@given(
    parsers.re(r"(?P<navn>[A-ZÆØÅ]\w+) er (?P<rolle>[^\W\d][\w\- ]*?) (?:ved|i|på) (?P<enhet>.+)$")
)
def _(world: World, navn: str, rolle: str, enhet: str) -> None:
    world.employee(navn, enhet, rolle)


@given(parsers.re(r"(?P<barn>[A-ZÆØÅ]\w+) er (?P<alder>\d+) år(?: og går på (?P<enhet>.+))?$"))
def _(world: World, barn: str, alder: str, enhet: str | None) -> None:
    world.child(barn, birth_date=birth_date_for(int(alder)), unit_name=enhet)


@given(parsers.re(r"(?P<navn>[A-ZÆØÅ]\w+) er gravid med termin om (?P<uker>\d+) uker$"))
def _(world: World, navn: str, uker: str) -> None:
    world.child(navn, kind=SubjectKind.GRAVID, due_date=date.today() + timedelta(weeks=int(uker)))


@given(
    parsers.re(
        r"foreldrene til (?P<barn>\w+), (?P<a>\w+) og (?P<b>\w+), "
        r"(?P<ordning>bor sammen|har delt omsorg|bor hver for seg)"
        r"(?:, og (?P<omsorg>\w+) har den daglige omsorgen)?$"
    )
)
def _(world: World, barn: str, a: str, b: str, ordning: str, omsorg: str | None) -> None:
    world.set_custody(barn, CUSTODY[ordning])
    for parent in (a, b):
        daily = ordning != "bor hver for seg" or parent == omsorg
        world.guardian(parent, barn, daily_care=daily)


@given(parsers.re(r"(?P<barn>\w+) har én forelder, (?P<forelder>\w+), med foreldreansvar alene$"))
def _(world: World, barn: str, forelder: str) -> None:
    world.set_custody(barn, Custody.ENE)
    world.guardian(forelder, barn, daily_care=True)


@given(parsers.parse("at {navn} har åpnet en sak om {barn}"))
def _(world: World, navn: str, barn: str) -> None:
    world.open_case(navn, barn)
