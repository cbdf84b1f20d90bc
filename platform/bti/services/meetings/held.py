"""After the meeting: attendance, the child's voice, minutes per agenda part, and the
coordinator question."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    EntryKind,
    Meeting,
    MeetingInvitee,
    MinutesPart,
    StafettloggEntry,
    Subject,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.child import age_on
from bti.rules.deadlines import local_today
from bti.services import deadlines, guardians, versions
from bti.services.access import get_case
from bti.services.meetings.child import child_part
from bti.services.meetings.planning import HEADING_MAX, _audit, _refused, _text

# ---------------------------------------------------------------------------------------------
# After the meeting: attendance, the child's voice, minutes
# ---------------------------------------------------------------------------------------------


def record_held(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    meeting_id: int,
    attended: Mapping[int, bool],
    guardians_present: bool | None,
    child_present: bool | None,
    child_voice: str = "",
    child_voice_missing_reason: str = "",
    child_participation: str = "",
    child_voice_arena: str = "",
    child_voice_carrier_id: int | None = None,
    minutes: Sequence[tuple[str, str]],
    coordinator_change: str = "",
    now: datetime | None = None,
    version: int | None = None,
) -> Meeting:
    """Register the meeting as held: who took part (``attended`` by invitee id), whether the
    guardians and the child took part, the child's view (or why it is missing), and the
    minutes, one ``(heading, text)`` per agenda part, in order.

    How the child took part (``child_participation``, a :class:`ChildParticipation`) is
    checked by :func:`bti.services.meetings.child.child_part`: in the meeting; in another
    arena (``child_voice_arena``) with the employee closest to the child
    (``child_voice_carrier_id``, taking part in the case) carrying the view; invited but
    declined; or not able, with the reason.

    Where the case's level asks (``Level.clarify_coordinator``: «Det må avklares om det skal
    være et bytte av koordinator»), the meeting also says whether the coordinator
    ``"continues"`` or ``"changes"``; the answer goes into the stafettlogg.

    ``version`` is the meeting's as the minute-taker's form showed it: of two people
    writing the minutes of the same meeting, the first to save registers it, and the other
    is told (:mod:`bti.services.versions`), their text kept in the form.
    """
    meeting, case = _meeting_and_case(
        session, by=by, meeting_id=meeting_id, action="meeting.record"
    )
    versions.claim(session, meeting, seen=version, by=by, case_id=case.id)
    now = now or clock.now()
    _check_can_be_held(session, by=by, case=case, meeting=meeting, now=now)
    invitees = _invitees(session, meeting.id, case)
    _check_attendance(invitees, attended, guardians_present, child_present)
    if guardians_present and guardians.excluded(case):
        raise InvalidInput(
            "guardians_present",
            _l(
                "The case has been reported to barnevern: a meeting cannot be registered "
                "with the guardians present until barnevern says they can be involved again."
            ),
        )
    today = local_today(now, municipality.profile.timezone)
    child = child_part(
        session,
        case=case,
        age=_age(session, case, today),
        child_present=child_present,
        participation=child_participation,
        voice=child_voice,
        missing_reason=child_voice_missing_reason,
        arena=child_voice_arena,
        carrier_id=child_voice_carrier_id,
    )
    parts = _minutes(minutes)
    coordinator_change = _coordinator_answer(municipality, case, coordinator_change)

    for invitee in invitees:
        invitee.attended = bool(attended[invitee.id])
    meeting.guardians_present = bool(guardians_present)
    meeting.child_present = bool(child_present)
    meeting.child_voice = child.voice
    meeting.child_voice_missing_reason = "" if child.voice else child.missing_reason
    meeting.child_participation = child.participation
    meeting.child_voice_arena = child.arena
    meeting.child_voice_carrier_id = child.carrier_id
    meeting.held_at = now
    meeting.coordinator_change = coordinator_change
    session.add_all([meeting, *invitees])
    if coordinator_change:
        session.add(
            StafettloggEntry(
                case_id=case.id,
                kind=EntryKind.NOTE,
                text=str(COORDINATOR_ANSWERS[coordinator_change]),
                author_id=by.user_id,
                meeting_id=meeting.id,
            )
        )
    session.add_all(
        MinutesPart(meeting_id=meeting.id, position=position, heading=heading, text=text)
        for position, (heading, text) in enumerate(parts, start=1)
    )
    session.flush()
    deadlines.meet(session, case=case, event="meeting_held", now=now, kind=meeting.kind)
    deadlines.start(
        session,
        municipality=municipality,
        case=case,
        trigger="meeting_held",
        owner_id=case.stafettholder_id or by.user_id,
        now=now,
        kind=meeting.kind,
    )
    municipality.meeting_held(case=case, meeting=meeting, session=session)
    _audit(session, by, case, "meeting.held", meeting)
    return meeting


def _meeting_and_case(
    session: Session, *, by: Actor, meeting_id: int | None, action: str
) -> tuple[Meeting, Case]:
    """The meeting and its case, audited; a meeting that is missing or belongs to a case
    ``by`` may not see is :class:`~bti.errors.NotFound`, like the case."""
    meeting = session.get(Meeting, meeting_id) if meeting_id else None
    case = get_case(session, by=by, case_id=meeting.case_id if meeting else "", action=action)
    return meeting, case


#: What a meeting can clarify about the coordinator, as written in the stafettlogg.
COORDINATOR_ANSWERS = {
    "continues": _l("The meeting clarified that the coordinator stays the same."),
    "changes": _l(
        "The meeting clarified that the coordinator changes: the stafettholder offers the "
        "baton to the new coordinator."
    ),
}


def asks_coordinator(municipality: Municipality, case: Case) -> bool:
    """Whether a meeting held at the case's level must clarify the coordinator."""
    return municipality.level(case.level).clarify_coordinator


