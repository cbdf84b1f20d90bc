"""Steps for Vestby kommune's handlingsveileder «Bekymring følges opp» (features/vestby).

Loaded as a pytest plugin (``-p tests.bdd.steps_vestby``); builds on :mod:`tests.support.world`
and reuses the fixtures of the other step modules (``guide``, ``moter``). Vestby words its
decisions as the guide does («dokumenter og avslutt», «endre, videreføre eller avslutte
tiltakene»), so a decision here reads «Kari beslutter at saken dokumenteres og avsluttes,
fordi «…»» rather than the national model's «beslutter å …». Services are named as the guide
names them (barnevernet, familieveilederen, ungdomslosen, NAV, psykisk helse og rus,
skolehelsetjenesten).

The guide's text is read as an employee sees it: in bokmål, through Vestby's catalogs.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import clock, labels
from bti.models import (
    Decision,
    EntryKind,
    Meeting,
    StafettloggEntry,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.contacts import contacts_for
from bti.services import cases, consents, deadlines, meetings, participants
from tests.bdd.steps_meetings import (
    COORDINATOR,
    Meetings,
    invitees,
    kind_code,
    local_moment,
    record_held,
)
from tests.support.deployment import Deployment
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"

# How the guide names the services («barnevern, familieveileder, ungdomslos, NAV, psykisk
# helse og rus, skolehelsetjenesten»), and the unit kinds the platform keeps.
SERVICES = {
    "skolen": "skole",
    "barnehagen": "barnehage",
    "helsestasjonen": "helsestasjon",
    "skolehelsetjenesten": "skolehelsetjeneste",
    "ppt": "ppt",
    "barnevernet": "barnevern",
    "familieveilederen": "familieveiledning",
    "ungdomslosen": "ungdomskontakt",
    "nav": "nav",
    "psykisk helse og rus": "psykisk_helse",
}
# The services a scenario brings in when it only says which level the case has come to.
DEFAULT_SERVICES = {2: ["skolehelsetjenesten"], 3: ["skolehelsetjenesten", "NAV", "ungdomslosen"]}
# Vestby's decisions, as a scenario words them after «beslutter at».
DECISIONS = (
    (r"saken avsluttes", "close"),
    (r"saken dokumenteres og avsluttes", "close"),
    (r"tiltakene og saken avsluttes", "close"),
    (r"tjenestene og saken avsluttes", "close"),
    (r"saken går videre til nivå 1", "level_1"),
    (r"saken fortsetter på nivå 1", "stay"),
    (r"tiltakene endres", "change"),
    (r"tiltakene videreføres", "continue"),
    (r"det omfattende samarbeidet fortsetter", "continue"),
    (r"saken går ned til nivå (?P<niva>[12])", "level_{niva}"),
    (r"saken går (?:videre )?til nivå (?P<niva>[23]) med (?P<tjenester>.+)", "level_{niva}"),
    (
        r"saken går (?:videre )?til nivå (?P<niva>[23]) uten å si hvilke tjenester som skal inn",
        "level_{niva}",
    ),
    (r"også (?P<tjenester>.+) skal inn i saken", "more_services"),
    (r"saken meldes direkte til barnevernet", "report_barnevern"),
)
RECIPIENT = "Vestby barnevernstjeneste"
MEETINGS = {
    "samarbeidsmøte": "samarbeidsmøte",
    "samarbeidsmøtet": "samarbeidsmøte",
    "tverrfaglig møte": "tverrfaglig møte",
    "tverrfaglige møtet": "tverrfaglig møte",
    "oppfølgingsmøte": "oppfølgingsmøte",
    "oppfølgingsmøtet": "oppfølgingsmøte",
    "evalueringsmøte": "evalueringsmøte",
    "evalueringsmøtet": "evalueringsmøte",
}
MEETING = r"(?:et |)(?P<motet>" + "|".join(sorted(MEETINGS, key=len, reverse=True)) + ")"
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
# An ordinary week without public holidays, for «en tirsdag».
ORDINARY_MONDAY = date(2026, 11, 23)


# ---------------------------------------------------------------------------------------------
# Reading the Norwegian
# ---------------------------------------------------------------------------------------------


def services_named(text: str) -> list[str]:
    """``"skolehelsetjenesten, NAV og psykisk helse og rus"`` → the unit kinds, in order."""
    parts = [p.strip() for p in re.split(r",\s*|\s+og\s+(?!rus\b)", text.strip()) if p.strip()]
    unknown = [p for p in parts if p.lower() not in SERVICES]
    assert not unknown, f"ukjent tjeneste: {unknown}"
    return [SERVICES[p.lower()] for p in parts]


def decision_named(text: str) -> tuple[str, list[str] | None]:
    """A decision in the guide's words → its code and the services it names (``None`` when
    it names none)."""
    for pattern, code in DECISIONS:
        if match := re.fullmatch(pattern, text.strip()):
            named = match.groupdict().get("tjenester")
            return code.format(**match.groupdict()), services_named(named) if named else None
    raise AssertionError(f"ukjent beslutning: {text}")


def moment_named(tz, text: str) -> datetime:
    """«en tirsdag kl. 10.00» (an ordinary week) or «mandag 17. mai 2027 kl. 10.00»; the
    seconds may follow the minutes («kl. 15.00.59»)."""
    match = re.fullmatch(
        r"(?:en (?P<ukedag>\w+)|(?P<dagnavn>\w+) (?P<dag>\d+)\. (?P<mnd>\w+) (?P<aar>\d{4}))"
        r" kl\. (?P<klokka>\d\d\.\d\d(?:\.\d\d)?)",
        text.strip(),
    )
    assert match, f"forstår ikke tidspunktet «{text}»"
    if match["ukedag"]:
        day = ORDINARY_MONDAY + timedelta(days=WEEKDAYS.index(match["ukedag"]))
    else:
        day = date(int(match["aar"]), MONTHS.index(match["mnd"]) + 1, int(match["dag"]))
        assert WEEKDAYS[day.weekday()] == match["dagnavn"], f"{day} er ikke en {match['dagnavn']}"
    return datetime.combine(day, time(*(int(p) for p in match["klokka"].split("."))), tz)


def quoted(text: str) -> list[str]:
    return re.findall(r"«(.+?)»", text)


# ---------------------------------------------------------------------------------------------
# The case, its opener and its services
# ---------------------------------------------------------------------------------------------


def _own_service(world: World) -> str:
    with world.scoped() as session:
        return str(session.get(Unit, world.case().unit_id).kind)


def _involved(world: World) -> set[str]:
    with world.scoped() as session:
        return cases.services_involved(session, case=world.case())


def _consent(world: World, by: str, services: list[str], signers: list[str]) -> None:
    """A consent form for ``services``, registered by ``by`` and signed by ``signers`` (the
    guardians when none are named); it must be valid afterwards."""
    consent = world.act_ok(
        by,
        consents.register,
        case_id=world.case_id,
        services=services,
        valid_from=clock.today(world.kommune),
        valid_to=clock.today(world.kommune) + timedelta(days=365),
        scope="Samarbeid om trivselen og utviklingen til barnet.",
    )
    for signer in signers or list(world.guardians):
        world.act(
            by,
            consents.sign,
            consent_id=consent.id,
            signer=world.guardians[signer],
            signed_on=clock.today(world.kommune),
        )
    with world.scoped() as session:
        valid = consents.valid_consents(
            session, case_id=world.case_id, on=clock.today(world.kommune)
        )
    assert consent.id in {c.id for c in valid}, "samtykkeskjemaet er ikke gyldig"


def _decide(world: World, navn: str, utfall: str, grunn: str) -> None:
    code, services = decision_named(utfall)
    world.act(
        navn,
        cases.decide,
        case_id=world.case_id,
        outcome=code,
        rationale=grunn,
        recipient=RECIPIENT,
        services=services or [],
    )


def _reach_level(world: World, niva: int, named: list[str]) -> None:
    """The opener brings the case up to ``niva`` the way the guide goes: a consent form the
    guardians sign, then nivå 1, nivå 2 with the first service(s), nivå 3 with them all."""
    opener = world.opener()
    _consent(world, opener, named or [_own_service(world)], [])
    if niva >= 1:
        world.act_ok(
            opener,
            cases.decide,
            case_id=world.case_id,
            outcome="level_1",
            rationale="Bekymringen består, og foreldrene har samtykket.",
        )
    if niva >= 2:
        world.act_ok(
            opener,
            cases.decide,
            case_id=world.case_id,
            outcome="level_2",
            rationale="Andre tjenester må inn.",
            services=named[:1] if niva == 3 else named,
        )
    if niva == 3:
        world.act_ok(
            opener,
            cases.decide,
            case_id=world.case_id,
            outcome="level_3",
            rationale="Det trengs et bredt samarbeid mellom flere tjenester.",
            services=named,
        )
    assert world.case().level == niva


# ---------------------------------------------------------------------------------------------
# Meetings held in one go
# ---------------------------------------------------------------------------------------------


def _hold(
    world: World, moter: Meetings, navn: str, motet: str, hvem: str, svar: str | None
) -> None:
    """Invite ``hvem`` to a meeting tomorrow at 14 and register it as held, with the child's
    own view."""
    meeting = world.act_ok(
        navn,
        meetings.plan,
        case_id=world.case_id,
        kind=kind_code(world, MEETINGS[motet]),
        starts_at=local_moment(world, "i morgen", "14"),
        place="Solbakken ungdomsskole, møterom 1",
        agenda="Hvordan har det gått?\nTiltak og mål\nVeien videre",
        **invitees(world, hvem),
    )
    moter.meeting_id = meeting.id
    moter.form.child_voice = moter.form.child_voice or "Det har blitt litt bedre på skolen."
    record_held(world, moter, navn, coordinator=svar or "")


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(
    parsers.re(
        r"at saken er kommet til nivå (?P<niva>[0-3])"
        r"(?: med samtykke (?:fra foreldrene|til samarbeid med (?P<tjenester>.+)))?$"
    )
)
def _(world: World, niva: str, tjenester: str | None) -> None:
    level = int(niva)
    named = services_named(tjenester) if tjenester else []
    if level >= 2 and not named:
        named = services_named(", ".join(DEFAULT_SERVICES[level]))
    if level > 0:
        _reach_level(world, level, named)


@given(
    parsers.re(
        rf"at (?P<foresatt>{NAME}) har skrevet under på et (?:nytt )?samtykkeskjema som gjelder "
        r"(?P<tjenester>.+)$"
    )
)
def _(world: World, foresatt: str, tjenester: str) -> None:
    _consent(world, world.opener(), services_named(tjenester), [foresatt])


@given(
    parsers.re(rf"at (?P<navn>{NAME}) har besluttet at (?P<utfall>.+?),? fordi «(?P<grunn>.*)»$")
)
def _(world: World, navn: str, utfall: str, grunn: str) -> None:
    _decide(world, navn, utfall, grunn)
    assert world.error is None, f"avvist: {world.error!r}"


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har holdt {MEETING} med (?P<hvem>.+?)"
        r"(?:, der det ble avklart at koordinator (?P<svar>fortsetter|byttes))?$"
    )
)
def _(world: World, moter: Meetings, navn: str, motet: str, hvem: str, svar: str | None) -> None:
    _hold(world, moter, navn, motet, hvem, svar)
    assert world.error is None, f"avvist: {world.error!r}"


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"(?P<navn>{NAME}) beslutter at (?P<utfall>.+?),? fordi «(?P<grunn>.*)»$"))
def _(world: World, navn: str, utfall: str, grunn: str) -> None:
    _decide(world, navn, utfall, grunn)


@when(
    parsers.re(
        rf"(?P<foresatt>{NAME}) skriver under på et (?:nytt )?samtykkeskjema som gjelder "
        r"(?P<tjenester>.+)$"
    )
)
def _(world: World, foresatt: str, tjenester: str) -> None:
    _consent(world, world.opener(), services_named(tjenester), [foresatt])


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) holder {MEETING} med (?P<hvem>.+?)"
        r"(?:, der det avklares at koordinator (?P<svar>fortsetter|byttes))?$"
    )
)
def _(world: World, moter: Meetings, navn: str, motet: str, hvem: str, svar: str | None) -> None:
    _hold(world, moter, navn, motet, hvem, svar)


# ---------------------------------------------------------------------------------------------
# Så: the guide
# ---------------------------------------------------------------------------------------------


@then(
    parsers.re(
        r"gjelder handlingsveilederen barn og unge fra svangerskap og opp til (?P<alder>\d+) år$"
    )
)
def _(guide: Municipality, alder: str) -> None:
    group = guide.profile.target_group
    assert group.includes_pregnant, "gravide er ikke med i målgruppen"
    assert (group.min_age, group.max_age) == (0, int(alder))


@then(
    parsers.re(r"er (?P<hvem>.+) (?P<plass>innenfor|utenfor) målgruppen for handlingsveilederen$")
)
def _(guide: Municipality, hvem: str, plass: str) -> None:
    group = guide.profile.target_group
    if "gravid" in hvem:
        inside = group.includes_pregnant
    else:
        age = 0 if "nyfødt" in hvem else int(re.search(r"(\d+) år", hvem)[1])
        inside = group.min_age <= age <= group.max_age
    assert inside is (plass == "innenfor"), f"{hvem} er {'innenfor' if inside else 'utenfor'}"


@then(parsers.re(r"heter nivå (?P<niva>\d) «(?P<navn>.+)»$"))
def _(deployment: Deployment, guide: Municipality, niva: str, navn: str) -> None:
    assert deployment.shown(guide, guide.level(int(niva)).name) == navn


@then(parsers.re(r"er hovedpunktene på nivå (?P<niva>\d), i denne rekkefølgen:$"))
def _(deployment: Deployment, guide: Municipality, niva: str, datatable: list[list[str]]) -> None:
    titles = [deployment.shown(guide, step.title) for step in guide.level(int(niva)).steps]
    assert titles == [row[0] for row in datatable]


@then(
    parsers.re(
        r"skal den ansatte under hovedpunktet «(?P<punkt>.+)» på nivå (?P<niva>\d) "
        r"tenke igjennom blant annet:$"
    )
)
def _(
    deployment: Deployment, guide: Municipality, punkt: str, niva: str, datatable: list[list[str]]
) -> None:
    steps = guide.level(int(niva)).steps
    (step,) = [s for s in steps if deployment.shown(guide, s.title) == punkt]
    questions = [deployment.shown(guide, q) for q in step.questions]
    for (question,) in datatable:
        assert question in questions, f"«{question}» er ikke blant {questions}"


@then(parsers.re(r"er (?P<verktoy>«.+») blant verktøyene på nivå (?P<niva>\d)$"))
def _(deployment: Deployment, guide: Municipality, verktoy: str, niva: str) -> None:
    tools = [deployment.shown(guide, tool.name) for tool in guide.level(int(niva)).tools]
    for name in quoted(verktoy):
        assert name in tools, f"«{name}» er ikke blant verktøyene på nivå {niva}: {tools}"


# ---------------------------------------------------------------------------------------------
# Så: whom to call
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"står (?P<nummer>[\d /]+?) først blant numrene å ringe (?P<nar>.+)$"))
def _(guide: Municipality, nummer: str, nar: str) -> None:
    at = moment_named(guide.profile.tz, nar)
    ranked = contacts_for(guide.contacts, at, guide.profile.timezone)
    assert ranked[0].contact.phone == nummer, [c.contact.phone for c in ranked]
    assert ranked[0].answers


@then(parsers.re(r"er (?P<nummer>[\d /]+?) stengt (?P<nar>.+)$"))
def _(guide: Municipality, nummer: str, nar: str) -> None:
    at = moment_named(guide.profile.tz, nar)
    ranked = contacts_for(guide.contacts, at, guide.profile.timezone)
    (listed,) = [c for c in ranked if c.contact.phone == nummer]
    assert not listed.answers, f"{nummer} svarer {nar}"


@then(
    parsers.re(
        r"står politiet, (?P<nummer>[\d /]+), på listen over numre å ringe hele døgnet, "
        r"alle dager i uka$"
    )
)
def _(guide: Municipality, nummer: str) -> None:
    zone = guide.profile.tz
    start = datetime.combine(ORDINARY_MONDAY, time(0), zone)
    for quarter in range(7 * 24 * 4):
        at = start + timedelta(minutes=15 * quarter)
        listed = {
            c.contact.phone: c.answers
            for c in contacts_for(guide.contacts, at, guide.profile.timezone)
        }
        assert listed.get(nummer) is True, f"politiet står ikke på listen {at}"


@then(parsers.re(r"står det «(?P<beskjed>.+)» ved politiets nummer (?P<nummer>[\d /]+)$"))
def _(deployment: Deployment, guide: Municipality, beskjed: str, nummer: str) -> None:
    (police,) = [c for c in guide.contacts if c.phone == nummer]
    assert police.kind == "politi"
    assert police.acute
    assert beskjed in deployment.shown(guide, police.when_to_use)


# ---------------------------------------------------------------------------------------------
# Så: the case
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"avvises beslutningen fordi samtykkeskjemaet ikke omfatter (?P<tjenester>.+)$"))
def _(world: World, tjenester: str) -> None:
    world.refused_because("consent_missing_for_services")
    message = world.shown(world.error.message)
    for kind in services_named(tjenester):
        name = world.shown(labels.unit_kind(kind))
        assert name in message, f"meldingen nevner ikke {name}: {message}"


@then("avvises beslutningen fordi den ikke sier hvilke tjenester som skal inn")
def _(world: World) -> None:
    world.invalid_field("services")


@then(parsers.re(r"er (?P<tjenester>.+) med i samarbeidet$"))
def _(world: World, tjenester: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert _involved(world) == set(services_named(tjenester))


@then(parsers.re(r"er beslutningen «(?P<utfall>.+)» lagret i saken$"))
def _(world: World, utfall: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    with world.scoped() as session:
        decision = session.exec(
            select(Decision).where(Decision.case_id == world.case_id).order_by(Decision.id.desc())
        ).first()
    level = world.kommune.level(decision.from_level)
    (outcome,) = [o for o in level.outcomes if o.code == decision.outcome]
    assert world.shown(outcome.label) == utfall


@then(parsers.re(r"varsler saken at (?P<antall>\d+) tjenester ikke passer med nivå (?P<niva>\d)$"))
def _(world: World, antall: str, niva: str) -> None:
    assert len(_involved(world)) == int(antall)
    with world.scoped() as session:
        warning = cases.service_count_warning(
            session, municipality=world.kommune, case=world.case()
        )
    assert warning is not None, "saken varsler ikke"
    text = world.shown(warning)
    assert re.search(rf"\b{niva}\b", text) and re.search(rf"\b{antall}\b", text), text


@then(parsers.re(r"varsler saken ikke om antallet tjenester, som er (?P<antall>\d+)$"))
def _(world: World, antall: str) -> None:
    assert len(_involved(world)) == int(antall)
    with world.scoped() as session:
        warning = cases.service_count_warning(
            session, municipality=world.kommune, case=world.case()
        )
    assert warning is None, world.shown(warning)


# ---------------------------------------------------------------------------------------------
# Så: the follow-up meeting
# ---------------------------------------------------------------------------------------------


def _held_on(world: World, kind: str) -> date:
    with world.scoped() as session:
        meeting = session.exec(
            select(Meeting)
            .where(Meeting.case_id == world.case_id, Meeting.kind == kind)
            .order_by(Meeting.id.desc())
        ).first()
    assert meeting is not None and meeting.held_at is not None, "møtet er ikke holdt"
    return meeting.held_at.astimezone(world.kommune.profile.tz).date()


@then(
    parsers.re(
        r"skal oppfølgingsmøtet holdes innen (?P<uker>\d+) uker etter "
        r"(?P<hendelse>at tiltakene ble satt i gang|det tverrfaglige møtet), "
        rf"med påminnelse til (?P<navn>{NAME}) etter (?P<paminnelse>\d+) uker$"
    )
)
def _(world: World, uker: str, hendelse: str, navn: str, paminnelse: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    if hendelse.startswith("at tiltakene"):
        start = clock.today(world.kommune)
    else:
        start = _held_on(world, kind_code(world, "tverrfaglig møte"))
    with world.scoped() as session:
        (deadline,) = deadlines.open_for_case(session, world.case_id)
    tz = world.kommune.profile.tz

    def end_of(weeks: int) -> datetime:  # midnight after the last day
        return datetime.combine(start + timedelta(weeks=weeks, days=1), time(0), tz)

    assert deadline.owner_id == world.staff[navn]
    assert deadline.due_at.astimezone(tz) == end_of(int(uker))
    assert deadline.remind_at is not None and deadline.remind_at.astimezone(tz) == end_of(
        int(paminnelse)
    )


@then("har saken ingen frist for oppfølgingsmøte ennå")
def _(world: World) -> None:
    with world.scoped() as session:
        assert deadlines.open_for_case(session, world.case_id) == []


# ---------------------------------------------------------------------------------------------
# Så: the coordinator
# ---------------------------------------------------------------------------------------------


@then("blir møtet ikke registrert som holdt før det er avklart om koordinator skal byttes")
def _(world: World, moter: Meetings) -> None:
    world.invalid_field("coordinator_change")
    with world.scoped() as session:
        assert session.get(Meeting, moter.meeting_id).held_at is None


@then(
    parsers.re(
        r"står det i stafettloggen at møtet avklarte at koordinator (?P<svar>fortsetter|byttes)$"
    )
)
def _(world: World, moter: Meetings, svar: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    answer = COORDINATOR[svar]
    with world.scoped() as session:
        meeting = session.get(Meeting, moter.meeting_id)
        notes = session.exec(
            select(StafettloggEntry).where(
                StafettloggEntry.case_id == world.case_id,
                StafettloggEntry.meeting_id == meeting.id,
                StafettloggEntry.kind == EntryKind.NOTE,
            )
        ).all()
    assert meeting.held_at is not None and meeting.coordinator_change == answer
    # The note is written in the language of the one who registered the meeting.
    wanted = meetings.COORDINATOR_ANSWERS[answer]
    written = {str(wanted), world.shown(wanted)}
    assert [n for n in notes if n.text in written], [n.text for n in notes]


@then(parsers.re(r"er rådet fra handlingsveilederen at «(?P<rad>.+)»$"))
def _(world: World, rad: str) -> None:
    case = world.case()
    with world.scoped() as session:
        kinds = {
            p.user_id: session.get(Unit, p.unit_id).kind
            for p in participants.active(session, world.case_id)
        }
    advice = world.kommune.coordinator_advice(
        level=case.level,
        holder_service=kinds.get(case.stafettholder_id),
        services=frozenset(str(kind) for kind in kinds.values()),
    )
    assert advice is not None, "handlingsveilederen gir ikke noe råd"
    text = world.shown(advice)
    assert rad in text, text


# ---------------------------------------------------------------------------------------------
# Så: forms
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"heter skjemaet for (?P<hva>.+) «(?P<tittel>.+)»$"))
def _(deployment: Deployment, guide: Municipality, hva: str, tittel: str) -> None:
    kind = {"invitasjon til møter": "invitation", "referat": "minutes", "samtykke": "consent"}[hva]
    variant = guide.form_variant(kind)
    assert variant is not None, f"Vestby har ikke eget skjema for {hva}"
    assert deployment.shown(guide, variant.title) == tittel


@then(parsers.re(r"brukes ikke ordet «(?P<ord>.+)» om invitasjonen til møter$"))
def _(deployment: Deployment, guide: Municipality, ord: str) -> None:
    title = deployment.shown(guide, guide.form_variant("invitation").title)
    assert ord.lower() not in title.lower()
