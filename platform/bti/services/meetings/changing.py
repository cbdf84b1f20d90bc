"""Changing and cancelling a planned meeting, and telling those invited.

Only the organiser or the case's stafettholder may do either (the stafettholder leads the
work on the case: Tromsø «Stafettholder - Sampro»; the organiser sent the invitation: Vestby
«Den som kaller inn til møtet er ansvarlig for å sende ut invitasjon»). A meeting that is
held, or already cancelled, stays as it is. Each change raises the calendar ``SEQUENCE`` and
sends everyone invited an update under the same UID; a cancellation sends a ``CANCEL``. The
reason for a cancellation stays in the platform: the notification and the calendar say
nothing but that the meeting is cancelled.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Case, Meeting, NotificationKind
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import versions
from bti.services.guards import require_open
from bti.services.meetings import invitations
from bti.services.meetings.held import ON_HOLD, _meeting_and_case
from bti.services.meetings.planning import _audit, _refused, details

#: Who may change or cancel a meeting, in words.
NOT_YOURS = _l("Only the one who invited to the meeting, or the stafettholder, can change it.")
ALREADY_HELD = _l("The meeting is registered as held: it can no longer be changed or cancelled.")
ALREADY_CANCELLED = _l("The meeting is cancelled.")
NOTHING_CHANGED = _l("Nothing is changed: change the time, the place or the agenda.")
#: Length limit of the reason for a cancellation.
REASON_MAX = 1000


def change(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    meeting_id: int,
    starts_at: datetime | None,
    ends_at: datetime | None = None,
    place: str,
    agenda: str,
    version: int | None = None,
    now: datetime | None = None,
) -> Meeting:
    """Move the meeting, or change its place or agenda (checked as when it was planned),
    and send everyone invited the updated invitation. ``version`` is the meeting's as the
    form showed it (:mod:`bti.services.versions`)."""
    now = now or clock.now()
    meeting, case = _changeable(session, by=by, meeting_id=meeting_id, action="meeting.change")
    if meeting.on_hold:
        raise _refused(session, by, case, "meeting_on_hold", ON_HOLD)
    new = details(municipality, starts_at, ends_at, place, agenda, now)
    if new == (meeting.starts_at, meeting.ends_at, meeting.place, meeting.agenda):
        raise InvalidInput("starts_at", NOTHING_CHANGED)
    versions.claim(session, meeting, seen=version, by=by, case_id=case.id)
    meeting.starts_at, meeting.ends_at, meeting.place, meeting.agenda = new
    _send(session, municipality, by, case, meeting, NotificationKind.MEETING_CHANGED, now)
    _audit(session, by, case, "meeting.changed", meeting)
    return meeting


def cancel(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    meeting_id: int,
    reason: str = "",
    version: int | None = None,
    now: datetime | None = None,
) -> Meeting:
    """Cancel the meeting and tell everyone invited; ``reason`` (optional) is kept on the
    case page only."""
    now = now or clock.now()
    meeting, case = _changeable(session, by=by, meeting_id=meeting_id, action="meeting.cancel")
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise InvalidInput("reason", _l("Use at most %(max)s characters.", max=REASON_MAX))
    versions.claim(session, meeting, seen=version, by=by, case_id=case.id)
    meeting.cancelled_at = now
    meeting.cancel_reason = reason
    _send(session, municipality, by, case, meeting, NotificationKind.MEETING_CANCELLED, now)
    _audit(session, by, case, "meeting.cancelled", meeting)
    return meeting


def may_change(by: Actor, case: Case, meeting: Meeting) -> bool:
    """Whether ``by`` may change or cancel the meeting: the organiser or the stafettholder,
    while it is neither held nor cancelled."""
    if meeting.held_at is not None or meeting.cancelled_at is not None:
        return False
    return by.user_id in (meeting.organiser_id, case.stafettholder_id)


def _changeable(
    session: Session, *, by: Actor, meeting_id: int, action: str
) -> tuple[Meeting, Case]:
    meeting, case = _meeting_and_case(session, by=by, meeting_id=meeting_id, action=action)
    require_open(session, by=by, case=case)
    if meeting.held_at is not None:
        raise _refused(session, by, case, "meeting_already_held", ALREADY_HELD)
    if meeting.cancelled_at is not None:
        raise _refused(session, by, case, "meeting_cancelled", ALREADY_CANCELLED)
    if not may_change(by, case, meeting):
        raise _refused(session, by, case, "not_organiser", NOT_YOURS)
    return meeting, case


def _send(session, municipality, by: Actor, case: Case, meeting: Meeting, kind, now) -> None:
    """The next version of the invitation (a higher ``SEQUENCE``) to everyone invited."""
    meeting.sequence += 1
    session.add(meeting)
    session.flush()
    invitations.tell(
        session,
        municipality=municipality,
        case=case,
        meeting=meeting,
        kind=kind,
        by_user_id=by.user_id,
        now=now,
    )
