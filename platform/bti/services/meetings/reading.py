"""Reading meetings: what views and reports show, and the calendar file (RFC 5545)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock, ical
from bti.errors import NotFound
from bti.labels import minutes_heading
from bti.models import (
    Meeting,
    MeetingInvitee,
    MinutesPart,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.rules.deadlines import local_today
from bti.services import guardians
from bti.services.meetings import invitations
from bti.services.meetings.held import _age, _invitees, _meeting_and_case

# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinutesShown:
    """A part of the minutes as a page shows it: a heading the platform proposed is in the
    reader's language (:func:`bti.labels.minutes_heading`), the text as written. The pages'
    read models use it; :func:`read` keeps the stored rows."""

    meeting_id: int
    position: int
    heading: object
    text: str


def shown(parts: Iterable[MinutesPart]) -> tuple[MinutesShown, ...]:
    return tuple(
        MinutesShown(p.meeting_id, p.position, minutes_heading(p.heading), p.text) for p in parts
    )


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting as a view shows it, with how much the child's view weighs.

    ``voice_required`` and ``voice_has_great_weight`` follow the child's age on the day of
    the meeting (from 7 the view is recorded, from 12 it carries great weight).
    """

    meeting: Meeting
    invitees: tuple[MeetingInvitee, ...]
    minutes: tuple[MinutesPart, ...]
    voice_required: bool
    voice_has_great_weight: bool


def read(
    session: Session, *, municipality: Municipality, by: Actor, meeting_id: int
) -> MeetingRecord:
    """The meeting, its invitees and minutes (audited as ``meeting.read``)."""
    meeting, case = _meeting_and_case(session, by=by, meeting_id=meeting_id, action="meeting.read")
    day = local_today(meeting.held_at or meeting.starts_at, municipality.profile.timezone)
    age = _age(session, case, day)
    minutes = session.exec(
        select(MinutesPart)
        .where(MinutesPart.meeting_id == meeting.id)
        .order_by(MinutesPart.position, MinutesPart.id)
    )
    return MeetingRecord(
        meeting=meeting,
        invitees=tuple(_invitees(session, meeting.id, case)),
        minutes=tuple(minutes),
        voice_required=voice_required(age),
        voice_has_great_weight=voice_carries_great_weight(age),
    )


def guardian_participation(session: Session, *, kind: str | None = None) -> float | None:
    """The share (0–1) of cases with a held meeting (of ``kind``, if given) where the
    guardians took part in at least one; ``None`` when no meeting has been held. A figure
    for reports: counts only, no personal data, so no audit event."""
    held = select(Meeting.case_id).where(Meeting.held_at.is_not(None))
    if kind is not None:
        held = held.where(Meeting.kind == kind)
    with_guardians = held.where(Meeting.guardians_present.is_(True))
    total = _distinct_cases(session, held)
    if not total:
        return None
    return _distinct_cases(session, with_guardians) / total


def _distinct_cases(session: Session, query) -> int:
    return session.exec(select(sa.func.count(sa.distinct(query.subquery().c.case_id)))).one()


# ---------------------------------------------------------------------------------------------
# The calendar file (RFC 5545)
# ---------------------------------------------------------------------------------------------


def ics(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    meeting_id: int,
    url: str,
    now: datetime | None = None,
) -> str:
    """An iCalendar file (``METHOD:PUBLISH``) with one VEVENT for the invitee's calendar,
    with the same UID as the invitations sent (:mod:`.invitations`).

    It carries the time (Europe/Oslo, with its VTIMEZONE), the place, the kind of meeting
    and ``url`` — the link to the meeting in the platform — and nothing else: no names of
    the child or guardians, no concern, no agenda. Calendars are shared, synchronised and
    read by assistants; the invitee finds the rest behind the link (Bærum: «navn må ikke
    oppgis i epost»).
    """
    meeting, case = _meeting_and_case(session, by=by, meeting_id=meeting_id, action="meeting.ics")
    if meeting.on_hold or meeting.cancelled_at is not None:
        raise NotFound("meeting")  # a meeting that waits, or will not be, has no time to keep
    if urlsplit(url).scheme not in ("http", "https") or any(c.isspace() for c in url):
        raise ValueError("url must be an absolute http(s) link without spaces")
    entry = invitations.entry(
        session,
        municipality=municipality,
        meeting=meeting,
        url=url,
        summary=str(municipality.meeting_kind_label(meeting.kind)),
        description=url,
        location=guardians.Hider(session, case)(meeting.place),
        invitees=False,
    )
    return ical.calendar(entry, method=ical.Method.PUBLISH, stamp=now or clock.now())
