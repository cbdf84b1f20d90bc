"""The child's part in a held meeting: how the child took part, and reading the minutes.

Jevnaker «Barns rett til medvirkning og samtykke» (and the paragraph after it on the UN
Convention on the Rights of the Child art. 3 and 12): from 7 the child's view is recorded,
younger children's too when they are able; the child is invited but never pressed («Den
ansatte skal invitere, men ikke presse barnet»), so «invited, declined» is a valid record;
where it is best for the child not to attend, the view is given in another arena («et eget
møte mellom barnet og for eksempel den som jobber tettest med barnet») and that employee
carries it to the next meeting; and «Barnet kan få lese referat fra møtet».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Case, ChildParticipation, Meeting
from bti.rules.access import Actor
from bti.rules.child import voice_required
from bti.services import participants
from bti.services.meetings.planning import _audit, _refused

ARENA_MAX = 200

#: How the child took part, as the form and the minutes say it.
PARTICIPATION_LABELS = {
    ChildParticipation.IN_MEETING: _l("The child gave their view in the meeting"),
    ChildParticipation.OTHER_ARENA: _l(
        "The child gave their view in another arena, and an employee close to the child "
        "carries it to the meeting"
    ),
    ChildParticipation.DECLINED: _l("The child was invited, but did not want to give their view"),
    ChildParticipation.NOT_ABLE: _l("The child could not give their view"),
}


@dataclass(frozen=True)
class ChildPart:
    """What a held meeting records about the child's part in it."""

    participation: str = ""
    voice: str = ""
    missing_reason: str = ""
    arena: str = ""
    carrier_id: int | None = None


def child_part(
    session: Session,
    *,
    case: Case,
    age: int | None,
    child_present: bool | None,
    participation: str = "",
    voice: str = "",
    missing_reason: str = "",
    arena: str = "",
    carrier_id: int | None = None,
) -> ChildPart:
    """Check what the held-form says about the child, and return what to keep.

    Without ``participation`` the older form's rule holds: from 7 the view, or why it could
    not be given; a view alone reads as given in the meeting when the child was there, a
    reason alone as «could not». Each way of taking part asks for what it needs.
    """
    voice, reason = (voice or "").strip(), (missing_reason or "").strip()
    arena = (arena or "").strip()
    participation = participation or _inferred(voice, reason, child_present)
    if participation not in {"", *ChildParticipation}:
        raise InvalidInput("child_participation", _l("Choose how the child took part."))
    if not participation:
        if voice_required(age) and not voice:
            raise InvalidInput(
                "child_voice", _l("Record the child's view, or why it could not be given.")
            )
        return ChildPart("", voice)  # a view, but not how it was given
    if participation == ChildParticipation.DECLINED:
        # Invited, not pressed: nothing more is asked; a note on it is kept if written.
        return ChildPart(participation, "", reason)
    if participation == ChildParticipation.NOT_ABLE:
        if not reason:
            raise InvalidInput(
                "child_voice_missing_reason", _l("Say why the child could not give their view.")
            )
        return ChildPart(participation, "", reason)
    if not voice:
        raise InvalidInput("child_voice", _l("Write the child's view."))
    if participation == ChildParticipation.IN_MEETING:
        if child_present is False:
            raise InvalidInput(
                "child_participation",
                _l("The attendance says the child did not take part in the meeting."),
            )
        return ChildPart(participation, voice)
    return ChildPart(
        participation, voice, "", *_arena_and_carrier(session, case, arena, carrier_id)
    )


def _inferred(voice: str, reason: str, child_present: bool | None) -> str:
    if voice and child_present:
        return ChildParticipation.IN_MEETING
    if not voice and reason:
        return ChildParticipation.NOT_ABLE
    return ""


def _arena_and_carrier(
    session: Session, case: Case, arena: str, carrier_id: int | None
) -> tuple[str, int]:
    if not arena:
        raise InvalidInput(
            "child_voice_arena",
            _l(
                "Say where the child gave their view, for example in a meeting of their own "
                "with the contact teacher."
            ),
        )
    if len(arena) > ARENA_MAX:
        raise InvalidInput(
            "child_voice_arena", _l("Use at most %(max)s characters.", max=ARENA_MAX)
        )
    taking_part = {p.user_id for p in participants.active(session, case.id)}
    if carrier_id not in taking_part:
        raise InvalidInput(
            "child_voice_carrier",
            _l(
                "Choose the employee closest to the child, who carries the child's view to "
                "the meeting. They must take part in the case."
            ),
        )
    return arena, carrier_id


def give_minutes_to_child(
    session: Session, *, by: Actor, meeting_id: int, now: datetime | None = None
) -> Meeting:
    """Record that the child has been given the minutes of a held meeting to read («Barnet
    kan få lese referat fra møtet»), once."""
    from bti.services.meetings.held import _meeting_and_case

    meeting, case = _meeting_and_case(
        session, by=by, meeting_id=meeting_id, action="meeting.minutes_to_child"
    )
    if meeting.held_at is None:
        raise _refused(
            session, by, case, "meeting_not_held", _l("The meeting is not registered as held.")
        )
    if meeting.minutes_read_by_child_at is not None:
        raise _refused(
            session,
            by,
            case,
            "minutes_already_given",
            _l("The child has already been given the minutes to read."),
        )
    meeting.minutes_read_by_child_at = now or clock.now()
    session.add(meeting)
    _audit(session, by, case, "meeting.minutes_to_child", meeting)
    return meeting
