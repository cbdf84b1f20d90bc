"""Meetings beyond the scenarios: the calendar file's format and privacy, who may be invited,
nothing half-written on a refusal, an audit event for every call, deadlines and events."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlmodel import func, select

from bti import hookimpl
from bti.defaults.levels import LEVELS
from bti.errors import InvalidInput, NotFound, Refused
from bti.guide import DeadlineRule, MeetingKindDef
from bti.models import AuditEvent, Case, Deadline, Meeting, MeetingInvitee, MinutesPart
from bti.services import cases, meetings
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database

OSLO = ZoneInfo("Europe/Oslo")
LINK = "https://bti.example.no/eksempel/saker/AbCdEf/moter/1"
CONCERN = "Virker lei seg og trekker seg unna de andre."
AGENDA = "Hva vi har sett\nBarnets stemme\nVeien videre"


class TeamOnlyKind:
    """A kind of meeting the guardians are not invited to."""

    @hookimpl
    def bti_register_meeting_kinds(self, profile):
        return [MeetingKindDef("teammote", "Teammøte", invites_guardians=False)]


class FollowUpAfterMeeting:
    """Level 0 says: a follow-up meeting within 28 days of a meeting, met by the next one."""

    @hookimpl
    def bti_levels(self, profile):
        rule = DeadlineRule("oppfolging", "Oppfølgingsmøte", "meeting_held", 28, "meeting_held")
        first, *rest = LEVELS
        return [replace(first, deadlines=(*first.deadlines, rule)), *rest]


class HeardMeetings:
    def __init__(self):
        self.held: list[int] = []

    @hookimpl
    def bti_on_meeting_held(self, case, meeting, session):
        self.held.append(meeting.id)


def _world(make_world, database_url, plugins=()) -> World:
    world = make_world(database_url=database_url, plugins=plugins)
    world.employee("Kari", "Nordby skole")
    world.employee("Mari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.guardian("Lise", "Ola")
    world.child("Siri", birth_date=birth_date_for(10))
    world.guardian("Anne", "Siri")
    world.open_case("Kari", "Ola", concern=CONCERN)
    world.bring_in("Mari", "Nordby skole")
    return world


@pytest.fixture
def world(make_world, database_url) -> World:
    return _world(make_world, database_url)


def _at(days: int, hour: int) -> datetime:
    """``days`` from today at ``hour`` o'clock, Oslo time."""
    day = datetime.now(OSLO).date() + timedelta(days=days)
    return datetime.combine(day, time(hour), OSLO)


def _plan(world: World, **overrides) -> Meeting:
    fields = {
        "case_id": world.case_id,
        "kind": "samarbeidsmote",
        "starts_at": _at(2, 14),
        "ends_at": _at(2, 15),
        "place": "Møterom 2, Nordby skole",
        "agenda": AGENDA,
        "staff_ids": [world.staff["Mari"]],
        "guardian_ids": [world.guardians["Per"], world.guardians["Lise"]],
        "invite_subject": True,
    }
    return world.act(overrides.pop("by", "Kari"), meetings.plan, **{**fields, **overrides})


def _invitees(world: World, meeting_id: int) -> list[MeetingInvitee]:
    with world.scoped() as session:
        return list(
            session.exec(select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting_id))
        )


def _hold(world: World, meeting: Meeting, **overrides):
    rows = _invitees(world, meeting.id)
    fields = {
        "meeting_id": meeting.id,
        "attended": {row.id: True for row in rows},
        "guardians_present": True,
        "child_present": True,
        "child_voice": "Jeg vil ha noen å leke med.",
        "minutes": [(line, "Gjennomgått.") for line in meeting.agenda.split("\n")],
        "now": meeting.starts_at + timedelta(hours=2),
    }
    return world.act(overrides.pop("by", "Kari"), meetings.record_held, **{**fields, **overrides})


def _counts(world: World) -> tuple[int, int, int]:
    with world.scoped() as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (Meeting, MeetingInvitee, MinutesPart)
        )


def _actions(world: World) -> list[tuple[str, str]]:
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    return [(event.action, str(event.outcome)) for event in events]


