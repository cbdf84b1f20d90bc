"""Invitations that leave the platform: a real iCalendar REQUEST to each staff invitee, an
update under the same UID with a higher SEQUENCE when the meeting changes, a CANCEL when it
is cancelled; a notification without a calendar for a guardian with a citizen account; and
who may change or cancel a meeting.

Runs once on SQLite and once on PostgreSQL (the ``world`` fixture follows ``database_url``).
"""

from __future__ import annotations

import re
from datetime import timedelta

import icalendar
import pytest
from sqlmodel import select

from bti.errors import InvalidInput, Refused
from bti.models import Case, Citizen, Guardian, Meeting, Notification, StaffUser
from bti.services import meetings
from tests.services.test_meetings import AGENDA, CONCERN, _at, _hold, _plan, _world
from tests.support.world import World

pytestmark = pytest.mark.database

EMAIL = {"Kari": "kari@nordby.example.no", "Mari": "mari@nordby.example.no"}
PER_FNR = "02817512345"  # synthetic (month + 80)
#: The child and the guardians. Staff are addressed by their own e-mail address, nothing more.
NAMES = ("Ola", "Testesen", "Per", "Lise")


@pytest.fixture
def world(make_world, database_url) -> World:
    world = _world(make_world, database_url)
    with world.transaction() as session:
        for name, email in EMAIL.items():
            session.get(StaffUser, world.staff[name]).email = email
        per = session.get(Guardian, world.guardians["Per"])
        per.fodselsnummer = PER_FNR
        session.add(Citizen(fodselsnummer=PER_FNR, display_name="Per", email="per@example.org"))
    return world


def sent(world: World, kind: str | None = None) -> list[Notification]:
    with world.scoped() as session:
        query = select(Notification).order_by(Notification.id)
        if kind:
            query = query.where(Notification.kind == kind)
        return list(session.exec(query))


