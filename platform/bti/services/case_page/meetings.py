"""The meetings panel's read model: the case's meetings not yet held (soonest first) and the
latest held ones, each with its invitees named and its minutes; and the outline of one
meeting's held-form (who was invited, the agenda) for the form that registers it as held.
One query per table; no audit of its own — the page's read of the case is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session, select

from bti.case_panels import CaseRead
from bti.errors import NotFound
from bti.models import Guardian, Meeting, MeetingInvitee, MinutesPart, StaffUser, Subject
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.child import age_on, voice_carries_great_weight, voice_required
from bti.rules.deadlines import local_today
from bti.services import access, guardians, meetings

#: How many held meetings the panel lists, newest first.
HELD_SHOWN = 20


@dataclass(frozen=True)
class Invited:
    id: int
    name: str
    who: str  # "staff", "guardian" or "child"
    attended: bool | None
    user_id: int | None = None


@dataclass(frozen=True)
class MeetingView:
    meeting: Meeting
    kind: str
    when: str
    invited: tuple[Invited, ...]
    minutes: tuple[meetings.MinutesShown, ...]
    voice_required: bool
    voice_has_great_weight: bool
    participation: str = ""  # how the child took part, in words
    carrier: str = ""  # the employee who carries the child's view, by name

    @property
    def id(self) -> int:
        return self.meeting.id

    @property
    def held(self) -> bool:
        return self.meeting.held_at is not None

    @property
    def cancelled(self) -> bool:
        return self.meeting.cancelled_at is not None

    @property
    def on_hold(self) -> bool:
        return self.meeting.on_hold and not self.held and not self.cancelled

    @property
    def guardians_withdrawn(self) -> bool:
        """The guardians' invitations were withdrawn by a report (the meeting goes on)."""
        return self.meeting.guardians_withdrawn_at is not None and not self.on_hold


@dataclass(frozen=True)
class MeetingsPanel:
    upcoming: list[MeetingView]
    to_register: list[MeetingView]  # started, not registered: each gets a held-form
    on_hold: list[MeetingView]
    withdrawn: list[MeetingView]
    held: list[MeetingView]
    cancelled: list[MeetingView]
    #: The meetings the viewer may change or cancel (the organiser or the stafettholder).
    may_change: list[int]
    people: list[tuple[int, str]]  # whom the viewer may invite
    carriers: list[tuple[int, str]]  # who may carry the child's view: all in the case
    guardians: list[Guardian]  # empty while a report keeps them out
    guardians_excluded: bool
    may_register: bool
    kept_out: object
    on_hold_reason: object
    asks_coordinator: bool
    coordinator_answers: dict
    #: The kinds of meeting both parents are invited to (``MeetingKindDef.both_parents``),
    #: by name, and what the page says about the parents beside the guardians.
    both_parents_kinds: list = field(default_factory=list)
    both_parents_note: object = ""


@dataclass(frozen=True)
class HeldOutline:
    """What the form that registers a meeting as held asks about."""

    invitees: list[tuple[int, str]]  # (invitee id, name)
    agenda: str


def _naming(
    session: Session,
    rows: list[MeetingInvitee],
    subject: Subject | None,
    staff_name,
    known: list[Guardian] = (),
) -> Callable[[MeetingInvitee], Invited]:
    """A function naming each of ``rows``: staff by ``staff_name(user_id)``, guardians by
    name (also those no longer to be involved; those in ``known`` need no query), the child
    by name."""
    named = {guardian.id: guardian.name for guardian in known}
    ids = {row.guardian_id for row in rows if row.guardian_id} - set(named)
    if ids:
        found = session.exec(select(Guardian).where(Guardian.id.in_(ids)))
        named.update({guardian.id: guardian.name for guardian in found})
    child = f"{subject.given_name} {subject.family_name}" if subject else ""

    def invited(row: MeetingInvitee) -> Invited:
        if row.is_subject:
            return Invited(row.id, child, "child", row.attended)
        if row.guardian_id:
            return Invited(row.id, named.get(row.guardian_id, ""), "guardian", row.attended)
        return Invited(row.id, staff_name(row.user_id), "staff", row.attended, row.user_id)

    return invited