# ---------------------------------------------------------------------------------------------
# The calendar file
# ---------------------------------------------------------------------------------------------


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").removesuffix("\r\n").split("\r\n")


def _event(text: str) -> icalendar.Event:
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return event


def test_the_calendar_file_is_rfc5545_with_crlf_folding_and_oslo_time(world):
    long_place = (
        "Møterom «Blåbærlyngen» i andre etasje, Nordby skole, "
        "inngang fra skolegården ved sykkelstativet"
    )
    meeting = _plan(world, place=long_place)
    text = world.act_ok("Kari", meetings.ics, meeting_id=meeting.id, url=LINK + "?" + "x" * 80)

    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", ""), "every line ends with CRLF"
    physical = text.removesuffix("\r\n").split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert any(line.startswith(" ") for line in physical), "long lines are folded"
    for line in physical:
        line.encode("utf-8").decode("utf-8")  # no UTF-8 character split by a fold

    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 1 and "VERSION:2.0" in lines
    assert "METHOD:PUBLISH" in lines
    calendar = icalendar.Calendar.from_ical(text)
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Oslo"
    event = _event(text)
    assert "DTSTART;TZID=Europe/Oslo:" + _at(2, 14).strftime("%Y%m%dT%H%M%S") in lines
    assert event.decoded("DTSTART") == _at(2, 14)
    assert event.decoded("DTEND") == _at(2, 15)
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert str(event["UID"]).endswith("@bti-plattform")
    assert str(event["LOCATION"]) == long_place
    assert str(event["SUMMARY"]) == "Cooperation meeting"  # the kind's label, nothing more
    assert str(event["DESCRIPTION"]) == LINK + "?" + "x" * 80
    assert str(event["CLASS"]) == "CONFIDENTIAL"


def test_the_calendar_file_names_nobody_and_tells_nothing_of_the_case(world):
    meeting = _plan(world)
    text = world.act_ok("Mari", meetings.ics, meeting_id=meeting.id, url=LINK)
    plain = "\n".join(_unfold(text)).lower()
    for secret in ("Ola", "Testesen", "Per", "Lise", "Kari", "Mari"):
        assert not re.search(rf"\b{secret.lower()}\b", plain), secret
    for secret in (CONCERN, *AGENDA.split("\n")):
        assert secret.lower() not in plain
    assert not {"ORGANIZER", "ATTENDEE"} & set(_event(text))


def test_the_calendar_uid_is_stable_and_an_end_is_supplied(world):
    meeting = _plan(world, ends_at=None)
    first = _event(world.act_ok("Kari", meetings.ics, meeting_id=meeting.id, url=LINK))
    again = _event(world.act_ok("Kari", meetings.ics, meeting_id=meeting.id, url=LINK))
    assert first["UID"] == again["UID"]
    assert first.decoded("DTEND") - first.decoded("DTSTART") == meetings.DEFAULT_LENGTH


# ---------------------------------------------------------------------------------------------
# Planning
# ---------------------------------------------------------------------------------------------


def test_a_naive_time_is_read_as_local_time(world):
    naive = _at(3, 9).replace(tzinfo=None)
    meeting = _plan(world, starts_at=naive, ends_at=None)
    assert meeting.starts_at == _at(3, 9).astimezone(UTC)


def test_an_end_before_the_start_is_refused_and_nothing_is_written(world):
    before = _counts(world)
    for ends_at in (_at(2, 13), _at(2, 14)):
        assert _plan(world, ends_at=ends_at) is None
        world.invalid_field("ends_at")
    assert _counts(world) == before


def test_a_meeting_in_the_past_is_refused(world):
    assert _plan(world, starts_at=datetime.now(UTC) - timedelta(minutes=1), ends_at=None) is None
    world.invalid_field("starts_at")


def test_an_invitee_who_does_not_take_part_in_the_case_is_refused(world):
    before = _counts(world)
    assert _plan(world, staff_ids=[world.staff["Mari"], world.staff["Truls"]]) is None
    world.refused_because("invitee_not_participant")
    assert _counts(world) == before
    assert ("case.refused", "denied") in _actions(world)