def _coordinator_answer(municipality: Municipality, case: Case, answer: str) -> str:
    if not asks_coordinator(municipality, case):
        return ""
    if answer not in COORDINATOR_ANSWERS:
        raise InvalidInput(
            "coordinator_change", _l("Say whether the meeting changes the coordinator.")
        )
    return answer


def _check_can_be_held(
    session: Session, *, by: Actor, case: Case, meeting: Meeting, now: datetime
) -> None:
    if meeting.held_at is not None:
        raise _refused(
            session,
            by,
            case,
            "meeting_already_held",
            _l("The meeting is already registered as held."),
        )
    if meeting.on_hold:
        raise _refused(session, by, case, "meeting_on_hold", ON_HOLD)
    if meeting.cancelled_at is not None:
        raise _refused(
            session, by, case, "meeting_cancelled", _l("The meeting is cancelled: it was not held.")
        )
    if now < meeting.starts_at:
        raise _refused(
            session, by, case, "meeting_not_started", _l("The meeting has not taken place yet.")
        )


#: Why a conversation with the guardians waits.
ON_HOLD = _l(
    "The meeting is on hold: it was a conversation with the guardians, and the case has been "
    "reported to barnevern. It cannot be held before barnevern says the guardians can be "
    "involved again; then invite them anew."
)


def invitees(session: Session, *, case: Case, meeting_ids: Iterable[int]) -> list[MeetingInvitee]:
    """Those invited to the case's meetings ``meeting_ids``, in the order invited; while a
    report keeps the guardians out, without them (a meeting held before the report keeps
    its record, but nothing shows or prints their names)."""
    query = select(MeetingInvitee).where(MeetingInvitee.meeting_id.in_(list(meeting_ids)))
    if guardians.excluded(case):
        query = query.where(MeetingInvitee.guardian_id.is_(None))
    return list(session.exec(query.order_by(MeetingInvitee.id)))


def _invitees(session: Session, meeting_id: int, case: Case) -> list[MeetingInvitee]:
    return invitees(session, case=case, meeting_ids=[meeting_id])


def _check_attendance(
    invitees: list[MeetingInvitee],
    attended: Mapping[int, bool],
    guardians_present: bool | None,
    child_present: bool | None,
) -> None:
    if set(attended) != {invitee.id for invitee in invitees}:
        raise InvalidInput("attended", _l("Say for each person invited whether they took part."))
    if guardians_present is None:
        raise InvalidInput("guardians_present", _l("Say whether the guardians took part."))
    if child_present is None:
        raise InvalidInput("child_present", _l("Say whether the child took part."))
    came = [invitee for invitee in invitees if attended[invitee.id]]
    if not guardians_present and any(invitee.guardian_id for invitee in came):
        raise InvalidInput(
            "guardians_present", _l("The attendance list shows that a guardian took part.")
        )
    if not child_present and any(invitee.is_subject for invitee in came):
        raise InvalidInput(
            "child_present", _l("The attendance list shows that the child took part.")
        )


def _age(session: Session, case: Case, on: date) -> int | None:
    subject = session.get(Subject, case.subject_id)
    if subject is None or subject.birth_date is None:
        return None  # a pregnant woman's case: no child to hear yet
    return age_on(subject.birth_date, on)


def _minutes(minutes: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    if not minutes:
        raise InvalidInput("minutes", _l("Write the minutes, one part for each agenda item."))
    parts = []
    for heading, text in minutes:
        heading = _text("minutes", heading, _l("Give each part of the minutes a heading."))
        if len(heading) > HEADING_MAX:
            raise InvalidInput("minutes", _l("Use at most %(max)s characters.", max=HEADING_MAX))
        parts.append((heading, (text or "").strip()))
    return parts
