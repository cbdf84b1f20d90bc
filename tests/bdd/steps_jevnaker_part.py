"""Steps for Jevnaker's children's participation in meetings and its nivå 3: the child's
part in a held meeting, the minutes the child may read, the services a checklist brings in,
and the guardians' refusal of help with the leader's task it gives.

Loaded as a pytest plugin (``-p tests.bdd.steps_jevnaker_part``). The sentences:

    Når Kari fører at barnet sa sin mening i møtet: «Jeg vil være med i friminuttene.»
    Når Kari fører at barnet sa sin mening i et eget møte med kontaktlæreren, og at Berit
        tar meningen med til neste møte: «…»
    Når Kari krysser av for «Det er mistanke om psykiske lidelser» i «Sjekkliste …»
    Når Kari fører at foresatte takker nei til «…»
    Når Randi fører vurderingen «Tiltaksplan skal utarbeides» fordi «…»
"""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.models import Case, ChildParticipation, LeaderTask, Meeting, StafettloggEntry
from bti.services import brought_in, documents, meetings, refusals
from tests.bdd.steps_forms import form_titled, questions
from tests.bdd.steps_kept_out import Browser, text_of
from tests.bdd.steps_meetings import Meetings, record
from tests.support.world import World

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"
#: The fields a scenario names, and the service's names for them.
FIELDS = {
    "hvordan barnet deltok": "child_participation",
    "barnets mening": "child_voice",
    "hvor barnet sa sin mening": "child_voice_arena",
    "den som står barnet nærmest": "child_voice_carrier",
    "hvorfor barnet ikke kunne si sin mening": "child_voice_missing_reason",
    "hvilken hjelp foresatte takker nei til": "offer",
    "vurdering": "answer",
    "begrunnelse": "reason",
}


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(parsers.re(rf"^at saken er på nivå (?P<niva>\d) med {NAME} som stafettholder$"))
def _(world: World, niva: str, navn: str) -> None:
    """The case is moved straight to a level, as if the decisions before were taken."""
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.level = int(niva)
        case.stafettholder_id = world.staff[navn]
        session.add(case)


def as_bokmal_page(world: World, navn: str, service, **kwargs) -> None:
    """``navn`` acts from a page in bokmål: what the service writes in the stafettlogg is
    written in the language of the one who acts."""
    world.deployment.in_bokmal(world.kommune, lambda: world.act(navn, service, **kwargs))


@given(parsers.re(rf"^at {NAME} har ført at foresatte takker nei til «(?P<hjelp>.+)»$"))
def _(world: World, navn: str, hjelp: str) -> None:
    as_bokmal_page(
        world, navn, refusals.record_guardians_decline, case_id=world.case_id, offer=hjelp
    )
    assert world.error is None, f"avvist: {world.error!r}"


# ---------------------------------------------------------------------------------------------
# Når: the child's part in a held meeting
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^{NAME} fører at barnet sa sin mening i møtet: «(?P<mening>.+)»$"))
def _(moter: Meetings, navn: str, mening: str) -> None:
    moter.form.participation = ChildParticipation.IN_MEETING
    moter.form.child_voice = mening


@when(
    parsers.re(
        rf"^{NAME} fører at barnet sa sin mening i (?P<arena>.+?), og at (?P<bærer>[A-ZÆØÅ]\w+) "
        r"tar meningen med til neste møte: «(?P<mening>.+)»$"
    )
)
def _(moter: Meetings, navn: str, arena: str, bærer: str, mening: str) -> None:
    moter.form.participation = ChildParticipation.OTHER_ARENA
    moter.form.arena, moter.form.carrier, moter.form.child_voice = arena, bærer, mening


@when(
    parsers.re(
        rf"^{NAME} fører at barnet sa sin mening i (?P<arena>.+?), uten å si hvem som tar "
        r"meningen med til neste møte: «(?P<mening>.+)»$"
    )
)
def _(moter: Meetings, navn: str, arena: str, mening: str) -> None:
    moter.form.participation = ChildParticipation.OTHER_ARENA
    moter.form.arena, moter.form.child_voice = arena, mening


@when(parsers.re(rf"^{NAME} fører at barnet ble invitert, men ikke ville si sin mening$"))
def _(moter: Meetings, navn: str) -> None:
    moter.form.participation = ChildParticipation.DECLINED


@when(
    parsers.re(rf"^{NAME} fører at barnet ikke var i stand til å si sin mening, uten å si hvorfor$")
)
def _(moter: Meetings, navn: str) -> None:
    moter.form.participation = ChildParticipation.NOT_ABLE


