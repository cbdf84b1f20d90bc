"""The meetings panel: the case's meetings, an invitation to a new one, registering one as
held (attendance, the child's voice, minutes) and each meeting's calendar file; changing and
cancelling a meeting are in :mod:`bti.web.panels.meeting_changes`, on this blueprint.

The rules live in :mod:`bti.services.meetings`; this module only turns forms into the
service's arguments. Times are typed and shown in the municipality's local time; the service
stores them in UTC. The form that registers a meeting as held depends on the meeting (one
question per invitee, one part of the minutes per agenda item), so its class is built per
meeting, under the prefix ``meeting-held-<id>``.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, url_for
from wtforms import (
    BooleanField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.labels import minutes_heading
from bti.services import meetings
from bti.services.case_page import actions
from bti.services.case_page import meetings as reading
from bti.web.auth import staff_required
from bti.web.case_view import Done, Failed, look_up, perform, posted, respond, tell
from bti.web.fields import CheckboxesField, LocalDateTimeField, VersionField, an_id, whole_number
from bti.web.forms import FlaskForm, options

bp = Blueprint("meetings", __name__)
ANCHOR = "meetings"
PLAN = "meeting-plan"
YES, NO = "yes", "no"
#: The parts of the minutes every meeting has, after one part per agenda item.
STANDARD_PARTS = (
    ("discussed", _l("What was discussed")),
    ("agreed", _l("What was agreed")),
    ("responsibilities", _l("Responsibilities and deadlines")),
)
#: At most this many agenda items get their own part of the minutes (the rest: "discussed").
AGENDA_PARTS_MAX = 12


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
    staff_ids = PeopleField(_l("Staff to invite"), coerce=an_id, validate_choice=False)
    guardian_ids = PeopleField(_l("Guardians to invite"), coerce=an_id, validate_choice=False)
    invite_subject = BooleanField(_l("Invite the child or youth"))


def _with_choices(
    form: PlanForm, *, kinds, people: list[tuple[int, str]], guardians, kept_out: bool = False
) -> PlanForm:
    """The choices of the invitation form; while a report keeps the guardians out, without
    the conversations with them (the service refuses those)."""
    form.kind.choices = [SelectChoice("", _l("Choose a kind of meeting"))] + [
        SelectChoice(kind.code, kind.label)
        for kind in kinds
        if not (kept_out and kind.with_guardians)
    ]
    form.staff_ids.choices = options(people)
    form.guardian_ids.choices = options((guardian.id, guardian.name) for guardian in guardians)
    return form


class HeldForm(FlaskForm):
    """Registering a meeting as held; :func:`held_form_class` adds one attendance question
    per invitee and one text per part of the minutes."""

    version = VersionField()
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
    child_participation = RadioField(
        _l("How did the child take part?"),
        choices=[
            SelectChoice(code, label) for code, label in meetings.PARTICIPATION_LABELS.items()
        ],
        validate_choice=False,
    )
    child_voice = TextAreaField(_l("The child's view"), render_kw={"rows": 3})
    child_voice_arena = StringField(
        _l("Where the child gave their view (when not in the meeting)"),
        render_kw={"maxlength": 200},
    )
    # The choices (the people in the case) are set by the panel builder; the service checks.
    child_voice_carrier = SelectField(
        _l("The employee closest to the child, who carries the child's view to the meeting"),
        choices=[],
        validate_choice=False,
    )
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
        heading = minutes_heading(item[: meetings.HEADING_MAX])  # in the reader's words
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
        "child_participation": form.child_participation.data or "",
        "child_voice_arena": form.child_voice_arena.data or "",
        "child_voice_carrier_id": _user_id(form.child_voice_carrier.data),
        "minutes": minutes,
        "coordinator_change": form.coordinator_change.data or "",
        "version": form.version.data,
    }


def _user_id(value: str | None) -> int | None:
    return whole_number(value)


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
# Routes
# ---------------------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/moter")
@staff_required
def plan_meeting(case_id: str):
    form = posted(PlanForm, PLAN)
    # The page fills in the choices if it fails; the service checks what was chosen.
    _with_choices(form, kinds=(), people=[], guardians=[])
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            meetings.plan,
            case_id=case_id,
            kind=form.kind.data or "",
            starts_at=form.starts_at.data,
            ends_at=form.ends_at.data,
            place=form.place.data or "",
            agenda=form.agenda.data or "",
            staff_ids=form.staff_ids.data or [],
            guardian_ids=form.guardian_ids.data or [],
            invite_subject=bool(form.invite_subject.data),
        )
    response = respond(
        outcome,
        case_id=case_id,
        key=PLAN,
        form=form,
        done=_l("The invitation to the meeting is saved."),
        anchor=ANCHOR,
    )
    if isinstance(outcome, Done) and not (
        form.staff_ids.data or form.guardian_ids.data or form.invite_subject.data
    ):
        tell(_l("Nobody but you is invited to the meeting."), ANCHOR, "warning")
    return response


@bp.post("/sak/<case_id>/mote/<int:meeting_id>/gjennomfort")
@staff_required
def record_held(case_id: str, meeting_id: int):
    key = held_key(meeting_id)
    outline = look_up(reading.held_outline, case_id=case_id, meeting_id=meeting_id)
    form = posted(held_form_class(outline.invitees, outline.agenda), key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            actions.record_held,
            case_id=case_id,
            meeting_id=meeting_id,
            **_held_arguments(form),
        )
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The meeting is registered as held."),
        anchor=ANCHOR,
        fields=_held_fields(form),
    )


class MinutesToChildForm(FlaskForm):
    pass


def minutes_key(meeting_id: int) -> str:
    return f"meeting-minutes-child-{meeting_id}"


@bp.post("/sak/<case_id>/mote/<int:meeting_id>/referat-til-barnet")
@staff_required
def minutes_to_child(case_id: str, meeting_id: int):
    """Record that the child has been given the minutes to read."""
    key = minutes_key(meeting_id)
    form = posted(MinutesToChildForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(actions.give_minutes_to_child, case_id=case_id, meeting_id=meeting_id)
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("It is recorded that the child has been given the minutes to read."),
        anchor=ANCHOR,
    )


@bp.get("/sak/<case_id>/mote/<int:meeting_id>.ics")
@staff_required
def meeting_calendar(case_id: str, meeting_id: int):
    """The meeting's calendar file: time, place, kind and a link; no names (see
    :func:`bti.services.meetings.ics`)."""
    link = url_for("case.show", case_id=case_id, _external=True, _anchor=f"meeting-{meeting_id}")
    outcome = perform(actions.meeting_calendar, case_id=case_id, meeting_id=meeting_id, url=link)
    if not isinstance(outcome, Done):
        abort(404)
    response = Response(outcome.result, mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = 'attachment; filename="mote.ics"'
    response.headers["Cache-Control"] = "no-store"
    return response


# ---------------------------------------------------------------------------------------------
# The panel's forms
# ---------------------------------------------------------------------------------------------


def forms(data: reading.MeetingsPanel, build: PanelForms) -> dict:
    from flask import g

    plan = _with_choices(
        build.form(PLAN, PlanForm),
        kinds=g.municipality.meeting_kinds,
        people=data.people,
        guardians=data.guardians,
        kept_out=data.guardians_excluded,
    )
    if PLAN not in build.failed:
        # A new invitation proposes everyone in the case and the guardians (none while a
        # report keeps them out: the list is empty then); the organiser unticks whom not.
        plan.staff_ids.data = [user_id for user_id, _name in data.people]
        plan.guardian_ids.data = [guardian.id for guardian in data.guardians]
    carriers = [SelectChoice("", _l("Choose a person"))] + [
        SelectChoice(str(user_id), name) for user_id, name in data.carriers
    ]
    held = {}
    if data.may_register:
        for view in data.to_register:
            cls = held_form_class([(i.id, i.name) for i in view.invited], view.meeting.agenda)
            form = build.form(held_key(view.id), cls, version=view.meeting.version)
            form.child_voice_carrier.choices = carriers
            held[view.id] = form
    # Someone else registered the meeting while this user wrote: their form, as they left
    # it, beside the minutes now saved.
    late = {}
    for view in data.held:
        if held_key(view.id) in build.failed:
            late[view.id] = build.failed[held_key(view.id)]
            late[view.id].child_voice_carrier.choices = carriers
    minutes_to_child = {
        view.id: build.form(minutes_key(view.id), MinutesToChildForm)
        for view in data.held
        if data.may_register and view.meeting.minutes_read_by_child_at is None
    }
    changes, cancels = meeting_changes.forms(data, build)
    return {
        "plan": plan,
        "held": held,
        "late": late,
        "minutes_to_child": minutes_to_child,
        "change": changes,
        "cancel": cancels,
    }


PANEL = CasePanel(
    name="meetings",
    title=_l("Meetings"),
    template="case/_meetings.html",
    order=40,
    read=reading.read,
    forms=forms,
    blueprint=bp,
)

# Changing and cancelling a meeting: its forms and routes, on this blueprint.
from bti.web.panels import meeting_changes  # noqa: E402
