"""Steps for meetings: the invitation, attendance, minutes, the child's voice, the calendar.

Loaded as a pytest plugin (``-p tests.bdd.steps_meetings``). Scenarios say times as people
do ("i morgen klokka 14", local time); invitees and kinds of meeting by name. Recording a
held meeting is a form filled in over several steps ("Kari fører …") and sent with
"Kari registrerer møtet som holdt"; what a step does not fill in, the form fills with the
obvious: everyone invited came, one part of the minutes per agenda item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

import icalendar
import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import func, select

from bti import hookimpl
from bti.guide import MeetingKindDef
from bti.models import Case, Meeting, MeetingInvitee
from bti.services import cases, meetings
from tests.support.deployment import Deployment
from tests.support.world import World

# How scenarios name the national kinds of meeting (bti.defaults.meetings).
NATIONAL_KINDS = {
    "undringssamtale": "undringssamtale",
    "samarbeidsmøte": "samarbeidsmote",
    "oppfølgingsmøte": "oppfolgingsmote",
    "evalueringsmøte": "evalueringsmote",
    "overgangsmøte": "overgangsmote",
}
# The form fields a scenario names, and the service's names for them.
FIELDS = {
    "tid": "starts_at",
    "slutt": "ends_at",
    "sted": "place",
    "agenda": "agenda",
    "møtetype": "kind",
    "barnets mening": "child_voice",
    "referat": "minutes",
}
DEFAULT_PLACE = "Møterom 2, Nordby skole"
DEFAULT_AGENDA = ("Hva vi har sett", "Barnets stemme", "Veien videre")
LINK = "https://bti.example.no/eksempel/saker/sak/moter/1"

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"
#: What a held meeting clarified about the coordinator (Vestby asks), as a scenario says it.
COORDINATOR = {"fortsetter": "continues", "byttes": "changes"}
WHEN = (
    r"(?P<dag>i morgen|i overmorgen|i går|om \d+ dager|for \d+ dager siden)"
    r" klokka (?P<tid>\d{1,2}(?:[.:]\d{2})?)"
)


# ---------------------------------------------------------------------------------------------
# What a scenario keeps: the meeting, the form being filled in, the calendar file
# ---------------------------------------------------------------------------------------------


@dataclass
class HeldForm:
    """The "meeting held" form: attendance by name, the child's voice, the minutes."""

    attended: dict[str, bool] = field(default_factory=dict)
    child_voice: str = ""
    missing_reason: str = ""
    minutes: list[tuple[str, str]] | None = None
    # How the child took part (bti.models.ChildParticipation), where, and who carries it.
    participation: str = ""
    arena: str = ""
    carrier: str = ""


@dataclass
class Meetings:
    meeting_id: int | None = None
    form: HeldForm = field(default_factory=HeldForm)
    calendar: str = ""


@pytest.fixture
def moter() -> Meetings:
    return Meetings()


class OwnMeetingKind:
    """A one-off plugin: the municipality's own kind of meeting, such as a TIT meeting."""

    def __init__(self, code: str, label: str):
        self.kind = MeetingKindDef(code, label)

    @hookimpl
    def bti_register_meeting_kinds(self, profile):
        return [self.kind]


# ---------------------------------------------------------------------------------------------
# Reading the Norwegian
# ---------------------------------------------------------------------------------------------


def names(text: str) -> list[str]:
    """``"Per, Lise og Ola"`` → the three names."""
    return [part for part in re.split(r",\s*|\s+og\s+|\s+eller\s+", text.strip()) if part]


def quoted(text: str) -> list[str]:
    return re.findall(r"«(.+?)»", text)


def local_moment(world: World, dag: str, tid: str) -> datetime:
    """``"i morgen", "14"`` → that moment in the municipality's local time (aware)."""
    tz = world.kommune.profile.tz
    today = datetime.now(tz).date()
    offsets = {"i morgen": 1, "i overmorgen": 2, "i går": -1}
    if dag in offsets:
        days = offsets[dag]
    else:
        count = int(re.search(r"\d+", dag).group())
        days = count if dag.startswith("om") else -count
    hour, _, minute = tid.replace(".", ":").partition(":")
    clock = time(int(hour), int(minute or 0))
    return datetime.combine(today + timedelta(days=days), clock, tz)