@when(parsers.re(rf"^{NAME} fører at barnet har fått lese referatet$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    world.act(navn, meetings.give_minutes_to_child, meeting_id=moter.meeting_id)


# ---------------------------------------------------------------------------------------------
# Så: the child's part
# ---------------------------------------------------------------------------------------------


def _minutes_page(world: World, nettleser: Browser, moter: Meetings) -> str:
    with world.scoped() as session:
        organiser = session.get(Meeting, moter.meeting_id).organiser_id
    navn = next(name for name, uid in world.staff.items() if uid == organiser)
    path = f"/{world.kommune.slug}/sak/{world.case_id}/utskrift/referat/{moter.meeting_id}"
    response = nettleser.staff(navn).get(path)
    assert response.status_code == 200, response.status_code
    return text_of(response.get_data(as_text=True))


@then(parsers.re(r"^står det i referatet: «(?P<tekst>.+)»$"))
def _(world: World, nettleser: Browser, moter: Meetings, tekst: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    page = _minutes_page(world, nettleser, moter)
    assert tekst in page, page


@then(parsers.re(r"^er det registrert at barnet har fått lese referatet$"))
def _(world: World, moter: Meetings) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert record(world, moter).meeting.minutes_read_by_child_at is not None


@then(
    parsers.re(
        r"^(?:blir møtet ikke registrert som holdt|avvises det|blir vurderingen ikke lagret),"
        r" med beskjed ved feltet «(?P<felt>.+)»$"
    )
)
def _(world: World, felt: str) -> None:
    world.invalid_field(FIELDS[felt])
    assert world.shown(world.error.message).strip()


# ---------------------------------------------------------------------------------------------
# Nivå 3: the checklist and the services it brings in
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^{NAME} krysser av for «(?P<svar>.+?)» i «(?P<skjema>.+)»$"))
def _(world: World, navn: str, svar: str, skjema: str) -> None:
    variant = form_titled(world, skjema)
    field_name = questions(world, variant)[svar]
    world.act(
        navn, documents.fill, case_id=world.case_id, kind=variant.kind, answers={field_name: "yes"}
    )


@when(parsers.re(rf"^{NAME} fyller ut «(?P<skjema>.+?)» uten å krysse av for noen mistanke$"))
def _(world: World, navn: str, skjema: str) -> None:
    variant = form_titled(world, skjema)
    field_name = questions(world, variant)[
        "Hva har dere sett? Tegn, endringer og hvor lenge det har vart"
    ]
    answers = {field_name: "Ola har vært mye borte fra skolen etter en lang sykdom."}
    world.act(navn, documents.fill, case_id=world.case_id, kind=variant.kind, answers=answers)


def _missing(world: World) -> list[str]:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        found = brought_in.still_missing(session, municipality=world.kommune, case=case)
    return [world.shown(service.name) for service in found]


@then(parsers.re(r"^skal (?P<tjenester>.+) kobles på samarbeidet$"))
def _(world: World, tjenester: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    wanted = [t.strip() for t in tjenester.replace(" og ", ", ").split(",")]
    assert sorted(s.lower() for s in _missing(world)) == sorted(w.lower() for w in wanted)


@then(parsers.re(r"^mangler det ingen tjenester i samarbeidet$"))
def _(world: World) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert _missing(world) == []


@then(parsers.re(rf"^ser {NAME} på saken at «(?P<tekst>.+)»$"))
def _(nettleser: Browser, navn: str, tekst: str) -> None:
    page = text_of(nettleser.case_page(navn))
    assert tekst in page, page


@then(parsers.re(rf"^ser {NAME} ikke på saken at «(?P<tekst>.+)»$"))
def _(nettleser: Browser, navn: str, tekst: str) -> None:
    assert tekst not in text_of(nettleser.case_page(navn))


# ---------------------------------------------------------------------------------------------
# Nivå 3: the guardians decline, the leader's task
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^{NAME} fører at foresatte takker nei til «(?P<hjelp>.+)»$"))
def _(world: World, navn: str, hjelp: str) -> None:
    as_bokmal_page(
        world, navn, refusals.record_guardians_decline, case_id=world.case_id, offer=hjelp
    )


@when(parsers.re(rf"^{NAME} fører at foresatte takker nei, uten å si til hva$"))
def _(world: World, navn: str) -> None:
    as_bokmal_page(world, navn, refusals.record_guardians_decline, case_id=world.case_id, offer="")


def _log(world: World) -> list[tuple[str, str]]:
    with world.scoped() as session:
        rows = session.exec(
            select(StafettloggEntry)
            .where(StafettloggEntry.case_id == world.case_id)
            .order_by(StafettloggEntry.id)
        ).all()
    return [(row.text, world.name_of(row.author_id)) for row in rows]


@then(parsers.re(r"^står det i stafettloggen, ført av (?P<navn>\w+): «(?P<tekst>.+)»$"))
def _(world: World, navn: str, tekst: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert (tekst, navn) in _log(world), _log(world)


def _task(world: World) -> LeaderTask:
    with world.scoped() as session:
        found = session.exec(select(LeaderTask).where(LeaderTask.case_id == world.case_id)).all()
    assert found, "ingen oppgave i saken"
    return found[-1]


def _my_cases(nettleser: Browser, navn: str) -> str:
    response = nettleser.staff(navn).get(f"/{nettleser.world.kommune.slug}/saker")
    assert response.status_code == 200, response.status_code
    return text_of(response.get_data(as_text=True))


@then(parsers.re(rf"^har {NAME} oppgaven «(?P<oppgave>.+)» i «Mine saker»$"))
def _(nettleser: Browser, navn: str, oppgave: str) -> None:
    page = _my_cases(nettleser, navn)
    assert oppgave in page, page


@then(parsers.re(rf"^har {NAME} ikke oppgaven «(?P<oppgave>.+)» i «Mine saker»$"))
def _(nettleser: Browser, navn: str, oppgave: str) -> None:
    assert oppgave not in _my_cases(nettleser, navn)


@when(parsers.re(rf"^{NAME} fører vurderingen «(?P<svar>.+?)» fordi «(?P<grunn>.*)»$"))
def _(world: World, navn: str, svar: str, grunn: str) -> None:
    rule = world.kommune.guardians_decline_task
    answer = next(code for code, label in rule.answers if world.shown(label) == svar)
    task_id = _task(world).id
    as_bokmal_page(world, navn, refusals.assess, task_id=task_id, answer=answer, reason=grunn)


@then(parsers.re(r"^finnes ikke oppgaven for (?P<navn>\w+)$"))
def _(world: World, navn: str) -> None:
    assert type(world.error).__name__ == "NotFound", f"ikke skjult: {world.error!r}"
    assert _task(world).done_at is None
