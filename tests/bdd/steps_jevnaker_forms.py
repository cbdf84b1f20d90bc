"""Steps for Jevnaker's forms, its undringssamtale and its help services, through the web
pages (the case page, its printouts, the guide page and the acute page) and the command
line, as a Jevnaker teacher and the municipality see them.

Loaded as a pytest plugin (``-p tests.bdd.steps_jevnaker_forms``). Forms are named by their
titles and questions as the employee reads them (see :mod:`tests.bdd.steps_forms`); an
answer to a choice is written as the choice reads («Telefon»), a date as dd.mm.åååå.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select
from wtforms.fields.core import UnboundField

from bti.models import CaseDocument, Meeting
from tests.bdd.steps_acute_page import _cards
from tests.bdd.steps_forms import form_titled
from tests.bdd.steps_kept_out import Browser, text_of
from tests.bdd.steps_meetings import names
from tests.support.web import csrf
from tests.support.world import World

NAME = r"[A-ZÆØÅ][a-zæøå]+"
PLAN = "meeting-plan"


@dataclass
class Page:
    """What the last step read: the page (or printout), and where each field's message
    goes, by the field's label as the employee reads it."""

    response: object = None
    fields: dict[str, str] = field(default_factory=dict)  # label -> element id
    kind: str = ""  # the form last filled in
    pdf_text: str = ""


@pytest.fixture
def side() -> Page:
    return Page()


def _questions(world: World, variant) -> dict[str, tuple[str, UnboundField]]:
    """The form's fields by label as the employee reads them: (name, unbound field), in the
    form's order."""
    unbound = [
        (name, value)
        for name, value in vars(variant.form_class).items()
        if isinstance(value, UnboundField)
    ]
    unbound.sort(key=lambda pair: pair[1].creation_counter)
    return {world.shown(value.args[0]): (name, value) for name, value in unbound}


def _value(world: World, unbound: UnboundField, answer: str) -> str:
    """A choice's value from its label; a ticked box; text and dates as typed."""
    choices = unbound.kwargs.get("choices")
    if choices:
        for choice in choices:
            if world.shown(choice.label) == answer:
                return choice.value
        raise AssertionError(f"«{answer}» er ikke et av valgene for «{unbound.args[0]}»")
    if unbound.field_class.__name__ == "BooleanField":
        return "y" if answer.lower() == "ja" else ""
    return answer


def _page(nettleser: Browser, navn: str, response) -> str:
    """The page after a post: the redirected page on success, the page itself on a refusal."""
    if response.status_code == 302:
        return nettleser.staff(navn).get(response.headers["Location"]).get_data(as_text=True)
    return response.get_data(as_text=True)


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(parsers.re(r"^bare den ene forelderen til (?P<barn>\w+), (?P<forelder>\w+), er registrert$"))
def _(world: World, barn: str, forelder: str) -> None:
    world.guardian(forelder, barn, daily_care=True)


# ---------------------------------------------------------------------------------------------
# Når: the case page
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^(?P<navn>{NAME}) fyller ut «(?P<skjema>.+?)» på saksiden:$"))
def _(world: World, nettleser: Browser, side: Page, navn: str, skjema: str, datatable) -> None:
    variant = form_titled(world, skjema)
    asked = _questions(world, variant)
    key = f"form-{variant.kind}"
    data = {}
    for question, answer in datatable:
        name, unbound = asked[question.strip()]
        data[f"{key}-{name}"] = _value(world, unbound, answer.strip())
    side.fields = {label: f"{key}-{name}" for label, (name, _unbound) in asked.items()}
    side.kind = variant.kind
    client = nettleser.staff(navn)
    side.response = client.post(
        f"{nettleser.case_path}/skjema/{variant.kind}",
        data={**data, "csrf_token": csrf(client, nettleser.case_path)},
    )