def _case_meetings(ctx: CaseRead) -> list[MeetingView]:
    from bti.web.formatting import meeting_time

    session = ctx.session
    coming = [m for m in ctx.meetings if m.held_at is None and m.cancelled_at is None]
    held = [m for m in reversed(ctx.meetings) if m.held_at is not None][:HELD_SHOWN]
    cancelled = [m for m in reversed(ctx.meetings) if m.cancelled_at is not None][:HELD_SHOWN]
    found = [*coming, *held, *cancelled]
    ids = [m.id for m in found]
    if not ids:
        return []
    invitees = meetings.invitees(session, case=ctx.case, meeting_ids=ids)
    parts = session.exec(
        select(MinutesPart)
        .where(MinutesPart.meeting_id.in_(ids))
        .order_by(MinutesPart.position, MinutesPart.id)
    ).all()
    invited = _naming(session, invitees, ctx.subject, ctx.name, known=ctx.registered)
    tz_name = ctx.municipality.profile.timezone

    views = []
    for m in found:
        birth = ctx.subject.birth_date
        day = local_today(m.held_at or m.starts_at, tz_name)
        age = age_on(birth, day) if birth else None
        views.append(
            MeetingView(
                meeting=m,
                kind=ctx.municipality.meeting_kind_label(m.kind),
                when=meeting_time(m.starts_at, m.ends_at),
                invited=tuple(invited(i) for i in invitees if i.meeting_id == m.id),
                minutes=meetings.shown(p for p in parts if p.meeting_id == m.id),
                voice_required=voice_required(age),
                voice_has_great_weight=voice_carries_great_weight(age),
                participation=str(meetings.PARTICIPATION_LABELS.get(m.child_participation, "")),
                carrier=ctx.name(m.child_voice_carrier_id) if m.child_voice_carrier_id else "",
            )
        )
    return views


def read(ctx: CaseRead) -> MeetingsPanel:
    now = ctx.now
    views = _case_meetings(ctx)
    others = dict.fromkeys(p.user_id for p in ctx.people if p.user_id != ctx.actor.user_id)
    waiting = [v for v in views if not v.held and not v.on_hold and not v.cancelled]
    excluded = guardians.excluded(ctx.case)
    both = [k.label for k in ctx.municipality.meeting_kinds if k.both_parents]
    parents = [g for g in ctx.guardians if g.parental_responsibility]
    note = ""
    if both and not excluded:
        note = meetings.OTHER_PARENT_MISSING if len(parents) == 1 else meetings.BOTH_PARENTS
    return MeetingsPanel(
        upcoming=[v for v in waiting if v.meeting.starts_at > now],
        to_register=[v for v in waiting if v.meeting.starts_at <= now],
        on_hold=[v for v in views if v.on_hold],
        withdrawn=[v for v in waiting if v.guardians_withdrawn],
        held=[v for v in views if v.held],
        cancelled=[v for v in views if v.cancelled],
        may_change=[
            v.id
            for v in waiting
            if ctx.is_open and meetings.may_change(ctx.actor, ctx.case, v.meeting)
        ],
        people=[(user_id, ctx.name(user_id)) for user_id in others],
        carriers=[(p.user_id, ctx.name(p.user_id)) for p in ctx.people],
        guardians=list(ctx.guardians),
        guardians_excluded=excluded,
        may_register=ctx.is_open,
        kept_out=meetings.KEPT_OUT,
        on_hold_reason=meetings.ON_HOLD,
        asks_coordinator=meetings.asks_coordinator(ctx.municipality, ctx.case),
        coordinator_answers=meetings.COORDINATOR_ANSWERS,
        both_parents_kinds=both,
        both_parents_note=note,
    )


def held_outline(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, meeting_id: int
) -> HeldOutline:
    """The invitees and agenda of a meeting of ``case_id``, to build the held-form that is
    posted. A denial is audited here; an allowed read is audited by the action that follows
    in the same request (one event per access)."""
    case = access.get_case(
        session, by=by, case_id=case_id, action="meeting.record_held", audit_allowed=False
    )
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.case_id != case.id:
        raise NotFound("meeting")
    subject = session.get(Subject, case.subject_id)
    rows = meetings.invitees(session, case=case, meeting_ids=[meeting_id])
    staff = {
        user.id: user.display_name
        for user in session.exec(
            select(StaffUser).where(StaffUser.id.in_({r.user_id for r in rows if r.user_id}))
        )
    }
    named = _naming(session, rows, subject, lambda user_id: staff.get(user_id, ""))
    return HeldOutline([(row.id, named(row).name) for row in rows], meeting.agenda)
