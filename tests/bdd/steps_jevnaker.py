"""Steps for Jevnaker's handlingsveileder: its levels as rows with «Hvordan? Hvem? Verktøy» on
the guide page, in ``bti guide`` and on the case page; the decisions at nivå 0 and 3 in the
guide's words; the stafettlogg a decision opens at nivå 1 with the next meeting; and the
three-day deadline (features/jevnaker/).

Loaded as a pytest plugin (``-p tests.bdd.steps_jevnaker``). A decision is named by the
guide's own words for it, as the case page offers it.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import clock
from bti.guide_text import outcome_title
from bti.models import (
    BarnevernReport,
    Case,
    Deadline,
    Decision,
    DecisionParticipant,
    Meeting,
    MeetingInvitee,
)
from bti.rules.levels import find_outcome
from bti.services import cases, stafettlogg
from tests.bdd.steps_kept_out import Browser, text_of
from tests.bdd.steps_vestby import MONTHS, WEEKDAYS, moment_named
from tests.support.world import World

NAME = r"[A-ZÆØÅ][a-zæøå]+"


def _outcome_code(world: World, label: str, level: int | None = None) -> str:
    """The decision the case's level offers under the guide's words ``label``."""
    if level is None:
        with world.scoped() as session:
            level = session.get(Case, world.case_id).level
    for outcome in world.kommune.level(level).outcomes:
        if world.shown(outcome.label) == label or world.shown(outcome_title(outcome)) == label:
            return outcome.code
    offered = [world.shown(o.label) for o in world.kommune.level(level).outcomes]
    raise AssertionError(f"nivå {level} har ikke beslutningen «{label}»: {offered}")


def _rows(page: str, level: int) -> list[list[str]]:
    """The rows of the level's table on a page, each as its cells in plain text."""
    found = re.search(
        rf'<table class="[^"]*bti-guide__rows" data-level="{level}">(.*?)</table>', page, re.S
    )
    assert found, f"siden viser ikke nivå {level} som rader med Hvordan?, Hvem? og Verktøy"
    body = found.group(1).split("<tbody>", 1)[1]
    return [
        [text_of(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def _headers(page: str, level: int) -> list[str]:
    found = re.search(
        rf'<table class="[^"]*bti-guide__rows" data-level="{level}">.*?<thead>(.*?)</thead>',
        page,
        re.S,
    )
    assert found, f"nivå {level} har ingen tabell"
    return [text_of(cell) for cell in re.findall(r"<th[^>]*>(.*?)</th>", found.group(1), re.S)]


# ---------------------------------------------------------------------------------------------
# The guide, on the web, on the command line and on the case page
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^(?P<navn>{NAME}) åpner veilederen$"))
def _(nettleser: Browser, navn: str) -> None:
    response = nettleser.staff(navn).get(f"/{nettleser.world.kommune.slug}/veileder")
    assert response.status_code == 200, response.status_code
    nettleser.response = response.get_data(as_text=True)


@when(parsers.re(rf"^(?P<navn>{NAME}) begynner på en ny bekymring$"))
def _(nettleser: Browser, navn: str) -> None:
    response = nettleser.staff(navn).get(f"/{nettleser.world.kommune.slug}/ny-bekymring")
    assert response.status_code == 200, response.status_code
    nettleser.response = response.get_data(as_text=True)


@when("veilederen skrives ut på kommandolinjen")
def _(world: World, nettleser: Browser) -> None:
    app = world.deployment.start()
    result = app.test_cli_runner().invoke(args=["guide", world.kommune.slug])
    assert result.exit_code == 0, result.output
    nettleser.response = result.output


@then(
    parsers.re(
        r"^viser siden nivå (?P<niva>\d) som rader med kolonnene «(?P<a>.+)», «(?P<b>.+)», "
        r"«(?P<c>.+)» og «(?P<d>.+)»$"
    )
)
def _(nettleser: Browser, niva: str, a: str, b: str, c: str, d: str) -> None:
    assert _headers(nettleser.response, int(niva)) == [a, b, c, d]


@then(parsers.re(r"^har nivå (?P<niva>\d) disse radene, i denne rekkefølgen:$"))
def _(nettleser: Browser, niva: str, datatable) -> None:
    wanted = [row[0] for row in datatable[1:]]
    shown = [row[0] for row in _rows(nettleser.response, int(niva))]
    # Each row's first cell is its heading, then what to do.
    assert len(shown) == len(wanted), shown
    assert all(cell.startswith(title) for cell, title in zip(shown, wanted, strict=True)), shown


@then(parsers.re(r"^står det i raden «(?P<rad>.+)» på nivå (?P<niva>\d):$"))
def _(nettleser: Browser, rad: str, niva: str, datatable) -> None:
    headers = _headers(nettleser.response, int(niva))
    found = [r for r in _rows(nettleser.response, int(niva)) if r[0].startswith(rad)]
    assert len(found) == 1, f"ingen rad «{rad}» på nivå {niva}"
    cells = dict(zip(headers, found[0], strict=True))
    for column, text in datatable[1:]:
        assert text in cells[column], f"{column}: {cells[column]!r} har ikke «{text}»"


@then(parsers.re(r"^lenker verktøyet «(?P<navn>.+)» til (?P<adresse>https://\S+)$"))
def _(nettleser: Browser, navn: str, adresse: str) -> None:
    assert re.search(
        rf'<a class="ds-link" href="{re.escape(adresse)}"[^>]*>{re.escape(html.escape(navn))}</a>',
        nettleser.response,
    ), f"«{navn}» lenker ikke til {adresse}"


@then(
    parsers.re(
        r"^står raden «(?P<rad>.+)» i utskriften med «Hvordan\?» «(?P<hvordan>.+)», "
        r"«Hvem\?» «(?P<hvem>.+)» og verktøyet «(?P<verktoy>.+)»$"
    )
)
def _(nettleser: Browser, rad: str, hvordan: str, hvem: str, verktoy: str) -> None:
    text = nettleser.response
    start = text.index(f"**{rad}**")
    block = text[start : text.find("\n1. ", start + 1) if "\n1. " in text[start:] else None]
    block = block.split("\n\n", 1)[0]
    assert f"Hvordan? {hvordan}" in block, block
    assert f"Hvem? {hvem}" in block, block
    assert f"- {verktoy}" in block, block


@then(parsers.re(r"^står det på siden: «(?P<tekst>.+)»$"))
def _(nettleser: Browser, tekst: str) -> None:
    assert tekst in text_of(nettleser.response), f"«{tekst}» står ikke på siden"


@then(parsers.re(r"^står det i utskriften: «(?P<tekst>.+)»$"))
def _(nettleser: Browser, tekst: str) -> None:
    assert tekst in " ".join(nettleser.response.split()), f"«{tekst}» står ikke i utskriften"


# ---------------------------------------------------------------------------------------------
# Decisions in the guide's words
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"^kan det på nivå (?P<niva>\d) besluttes nøyaktig dette:$"))
def _(world: World, niva: str, datatable) -> None:
    offered = [world.shown(outcome_title(o)) for o in world.kommune.level(int(niva)).outcomes]
    assert offered == [row[0] for row in datatable[1:]], offered


@then(
    parsers.re(
        rf"^er saken meldt til barnevernet av (?P<navn>{NAME}), mottatt av «(?P<mottaker>.+)»$"
    )
)
def _(world: World, navn: str, mottaker: str) -> None:
    assert world.error is None, world.error
    with world.scoped() as session:
        report = session.exec(
            select(BarnevernReport).where(BarnevernReport.case_id == world.case_id)
        ).one()
    assert (report.recipient, report.reported_by_id) == (mottaker, world.staff[navn])


@given(
    parsers.re(
        rf"^at foreldrene har skrevet under på samtykkeskjemaet for stafettlogg og "
        rf"tverrfaglig samarbeid(?: hos (?P<navn>{NAME}))?$"
    )
)
def _(world: World, navn: str | None) -> None:
    world.give_consent(navn or world.opener(), ["skole"], signers=tuple(world.guardians))


@given(
    parsers.re(
        rf"^at saken om (?P<barn>{NAME}) er på nivå (?P<niva>\d) med (?P<navn>{NAME}) som "
        r"stafettholder$"
    )
)
def _(world: World, barn: str, niva: str, navn: str) -> None:
    """The case is brought to the level through the guide's own decisions, under a consent
    for the school and the health station."""
    world.give_consent(navn, ["skole", "helsestasjon"], signers=tuple(world.guardians))
    world.act_ok(
        navn,
        cases.decide,
        case_id=world.case_id,
        outcome="level_1",
        rationale="Tiltak i egen enhet.",
        next_meeting_at=_next_week(world),
        next_meeting_place="Møterommet",
    )
    for target in range(2, int(niva) + 1):
        world.act_ok(
            navn,
            cases.decide,
            case_id=world.case_id,
            outcome=f"level_{target}",
            rationale="Saken trenger flere tjenester.",
        )


def _next_week(world: World) -> datetime:
    with world._on_the_clock():
        now = clock.now().astimezone(world.kommune.profile.tz)
    return now.replace(hour=14, minute=0, second=0, microsecond=0, tzinfo=None) + timedelta(7)


def _decide(world: World, navn: str, beslutning: str, grunn: str, **extra) -> None:
    world.act(
        navn,
        cases.decide,
        case_id=world.case_id,
        outcome=_outcome_code(world, beslutning),
        rationale=grunn,
        recipient="Barnevernstjenesten i Jevnaker, mottak",
        **extra,
    )


@when(
    parsers.re(
        rf"^(?P<navn>{NAME}) beslutter «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)», sammen med "
        r"(?P<deltakere>.+)$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str, deltakere: str) -> None:
    """«sammen med Kari, Hege, barnet og foreldrene»: who took part in the decision."""
    parts = re.split(r", | og ", deltakere)
    _decide(
        world,
        navn,
        beslutning,
        grunn,
        took_part=[world.staff[p] for p in parts if p in world.staff],
        child_took_part="barnet" in parts,
        guardians_took_part="foreldrene" in parts,
    )


@when(
    parsers.re(
        rf"^(?P<navn>{NAME}) beslutter «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)», uten å si "
        r"hvem som var med$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _decide(world, navn, beslutning, grunn)


@then(parsers.re(r"^står det ved beslutningen at (?P<deltakere>.+) tok del i den$"))
def _(world: World, deltakere: str) -> None:
    assert world.error is None, world.error
    with world.scoped() as session:
        last = session.exec(
            select(Decision).where(Decision.case_id == world.case_id).order_by(Decision.id.desc())
        ).first()
        staff = session.exec(
            select(DecisionParticipant.user_id).where(DecisionParticipant.decision_id == last.id)
        ).all()
    parts = re.split(r", | og ", deltakere)
    assert sorted(world.name_of(u) for u in staff) == sorted(p for p in parts if p in world.staff)
    assert last.child_took_part == ("barnet" in parts)
    assert last.guardians_took_part == ("foreldrene" in parts)


@then(parsers.re(r"^avvises beslutningen, med beskjed ved feltet «(?P<felt>.+)»$"))
def _(world: World, felt: str) -> None:
    fields = {
        "hvem som tok del": "took_part",
        "barnet tok del": "child_took_part",
        "de foresatte tok del": "guardians_took_part",
    }
    world.invalid_field(fields[felt])


@when(parsers.re(rf"^(?P<navn>{NAME}) beslutter «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)»$"))
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _decide(world, navn, beslutning, grunn)


@given(
    parsers.re(rf"^at (?P<navn>{NAME}) har besluttet «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)»$")
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _decide(world, navn, beslutning, grunn)
    assert world.error is None, world.error


@when(
    parsers.re(
        rf"^(?P<navn>{NAME}) beslutter «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)», med neste "
        r"møte (?P<nar>\w+ \d+\. \w+ \d{4} kl\. [\d.]+) på «(?P<sted>.+)»$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str, nar: str, sted: str) -> None:
    at = moment_named(world.kommune.profile.tz, nar).replace(tzinfo=None)
    _decide(world, navn, beslutning, grunn, next_meeting_at=at, next_meeting_place=sted)


@when(
    parsers.re(
        rf"^(?P<navn>{NAME}) beslutter «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)», uten å "
        r"avtale neste møte$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _decide(world, navn, beslutning, grunn)


@when(parsers.re(rf"^(?P<navn>{NAME}) prøver å opprette stafettloggen$"))
def _(world: World, navn: str) -> None:
    world.act(
        navn, stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff[navn]
    )


@then("avvises beslutningen, med beskjed ved feltet for neste møte")
def _(world: World) -> None:
    world.invalid_field("next_meeting_at")


@then("avvises det fordi stafettloggen ikke brukes på dette nivået")
def _(world: World) -> None:
    world.refused_because("stafettlogg_not_at_level")


@then("er ingen stafettlogg opprettet")
def _(world: World) -> None:
    with world.scoped() as session:
        assert session.get(Case, world.case_id).stafettholder_id is None


@then(
    parsers.re(
        r"^er (?P<motetype>.+?) planlagt (?P<nar>\w+ \d+\. \w+ \d{4} kl\. [\d.]+) på "
        r"«(?P<sted>.+)», med (?P<invitert>.+) invitert$"
    )
)
def _(world: World, motetype: str, nar: str, sted: str, invitert: str) -> None:
    at = moment_named(world.kommune.profile.tz, nar)
    with world.scoped() as session:
        meetings = session.exec(select(Meeting).where(Meeting.case_id == world.case_id)).all()
        found = [
            m
            for m in meetings
            if world.shown(world.kommune.meeting_kind_label(m.kind)) == motetype
            and _same_moment(m.starts_at, at)
        ]
        assert len(found) == 1, [(m.kind, m.starts_at) for m in meetings]
        meeting = found[0]
        assert meeting.place == sted
        invitees = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting.id)
        ).all()
        names = set()
        for invitee in invitees:
            if invitee.user_id:
                names.add(world.name_of(invitee.user_id))
            elif invitee.guardian_id:
                names.update(n for n, gid in world.guardians.items() if gid == invitee.guardian_id)
            elif invitee.is_subject:
                subject_id = session.get(Case, world.case_id).subject_id
                names.update(n for n, sid in world.children.items() if sid == subject_id)
    wanted = set(re.split(r", | og ", invitert))
    assert wanted <= names, f"invitert: {sorted(names)}"


def _same_moment(stored: datetime, wanted: datetime) -> bool:
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=UTC)
    return stored == wanted


@then(parsers.re(r"^står det ved beslutningen i saken: «(?P<tekst>.+)»$"))
def _(nettleser: Browser, tekst: str) -> None:
    page = nettleser.case_page(nettleser.world.opener())
    section = re.search(r'data-panel="decision".*?</section>', page, re.S)
    assert section, "saksiden har ingen beslutning"
    assert tekst in text_of(section.group(0)), text_of(section.group(0))[-600:]


# ---------------------------------------------------------------------------------------------
# The three-day deadline
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"^er siste dag for avklaringen (?P<dag>\w+ \d+\. \w+ \d{4})$"))
def _(world: World, dag: str) -> None:
    from bti.rules.deadlines import local_today

    with world.scoped() as session:
        deadlines = session.exec(
            select(Deadline).where(
                Deadline.case_id == world.case_id, Deadline.code == "avklaring_tre_dager"
            )
        ).all()
    assert len(deadlines) == 1, deadlines
    due = deadlines[0].due_at
    last = local_today(due, world.kommune.profile.timezone) - timedelta(days=1)
    shown = f"{WEEKDAYS[last.weekday()]} {last.day}. {MONTHS[last.month - 1]} {last.year}"
    assert shown == dag, shown


@then("er fristen for avklaringen oppfylt")
def _(world: World) -> None:
    with world.scoped() as session:
        deadline = session.exec(
            select(Deadline).where(
                Deadline.case_id == world.case_id, Deadline.code == "avklaring_tre_dager"
            )
        ).one()
        assert deadline.met_at is not None


@then(parsers.re(r"^er beslutningen «(?P<beslutning>.+)» lagret i saken$"))
def _(world: World, beslutning: str) -> None:
    assert world.error is None, world.error
    with world.scoped() as session:
        last = session.exec(
            select(Decision).where(Decision.case_id == world.case_id).order_by(Decision.id.desc())
        ).first()
        outcome = find_outcome(world.kommune.level(last.from_level), last.outcome)
    assert world.shown(outcome.label) == beslutning, world.shown(outcome.label)
