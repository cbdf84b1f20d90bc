"""Steps for the forms a municipality's guide lets staff fill in on a case: its tools, such
as Vestby's undringsnotat or Tromsø's observasjonsskjema and plan for det videre forløpet.

Loaded as a pytest plugin (``-p tests.bdd.steps_forms``). Every municipality's features name
a form by its title as the employee reads it, in «», and say the same sentences:

    Når Kari fyller ut «Undringsnotat» i saken:
      | Hva lurer du på, eller hva er du bekymret for? | Ola virker lei seg. |
    Så har saken «Undringsnotat» fra Kari med svarene hun fylte ut
    Og er det logget at Kari fylte ut «Undringsnotat»
"""

from __future__ import annotations

import re

import pytest
from pytest_bdd import parsers, then, when
from sqlmodel import select
from wtforms.fields.core import UnboundField

from bti.models import AuditEvent
from bti.services import documents
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"


def form_titled(world: World, skjema: str):
    """The form variant the employee sees as ``skjema`` among the case's fillable forms."""
    for variant in world.kommune.fillable_forms:
        if world.shown(variant.title) == skjema:
            return variant
    raise AssertionError(f"«{skjema}» kan ikke fylles ut i saken")


def questions(world: World, variant) -> dict[str, str]:
    """The form's questions as the employee reads them → the names the answers are kept
    under, in the form's order."""
    unbound = [
        (name, value)
        for name, value in vars(variant.form_class).items()
        if isinstance(value, UnboundField)
    ]
    unbound.sort(key=lambda pair: pair[1].creation_counter)
    return {world.shown(value.args[0]): name for name, value in unbound}


@pytest.fixture
def utfylt() -> dict[str, str]:
    """The answers of the form the scenario filled in last, by field name."""
    return {}


def _fill(world: World, utfylt: dict[str, str], navn: str, skjema: str, answers: dict) -> None:
    variant = form_titled(world, skjema)
    names = questions(world, variant)
    utfylt.clear()
    utfylt.update({names[question]: answer for question, answer in answers.items()})
    world.act(navn, documents.fill, case_id=world.case_id, kind=variant.kind, answers=utfylt)


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"(?P<navn>{NAME}) fyller ut «(?P<skjema>.+?)» i saken:$"))
def _(
    world: World, utfylt: dict[str, str], navn: str, skjema: str, datatable: list[list[str]]
) -> None:
    answers = {question.strip(): answer.strip() for question, answer in datatable}
    _fill(world, utfylt, navn, skjema, answers)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fyller ut «(?P<skjema>.+?)» i saken, med «(?P<svar>.+)» som svar på "
        r"«(?P<sporsmal>.+)»$"
    )
)
def _(world: World, utfylt: dict[str, str], navn: str, skjema: str, svar: str, sporsmal: str):
    _fill(world, utfylt, navn, skjema, {sporsmal: svar})


@when(parsers.re(rf"(?P<navn>{NAME}) lagrer «(?P<skjema>.+?)» i saken uten å fylle ut noe$"))
def _(world: World, utfylt: dict[str, str], navn: str, skjema: str) -> None:
    _fill(world, utfylt, navn, skjema, {})


# ---------------------------------------------------------------------------------------------
# Så
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"kan den ansatte fylle ut (?P<skjemaer>«.+») i saken$"))
def _(world: World, skjemaer: str) -> None:
    titles = [world.shown(variant.title) for variant in world.kommune.fillable_forms]
    assert sorted(titles) == sorted(re.findall(r"«(.+?)»", skjemaer))


@then(parsers.re(r"har «(?P<skjema>.+)» disse spørsmålene blant annet:$"))
def _(world: World, skjema: str, datatable: list[list[str]]) -> None:
    asked = list(questions(world, form_titled(world, skjema)))
    for (question,) in datatable:
        assert question.strip() in asked, f"«{question.strip()}» er ikke blant {asked}"


@then(
    parsers.re(
        rf"har saken «(?P<skjema>.+?)» fra (?P<navn>{NAME}) med svarene (?:hun|han) fylte ut$"
    )
)
def _(world: World, utfylt: dict[str, str], skjema: str, navn: str) -> None:
    """The form is kept on the case, and its author reads back what she filled in."""
    assert world.error is None, f"avvist: {world.error!r}"
    variant = form_titled(world, skjema)
    with world.scoped() as session:
        kept = documents.for_case(session, case_id=world.case_id)
    (document,) = [d for d in kept if d.kind == variant.kind]
    read = world.look(navn, documents.read, case_id=world.case_id, document_id=document.id)
    assert read.author_id == world.staff[navn]
    assert documents.answers_of(read) == utfylt


@then(parsers.re(rf"er det logget at (?P<navn>{NAME}) fylte ut «(?P<skjema>.+)»$"))
def _(world: World, navn: str, skjema: str) -> None:
    variant = form_titled(world, skjema)
    with world.scoped() as session:
        logged = session.exec(
            select(AuditEvent).where(
                AuditEvent.actor_id == world.staff[navn],
                AuditEvent.action == "document.filled",
                AuditEvent.case_ref == world.case_id,
            )
        ).all()
    assert [e for e in logged if e.detail == variant.kind], "utfyllingen er ikke logget"


@then("blir skjemaet ikke lagret før minst ett felt er fylt ut")
def _(world: World) -> None:
    world.invalid_field("answers")
    with world.scoped() as session:
        assert documents.for_case(session, case_id=world.case_id) == []