def test_only_the_childs_own_guardians_can_be_invited(world):
    before = _counts(world)
    assert _plan(world, guardian_ids=[world.guardians["Anne"]]) is None
    world.invalid_field("guardian_ids")
    assert _counts(world) == before


def test_guardians_are_not_invited_after_a_report_but_staff_can_meet(world):
    world.act_ok("Kari", cases.report_to_barnevern, case_id=world.case_id, recipient="Barnevernet")
    assert _plan(world) is None
    world.refused_because("guardians_excluded")
    meeting = _plan(world, guardian_ids=[], invite_subject=False)
    assert meeting is not None
    assert all(row.guardian_id is None for row in _invitees(world, meeting.id))


def test_an_unknown_kind_is_refused(world):
    assert _plan(world, kind="husmote") is None
    world.invalid_field("kind")


def test_a_closed_case_gets_no_new_meetings(world):
    world.act_ok(
        "Kari", cases.decide, case_id=world.case_id, outcome="close", rationale="Ingen bekymring."
    )
    assert _plan(world) is None
    world.refused_because("case_closed")


def test_the_organiser_is_invited_once_and_duplicates_are_dropped(world):
    meeting = _plan(
        world,
        staff_ids=[world.staff["Kari"], world.staff["Mari"], world.staff["Mari"]],
        guardian_ids=[world.guardians["Per"], world.guardians["Per"]],
    )
    rows = _invitees(world, meeting.id)
    assert sorted(r.user_id for r in rows if r.user_id) == sorted(
        [world.staff["Kari"], world.staff["Mari"]]
    )
    assert [r.guardian_id for r in rows if r.guardian_id] == [world.guardians["Per"]]
    assert [r.is_subject for r in rows].count(True) == 1


def test_guardians_are_not_invited_to_a_kind_without_them(make_world, database_url):
    world = _world(make_world, database_url, plugins=[TeamOnlyKind()])
    assert _plan(world, kind="teammote") is None
    world.invalid_field("guardian_ids")
    assert _plan(world, kind="teammote", guardian_ids=[]) is not None


# ---------------------------------------------------------------------------------------------
# Registering a meeting as held
# ---------------------------------------------------------------------------------------------


def test_a_held_meeting_keeps_attendance_voice_and_minutes_in_order(world):
    meeting = _plan(world)
    rows = _invitees(world, meeting.id)
    per = next(r for r in rows if r.guardian_id == world.guardians["Per"])
    attended = {r.id: r.id != per.id for r in rows}
    _hold(world, meeting, attended=attended)
    assert world.error is None, world.error
    seen = world.act_ok("Mari", meetings.read, meeting_id=meeting.id)
    assert seen.meeting.held_at is not None
    assert seen.meeting.guardians_present and seen.meeting.child_present
    assert {r.id: r.attended for r in seen.invitees} == attended
    assert [(p.position, p.heading) for p in seen.minutes] == list(
        enumerate(AGENDA.split("\n"), start=1)
    )
    assert seen.voice_required and not seen.voice_has_great_weight


def test_refusals_when_held_leave_nothing_half_written(world):
    meeting = _plan(world)
    before = _counts(world)
    rows = _invitees(world, meeting.id)
    guardian = next(r for r in rows if r.guardian_id)
    attempts = [
        ({"child_voice": ""}, "child_voice"),
        ({"attended": {rows[0].id: True}}, "attended"),
        ({"guardians_present": False, "attended": {r.id: r.id == guardian.id for r in rows}},
         "guardians_present"),
        ({"guardians_present": None}, "guardians_present"),
        ({"minutes": []}, "minutes"),
        ({"minutes": [("  ", "tekst")]}, "minutes"),
    ]  # fmt: skip
    for overrides, field in attempts:
        _hold(world, meeting, **overrides)
        world.invalid_field(field)
    assert _counts(world) == before
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None
    assert all(r.attended is None for r in _invitees(world, meeting.id))


def test_a_reason_stands_in_for_the_childs_voice(world):
    meeting = _plan(world)
    _hold(world, meeting, child_voice="", child_voice_missing_reason="Ola var syk.")
    assert world.error is None
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).child_voice_missing_reason == "Ola var syk."


