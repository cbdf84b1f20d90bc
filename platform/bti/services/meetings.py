"""Meetings about a case: the invitation, attendance and minutes, and a calendar file.

* :func:`plan` — an *invitation*, not a summons: time, place and agenda, so those invited can
  prepare (Vestby nivå 1 «Inviter til møte»: «Send ut skriftlig invitasjon (obs, ikke
  innkalling) hvor det står tydelig hva agendaen er»). After a report to barnevern the
  guardians are not invited (Vestby «Akutt?»: «Foresatte involveres ikke!»).
* :func:`record_held` — who took part, the guardians and the child included (Bærum's
  indicator «Andel saker i tidlig innsatsteam der foreldre har deltatt»), minutes per agenda
  part (Bærum «Møtestruktur»), and the child's view from 7 (Jevnaker «Barns rett til
  medvirkning og samtykke»).
* :func:`ics` — an iCalendar file with time, place, the kind of meeting and a link: no names
  and no concern (Bærum «Hvordan melde inn saker»: «navn må ikke oppgis i epost»).
* :func:`read` and :func:`guardian_participation` — what views and reports show.

Every function that touches a case starts with :func:`bti.services.access.get_case`, so each
access is audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock, ical
from bti.errors import InvalidInput, NotFound
from bti.guide import MeetingKindDef
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    EntryKind,
    Guardian,
    Meeting,
    MeetingInvitee,
    MinutesPart,
    StafettloggEntry,
    Subject,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.child import age_on, voice_carries_great_weight, voice_required
from bti.rules.deadlines import local_today
from bti.services import audit, deadlines, guardians
from bti.services.access import case_facts, get_case, refusal
from bti.services.guards import require_open

#: How long a meeting lasts in the calendar when no end time is given.
DEFAULT_LENGTH = timedelta(hours=1)
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
    kind_def = _kind(municipality, kind)
    if kind_def.with_guardians and guardians.excluded(case):
        raise _refused(session, by, case, "guardians_excluded", KEPT_OUT_CONVERSATION)
    starts_at, ends_at = _times(municipality, starts_at, ends_at, now or clock.now())
    place = _text("place", place, _l("Say where the meeting is held."), PLACE_MAX)
    agenda = _text("agenda", agenda, _l("Write the agenda, so that those invited can prepare."))
    to_invite = _invited_guardians(session, by=by, case=case, kind=kind_def, ids=guardian_ids)
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
    _audit(session, by, case, "meeting.planned", meeting)
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
    minutes: Sequence[tuple[str, str]],
    coordinator_change: str = "",
    now: datetime | None = None,
) -> Meeting:
    """Register the meeting as held: who took part (``attended`` by invitee id), whether the
    guardians and the child took part, the child's view (or why it is missing), and the
    minutes, one ``(heading, text)`` per agenda part, in order.

    Where the case's level asks (``Level.clarify_coordinator``: «Det må avklares om det skal
    være et bytte av koordinator»), the meeting also says whether the coordinator
    ``"continues"`` or ``"changes"``; the answer goes into the stafettlogg.
    """
    meeting, case = _meeting_and_case(
        session, by=by, meeting_id=meeting_id, action="meeting.record"
    )
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
    voice, reason = _child_voice(session, case, today, child_voice, child_voice_missing_reason)
    parts = _minutes(minutes)
    coordinator_change = _coordinator_answer(municipality, case, coordinator_change)

    for invitee in invitees:
        invitee.attended = bool(attended[invitee.id])
    meeting.guardians_present = bool(guardians_present)
    meeting.child_present = bool(child_present)
    meeting.child_voice = voice
    meeting.child_voice_missing_reason = "" if voice else reason
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


def _child_voice(
    session: Session, case: Case, today: date, voice: str, reason: str
) -> tuple[str, str]:
    """From 7 the child's view is recorded, or why it could not be given."""
    voice, reason = (voice or "").strip(), (reason or "").strip()
    if voice_required(_age(session, case, today)) and not (voice or reason):
        raise InvalidInput(
            "child_voice", _l("Record the child's view, or why it could not be given.")
        )
    return voice, reason


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


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


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
    """An iCalendar file with one VEVENT for the invitee's calendar.

    It carries the time (UTC), the place, the kind of meeting and ``url`` — the link to the
    meeting in the platform — and nothing else: no names of the child or guardians, no
    concern, no agenda. Calendars are shared, synchronised and read by assistants; the
    invitee finds the rest behind the link (Bærum: «navn må ikke oppgis i epost»).
    """
    meeting, case = _meeting_and_case(session, by=by, meeting_id=meeting_id, action="meeting.ics")
    if meeting.on_hold:
        raise NotFound("meeting")  # a meeting that waits has no time to put in a calendar
    if urlsplit(url).scheme not in ("http", "https") or any(c.isspace() for c in url):
        raise ValueError("url must be an absolute http(s) link without spaces")
    ends_at = meeting.ends_at or meeting.starts_at + DEFAULT_LENGTH
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"bti:{municipality.slug}:meeting:{meeting.id}")
    return ical.event(
        uid=f"{uid}@bti-plattform",
        stamp=now or clock.now(),
        start=meeting.starts_at,
        end=ends_at,
        summary=str(municipality.meeting_kind_label(meeting.kind)),
        location=guardians.Hider(session, case)(meeting.place),
        url=url,
    )
