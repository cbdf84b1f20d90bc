"""Steps for the stafettlogg, the action plan, the child's voice and the stafettholder.

Loaded as a pytest plugin (``-p tests.bdd.steps_stafett``); builds on :mod:`tests.support.world`.
Every sentence here names the stafettlogg, the action plan (handlingsplan), a measure
(tiltak), an evaluation or the baton (stafettpinnen), so none of them can be mistaken for a
sentence of another module. People are named by their first name; a child's name may appear
in the genitive («Olas mening»).
"""

from __future__ import annotations

from datetime import date, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import clock
from bti.models import (
    ActionPlanItem,
    EntryKind,
    HandOver,
    HandOverStatus,
    MeetingInvitee,
    MeetingKind,
    StafettloggEntry,
)
from bti.services import (
    barnevern_help,
    consents,
    handover,
    meetings,
    participants,
    stafettlogg,
)
from tests.support.world import World, services_listed

# How scenarios name the kinds of stafettlogg entry.
KINDS = {
    "mål": EntryKind.GOAL,
    "aktivitet": EntryKind.ACTIVITY,
    "evaluering": EntryKind.EVALUATION,
    "beslutning": EntryKind.DECISION,
    "notat": EntryKind.NOTE,
}
# How scenarios say why a hand-over or the stafettlogg was refused.
REFUSALS = {
    "man ikke kan gi stafettpinnen til seg selv": "handover_to_self",
    "bare stafettholderen kan gi den fra seg": "not_stafettholder",
    "barnevernstjenesten har stafettpinnen mens den gir hjelp": "barnevern_keeps_baton",
    "et tilbud allerede venter på svar": "handover_pending",
    "tilbudet er trukket tilbake": "handover_not_pending",
    "saken allerede har en stafettholder": "stafettlogg_already_open",
    "bare helsepersonell kan skrive notater som bare er for helsetjenesten": (
        "health_internal_needs_health_role"
    ),
}
NAME = r"[A-ZÆØÅ]\w+"


def _entries(world: World) -> list[StafettloggEntry]:
    return world.in_case(StafettloggEntry)


def _plan(world: World) -> list[ActionPlanItem]:
    return world.in_case(ActionPlanItem)


def _follow_up(world: World, text: str) -> date | None:
    """«om 14 dager», «i dag», «i går» → a date in the municipality's local time."""
    text = text.strip()
    today = clock.today(world.kommune)
    if not text:
        return None
    if text == "i dag":
        return today
    if text == "i går":
        return today - timedelta(days=1)
    days = int(text.removeprefix("om ").removesuffix(" dager").removesuffix(" dag"))
    return today + timedelta(days=days)


def _measures(world: World, by: str, table: list[list[str]], *, must_succeed: bool) -> None:
    header, *rows = table
    for row in rows:
        values = dict(zip(header, row, strict=True))
        responsible = values.get("ansvarlig", "").strip()
        act = world.act_ok if must_succeed else world.act
        act(
            by,
            stafettlogg.add_measure,
            case_id=world.case_id,
            goal=values.get("mål", ""),
            measure=values.get("tiltak", ""),
            responsible_id=world.staff.get(responsible),
            responsible_text="" if responsible in world.staff else responsible,
            follow_up_on=_follow_up(world, values.get("oppfølging", "")),
        )
        if world.error is not None:
            return


def _offer_to(world: World, name: str) -> HandOver:
    """The latest offer of the baton to ``name`` in the case."""
    with world.scoped() as session:
        return session.exec(
            select(HandOver)
            .where(HandOver.case_id == world.case_id, HandOver.to_user_id == world.staff[name])
            .order_by(HandOver.id.desc())
        ).first()


def evaluate_measure(world: World, by: str, table: list[list[str]]) -> None:
    """``by`` evaluates a measure of the action plan; ``table`` as a scenario writes it
    (Tiltak, Evaluering, Er målet nådd?, Nytt mål, Barnets mening …)."""
    answers = {key.strip(): value.strip() for key, value in table}
    item = next(i for i in _plan(world) if i.measure == answers["Tiltak"])
    reached = answers.get("Er målet nådd?", "")
    world.act(
        by,
        stafettlogg.evaluate_measure,
        case_id=world.case_id,
        item_id=item.id,
        evaluation=answers.get("Evaluering", ""),
        goal_reached={"ja": True, "nei": False}.get(reached.lower()),
        new_goal=answers.get("Nytt mål", ""),
        child_voice=answers.get("Barnets mening", ""),
        child_voice_missing_reason=answers.get("Hvorfor barnets mening mangler", ""),
    )