@when(
    parsers.re(
        rf"^(?P<navn>{NAME}) inviterer (?P<hvem>.+?) til undringssamtale på saksiden i morgen$"
    )
)
def _(world: World, nettleser: Browser, side: Page, navn: str, hvem: str) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    data = {
        f"{PLAN}-kind": "undringssamtale",
        f"{PLAN}-starts_at": f"{tomorrow}T14:00",
        f"{PLAN}-place": "Møterom 1, Jevnaker skole",
        f"{PLAN}-agenda": "Hva vi har sett\nMulige årsaker og løsninger",
        f"{PLAN}-guardian_ids": [str(world.guardians[n]) for n in names(hvem)],
    }
    side.fields = {"Foresatte som inviteres": f"{PLAN}-guardian_ids"}
    client = nettleser.staff(navn)
    side.response = client.post(
        f"{nettleser.case_path}/moter",
        data={**data, "csrf_token": csrf(client, nettleser.case_path)},
    )


@when(parsers.re(rf"^(?P<navn>{NAME}) åpner saksiden$"))
def _(nettleser: Browser, side: Page, navn: str) -> None:
    side.response = nettleser.staff(navn).get(nettleser.case_path)


@when(parsers.re(rf"^(?P<navn>{NAME}) skriver ut «(?P<skjema>.+?)» blankt som PDF$"))
def _(world: World, nettleser: Browser, side: Page, navn: str, skjema: str, tmp_path) -> None:
    kind = form_titled(world, skjema).kind
    side.response = nettleser.staff(navn).get(f"{nettleser.case_path}/utskrift/skjema/{kind}.pdf")
    assert side.response.status_code == 200, side.response.status_code
    assert side.response.data.startswith(b"%PDF")
    path = tmp_path / "skjema.pdf"
    path.write_bytes(side.response.data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    side.pdf_text = " ".join(out.stdout.split())


@when(parsers.re(rf"^(?P<navn>{NAME}) skriver ut «(?P<skjema>.+?)» som er lagret i saken$"))
def _(world: World, nettleser: Browser, side: Page, navn: str, skjema: str) -> None:
    kind = form_titled(world, skjema).kind
    (document,) = [d for d in world.in_case(CaseDocument) if d.kind == kind]
    path = f"{nettleser.case_path}/utskrift/skjema/{kind}/{document.id}"
    side.response = nettleser.staff(navn).get(path)


@when(parsers.re(rf"^(?P<navn>{NAME}) skriver ut invitasjonen til undringssamtalen$"))
def _(world: World, nettleser: Browser, side: Page, navn: str) -> None:
    (meeting,) = [m for m in world.in_case(Meeting) if m.kind == "undringssamtale"]
    path = f"{nettleser.case_path}/utskrift/invitasjon/{meeting.id}"
    side.response = nettleser.staff(navn).get(path)


# ---------------------------------------------------------------------------------------------
# Når: the guide page and the command line
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^(?P<navn>{NAME}) åpner handlingsveilederen på nettet$"))
def _(world: World, nettleser: Browser, side: Page, navn: str) -> None:
    side.response = nettleser.staff(navn).get(f"/{world.kommune.slug}/veileder")
    assert side.response.status_code == 200


@when("handlingsveilederen til kommunen skrives ut på kommandolinjen")
def _(world: World, side: Page) -> None:
    app = world.deployment.start()
    result = app.test_cli_runner().invoke(args=["guide", world.kommune.slug, "--lang", "nb"])
    assert result.exit_code == 0, result.output
    side.response = result.output


# ---------------------------------------------------------------------------------------------
# Så: the forms
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"^er skjemaet lagret i saken$"))
def _(side: Page) -> None:
    assert side.response.status_code == 302, text_of(side.response.get_data(as_text=True))[:3000]


@then(
    parsers.re(
        r"^blir (?:skjemaet|notatet) ikke lagret, og feltet «(?P<felt>.+?)» får feilmeldingen "
        r"«(?P<melding>.+)»$"
    )
)
def _(world: World, side: Page, felt: str, melding: str) -> None:
    assert side.response.status_code == 400, side.response.status_code
    page = side.response.get_data(as_text=True)
    found = re.search(rf'id="{re.escape(side.fields[felt])}-error">(.*?)</p>', page, flags=re.S)
    assert found, f"ingen feilmelding ved «{felt}»"
    assert text_of(found.group(1)) == melding, text_of(found.group(1))
    assert not [d for d in world.in_case(CaseDocument) if d.kind == side.kind]


