"""Steps for who has seen a case, the leader's review of access and emergency access
(features/core/tilgangslogg.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_access_log``).
"""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from bti.errors import InvalidInput
from bti.services.access_log import break_glass, case_log, snooping
from bti.services.access_log.who import EMERGENCY, LEADER
from tests.support.world import World


@when(parsers.parse("{navn} ser hvem som har sett saken"))
def _(world: World, navn: str) -> None:
    world.act(navn, case_log.read, case_id=world.case_id)


@when(parsers.parse("{navn} åpner saken med nødtilgang fordi «{grunn}»"))
def _(world: World, navn: str, grunn: str) -> None:
    world.act(navn, break_glass.open_case, case_ref=world.case_id, reason=grunn)


@when(parsers.parse("{navn} åpner saken med nødtilgang uten begrunnelse"))
def _(world: World, navn: str) -> None:
    world.act(navn, break_glass.open_case, case_ref=world.case_id, reason="")


@when(parsers.parse("{navn} ser tilgangskontrollen for enheten sin"))
def _(world: World, navn: str) -> None:
    world.act(navn, snooping.review)


@then(parsers.parse("står {navn} i listen over hvem som har sett saken, som enhetens leder"))
def _(world: World, navn: str) -> None:
    assert world.error is None, world.error
    assert any(item.who == navn and item.way == LEADER for item in world.result.items)


@then(parsers.parse("står nødtilgangen til {navn} der med begrunnelsen «{grunn}»"))
def _(world: World, navn: str, grunn: str) -> None:
    assert world.error is None, world.error
    grants = [(g.who, g.reason) for g in world.result.emergencies.items]
    assert (navn, grunn) in grants


@then(parsers.parse("står oppslaget til {navn} der markert som nødtilgang"))
def _(world: World, navn: str) -> None:
    rows = world.result.outside.items
    assert any(row.who == navn and row.flag == EMERGENCY for row in rows)


@then("blir nødtilgangen avvist fordi begrunnelsen mangler")
def _(world: World) -> None:
    world.invalid_field("reason")
    assert world.shown(world.error.message) == world.shown(break_glass.NO_REASON)


@then("blir nødtilgangen avvist uten at det sies om saken finnes")
def _(world: World) -> None:
    assert isinstance(world.error, InvalidInput)
    world.invalid_field("case_ref")
    assert world.shown(world.error.message) == world.shown(break_glass.NO_CASE)