def test_a_meeting_is_held_once_and_not_before_it_starts(world):
    meeting = _plan(world)
    _hold(world, meeting, now=meeting.starts_at - timedelta(minutes=5))
    world.refused_because("meeting_not_started")
    _hold(world, meeting)
    assert world.error is None
    _hold(world, meeting)
    world.refused_because("meeting_already_held")


def test_a_held_meeting_meets_and_starts_deadlines_and_tells_the_plugins(make_world, database_url):
    heard = HeardMeetings()
    world = _world(make_world, database_url, plugins=[FollowUpAfterMeeting(), heard])
    first = _plan(world)
    _hold(world, first)
    with world.scoped() as session:
        (deadline,) = session.exec(select(Deadline).where(Deadline.code == "oppfolging")).all()
    assert deadline.met_at is None and deadline.owner_id == world.staff["Kari"]
    second = _plan(world, starts_at=_at(5, 10), ends_at=None)
    _hold(world, second)
    with world.scoped() as session:
        deadlines = session.exec(
            select(Deadline).where(Deadline.code == "oppfolging").order_by(Deadline.id)
        ).all()
    # The second meeting met the first deadline and started the next one.
    assert [d.met_at is not None for d in deadlines] == [True, False]
    assert heard.held == [first.id, second.id]


def test_guardian_participation_counts_cases_not_meetings(world):
    with world.scoped() as session:
        assert meetings.guardian_participation(session) is None
    first = _plan(world)
    _hold(world, first, guardians_present=True)
    second = _plan(world, starts_at=_at(4, 10), ends_at=None, guardian_ids=[])
    rows = _invitees(world, second.id)
    _hold(world, second, attended={r.id: True for r in rows}, guardians_present=False)
    with world.scoped() as session:
        assert meetings.guardian_participation(session) == 1.0
        assert meetings.guardian_participation(session, kind="overgangsmote") is None


# ---------------------------------------------------------------------------------------------
# Access and audit
# ---------------------------------------------------------------------------------------------


def test_every_call_is_audited_with_its_action(world):
    meeting = _plan(world)
    _hold(world, meeting)
    world.act_ok("Kari", meetings.ics, meeting_id=meeting.id, url=LINK)
    world.act_ok("Kari", meetings.read, meeting_id=meeting.id)
    actions = _actions(world)
    for expected in (
        ("meeting.plan", "allowed"),
        ("meeting.planned", "allowed"),
        ("meeting.record", "allowed"),
        ("meeting.held", "allowed"),
        ("meeting.ics", "allowed"),
        ("meeting.read", "allowed"),
    ):
        assert expected in actions, expected
    with world.scoped() as session:
        refs = session.exec(
            select(AuditEvent.case_ref).where(AuditEvent.action.like("meeting.%"))
        ).all()
    assert set(refs) == {world.case_id}


def test_someone_outside_the_case_finds_no_meeting_and_is_audited(world):
    meeting = _plan(world)
    for service, extra in (
        (meetings.ics, {"url": LINK}),
        (meetings.read, {}),
        (meetings.record_held, {"attended": {}, "guardians_present": True,
                                "child_present": True, "minutes": [("A", "")]}),
    ):  # fmt: skip
        world.act("Truls", service, meeting_id=meeting.id, **extra)
        assert isinstance(world.error, NotFound)
    world.act("Kari", meetings.read, meeting_id=987654)
    assert isinstance(world.error, NotFound)
    denied = [a for a in _actions(world) if a[1] == "denied"]
    assert denied == [
        ("meeting.ics", "denied"),
        ("meeting.read", "denied"),
        ("meeting.record", "denied"),
        ("meeting.read", "denied"),
    ]
    assert _plan(world, by="Truls") is None and isinstance(world.error, NotFound)


def test_errors_carry_a_message_for_the_user(world):
    _plan(world, place="")
    assert isinstance(world.error, InvalidInput) and str(world.error.message)
    _plan(world, staff_ids=[world.staff["Truls"]])
    assert isinstance(world.error, Refused) and str(world.error.message)
    with world.scoped() as session:
        assert session.get(Case, world.case_id) is not None