def parse_moment(world: World, text: str) -> datetime:
    match = re.fullmatch(WHEN, text.strip())
    assert match, f"forstår ikke tidspunktet «{text}»"
    return local_moment(world, match["dag"], match["tid"])


def kind_code(world: World, name: str) -> str:
    """A kind of meeting by the name people use; an unknown name is passed on as typed,
    for the platform to refuse."""
    name = name.strip().lower()
    if name in NATIONAL_KINDS:
        return NATIONAL_KINDS[name]
    for kind in world.kommune.meeting_kinds:
        if str(kind.label).lower() == name:
            return kind.code
    return name


def invitees(world: World, who: str | None) -> dict[str, Any]:
    """Names → staff ids, guardian ids, and whether the child is invited."""
    chosen: dict[str, Any] = {"staff_ids": [], "guardian_ids": [], "invite_subject": False}
    for name in names(who or ""):
        if name in world.guardians:
            chosen["guardian_ids"].append(world.guardians[name])
        elif name in world.staff:
            chosen["staff_ids"].append(world.staff[name])
        elif name in world.children:
            chosen["invite_subject"] = True
        else:
            raise AssertionError(f"ukjent person: {name}")
    return chosen


def invitation(world: World, rows: list[list[str]]) -> dict[str, Any]:
    """A vertical table (tid, slutt, sted, agenda …) → the invitation's fields."""
    fields: dict[str, Any] = {"starts_at": None, "place": "", "agenda": ""}
    agenda = []
    for key, value in rows:
        key = key.strip().lower()
        if key == "tid":
            fields["starts_at"] = parse_moment(world, value)
        elif key == "slutt":
            fields["ends_at"] = parse_moment(world, value)
        elif key == "sted":
            fields["place"] = value
        elif key == "agenda":
            agenda.append(value)
        else:
            raise AssertionError(f"ukjent felt i invitasjonen: {key}")
    fields["agenda"] = "\n".join(agenda)
    return fields


def plan(world: World, moter: Meetings, by: str, who: str | None, kind: str, **fields) -> None:
    meeting = world.act(
        by,
        meetings.plan,
        case_id=world.case_id,
        kind=kind_code(world, kind),
        **invitees(world, who),
        **fields,
    )
    if meeting is not None:
        moter.meeting_id = meeting.id


def record(world: World, moter: Meetings) -> meetings.MeetingRecord:
    return world.act_ok(_organiser(world, moter), meetings.read, meeting_id=moter.meeting_id)


def _organiser(world: World, moter: Meetings) -> str:
    with world.scoped() as session:
        organiser = session.get(Meeting, moter.meeting_id).organiser_id
    return next(name for name, uid in world.staff.items() if uid == organiser)


def invitee_name(world: World, invitee: MeetingInvitee) -> str:
    if invitee.is_subject:
        with world.scoped() as session:
            case = session.get(Case, world.case_id)
            subject_id = case.subject_id
        return next(name for name, sid in world.children.items() if sid == subject_id)
    people = world.staff if invitee.user_id else world.guardians
    wanted = invitee.user_id or invitee.guardian_id
    return next(name for name, pid in people.items() if pid == wanted)


