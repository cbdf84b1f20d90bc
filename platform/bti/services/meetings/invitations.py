"""Telling the invitees: a calendar entry for the meeting, and a notification for each of
them in the outbox, in the transaction of the action that planned, changed or cancelled it.

What leaves the system names nobody (DESIGN.md «No names outside the system»; Bærum «Hvordan
melde inn saker»: «navn må ikke oppgis i epost»). The invitation sent to staff is an iTIP
``REQUEST`` (or ``CANCEL``) whose summary is the kind of meeting in the municipality's words
and whose description is a link and one sentence. It has no ``LOCATION``: the place is
typed by the organiser and may name the child's school or home, so it stays behind the link
with the agenda. Organiser and attendees are e-mail addresses without names.

Guardians with a citizen account (linked by fødselsnummer) get a notification without a
calendar entry: the staff's addresses in it are not theirs to see, and the citizens' pages
tell them the rest. While a report keeps the guardians out, nothing is queued for them
(:func:`bti.services.notifications.queue`).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from flask import current_app, has_app_context, has_request_context, request
from sqlmodel import Session, select

from bti import ical
from bti.i18n import gettext as _
from bti.models import (
    Case,
    Citizen,
    Guardian,
    Meeting,
    MeetingInvitee,
    NotificationKind,
    StaffUser,
)
from bti.plugins import Municipality
from bti.services import notifications

#: How long a meeting lasts in the calendar when no end time is given.
DEFAULT_LENGTH = timedelta(hours=1)
#: Where the link points when no request tells the platform's address (a command, a test).
FALLBACK_BASE = "http://localhost/"


def uid(municipality: Municipality, meeting_id: int) -> str:
    """The meeting's calendar UID for its whole life: opaque, no case id, no name."""
    opaque = uuid.uuid5(uuid.NAMESPACE_URL, f"bti:{municipality.slug}:meeting:{meeting_id}")
    return f"{opaque}@bti-plattform"


def link(municipality: Municipality, case_id: str, meeting_id: int) -> str:
    """The meeting on the case page, as an absolute link: the deployment's public address
    (``[mail] base_url``, the one the e-mails' links start with), else the request's, else
    localhost."""
    settings = current_app.extensions.get("bti_settings") if has_app_context() else None
    if settings is not None and settings.mail.base_url:
        base = settings.mail.base_url
    elif has_request_context():
        base = request.host_url + request.script_root.lstrip("/")
    else:
        base = FALLBACK_BASE
    return f"{base.rstrip('/')}/{municipality.slug}/sak/{case_id}#meeting-{meeting_id}"


def entry(
    session: Session,
    *,
    municipality: Municipality,
    meeting: Meeting,
    url: str,
    summary: str | None = None,
    description: str | None = None,
    location: str = "",
    invitees: bool = True,
) -> ical.Entry:
    """The meeting as a calendar entry; with ``invitees``, its organiser and the staff
    invited who have an e-mail address."""
    organiser, attendees = _addresses(session, meeting) if invitees else (None, ())
    return ical.Entry(
        uid=uid(municipality, meeting.id),
        sequence=meeting.sequence,
        start=meeting.starts_at,
        end=meeting.ends_at or meeting.starts_at + DEFAULT_LENGTH,
        summary=summary if summary is not None else str(_summary(municipality, meeting)),
        description=description if description is not None else _description(url),
        url=url,
        timezone=municipality.profile.timezone,
        location=location,
        organiser=organiser,
        attendees=attendees,
    )


def tell(
    session: Session,
    *,
    municipality: Municipality,
    case: Case,
    meeting: Meeting,
    kind: NotificationKind,
    by_user_id: int,
    now: datetime,
) -> int:
    """Queue ``kind`` for everyone invited but the one who acted (``by_user_id``): staff
    with the calendar entry (a ``CANCEL`` for a cancellation, else a ``REQUEST``),
    guardians with a citizen account without it. How many were queued."""
    method = (
        ical.Method.CANCEL if kind == NotificationKind.MEETING_CANCELLED else ical.Method.REQUEST
    )
    url = link(municipality, case.id, meeting.id)
    text = ical.calendar(
        entry(session, municipality=municipality, meeting=meeting, url=url),
        method=method,
        stamp=now,
    )
    rows = session.exec(select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting.id))
    staff, guardian_ids = [], []
    for row in rows:
        if row.user_id and row.user_id != by_user_id:
            staff.append(row.user_id)
        elif row.guardian_id:
            guardian_ids.append(row.guardian_id)
    queued = 0
    for user_id in staff:
        queued += _queued(session, kind, case, meeting, user_id=user_id, calendar=text)
    for citizen_id in _citizens(session, guardian_ids):
        queued += _queued(session, kind, case, meeting, citizen_id=citizen_id)
    return queued


def _queued(session: Session, kind, case: Case, meeting: Meeting, **to) -> int:
    row = notifications.queue(session, kind=kind, case=case, meeting_id=meeting.id, **to)
    return 0 if row is None else 1


def _summary(municipality: Municipality, meeting: Meeting):
    """The kind of meeting in the municipality's words: a kind names no one."""
    return _("%(kind)s (BTI-plattform)", kind=municipality.meeting_kind_label(meeting.kind))


def _description(url: str) -> str:
    return "\n\n".join((_("Place, agenda and who is invited are in BTI-plattform:"), url))


def _addresses(session: Session, meeting: Meeting) -> tuple[str | None, tuple[str, ...]]:
    users = dict(
        session.exec(
            select(StaffUser.id, StaffUser.email)
            .join(MeetingInvitee, MeetingInvitee.user_id == StaffUser.id)
            .where(MeetingInvitee.meeting_id == meeting.id)
            .order_by(MeetingInvitee.id)
        ).all()
    )
    organiser = (
        users.get(meeting.organiser_id)
        or session.exec(select(StaffUser.email).where(StaffUser.id == meeting.organiser_id)).first()
    )
    attendees = tuple(email for user_id, email in users.items() if email)
    return organiser or None, attendees


def _citizens(session: Session, guardian_ids: list[int]) -> list[int]:
    """The citizen accounts of the guardians ``guardian_ids`` (by fødselsnummer)."""
    if not guardian_ids:
        return []
    return list(
        session.exec(
            select(Citizen.id)
            .join(Guardian, Guardian.fodselsnummer == Citizen.fodselsnummer)
            .where(Guardian.id.in_(guardian_ids), Citizen.active)
            .order_by(Citizen.id)
        ).all()
    )