def event_of(text: str) -> tuple[icalendar.Calendar, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def addresses(event: icalendar.Event, name: str) -> list[str]:
    value = event.get(name)
    values = value if isinstance(value, list) else [value] if value else []
    return [str(v).removeprefix("mailto:") for v in values]


def test_planning_sends_each_staff_invitee_a_calendar_request(world):
    meeting = _plan(world)
    [to_mari] = [n for n in sent(world, "meeting_invited") if n.user_id]
    assert to_mari.user_id == world.staff["Mari"]  # the organiser made it: nothing for Kari
    assert (to_mari.meeting_id, to_mari.status) == (meeting.id, "queued")

    calendar, event = event_of(to_mari.calendar)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(calendar["PRODID"]).startswith("-//BTI-plattform")
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Oslo"
    assert "DTSTART;TZID=Europe/Oslo:" in to_mari.calendar
    assert event.decoded("DTSTART") == _at(2, 14) and event.decoded("DTEND") == _at(2, 15)
    assert event["SEQUENCE"] == 0
    assert str(event["STATUS"]) == "CONFIRMED" and str(event["CLASS"]) == "CONFIDENTIAL"
    assert addresses(event, "ORGANIZER") == [EMAIL["Kari"]]
    assert sorted(addresses(event, "ATTENDEE")) == sorted(EMAIL.values())
    for attendee in event["ATTENDEE"]:
        assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
        assert "CN" not in attendee.params
    assert "LOCATION" not in event  # the place may identify the child: behind the link
    assert f"/sak/{world.case_id}#meeting-{meeting.id}" in str(event["URL"])
    assert str(event["URL"]) in str(event["DESCRIPTION"])


def test_an_invitation_names_nobody_and_tells_nothing_of_the_case(world):
    _plan(world, place="Hjemme hos Ola Testesen, Storgata 1")
    invitations = [n for n in sent(world) if n.calendar]
    assert invitations, "the staff invited got a calendar to scan"
    for notification in invitations:
        text = notification.calendar.replace("\r\n ", "").lower()
        for name in NAMES:
            assert not re.search(rf"\b{name.lower()}\b", text), name
        for secret in (CONCERN, *AGENDA.split("\n"), "storgata", PER_FNR):
            assert secret.lower() not in text


def test_a_guardian_with_a_citizen_account_is_told_without_a_calendar(world):
    _plan(world)
    [to_per] = [n for n in sent(world, "meeting_invited") if n.citizen_id]
    assert to_per.calendar == ""  # the staff's addresses are not theirs to see
    with world.scoped() as session:
        assert session.get(Citizen, to_per.citizen_id).fodselsnummer == PER_FNR


def test_a_change_is_sent_under_the_same_uid_with_a_higher_sequence(world):
    meeting = _plan(world)
    _, first = event_of(sent(world, "meeting_invited")[0].calendar)
    world.act_ok(
        "Kari",
        meetings.change,
        meeting_id=meeting.id,
        starts_at=_at(3, 9),
        ends_at=_at(3, 10),
        place="Møterom 3",
        agenda=AGENDA,
        version=meeting.version,
    )
    changed = [n for n in sent(world, "meeting_changed") if n.user_id]
    assert [n.user_id for n in changed] == [world.staff["Mari"]]
    calendar, event = event_of(changed[0].calendar)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert event["UID"] == first["UID"]
    assert event["SEQUENCE"] == 1 > first["SEQUENCE"]
    assert event.decoded("DTSTART") == _at(3, 9)
    with world.scoped() as session:
        saved = session.get(Meeting, meeting.id)
        assert (saved.place, saved.sequence, saved.starts_at) == ("Møterom 3", 1, _at(3, 9))


def test_a_cancellation_is_a_cancel_with_the_same_uid_and_a_higher_sequence(world):
    meeting = _plan(world)
    world.act_ok(
        "Kari",
        meetings.change,
        meeting_id=meeting.id,
        starts_at=_at(4, 9),
        place="Møterom 3",
        agenda=AGENDA,
    )
    world.act_ok("Kari", meetings.cancel, meeting_id=meeting.id, reason="Ola er syk")
    _, invited = event_of(sent(world, "meeting_invited")[0].calendar)
    [to_mari] = [n for n in sent(world, "meeting_cancelled") if n.user_id]
    calendar, event = event_of(to_mari.calendar)
    assert str(calendar["METHOD"]) == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert event["UID"] == invited["UID"] and event["SEQUENCE"] == 2
    assert "syk" not in to_mari.calendar.lower()  # the reason stays in the platform
    assert [n.citizen_id is not None for n in sent(world, "meeting_cancelled")].count(True) == 1
    with world.scoped() as session:
        saved = session.get(Meeting, meeting.id)
        assert saved.cancelled_at is not None and saved.cancel_reason == "Ola er syk"
    assert not meetings.may_change(world.actor("Kari"), world.case(), saved)


def test_only_the_organiser_or_the_stafettholder_may_change_or_cancel(world):
    meeting = _plan(world)
    world.act("Mari", meetings.cancel, meeting_id=meeting.id)
    assert isinstance(world.error, Refused) and world.error.reason == "not_organiser"
    with world.transaction() as session:
        session.get(Case, world.case_id).stafettholder_id = world.staff["Mari"]
    world.act_ok("Mari", meetings.cancel, meeting_id=meeting.id)
    kari = [n for n in sent(world, "meeting_cancelled") if n.user_id]
    assert [n.user_id for n in kari] == [world.staff["Kari"]]  # the organiser is told


def test_a_held_or_cancelled_meeting_cannot_be_changed_cancelled_or_held(world):
    meeting = _plan(world, starts_at=_at(0, 23) + timedelta(minutes=59))
    world.act_ok("Kari", meetings.cancel, meeting_id=meeting.id)
    world.act("Kari", meetings.cancel, meeting_id=meeting.id)
    assert world.error.reason == "meeting_cancelled"
    _hold(world, meeting)
    assert world.error.reason == "meeting_cancelled"

    other = _plan(world, starts_at=_at(1, 9), ends_at=_at(1, 10))
    _hold(world, other, now=_at(1, 11))
    assert world.error is None
    world.act(
        "Kari", meetings.change, meeting_id=other.id, starts_at=_at(5, 9), place="X", agenda="Y"
    )
    assert world.error.reason == "meeting_already_held"
    assert "held" in str(world.error.message)


def test_a_change_is_checked_like_an_invitation_and_keeps_nothing_half_written(world):
    meeting = _plan(world)
    base = {"meeting_id": meeting.id, "place": "Møterom 2", "agenda": AGENDA}
    world.act("Kari", meetings.change, starts_at=_at(-1, 9), **base)
    assert isinstance(world.error, InvalidInput) and world.error.field == "starts_at"
    world.act("Kari", meetings.change, starts_at=_at(3, 9), **{**base, "place": " "})
    assert world.error.field == "place"
    same = {"starts_at": _at(2, 14), "ends_at": _at(2, 15), "place": "Møterom 2, Nordby skole"}
    world.act("Kari", meetings.change, **{**base, **same})
    assert world.error.field == "starts_at"  # nothing changed: nothing to send
    assert sent(world, "meeting_changed") == []
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).sequence == 0


def test_changing_and_cancelling_are_audited(world):
    meeting = _plan(world)
    world.act_ok(
        "Kari",
        meetings.change,
        meeting_id=meeting.id,
        starts_at=_at(3, 9),
        place="Rom 1",
        agenda=AGENDA,
    )
    world.act_ok("Kari", meetings.cancel, meeting_id=meeting.id)
    with world.scoped() as session:
        from bti.models import AuditEvent

        actions = session.exec(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert "meeting.changed" in actions and "meeting.cancelled" in actions