def record_held(world: World, moter: Meetings, navn: str, *, coordinator: str = "") -> None:
    """``navn`` registers the scenario's meeting as held: everyone came whom the scenario did
    not say stayed away, with the minutes it wrote (one part per agenda item when it wrote
    none), the child's voice, and what the meeting clarified about the coordinator
    (``coordinator``: «fortsetter», «byttes» or nothing)."""
    with world.scoped() as session:
        meeting = session.get(Meeting, moter.meeting_id)
        rows = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting.id)
        ).all()
    attended = {row.id: moter.form.attended.get(invitee_name(world, row), True) for row in rows}
    minutes = moter.form.minutes or [(part, "Gjennomgått.") for part in meeting.agenda.split("\n")]
    world.act(
        navn,
        meetings.record_held,
        meeting_id=meeting.id,
        attended=attended,
        guardians_present=any(attended[r.id] for r in rows if r.guardian_id),
        child_present=any(attended[r.id] for r in rows if r.is_subject),
        child_voice=moter.form.child_voice,
        child_voice_missing_reason=moter.form.missing_reason,
        child_participation=moter.form.participation,
        child_voice_arena=moter.form.arena,
        child_voice_carrier_id=world.staff.get(moter.form.carrier),
        minutes=minutes,
        coordinator_change=COORDINATOR.get(coordinator, ""),
        # The meeting is in the future when it is planned; it is registered once it is over.
        now=(meeting.ends_at or meeting.starts_at) + timedelta(hours=2),
    )


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(parsers.re(r"^at (?P<kommune>\w+) kommune også har møtetypen «(?P<navn>.+)»$"))
def _(deployment: Deployment, kommune: str, navn: str) -> None:
    assert deployment.app is None, "møtetypen må være på plass før plattformen startes"
    code = re.sub(r"\W+", "_", navn.lower()).strip("_")
    deployment.plugins.append(OwnMeetingKind(code, navn))


@given(parsers.re(rf"^at {NAME} har invitert (?P<hvem>.+?) til (?P<motetype>.+?) {WHEN}$"))
def _(world: World, moter: Meetings, navn: str, hvem: str, motetype: str, dag: str, tid: str):
    starts_at = local_moment(world, dag, tid)
    agenda = "\n".join(DEFAULT_AGENDA)
    plan(
        world, moter, navn, hvem, motetype, starts_at=starts_at, place=DEFAULT_PLACE, agenda=agenda
    )
    assert world.error is None, f"avvist: {world.error!r}"


@given(
    parsers.re(
        rf"^at {NAME} har invitert (?P<hvem>.+?) til (?P<motetype>.+?) {WHEN} med agendaen:$"
    )
)
def _(world: World, moter: Meetings, datatable, navn, hvem, motetype, dag, tid) -> None:
    starts_at = local_moment(world, dag, tid)
    agenda = "\n".join(row[0] for row in datatable)
    plan(
        world, moter, navn, hvem, motetype, starts_at=starts_at, place=DEFAULT_PLACE, agenda=agenda
    )
    assert world.error is None, f"avvist: {world.error!r}"


@given(parsers.re(rf"^at {NAME} har meldt bekymringen for (?P<barn>\w+) til barnevernet$"))
def _(world: World, navn: str, barn: str) -> None:
    world.act_ok(navn, cases.report_to_barnevern, case_id=world.case_id, recipient="Barnevernet")


# ---------------------------------------------------------------------------------------------
# Når: inviting
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^{NAME} inviterer (?:(?P<hvem>.+?) )?til (?P<motetype>[^:]+?):$"))
def _(world: World, moter: Meetings, datatable, navn: str, hvem: str | None, motetype: str) -> None:
    plan(world, moter, navn, hvem, motetype, **invitation(world, datatable))


@when(
    parsers.re(
        rf"^{NAME} inviterer (?P<hvem>.+?) til (?P<motetype>.+?) uten (?P<mangler>tid|sted|agenda)$"
    )
)
def _(world: World, moter: Meetings, navn: str, hvem: str, motetype: str, mangler: str) -> None:
    fields = {
        "starts_at": local_moment(world, "i morgen", "14"),
        "place": DEFAULT_PLACE,
        "agenda": "\n".join(DEFAULT_AGENDA),
    }
    fields[FIELDS[mangler]] = None if mangler == "tid" else ""
    plan(world, moter, navn, hvem, motetype, **fields)


# ---------------------------------------------------------------------------------------------
# Når: after the meeting
# ---------------------------------------------------------------------------------------------


@when(parsers.re(rf"^{NAME} fører at (?P<motte>.+?) møtte, men ikke (?P<uteble>.+)$"))
def _(moter: Meetings, navn: str, motte: str, uteble: str) -> None:
    moter.form.attended.update(dict.fromkeys(names(motte), True))
    moter.form.attended.update(dict.fromkeys(names(uteble), False))


@when(parsers.re(rf"^{NAME} fører barnets mening: «(?P<mening>.+)»$"))
def _(moter: Meetings, navn: str, mening: str) -> None:
    moter.form.child_voice = mening


