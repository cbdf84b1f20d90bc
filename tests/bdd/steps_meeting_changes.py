"""Steps for changing and cancelling a meeting, and for the invitations that leave the
platform: each invitee's calendar invitation is read back from the outbox and parsed."""

from __future__ import annotations

import re

import icalendar
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.models import Meeting, Notification, NotificationKind, StaffUser
from bti.services import meetings
from tests.bdd.steps_meetings import WHEN, Meetings, local_moment, names, record_held
from tests.support.world import World

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"


def _saved(world: World, moter: Meetings) -> Meeting:
    with world.scoped() as session:
        return session.get(Meeting, moter.meeting_id)


def _calendars(world: World, name: str, kind: NotificationKind) -> list[str]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(Notification.calendar)
                .where(Notification.user_id == world.staff[name], Notification.kind == kind)
                .order_by(Notification.id)
            ).all()
        )


def _event(text: str) -> tuple[icalendar.Calendar, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def _invitation(world: World, name: str) -> str:
    [text] = _calendars(world, name, NotificationKind.MEETING_INVITED)
    return text


@given(parsers.re(rf"^at {NAME} har e-postadressen (?P<adresse>\S+@\S+)$"))
def _(world: World, navn: str, adresse: str) -> None:
    with world.transaction() as session:
        session.get(StaffUser, world.staff[navn]).email = adresse


@when(parsers.re(rf"^{NAME} flytter møtet til {WHEN}$"))
def _(world: World, moter: Meetings, navn: str, dag: str, tid: str) -> None:
    meeting = _saved(world, moter)
    world.act(
        navn,
        meetings.change,
        meeting_id=meeting.id,
        starts_at=local_moment(world, dag, tid),
        place=meeting.place,
        agenda=meeting.agenda,
    )


@when(parsers.re(rf"^{NAME} avlyser møtet fordi «(?P<grunn>.+)»$"))
def _(world: World, moter: Meetings, navn: str, grunn: str) -> None:
    world.act(navn, meetings.cancel, meeting_id=moter.meeting_id, reason=grunn)


@then(parsers.re(rf"^har {NAME} fått en kalenderinvitasjon til møtet$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    calendar, event = _event(_invitation(world, navn))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert event.decoded("DTSTART") == _saved(world, moter).starts_at


@then(parsers.re(rf"^er verken (?P<hvem>.+) nevnt i invitasjonen til {NAME}$"))
def _(world: World, hvem: str, navn: str) -> None:
    text = _invitation(world, navn).replace("\r\n ", "").lower()
    for name in names(hvem):
        assert not re.search(rf"\b{name.lower()}\b", text), f"{name} står i invitasjonen"


@then(parsers.re(rf"^verken stedet eller agendaen står i invitasjonen til {NAME}$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    text = _invitation(world, navn).replace("\r\n ", "")
    meeting = _saved(world, moter)
    for secret in (meeting.place, *meeting.agenda.split("\n")):
        assert secret not in text, f"«{secret}» står i invitasjonen"


@then(
    parsers.re(
        rf"^har {NAME} fått en oppdatering av den samme kalenderinvitasjonen, "
        r"med det nye tidspunktet$"
    )
)
def _(world: World, moter: Meetings, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    _, first = _event(_invitation(world, navn))
    [update] = _calendars(world, navn, NotificationKind.MEETING_CHANGED)
    calendar, event = _event(update)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert event["UID"] == first["UID"] and event["SEQUENCE"] > first["SEQUENCE"]
    assert event.decoded("DTSTART") == _saved(world, moter).starts_at != first.decoded("DTSTART")


@then(
    parsers.re(
        rf"^har {NAME} fått beskjed om at møtet er avlyst, i den samme kalenderinvitasjonen$"
    )
)
def _(world: World, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    _, first = _event(_invitation(world, navn))
    [cancel] = _calendars(world, navn, NotificationKind.MEETING_CANCELLED)
    calendar, event = _event(cancel)
    assert str(calendar["METHOD"]) == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert event["UID"] == first["UID"] and event["SEQUENCE"] > first["SEQUENCE"]


@then(parsers.re(r"^står grunnen til at møtet ble avlyst, ikke i beskjeden til (?P<navn>\w+)$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    reason = _saved(world, moter).cancel_reason
    assert reason, "ingen grunn er lagret i saken"
    [cancel] = _calendars(world, navn, NotificationKind.MEETING_CANCELLED)
    assert reason.lower() not in cancel.replace("\r\n ", "").lower()


@then(parsers.re(rf"^kan {NAME} ikke registrere møtet som holdt$"))
def _(world: World, moter: Meetings, navn: str) -> None:
    record_held(world, moter, navn)
    world.refused_because("meeting_cancelled")


@then("avvises det fordi bare den som inviterte, eller stafettholderen, kan endre møtet")
def _(world: World, moter: Meetings) -> None:
    world.refused_because("not_organiser")
    assert _saved(world, moter).cancelled_at is None
