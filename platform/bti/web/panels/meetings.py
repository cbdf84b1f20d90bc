"""The meetings panel: the case's meetings, an invitation to a new one, registering one as
held (attendance, the child's voice, minutes) and each meeting's calendar file.

The rules live in :mod:`bti.services.meetings`; this module only turns forms into the
service's arguments. Times are typed and shown in the municipality's local time; the service
stores them in UTC. The form that registers a meeting as held depends on the meeting (one
question per invitee, one part of the minutes per agenda item), so its class is built per
meeting, under the prefix ``meeting-held-<id>``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Response, abort, g, url_for
from flask_wtf import FlaskForm
from sqlmodel import Session, select
from wtforms import (
    BooleanField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice

from bti import clock
from bti.db import get_db
from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    Guardian,
    Meeting,
    MeetingInvitee,
    MinutesPart,
    StaffUser,
    Subject,
)
from bti.rules.child import age_on, voice_carries_great_weight, voice_required
from bti.rules.deadlines import local_today
from bti.services import guardians, meetings
from bti.services.actors import load_actor
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel
from bti.web.fields import CheckboxesField, LocalDateTimeField
from bti.web.formatting import meeting_time

YES, NO = "yes", "no"
#: The parts of the minutes every meeting has, after one part per agenda item.
STANDARD_PARTS = (
    ("discussed", _l("What was discussed")),
    ("agreed", _l("What was agreed")),
    ("responsibilities", _l("Responsibilities and deadlines")),
)
#: At most this many agenda items get their own part of the minutes (the rest: "discussed").
AGENDA_PARTS_MAX = 12
#: How many held meetings the panel lists, newest first.
HELD_SHOWN = 20


# ---------------------------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------------------------


class PeopleField(CheckboxesField):
    """Check boxes of people: a value that is not a person's id is a tampered form."""

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = []
            raise ValueError(_l("Choose among the people listed.")) from None


class PlanForm(FlaskForm):
    """The invitation. The service checks the kind, the times, place and agenda and who
    may be invited; the form only reads what was typed."""

    kind = SelectField(_l("Kind of meeting"), choices=[], validate_choice=False)
    starts_at = LocalDateTimeField(_l("Starts"))
    ends_at = LocalDateTimeField(_l("Ends (optional)"))
    place = StringField(_l("Place"))
    agenda = TextAreaField(_l("Agenda"), render_kw={"rows": 4})
    staff_ids = PeopleField(_l("Staff to invite"), coerce=int, validate_choice=False)
    guardian_ids = PeopleField(_l("Guardians to invite"), coerce=int, validate_choice=False)
    invite_subject = BooleanField(_l("Invite the child or youth"))


def _with_choices(
    form: PlanForm, *, people: list[tuple[int, str]], guardians, kept_out: bool = False
) -> PlanForm:
    """The choices of the invitation form; while a report keeps the guardians out, without
    the conversations with them (the service refuses those)."""
    form.kind.choices = [SelectChoice("", _l("Choose a kind of meeting"))] + [
        SelectChoice(kind.code, kind.label)
        for kind in g.municipality.meeting_kinds
        if not (kept_out and kind.with_guardians)
    ]
    form.staff_ids.choices = people
    form.guardian_ids.choices = [(guardian.id, guardian.name) for guardian in guardians]
    return form


class HeldForm(FlaskForm):
    """Registering a meeting as held; :func:`held_form_class` adds one attendance question
    per invitee and one text per part of the minutes."""

    guardians_present = RadioField(
        _l("Did the guardians take part?"),
        choices=[SelectChoice(YES, _l("Yes")), SelectChoice(NO, _l("No"))],
        validate_choice=False,
    )
    child_present = RadioField(
        _l("Did the child or youth take part?"),
        choices=[SelectChoice(YES, _l("Yes")), SelectChoice(NO, _l("No"))],
        validate_choice=False,
    )
    child_voice = TextAreaField(_l("The child's view"), render_kw={"rows": 3})
    child_voice_missing_reason = TextAreaField(
        _l("Why the child's view could not be given"), render_kw={"rows": 2}
    )
    # Asked only where the case's level says a meeting clarifies the coordinator.
    coordinator_change = RadioField(
        _l("Did the meeting change the coordinator (stafettholder)?"),
        choices=[
            SelectChoice("continues", _l("No, the coordinator stays the same")),
            SelectChoice("changes", _l("Yes, the coordinator changes")),
        ],
        validate_choice=False,
    )

    attendance: tuple[tuple[str, int], ...] = ()  # (field name, invitee id)
    parts: tuple[tuple[str, str], ...] = ()  # (field name, heading)


