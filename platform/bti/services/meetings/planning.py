"""Planning a meeting: the invitation (time, place, agenda and who is invited), and the
checks the other parts share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.guide import MeetingKindDef
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    Guardian,
    Meeting,
    MeetingInvitee,
    NotificationKind,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, guardians
from bti.services.access import case_facts, get_case, refusal
from bti.services.guards import require_open
from bti.services.meetings import invitations

#: Length limits of the text columns (see :mod:`bti.models.meeting`).
PLACE_MAX = 200
HEADING_MAX = 200


# ---------------------------------------------------------------------------------------------
# Planning: the invitation
# ---------------------------------------------------------------------------------------------


def plan(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    kind: str,
    starts_at: datetime | None,
    ends_at: datetime | None = None,
    place: str,
    agenda: str,
    staff_ids: Iterable[int] = (),
    guardian_ids: Iterable[int] = (),
    invite_subject: bool = False,
    now: datetime | None = None,
) -> Meeting:
    """Invite to a meeting about the case; the organiser (``by``) is invited too.

    A naive ``starts_at``/``ends_at`` is read as local time in the municipality (what a form
    gives). Staff invitees must take part in the case; guardians must be the subject's. While
    a report keeps the guardians out, they are not invited, and a conversation with them
    (``MeetingKindDef.with_guardians``) cannot be planned.
    """
    case = get_case(session, by=by, case_id=case_id, action="meeting.plan")
    require_open(session, by=by, case=case)
    meeting = plan_on(
        session,
        municipality=municipality,
        by=by,
        case=case,
        kind=kind,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        agenda=agenda,
        staff_ids=staff_ids,
        guardian_ids=guardian_ids,
        invite_subject=invite_subject,
        now=now,
    )
    _audit(session, by, case, "meeting.planned", meeting)
    return meeting


def plan_on(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    kind: str,
    starts_at: datetime | None,
    ends_at: datetime | None = None,
    place: str,
    agenda: str,
    staff_ids: Iterable[int] = (),
    guardian_ids: Iterable[int] = (),
    invite_subject: bool = False,
    now: datetime | None = None,
) -> Meeting:
    """:func:`plan` on a case whose access the calling service has checked and audits (a
    decision that agrees the next meeting)."""
    kind_def = _kind(municipality, kind)
    if kind_def.with_guardians and guardians.excluded(case):
        raise _refused(session, by, case, "guardians_excluded", KEPT_OUT_CONVERSATION)
    now = now or clock.now()
    starts_at, ends_at, place, agenda = details(
        municipality, starts_at, ends_at, place, agenda, now
    )
    to_invite = _invited_guardians(session, by=by, case=case, kind=kind_def, ids=guardian_ids)
    if kind_def.both_parents:
        _both_parents_invited(session, case=case, invited=to_invite)
    staff = _invited_staff(session, by=by, case=case, ids=staff_ids)

    meeting = Meeting(
        case_id=case.id,
        kind=kind_def.code,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        agenda=agenda,
        organiser_id=by.user_id,
    )
    session.add(meeting)
    session.flush()
    session.add_all(MeetingInvitee(meeting_id=meeting.id, user_id=uid) for uid in staff)
    session.add_all(MeetingInvitee(meeting_id=meeting.id, guardian_id=gid) for gid in to_invite)
    if invite_subject:
        session.add(MeetingInvitee(meeting_id=meeting.id, is_subject=True))
    session.flush()
    invitations.tell(
        session,
        municipality=municipality,
        case=case,
        meeting=meeting,
        kind=NotificationKind.MEETING_INVITED,
        by_user_id=by.user_id,
        now=now,
    )
    return meeting


#: Why the guardians are not invited, in words a teacher understands.
KEPT_OUT = _l(
    "The case has been reported to barnevern: the guardians are not to be contacted or "
    "invited until barnevern says they can be involved again."
)
KEPT_OUT_CONVERSATION = _l(
    "The case has been reported to barnevern: a conversation with the guardians cannot be "
    "planned until barnevern says they can be involved again."
)


def _refused(session: Session, by: Actor, case: Case, reason: str, message) -> Exception:
    return refusal(session, by=by, case_id=case.id, reason=reason, message=message)


def _audit(session: Session, by: Actor, case: Case, action: str, meeting: Meeting) -> None:
    audit.record(session, actor=by, action=action, case_ref=case.id, detail=f"meeting={meeting.id}")


def _kind(municipality: Municipality, code: str) -> MeetingKindDef:
    for kind in municipality.meeting_kinds:
        if kind.code == code:
            return kind
    raise InvalidInput("kind", _l("Choose a kind of meeting."))


def details(
    municipality: Municipality,
    starts: datetime | None,
    ends: datetime | None,
    place: str,
    agenda: str,
    now: datetime,
) -> tuple[datetime, datetime | None, str, str]:
    """The invitation's time (in UTC), place and agenda, checked: a meeting planned or
    changed gets the same answers."""
    starts, ends = _times(municipality, starts, ends, now)
    place = _text("place", place, _l("Say where the meeting is held."), PLACE_MAX)
    agenda = _text("agenda", agenda, _l("Write the agenda, so that those invited can prepare."))
    return starts, ends, place, agenda


def _times(
    municipality: Municipality, starts: datetime | None, ends: datetime | None, now: datetime
) -> tuple[datetime, datetime | None]:
    if starts is None:
        raise InvalidInput("starts_at", _l("Give the date and time of the meeting."))
    starts = _in_utc(municipality, starts)
    if starts <= now:
        raise InvalidInput("starts_at", _l("A meeting cannot be planned in the past."))
    if ends is None:
        return starts, None
    ends = _in_utc(municipality, ends)
    if ends <= starts:
        raise InvalidInput("ends_at", _l("The meeting must end after it starts."))
    return starts, ends


def _in_utc(municipality: Municipality, moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=municipality.profile.tz)
    return moment.astimezone(UTC)


def _text(field: str, value: str | None, message, max_length: int | None = None) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInput(field, message)
    if max_length is not None and len(value) > max_length:
        raise InvalidInput(field, _l("Use at most %(max)s characters.", max=max_length))
    return value


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def _invited_guardians(
    session: Session, *, by: Actor, case: Case, kind: MeetingKindDef, ids: Iterable[int]
) -> list[int]:
    wanted = _unique(ids)
    if not wanted:
        return []
    if guardians.excluded(case):
        raise _refused(session, by, case, "guardians_excluded", KEPT_OUT)
    if not kind.invites_guardians:
        raise InvalidInput("guardian_ids", _l("Guardians are not invited to this kind of meeting."))
    known = session.exec(
        select(Guardian.id).where(Guardian.subject_id == case.subject_id, Guardian.id.in_(wanted))
    ).all()
    if set(known) != set(wanted):
        raise InvalidInput("guardian_ids", _l("Choose among the child's guardians."))
    return wanted


#: A meeting both parents are invited to (``MeetingKindDef.both_parents``), planned without one.
BOTH_PARENTS = _l(
    "Both parents are to be invited: the one who invites is responsible for inviting both."
)
#: Shown beside the guardians when only one parent with parental responsibility is registered.
OTHER_PARENT_MISSING = _l(
    "Only one parent with parental responsibility is registered for the child. If there is "
    "another, register them under guardians so that both can be invited."
)


def _both_parents_invited(session: Session, *, case: Case, invited: list[int]) -> None:
    """Every guardian with parental responsibility registered for the child is invited; a
    child with only one registered has only that one to invite."""
    parents = {guardian.id for guardian in guardians.to_involve(session, case=case)}
    if not parents <= set(invited):
        raise InvalidInput("guardian_ids", BOTH_PARENTS)


def _invited_staff(session: Session, *, by: Actor, case: Case, ids: Iterable[int]) -> list[int]:
    """The organiser first, then the others: only people who take part in the case."""
    others = [uid for uid in _unique(ids) if uid != by.user_id]
    taking_part = case_facts(session, case).active_participant_ids
    if any(uid not in taking_part for uid in others):
        raise _refused(
            session,
            by,
            case,
            "invitee_not_participant",
            _l("Only people who take part in the case can be invited. Add them to the case first."),
        )
    return [by.user_id, *others]