@when(parsers.re(rf"^{NAME} fører at barnet ikke kunne si sin mening, fordi «(?P<grunn>.+)»$"))
def _(moter: Meetings, navn: str, grunn: str) -> None:
    moter.form.missing_reason = grunn


@when(parsers.re(rf"^{NAME} fører referat fra møtet:$"))
def _(moter: Meetings, datatable, navn: str) -> None:
    _header, *rows = datatable
    moter.form.minutes = [(heading, text) for heading, text in rows]


@when(
    parsers.re(
        rf"^{NAME} registrerer møtet som holdt"
        r"(?:, med avklaring om at koordinator (?P<svar>fortsetter|byttes))?$"
    )
)
def _(world: World, moter: Meetings, navn: str, svar: str | None) -> None:
    record_held(world, moter, navn, coordinator=svar or "")


@when(parsers.re(rf"^{NAME} henter kalenderfilen til møtet$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    moter.calendar = world.act_ok(navn, meetings.ics, meeting_id=moter.meeting_id, url=LINK)


# ---------------------------------------------------------------------------------------------
# Så: the invitation
# ---------------------------------------------------------------------------------------------


@then(parsers.re(rf"^er møtet planlagt {WHEN} på «(?P<sted>.+)»$"))
def _(world: World, moter: Meetings, dag: str, tid: str, sted: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    meeting = record(world, moter).meeting
    assert meeting.starts_at == local_moment(world, dag, tid)
    assert meeting.place == sted


@then(parsers.re(r"^invitasjonen har agendaen (?P<punkter>«.+»)$"))
def _(world: World, moter: Meetings, punkter: str) -> None:
    assert record(world, moter).meeting.agenda.split("\n") == quoted(punkter)


@then(parsers.re(r"^de inviterte er (?P<hvem>.+)$"))
def _(world: World, moter: Meetings, hvem: str) -> None:
    invited = [invitee_name(world, row) for row in record(world, moter).invitees]
    assert sorted(invited) == sorted(names(hvem))


@then(parsers.re(r"^er møtet planlagt som «(?P<navn>.+)»$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert record(world, moter).meeting.kind == kind_code(world, navn)


@then(parsers.re(r"^kan et møte i saken være (?P<typer>.+)$"))
def _(world: World, typer: str) -> None:
    offered = {kind.code for kind in world.kommune.meeting_kinds}
    wanted = {kind_code(world, name) for name in names(typer)}
    assert wanted <= offered, f"mangler {wanted - offered}"


@then(
    parsers.re(
        r"^(?:avvises invitasjonen|blir møtet ikke registrert som holdt),"
        r" med beskjed ved feltet «(?P<felt>.+)»$"
    )
)
def _(world: World, felt: str) -> None:
    world.invalid_field(FIELDS[felt])
    assert str(world.error.message).strip()


@then(
    "avvises invitasjonen fordi foreldrene ikke skal involveres når saken er meldt til barnevernet"
)
def _(world: World) -> None:
    world.refused_because("guardians_excluded")


@then(parsers.re(r"^(?:er det|det er) ikke planlagt noe møte i saken$"))
def _(world: World) -> None:
    with world.scoped() as session:
        count = session.exec(
            select(func.count()).select_from(Meeting).where(Meeting.case_id == world.case_id)
        ).one()
    assert count == 0


# ---------------------------------------------------------------------------------------------
# Så: after the meeting
# ---------------------------------------------------------------------------------------------


@then("er møtet registrert som holdt")
def _(world: World, moter: Meetings) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert record(world, moter).meeting.held_at is not None


@then(
    parsers.re(
        r"^(?:viser oppmøtet|oppmøtet viser) at (?P<hvem>foreldrene|barnet)"
        r" (?P<var>var|ikke var) med på møtet$"
    )
)
def _(world: World, moter: Meetings, hvem: str, var: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    meeting = record(world, moter).meeting
    present = meeting.guardians_present if hvem == "foreldrene" else meeting.child_present
    assert present is (var == "var")


@then(parsers.re(r"^andelen saker der foreldrene har deltatt, er (?P<prosent>\d+) %$"))
def _(world: World, prosent: str) -> None:
    with world.scoped() as session:
        share = meetings.guardian_participation(session)
    assert share is not None and round(share * 100) == int(prosent)


@then(
    parsers.re(
        r"^(?:har referatet|referatet har)"
        r" en del for hvert punkt på agendaen, i samme rekkefølge$"
    )
)
def _(world: World, moter: Meetings) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    seen = record(world, moter)
    headings = [part.heading for part in seen.minutes]
    assert headings == seen.meeting.agenda.split("\n")
    if moter.form.minutes:
        assert [(p.heading, p.text) for p in seen.minutes] == moter.form.minutes


@then(parsers.re(r"^står barnets mening «(?P<mening>.+)» i referatet fra møtet$"))
def _(world: World, moter: Meetings, mening: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert record(world, moter).meeting.child_voice == mening


@then(
    parsers.re(
        r"^(?:står det i referatet|i referatet står det)"
        r" hvorfor barnet ikke kunne si sin mening: «(?P<grunn>.+)»$"
    )
)
def _(world: World, moter: Meetings, grunn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert record(world, moter).meeting.child_voice_missing_reason == grunn


@then(
    parsers.re(
        r"^(?:skal barnets mening|barnets mening skal)"
        r" (?P<vekt>høres|høres og tillegges stor vekt)$"
    )
)
def _(world: World, moter: Meetings, vekt: str) -> None:
    seen = record(world, moter)
    assert seen.voice_required
    assert seen.voice_has_great_weight is (vekt != "høres")


@then(parsers.re(r"^(?:er det|det er) ikke krav om at barnets mening føres$"))
def _(world: World, moter: Meetings) -> None:
    assert not record(world, moter).voice_required


# ---------------------------------------------------------------------------------------------
# Så: the calendar file
# ---------------------------------------------------------------------------------------------


def calendar_text(moter: Meetings) -> str:
    """The calendar file unfolded, with escapes undone: what a calendar would show."""
    unfolded = moter.calendar.replace("\r\n ", "")
    return re.sub(r"\\([\\;,])", r"\1", unfolded).replace("\\n", "\n")


def calendar_event(moter: Meetings) -> icalendar.Event:
    """The calendar file's one event, read as a calendar reads it."""
    [event] = icalendar.Calendar.from_ical(moter.calendar).walk("VEVENT")
    return event


def calendar_field(moter: Meetings, name: str) -> str:
    event = calendar_event(moter)
    if name not in event:
        raise AssertionError(f"kalenderfilen mangler {name}")
    return str(event[name])


@then("har kalenderfilen møtets tid og sted")
def _(world: World, moter: Meetings) -> None:
    meeting = record(world, moter).meeting
    assert calendar_event(moter).decoded("DTSTART") == meeting.starts_at
    assert calendar_field(moter, "LOCATION") == meeting.place


@then("kalenderfilen har en lenke til møtet i plattformen")
def _(moter: Meetings) -> None:
    assert calendar_field(moter, "DESCRIPTION") == LINK


@then(parsers.re(r"^(?:har kalenderfilen|kalenderfilen har) overskriften «(?P<tittel>.+)»$"))
def _(moter: Meetings, tittel: str) -> None:
    assert calendar_field(moter, "SUMMARY") == tittel


@then(parsers.re(r"^verken (?P<hvem>.+) er nevnt i kalenderfilen$"))
def _(world: World, moter: Meetings, hvem: str) -> None:
    text = calendar_text(moter).lower()
    for name in names(hvem):
        assert not re.search(rf"\b{name.lower()}\b", text), f"{name} står i kalenderfilen"
        if name in world.children:
            family_name = world.subject(name).family_name.lower()
            assert not re.search(rf"\b{family_name}\b", text), f"{name} står i kalenderfilen"


@then("verken bekymringen eller agendaen står i kalenderfilen")
def _(world: World, moter: Meetings) -> None:
    text = calendar_text(moter)
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        meeting = session.get(Meeting, moter.meeting_id)
    for secret in (case.concern, *meeting.agenda.split("\n")):
        assert secret not in text, f"«{secret}» står i kalenderfilen"
