"""Changing and cancelling a meeting from the meetings panel: «Endre møtet» (time, place,
agenda) and «Avlys møtet» (with a reason that stays on the case page), for the organiser or
the stafettholder; the rules are in :mod:`bti.services.meetings.changing`. The routes are on
the meetings panel's blueprint."""

from __future__ import annotations

from wtforms import StringField, TextAreaField

from bti.case_panels import PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services import meetings
from bti.services.case_page import actions
from bti.services.case_page import meetings as reading
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.fields import LocalDateTimeField, VersionField
from bti.web.forms import FlaskForm
from bti.web.panels.meetings import ANCHOR, bp


class ChangeForm(FlaskForm):
    """A new time, place or agenda for a planned meeting; those invited get the update."""

    version = VersionField()
    starts_at = LocalDateTimeField(_l("Starts"))
    ends_at = LocalDateTimeField(_l("Ends (optional)"))
    place = StringField(_l("Place"))
    agenda = TextAreaField(_l("Agenda"), render_kw={"rows": 4})


class CancelForm(FlaskForm):
    """Cancelling a meeting; the reason stays on the case page."""

    version = VersionField()
    reason = TextAreaField(
        _l("Why the meeting is cancelled (optional)"),
        render_kw={"rows": 2, "maxlength": meetings.REASON_MAX},
    )


def change_key(meeting_id: int) -> str:
    return f"meeting-change-{meeting_id}"


def cancel_key(meeting_id: int) -> str:
    return f"meeting-cancel-{meeting_id}"


@bp.post("/sak/<case_id>/mote/<int:meeting_id>/endre")
@staff_required
def change_meeting(case_id: str, meeting_id: int):
    key = change_key(meeting_id)
    form = posted(ChangeForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            actions.change_meeting,
            case_id=case_id,
            meeting_id=meeting_id,
            starts_at=form.starts_at.data,
            ends_at=form.ends_at.data,
            place=form.place.data or "",
            agenda=form.agenda.data or "",
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The meeting is changed. Those invited are told."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/mote/<int:meeting_id>/avlys")
@staff_required
def cancel_meeting(case_id: str, meeting_id: int):
    key = cancel_key(meeting_id)
    form = posted(CancelForm, key)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            actions.cancel_meeting,
            case_id=case_id,
            meeting_id=meeting_id,
            reason=form.reason.data or "",
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=key,
        form=form,
        done=_l("The meeting is cancelled. Those invited are told."),
        anchor=ANCHOR,
    )


def forms(data: reading.MeetingsPanel, build: PanelForms) -> tuple[dict, dict]:
    """The «Change the meeting» and «Cancel the meeting» forms of the meetings the viewer
    may change, filled in with what is saved (times in local time)."""
    from flask import g

    tz = g.municipality.profile.tz
    shown = {view.id: view.meeting for view in [*data.upcoming, *data.to_register]}
    changes, cancels = {}, {}
    for meeting_id in data.may_change:
        meeting = shown.get(meeting_id)
        if meeting is None:
            continue
        changes[meeting_id] = build.form(
            change_key(meeting_id),
            ChangeForm,
            version=meeting.version,
            starts_at=_local(meeting.starts_at, tz),
            ends_at=_local(meeting.ends_at, tz),
            place=meeting.place,
            agenda=meeting.agenda,
        )
        cancels[meeting_id] = build.form(
            cancel_key(meeting_id), CancelForm, version=meeting.version
        )
    return changes, cancels


def _local(moment, tz):
    return moment.astimezone(tz).replace(tzinfo=None) if moment else None