@then(parsers.re(r"^viser saksiden «(?P<svar>.+?)» som svar på «(?P<sporsmal>.+)»$"))
def _(nettleser: Browser, side: Page, svar: str, sporsmal: str) -> None:
    page = text_of(_page(nettleser, "Kari", side.response))
    assert f"{sporsmal} {svar}" in page, page[:4000]


@then(
    parsers.re(
        rf"^står det på saksiden og i utskriften at notatet er datert og underskrevet av "
        rf"(?P<navn>{NAME})$"
    )
)
def _(world: World, nettleser: Browser, side: Page, navn: str) -> None:
    signed = f"Datert og underskrevet: {navn}"
    assert signed in text_of(nettleser.case_page(navn))
    (document,) = [d for d in world.in_case(CaseDocument) if d.kind == "undringssamtale"]
    assert document.author_id == world.staff[navn]
    printed = nettleser.staff(navn).get(
        f"{nettleser.case_path}/utskrift/skjema/undringssamtale/{document.id}"
    )
    assert signed in text_of(printed.get_data(as_text=True))


@then(parsers.re(r"^avvises notatet med beskjeden «(?P<melding>.+)»$"))
def _(world: World, side: Page, melding: str) -> None:
    assert side.response.status_code == 400, side.response.status_code
    assert melding in text_of(side.response.get_data(as_text=True))
    assert not [d for d in world.in_case(CaseDocument) if d.kind == "undringssamtale"]


@then(parsers.re(r"^står det ved «(?P<skjema>.+?)» på saksiden: «(?P<tekst>.+)»$"))
def _(world: World, side: Page, skjema: str, tekst: str) -> None:
    page = side.response.get_data(as_text=True)
    kind = form_titled(world, skjema).kind
    found = re.search(rf'id="form-{kind}".*?</details>', page, flags=re.S)
    assert found, f"«{skjema}» står ikke på saksiden"
    assert tekst in text_of(found.group(0)), text_of(found.group(0))


@then(parsers.re(r"^kan (?P<navn>\w+) ikke fylle ut «(?P<skjema>.+?)» på saksiden$"))
def _(world: World, side: Page, navn: str, skjema: str) -> None:
    kind = form_titled(world, skjema).kind
    page = side.response.get_data(as_text=True)
    assert f'/skjema/{kind}"' not in page.replace("/utskrift/skjema/", "/utskrift/")


@then(parsers.re(r"^står «(?P<tekst>.+?)» i PDF-en$"))
def _(side: Page, tekst: str) -> None:
    assert tekst in side.pdf_text, side.pdf_text[:2000]


@then(parsers.re(r"^står «(?P<tekst>.+?)» i utskriften$"))
def _(side: Page, tekst: str) -> None:
    assert side.response.status_code == 200, side.response.status_code
    assert tekst in text_of(side.response.get_data(as_text=True))


@then(parsers.re(r"^er (?P<hvem>.+?) blant de inviterte i utskriften$"))
def _(side: Page, hvem: str) -> None:
    shown = text_of(side.response.get_data(as_text=True))
    for name in names(hvem):
        assert f"{name} Testesen (Foresatt)" in shown or f"{name} (Foresatt)" in shown, shown


# ---------------------------------------------------------------------------------------------
# Så: the undringssamtale's invitation
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"^er undringssamtalen planlagt med (?P<hvem>.+?) invitert$"))
def _(world: World, side: Page, hvem: str) -> None:
    from bti.models import MeetingInvitee

    assert side.response.status_code == 302, text_of(side.response.get_data(as_text=True))[:3000]
    (meeting,) = [m for m in world.in_case(Meeting) if m.kind == "undringssamtale"]
    with world.scoped() as session:
        invited = set(
            session.exec(
                select(MeetingInvitee.guardian_id).where(
                    MeetingInvitee.meeting_id == meeting.id,
                    MeetingInvitee.guardian_id.is_not(None),
                )
            )
        )
    assert invited == {world.guardians[n] for n in names(hvem)}