def _write(world: World, navn: str, tekst: str) -> None:
    world.act(navn, stafettlogg.add_entry, case_id=world.case_id, kind=EntryKind.NOTE, text=tekst)


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(parsers.re(rf"at (?P<navn>{NAME}) har opprettet stafettloggen og er stafettholder$"))
def _(world: World, navn: str) -> None:
    world.act_ok(
        navn, stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff[navn]
    )


@given(parsers.re(rf"at (?P<navn>{NAME}) er med i laget rundt (?P<barn>{NAME})$"))
def _(world: World, navn: str, barn: str) -> None:
    """Brought into the case by the one who opened it, for their own (first) unit."""
    case = world.case()
    opener = next(name for name, uid in world.staff.items() if uid == case.opened_by_id)
    world.act_ok(
        opener,
        participants.add,
        case_id=world.case_id,
        user_id=world.staff[navn],
        unit_id=next(iter(sorted(world.actor(navn).unit_ids))),
    )


@given(
    parsers.re(
        r"at foreldrene har skrevet under på et samtykke der også helseopplysninger kan "
        r"deles med (?P<tjenester>.+)$"
    )
)
def _(world: World, tjenester: str) -> None:
    opener = next(iter(world.staff))
    consent = world.act_ok(
        opener,
        consents.register,
        case_id=world.case_id,
        services=services_listed(tjenester),
        valid_from=clock.today(world.kommune),
        valid_to=clock.today(world.kommune) + timedelta(days=180),
        includes_health_information=True,
    )
    for guardian_id in world.guardians.values():
        world.act(
            opener,
            consents.sign,
            consent_id=consent.id,
            signer=guardian_id,
            signed_on=clock.today(world.kommune),
        )


@given(parsers.re(rf"at (?P<navn>{NAME}) har ført inn dette tiltaket i handlingsplanen:$"))
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    _measures(world, navn, datatable, must_succeed=True)


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har skrevet et notat i stafettloggen som bare er for "
        r"helsetjenesten: «(?P<tekst>.+)»$"
    )
)
def _(world: World, navn: str, tekst: str) -> None:
    world.act_ok(
        navn,
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind=EntryKind.NOTE,
        text=tekst,
        health_internal=True,
    )


@given(
    parsers.re(rf"at (?P<navn>{NAME}) ledet et samarbeidsmøte om (?P<barn>{NAME}) i dag$"),
    target_fixture="stafett_meeting",
)
def _(world: World, navn: str, barn: str) -> int:
    """The meeting the minutes belong to, planned yesterday and held an hour ago."""
    now = clock.now()
    starts = now - timedelta(hours=1)
    meeting = world.act_ok(
        navn,
        meetings.plan,
        case_id=world.case_id,
        kind=MeetingKind.SAMARBEIDSMOTE,
        starts_at=starts,
        ends_at=now,
        place="Nordby skole, møterom 2",
        agenda="Mål og tiltak for Ola",
        now=starts - timedelta(days=1),
    )
    with world.scoped() as session:
        invitees = session.exec(
            select(MeetingInvitee.id).where(MeetingInvitee.meeting_id == meeting.id)
        ).all()
    world.act_ok(
        navn,
        meetings.record_held,
        meeting_id=meeting.id,
        attended=dict.fromkeys(invitees, True),
        guardians_present=False,
        child_present=False,
        child_voice_missing_reason="Ola var ikke med; han blir spurt i samtale med læreren.",
        minutes=[("Mål og tiltak", "Se stafettloggen.")],
        now=now,
    )
    return meeting.id


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har tilbudt stafettpinnen til (?P<mottaker>{NAME})$",
    )
)
def _(world: World, navn: str, mottaker: str) -> None:
    world.act_ok(navn, handover.offer, case_id=world.case_id, to_user_id=world.staff[mottaker])


@given(parsers.re(rf"at barnevernstjenesten ved (?P<navn>{NAME}) gir hjelp i saken$"))
def _(world: World, navn: str) -> None:
    world.act_ok(navn, barnevern_help.set_barnevern_help, case_id=world.case_id, helping=True)


@given(parsers.re(rf"at barnevernstjenesten ved (?P<navn>{NAME}) har avsluttet hjelpen i saken$"))
def _(world: World, navn: str) -> None:
    world.act_ok(navn, barnevern_help.set_barnevern_help, case_id=world.case_id, helping=False)


