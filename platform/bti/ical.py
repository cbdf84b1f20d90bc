"""iCalendar (RFC 5545) for meetings, with the scheduling methods of iTIP (RFC 5546), built
with the ``icalendar`` library: it escapes, folds and writes the VTIMEZONE for us.

One builder, three uses:

* ``PUBLISH`` — the calendar file a staff user downloads from the case page.
* ``REQUEST`` — the invitation (and every later change) sent to the invitees: the same UID
  for the meeting's whole life, a ``SEQUENCE`` that rises with each change, the organiser
  and the attendees by e-mail address only (no ``CN`` names), ``RSVP=TRUE``.
* ``CANCEL`` — the cancellation, same UID, a higher ``SEQUENCE``, ``STATUS:CANCELLED``.

Times are written in the municipality's zone (Europe/Oslo) with its VTIMEZONE, so a calendar
shows 14:00 on both sides of a change to summer time. Every event is ``CLASS:CONFIDENTIAL``.
What goes into the summary, the description and the location is the caller's choice: the
callers in :mod:`bti.services.meetings` put in no names and no concern.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import Event, vCalAddress

PRODID = "-//BTI-plattform//Moter//NO"
#: The VTIMEZONE covers this long on either side of the meeting (not 1970–2038).
ZONE_SPAN = timedelta(days=400)


class Method(StrEnum):
    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


@dataclass(frozen=True)
class Entry:
    """One meeting as a calendar entry. ``organiser`` and ``attendees`` are e-mail
    addresses; ``location`` is left out when empty."""

    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    description: str
    url: str
    timezone: str = "Europe/Oslo"
    location: str = ""
    organiser: str | None = None
    attendees: tuple[str, ...] = ()


def calendar(entry: Entry, *, method: Method, stamp: datetime) -> str:
    """A VCALENDAR with one confidential VEVENT and the VTIMEZONE it uses; CRLF line
    endings, folded lines. The library is imported here, on the first calendar: it costs
    more at start-up than the rest of the meetings' code (``tests/perf/test_startup.py``)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method.value)
    cal.add_component(_event(entry, method=method, stamp=stamp))
    day = entry.start.date()
    cal.add_missing_timezones(first_date=day - ZONE_SPAN, last_date=day + ZONE_SPAN)
    return cal.to_ical().decode("utf-8")


def _event(entry: Entry, *, method: Method, stamp: datetime) -> Event:
    from icalendar import Event

    zone = ZoneInfo(entry.timezone)
    event = Event()
    event.add("uid", entry.uid)
    event.add("sequence", entry.sequence)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", entry.start.astimezone(zone))
    event.add("dtend", entry.end.astimezone(zone))
    event.add("summary", entry.summary)
    event.add("description", entry.description)
    event.add("url", entry.url)
    if entry.location:
        event.add("location", entry.location)
    event.add("class", "CONFIDENTIAL")
    event.add("status", "CANCELLED" if method is Method.CANCEL else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if entry.organiser:
        event.add("organizer", _address(entry.organiser))
    for address in entry.attendees:
        event.add("attendee", _attendee(address, cancelled=method is Method.CANCEL))
    return event


def _address(email: str) -> vCalAddress:
    from icalendar import vCalAddress

    return vCalAddress(f"mailto:{email}")


def _attendee(email: str, *, cancelled: bool) -> vCalAddress:
    attendee = _address(email)
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    if not cancelled:
        attendee.params["RSVP"] = "TRUE"
    return attendee