@then(
    parsers.re(
        r"^blir undringssamtalen ikke planlagt, og feltet «(?P<felt>.+?)» får beskjeden "
        r"«(?P<melding>.+)»$"
    )
)
def _(world: World, side: Page, felt: str, melding: str) -> None:
    assert side.response.status_code == 400, side.response.status_code
    page = side.response.get_data(as_text=True)
    found = re.search(rf'id="{re.escape(side.fields[felt])}-error">(.*?)</p>', page, flags=re.S)
    assert found, f"ingen beskjed ved «{felt}»"
    assert text_of(found.group(1)) == melding, text_of(found.group(1))
    assert not world.in_case(Meeting)


@then(parsers.re(r"^står det ved feltet «(?P<felt>.+?)» på saksiden: «(?P<tekst>.+)»$"))
def _(nettleser: Browser, side: Page, felt: str, tekst: str) -> None:
    page = nettleser.case_page("Kari")
    found = re.search(r'id="meeting-plan-guardian_ids-description">(.*?)</p>', page, flags=re.S)
    assert found, "ingen tekst ved de foresatte i invitasjonen"
    assert tekst in text_of(found.group(1)), text_of(found.group(1))


# ---------------------------------------------------------------------------------------------
# Så: the contacts
# ---------------------------------------------------------------------------------------------


def _card(side: Page, tjeneste: str) -> str:
    cards = [c for c in _cards(side.response.get_data(as_text=True)) if c.startswith(tjeneste)]
    assert cards, f"«{tjeneste}» står ikke blant kontaktene"
    return cards[0]


@then(parsers.re(r"^står «(?P<tjeneste>.+?)» blant kontaktene med «(?P<tekst>.+)»$"))
def _(side: Page, tjeneste: str, tekst: str) -> None:
    card = _card(side, tjeneste)
    assert tekst in card, card


@then(parsers.re(r"^har «(?P<tjeneste>.+?)» ikke noe nummer å ringe$"))
def _(side: Page, tjeneste: str) -> None:
    page = side.response.get_data(as_text=True)
    found = re.search(
        rf"<li>\s*<div[^>]*>\s*<h\d[^>]*>{re.escape(tjeneste)}</h\d>(.*?)</li>", page, re.S
    )
    assert found, f"«{tjeneste}» står ikke blant kontaktene"
    assert "tel:" not in found.group(1)
    assert not re.search(r"\d{2} ?\d{2} ?\d{2} ?\d{2}", text_of(found.group(1)))


@then(parsers.re(r"^lenker «(?P<tjeneste>.+?)» til (?P<adresse>https://\S+)$"))
def _(side: Page, tjeneste: str, adresse: str) -> None:
    page = side.response.get_data(as_text=True)
    found = re.search(rf"<h\d[^>]*>{re.escape(tjeneste)}</h\d>(.*?)</li>", page, re.S)
    assert found, f"«{tjeneste}» står ikke blant kontaktene"
    assert f'href="{adresse}"' in found.group(1)


@then(
    parsers.re(
        r"^står «(?P<tjeneste>.+?)» med «(?P<tekst>.+?)» etter (?P<numre>.+?), som svarer nå$"
    )
)
def _(nettleser: Browser, tjeneste: str, tekst: str, numre: str) -> None:
    cards = _cards(nettleser.response.get_data(as_text=True))
    mine = [i for i, c in enumerate(cards) if c.startswith(tjeneste)]
    assert mine, cards
    assert tekst in cards[mine[0]], cards[mine[0]]
    for number in names(numre):
        before = [i for i, c in enumerate(cards) if number in c and "Svarer nå" in c]
        assert before and before[0] < mine[0], cards


@then(parsers.re(r"^står «(?P<tjeneste>.+?)» der med telefon «(?P<tekst>.+)»$"))
def _(side: Page, tjeneste: str, tekst: str) -> None:
    text = side.response
    section = text.split(f"### {tjeneste}", 1)
    assert len(section) == 2, f"«{tjeneste}» står ikke i handlingsveilederen"
    entry = section[1].split("###", 1)[0]
    assert f"- Telefon: {tekst}" in entry, entry