@given(parsers.re(rf"at (?P<navn>{NAME}) har skrevet i stafettloggen: «(?P<tekst>.+)»$"))
def _(world: World, navn: str, tekst: str) -> None:
    _write(world, navn, tekst)
    assert world.error is None, f"avvist: {world.error!r}"


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"(?P<navn>{NAME}) skriver i stafettloggen: «(?P<tekst>.+)»$"))
def _(world: World, navn: str, tekst: str) -> None:
    _write(world, navn, tekst)


@when(parsers.re(rf"(?P<navn>{NAME}) oppretter stafettloggen med seg selv som stafettholder$"))
def _(world: World, navn: str) -> None:
    world.act(
        navn, stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff[navn]
    )


@when(parsers.re(rf"(?P<navn>{NAME}) fører inn dette tiltaket i handlingsplanen:$"))
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    _measures(world, navn, datatable, must_succeed=False)


@when(parsers.re(rf"(?P<navn>{NAME}) evaluerer tiltaket i handlingsplanen slik:$"))
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    evaluate_measure(world, navn, datatable)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fører inn en evaluering i stafettloggen "
        rf"med (?P<barn>{NAME})s mening «(?P<mening>.+)»$"
    )
)
def _(world: World, navn: str, barn: str, mening: str) -> None:
    world.act(
        navn,
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind=EntryKind.EVALUATION,
        text="Tiltakene er gjennomført som avtalt.",
        child_voice=mening,
    )


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fører inn en evaluering i stafettloggen "
        rf"uten (?P<barn>{NAME})s mening(?:, fordi «(?P<grunn>.+)»)?$"
    )
)
def _(world: World, navn: str, barn: str, grunn: str | None) -> None:
    world.act(
        navn,
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind=EntryKind.EVALUATION,
        text="Tiltakene er gjennomført som avtalt.",
        child_voice_missing_reason=grunn or "",
    )


@when(parsers.re(rf"(?P<navn>{NAME}) fører referatet fra møtet i stafettloggen:$"))
def _(world: World, navn: str, stafett_meeting: int, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    for row in rows:
        values = dict(zip(header, row, strict=True))
        world.act_ok(
            navn,
            stafettlogg.add_entry,
            case_id=world.case_id,
            kind=KINDS[values["hva"]],
            text=values["tekst"],
            meeting_id=stafett_meeting,
        )


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) skriver et notat i stafettloggen som bare er for "
        r"helsetjenesten: «(?P<tekst>.+)»$"
    )
)
def _(world: World, navn: str, tekst: str) -> None:
    world.act(
        navn,
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind=EntryKind.NOTE,
        text=tekst,
        health_internal=True,
    )


@when(parsers.re(rf"(?P<navn>{NAME}) leser stafettloggen$"))
def _(world: World, navn: str) -> None:
    world.act_ok(navn, stafettlogg.timeline, case_id=world.case_id)


@when(parsers.re(rf"(?P<navn>{NAME}) tilbyr stafettpinnen til (?P<mottaker>{NAME})$"))
def _(world: World, navn: str, mottaker: str) -> None:
    world.act(navn, handover.offer, case_id=world.case_id, to_user_id=world.staff[mottaker])


@when(parsers.re(rf"(?P<navn>{NAME}) takker ja til stafettpinnen$"))
def _(world: World, navn: str) -> None:
    offer = _offer_to(world, navn)
    world.act(navn, handover.accept, case_id=world.case_id, handover_id=offer.id)


@when(parsers.re(rf"(?P<navn>{NAME}) takker nei til stafettpinnen fordi «(?P<grunn>.+)»$"))
def _(world: World, navn: str, grunn: str) -> None:
    offer = _offer_to(world, navn)
    world.act(navn, handover.decline, case_id=world.case_id, handover_id=offer.id, note=grunn)


@when(
    parsers.re(rf"(?P<navn>{NAME}) trekker tilbake tilbudet om stafettpinnen til (?P<til>{NAME})$")
)
def _(world: World, navn: str, til: str) -> None:
    offer = _offer_to(world, til)
    world.act(navn, handover.withdraw, case_id=world.case_id, handover_id=offer.id)


@when(parsers.re(rf"(?P<navn>{NAME}) registrerer at barnevernstjenesten gir hjelp i saken$"))
def _(world: World, navn: str) -> None:
    world.act(navn, barnevern_help.set_barnevern_help, case_id=world.case_id, helping=True)