def held_form_class(invitees: list[tuple[int, str]], agenda: str) -> type[HeldForm]:
    """The held-form for one meeting: ``invitees`` as ``(invitee id, name)``, the parts of
    the minutes from its agenda followed by :data:`STANDARD_PARTS`."""
    attrs: dict = {}
    attendance = []
    for invitee_id, name in invitees:
        key = f"present_{invitee_id}"
        attrs[key] = RadioField(
            name,
            choices=[SelectChoice(YES, _l("Took part")), SelectChoice(NO, _l("Did not take part"))],
            validate_choice=False,
        )
        attendance.append((key, invitee_id))
    parts = []
    items = [line.strip() for line in agenda.splitlines() if line.strip()][:AGENDA_PARTS_MAX]
    for number, item in enumerate(items, start=1):
        heading = item[: meetings.HEADING_MAX]
        attrs[f"part_{number}"] = TextAreaField(heading, render_kw={"rows": 3})
        parts.append((f"part_{number}", heading))
    for key, heading in STANDARD_PARTS:
        attrs[key] = TextAreaField(heading, render_kw={"rows": 3})
        parts.append((key, heading))
    attrs["attendance"] = tuple(attendance)
    attrs["parts"] = tuple(parts)
    return type("MeetingHeldForm", (HeldForm,), attrs)


def _answer(value) -> bool | None:
    return {YES: True, NO: False}.get(value)


def _held_arguments(form: HeldForm) -> dict:
    """The service's arguments from the posted held-form. Unanswered attendance questions are
    left out, for the service to ask about; only parts of the minutes with text are kept."""
    attended = {}
    for key, invitee_id in form.attendance:
        answer = _answer(form[key].data)
        if answer is not None:
            attended[invitee_id] = answer
    minutes = []
    for key, heading in form.parts:
        text = (form[key].data or "").strip()
        if text:
            minutes.append((str(heading), text))
    return {
        "attended": attended,
        "guardians_present": _answer(form.guardians_present.data),
        "child_present": _answer(form.child_present.data),
        "child_voice": form.child_voice.data or "",
        "child_voice_missing_reason": form.child_voice_missing_reason.data or "",
        "minutes": minutes,
        "coordinator_change": form.coordinator_change.data or "",
    }


def _held_fields(form: HeldForm) -> dict[str, str]:
    """Where the service's messages go: attendance beside the first unanswered person,
    minutes beside the first part."""
    unanswered = [key for key, _id in form.attendance if _answer(form[key].data) is None]
    fields = {}
    if form.attendance:
        fields["attended"] = (unanswered or [form.attendance[0][0]])[0]
    if form.parts:
        fields["minutes"] = form.parts[0][0]
    return fields


def held_key(meeting_id: int) -> str:
    return f"meeting-held-{meeting_id}"


# ---------------------------------------------------------------------------------------------
# Reading: the case's meetings as the panel shows them (one query per table, no audit of its
# own — the page's read of the case is audited)
# ---------------------------------------------------------------------------------------------


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
    minutes: tuple[MinutesPart, ...]
    voice_required: bool
    voice_has_great_weight: bool

    @property
    def id(self) -> int:
        return self.meeting.id

    @property
    def held(self) -> bool:
        return self.meeting.held_at is not None

    @property
    def on_hold(self) -> bool:
        return self.meeting.on_hold and not self.held

    @property
    def guardians_withdrawn(self) -> bool:
        """The guardians' invitations were withdrawn by a report (the meeting goes on)."""
        return self.meeting.guardians_withdrawn_at is not None and not self.on_hold