# ---------------------------------------------------------------------------------------------
# Så: the stafettholder and the baton
# ---------------------------------------------------------------------------------------------


@then(parsers.re(rf"(?:er (?P<a>{NAME})|(?P<b>{NAME}) er) (?:nå )?stafettholder i saken$"))
def _(world: World, a: str | None, b: str | None) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert world.case().stafettholder_id == world.staff[a or b]


@then(parsers.re(rf"(?:er (?P<a>{NAME})|(?P<b>{NAME}) er) fortsatt stafettholder i saken$"))
def _(world: World, a: str | None, b: str | None) -> None:
    assert world.case().stafettholder_id == world.staff[a or b]


@then(parsers.re(rf"(?:er (?P<a>{NAME})|(?P<b>{NAME}) er) ikke lenger stafettholder i saken$"))
def _(world: World, a: str | None, b: str | None) -> None:
    holder = world.case().stafettholder_id
    assert holder is not None, "saken har ingen stafettholder"
    assert holder != world.staff[a or b]


@then(
    parsers.re(
        rf"(?:har (?P<a>{NAME})|(?P<b>{NAME}) har) fått tilbud om stafettpinnen "
        rf"fra (?P<fra>{NAME})$"
    )
)
def _(world: World, a: str | None, b: str | None, fra: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    offer = _offer_to(world, a or b)
    assert offer is not None and offer.status == HandOverStatus.OFFERED
    assert offer.from_user_id == world.staff[fra]


@then(parsers.re(r"(?:er overleveringen|overleveringen er) registrert som (?P<svar>.+)$"))
def _(world: World, svar: str) -> None:
    status = {
        "takket ja til": HandOverStatus.ACCEPTED,
        "takket nei til": HandOverStatus.DECLINED,
        "trukket tilbake": HandOverStatus.WITHDRAWN,
    }[svar]
    with world.scoped() as session:
        latest = session.exec(
            select(HandOver).where(HandOver.case_id == world.case_id).order_by(HandOver.id.desc())
        ).first()
    assert latest.status == status, latest.status
    assert latest.answered_at is not None


@then(
    parsers.re(
        r"(?:blir|ble) (?:overleveringen|opprettelsen av stafettloggen|notatet) avvist "
        r"fordi (?P<grunn>.+)$"
    )
)
def _(world: World, grunn: str) -> None:
    world.refused_because(REFUSALS[grunn])


# ---------------------------------------------------------------------------------------------
# Så: the stafettlogg and the action plan
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"(?:står|står det) «(?P<tekst>.+)» i stafettloggen som (?P<hva>\w+)$"))
def _(world: World, tekst: str, hva: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    found = [e for e in _entries(world) if e.kind == KINDS[hva] and e.text == tekst]
    assert found, f"fant ikke {hva} «{tekst}» i {[(e.kind, e.text) for e in _entries(world)]}"


@then(
    parsers.re(
        r"(?:står|står det) tiltaket «(?P<tiltak>.+)» i handlingsplanen med "
        r"(?P<ansvarlig>.+) som ansvarlig og oppfølging (?P<oppfolging>.+)$"
    )
)
def _(world: World, tiltak: str, ansvarlig: str, oppfolging: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    (item,) = [i for i in _plan(world) if i.measure == tiltak]
    if ansvarlig in world.staff:
        assert item.responsible_id == world.staff[ansvarlig]
    else:
        assert item.responsible_text == ansvarlig
    assert item.follow_up_on == _follow_up(world, oppfolging)


@then(parsers.re(r"blir tiltaket avvist fordi det mangler en ansvarlig$"))
def _(world: World) -> None:
    world.invalid_field("responsible_id")


@then(parsers.re(r"blir tiltaket avvist fordi datoen for oppfølging har passert$"))
def _(world: World) -> None:
    world.invalid_field("follow_up_on")


@then(parsers.re(r"(?:er handlingsplanen|handlingsplanen er) fortsatt tom$"))
def _(world: World) -> None:
    assert _plan(world) == []


@then(parsers.re(r"(?:har handlingsplanen|handlingsplanen har) (?P<antall>\d+) tiltak$"))
def _(world: World, antall: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert len(_plan(world)) == int(antall)


@then(
    parsers.re(
        r"(?:er tiltaket|tiltaket er) «(?P<tiltak>.+)» evaluert med at målet "
        r"(?P<svar>er nådd|ikke er nådd)$"
    )
)
def _(world: World, tiltak: str, svar: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    (item,) = [i for i in _plan(world) if i.measure == tiltak]
    assert item.goal_reached is (svar == "er nådd")
    assert item.evaluated_at is not None


@then(
    parsers.re(
        rf"(?:står|står det) evalueringen «(?P<tekst>.+)» i stafettloggen med "
        rf"(?P<barn>{NAME})s mening «(?P<mening>.+)»$"
    )
)
def _(world: World, tekst: str, barn: str, mening: str) -> None:
    found = [e for e in _entries(world) if e.kind == EntryKind.EVALUATION and e.text == tekst]
    assert found, "evalueringen står ikke i stafettloggen"
    assert found[-1].child_voice == mening


@then(parsers.re(r"blir evalueringen avvist fordi barnets mening mangler$"))
def _(world: World) -> None:
    world.invalid_field("child_voice")


@then(parsers.re(r"blir evalueringen ført inn i stafettloggen$"))
def _(world: World) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert [e for e in _entries(world) if e.kind == EntryKind.EVALUATION]


@then(parsers.re(r"(?:har stafettloggen|stafettloggen har) ingen evaluering$"))
def _(world: World) -> None:
    assert not [e for e in _entries(world) if e.kind == EntryKind.EVALUATION]


@then(
    parsers.re(
        r"(?:er begrunnelsen «(?P<a>.+)»|begrunnelsen «(?P<b>.+)» er) ført inn i stafettloggen$"
    )
)
def _(world: World, a: str | None, b: str | None) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert [e for e in _entries(world) if e.text == (a or b)]


@then(
    parsers.re(
        rf"(?:står|står det) i stafettloggen at (?P<barn>{NAME})s mening skal tillegges "
        r"(?P<vekt>stor vekt|vekt)$"
    )
)
def _(world: World, barn: str, vekt: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    evaluation = [e for e in _entries(world) if e.kind == EntryKind.EVALUATION][-1]
    with world.scoped() as session:
        great = stafettlogg.voice_has_great_weight(
            session, municipality=world.kommune, entry=evaluation
        )
    assert great is (vekt == "stor vekt")


@then("viser referatet fra møtet disse punktene:")
def _(world: World, stafett_meeting: int, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    points = [dict(zip(header, row, strict=True)) for row in rows]
    expected = [(KINDS[point["hva"]], point["tekst"]) for point in points]
    minutes = world.act_ok(
        next(iter(world.staff)),
        stafettlogg.minutes_of,
        case_id=world.case_id,
        meeting_id=stafett_meeting,
    )
    assert [(e.kind, e.text) for e in minutes] == expected


@then(parsers.re(r"(?:står|står det) punktene fra referatet også i stafettloggen$"))
def _(world: World, stafett_meeting: int) -> None:
    reader = next(iter(world.staff))
    timeline = world.act_ok(reader, stafettlogg.timeline, case_id=world.case_id)
    assert [e for e in timeline if e.meeting_id == stafett_meeting]


@then(parsers.re(rf"(?:ser (?P<a>{NAME})|(?P<b>{NAME}) ser) «(?P<tekst>.+)» i stafettloggen$"))
def _(world: World, a: str | None, b: str | None, tekst: str) -> None:
    timeline = world.act_ok(a or b, stafettlogg.timeline, case_id=world.case_id)
    assert tekst in [e.text for e in timeline], f"{a or b} ser ikke «{tekst}»"


@then(
    parsers.re(
        rf"(?:ser (?P<a>{NAME}) ikke|(?P<b>{NAME}) ser ikke) «(?P<tekst>.+)» i stafettloggen$"
    )
)
def _(world: World, a: str | None, b: str | None, tekst: str) -> None:
    timeline = world.act_ok(a or b, stafettlogg.timeline, case_id=world.case_id)
    assert tekst not in [e.text for e in timeline], f"{a or b} ser «{tekst}»"


@then("blir det ikke skrevet i stafettloggen fordi saken er avsluttet")
def _(world: World) -> None:
    world.refused_because("case_closed")
    with world.scoped() as session:
        notes = session.exec(
            select(StafettloggEntry).where(
                StafettloggEntry.case_id == world.case_id,
                StafettloggEntry.kind == EntryKind.NOTE,
            )
        ).all()
    assert notes == []