def _naming(
    session: Session, rows: list[MeetingInvitee], subject: Subject | None, staff_name
) -> Callable[[MeetingInvitee], Invited]:
    """A function naming each of ``rows``: staff by ``staff_name(user_id)``, guardians by
    name (also those no longer to be involved), the child by name."""
    ids = {row.guardian_id for row in rows if row.guardian_id}
    guardians = {}
    if ids:
        found = session.exec(select(Guardian).where(Guardian.id.in_(ids)))
        guardians = {guardian.id: guardian.name for guardian in found}
    child = f"{subject.given_name} {subject.family_name}" if subject else ""

    def invited(row: MeetingInvitee) -> Invited:
        if row.is_subject:
            return Invited(row.id, child, "child", row.attended)
        if row.guardian_id:
            return Invited(row.id, guardians.get(row.guardian_id, ""), "guardian", row.attended)
        return Invited(row.id, staff_name(row.user_id), "staff", row.attended, row.user_id)

    return invited


def case_meetings(ctx: CaseContext) -> list[MeetingView]:
    """The case's meetings not yet held (soonest first) and the latest held ones."""
    session = ctx.session
    coming = session.exec(
        select(Meeting)
        .where(Meeting.case_id == ctx.case.id, Meeting.held_at.is_(None))
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    held = session.exec(
        select(Meeting)
        .where(Meeting.case_id == ctx.case.id, Meeting.held_at.is_not(None))
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .limit(HELD_SHOWN)
    ).all()
    found = [*coming, *held]
    ids = [m.id for m in found]
    if not ids:
        return []
    invitees = meetings.invitees(session, case=ctx.case, meeting_ids=ids)
    parts = session.exec(
        select(MinutesPart)
        .where(MinutesPart.meeting_id.in_(ids))
        .order_by(MinutesPart.position, MinutesPart.id)
    ).all()
    invited = _naming(session, invitees, ctx.subject, ctx.name)
    tz_name = g.municipality.profile.timezone

    views = []
    for m in found:
        birth = ctx.subject.birth_date
        day = local_today(m.held_at or m.starts_at, tz_name)
        age = age_on(birth, day) if birth else None
        views.append(
            MeetingView(
                meeting=m,
                kind=g.municipality.meeting_kind_label(m.kind),
                when=meeting_time(m.starts_at, m.ends_at),
                invited=tuple(invited(i) for i in invitees if i.meeting_id == m.id),
                minutes=tuple(p for p in parts if p.meeting_id == m.id),
                voice_required=voice_required(age),
                voice_has_great_weight=voice_carries_great_weight(age),
            )
        )
    return views


# ---------------------------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------------------------


@panel("meetings", title=_l("Meetings"), template="case/_meetings.html", order=40)
def _meetings(ctx: CaseContext) -> dict:
    now = clock.now()
    views = case_meetings(ctx)
    others = dict.fromkeys(p.user_id for p in ctx.people if p.user_id != ctx.actor.user_id)
    people = [(user_id, ctx.name(user_id)) for user_id in others]
    plan_form = _with_choices(
        ctx.form("meeting-plan", PlanForm),
        people=people,
        guardians=ctx.guardians,
        kept_out=guardians.excluded(ctx.case),
    )
    held_forms = {}
    waiting = [v for v in views if not v.held and not v.on_hold]
    if ctx.is_open:
        for view in waiting:
            if view.meeting.starts_at <= now:
                key = held_key(view.id)
                cls = held_form_class([(i.id, i.name) for i in view.invited], view.meeting.agenda)
                held_forms[view.id] = ctx.form(key, cls)
    return {
        "upcoming": [v for v in waiting if v.meeting.starts_at > now],
        "to_register": [v for v in waiting if v.meeting.starts_at <= now],
        "on_hold": [v for v in views if v.on_hold],
        "withdrawn": [v for v in waiting if v.guardians_withdrawn],
        "held": [v for v in views if v.held],
        "plan_form": plan_form,
        "held_forms": held_forms,
        "guardians_excluded": guardians.excluded(ctx.case),
        "kept_out": meetings.KEPT_OUT,
        "on_hold_reason": meetings.ON_HOLD,
        "asks_coordinator": meetings.asks_coordinator(g.municipality, ctx.case),
        "coordinator_answers": meetings.COORDINATOR_ANSWERS,
    }


# ---------------------------------------------------------------------------------------------
# Routes
# ---------------------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/moter")
@staff_required
def plan_meeting(case_id: str):
    key = "meeting-plan"
    form = case_view.posted(PlanForm, key)
    _with_choices(form, people=[], guardians=[])  # the page fills them in if it fails

    def do(session, actor, case):
        meetings.plan(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            kind=form.kind.data or "",
            starts_at=form.starts_at.data,
            ends_at=form.ends_at.data,
            place=form.place.data or "",
            agenda=form.agenda.data or "",
            staff_ids=form.staff_ids.data or [],
            guardian_ids=form.guardian_ids.data or [],
            invite_subject=bool(form.invite_subject.data),
        )

    return case_view.act(
        case_id,
        key,
        form,
        action="meeting.plan",
        do=do,
        done=_l("The invitation to the meeting is saved."),
        anchor="meetings",
    )


@bp.post("/sak/<case_id>/mote/<int:meeting_id>/gjennomfort")
@staff_required
def record_held(case_id: str, meeting_id: int):
    key = held_key(meeting_id)
    form = case_view.posted(_held_form_class_for(case_id, meeting_id), key)

    def do(session, actor, case):
        case_view.of_case(session, Meeting, meeting_id, case.id)
        meetings.record_held(
            session,
            municipality=g.municipality,
            by=actor,
            meeting_id=meeting_id,
            **_held_arguments(form),
        )

    return case_view.act(
        case_id,
        key,
        form,
        action="meeting.record",
        do=do,
        done=_l("The meeting is registered as held."),
        anchor="meetings",
        fields=_held_fields(form),
    )


def _held_form_class_for(case_id: str, meeting_id: int) -> type[HeldForm]:
    """The held-form of the meeting, or 404. Not audited: the action that follows reads the
    case and the meeting through the service."""
    with get_db().scoped(g.municipality_id) as session:
        try:
            meeting = case_view.of_case(session, Meeting, meeting_id, case_id)
        except NotFound:
            abort(404)
        case = session.get(Case, case_id)
        subject = session.get(Subject, case.subject_id) if case else None
        rows = meetings.invitees(session, case=case, meeting_ids=[meeting_id])
        staff = {
            user.id: user.display_name
            for user in session.exec(
                select(StaffUser).where(StaffUser.id.in_({r.user_id for r in rows if r.user_id}))
            )
        }
        named = _naming(session, rows, subject, lambda user_id: staff.get(user_id, ""))
        invitees = [(row.id, named(row).name) for row in rows]
        return held_form_class(invitees, meeting.agenda)


@bp.get("/sak/<case_id>/mote/<int:meeting_id>.ics")
@staff_required
def meeting_calendar(case_id: str, meeting_id: int):
    """The meeting's calendar file: time, place, kind and a link; no names (see
    :func:`bti.services.meetings.ics`)."""
    link = url_for("case.show", case_id=case_id, _external=True, _anchor=f"meeting-{meeting_id}")
    with get_db().transaction(g.municipality_id) as session:
        try:
            case_view.of_case(session, Meeting, meeting_id, case_id)
            actor = load_actor(session, g.signed_in.user_id)
            text = meetings.ics(
                session, municipality=g.municipality, by=actor, meeting_id=meeting_id, url=link
            )
        except NotFound:
            abort(404)
    response = Response(text, mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = 'attachment; filename="mote.ics"'
    response.headers["Cache-Control"] = "no-store"
    return response
