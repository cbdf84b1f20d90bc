"""The standing team's pages (Bærum's Tidlig innsatsteam): the user's teams, the chair's
queue and meeting days, and the meeting of one case, part by part.

* this module — the frame (one service per request, failed forms shown again with what the
  user typed) and the queue;
* :mod:`.meeting` — the meeting of one case: the six parts, the protocol, the evaluation;
* :mod:`.family` — the family's evaluation through a link without a name;
* :mod:`.printing` — the meldeskjema, the invitation, the action plan and the protocol;
* :mod:`.admin` — the administrator's page for a team.

Every read and change goes through :mod:`bti.services.teams`, which checks access and
audits; a team or case the user has no place in is a 404.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for

from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.labels import unit_kind
from bti.services.teams import meeting as meeting_service
from bti.services.teams import queue as queue_service
from bti.services.versions import ChangedMeanwhile
from bti.web.auth import staff_required
from bti.web.case_view import refused_on
from bti.web.fields import page_number
from bti.web.formatting import datetimeformat
from bti.web.forms import FlaskForm, Forms, failed_with
from bti.web.teams.forms import (
    CHOOSE,
    AssessForm,
    DayForm,
    EmptyForm,
    MinuteTakerForm,
    MoveForm,
    PlaceForm,
    options,
)

bp = Blueprint("teams", __name__)


def posted(cls: type[FlaskForm], key: str) -> FlaskForm:
    return cls(prefix=key)


def run(service: Callable[..., Any], /, **arguments: Any) -> Any:
    """``service(session, [municipality,] by=<the signed-in user>, **arguments)`` in one
    transaction (a page view's read-only one for a GET); 404 for what the user may not reach.
    :class:`InvalidInput` is raised on."""
    if not g.municipality.teams:
        abort(404)
    db = get_db()
    try:
        with db.for_request(g.municipality_id) as session:
            actor = g.signed_in.actor(session)
            if "municipality" in inspect.signature(service).parameters:
                arguments["municipality"] = g.municipality
            return service(session, by=actor, **arguments)
    except NotFound:
        abort(404)


def act(
    form: FlaskForm,
    key: str,
    action: Callable[..., Any],
    done,
    redirect_to: str,
    again: Callable[[dict], Any],
    /,
    fields: Mapping[str, str] | None = None,
    **arguments,
):
    """A form's action: validate, call one service, then back with ``done``; on a mistake
    the page again (400) with the message beside the field, or at the top of the form when
    someone else saved first."""
    if form.validate_on_submit():
        try:
            run(action, **arguments)
        except InvalidInput as error:
            failed_with(form, error, fields)
        except ChangedMeanwhile as error:
            refused_on(form, error)
        else:
            flash(done, "success")
            return redirect(redirect_to, code=303)
    return again({key: form}), 400


# ---------------------------------------------------------------------------------------------
# The user's teams
# ---------------------------------------------------------------------------------------------


@bp.get("/team")
@staff_required
def overview():
    data = run(meeting_service.overview)
    return render_template("teams/overview.html", data=data)


# ---------------------------------------------------------------------------------------------
# The chair's queue and meeting days
# ---------------------------------------------------------------------------------------------


def _queue_page(team_id: int, failed: dict | None = None):
    page = page_number()
    data = run(queue_service.queue, team_id=team_id, page=page)
    forms = Forms(failed)
    days = [(d.day.id, d.day.starts_at) for d in data.days]
    return render_template(
        "teams/queue.html",
        data=data,
        forms=forms,
        forms_for=lambda item: _item_forms(forms, item, days, data.other_teams),
        day_form=forms.form("day", DayForm),
        taker_forms={d.day.id: _taker(forms, d, data.fixed_members) for d in data.days},
        unit_kind=unit_kind,
    )


def _taker(forms: Forms, day, members) -> MinuteTakerForm:
    form = forms.form(f"taker-{day.day.id}", MinuteTakerForm)
    form.user_id.choices = options([("", CHOOSE), *members])
    if form.user_id.data is None:
        form.user_id.data = day.day.minute_taker_id
    return form


def _item_forms(forms: Forms, item, days, other_teams) -> dict:
    rid = item.referral.id
    place = forms.form(f"place-{rid}", PlaceForm)
    place.team_meeting_id.choices = options(
        [("", CHOOSE), *[(i, datetimeformat(s)) for i, s in days]]
    )
    if place.team_meeting_id.data is None:
        place.team_meeting_id.data = item.referral.team_meeting_id
        place.minutes.data = place.minutes.data or item.referral.minutes
    move = forms.form(f"move-{rid}", MoveForm)
    move.team_id.choices = options([("", CHOOSE), *other_teams])
    assess = forms.form(f"assess-{rid}", AssessForm, version=item.referral.version)
    if not assess.urgency.data:
        assess.urgency.data = item.referral.urgency or None
    return {
        "assess": assess,
        "place": place,
        "move": move,
        "invite": forms.form(f"invite-{rid}", EmptyForm),
    }


@bp.get("/team/<int:team_id>/koe")
@staff_required
def queue(team_id: int):
    return _queue_page(team_id)


def _back_to_queue(team_id: int) -> str:
    return url_for("teams.queue", team_id=team_id)


@bp.post("/team/<int:team_id>/motedag")
@staff_required
def plan_day(team_id: int):
    form = posted(DayForm, "day")
    return act(
        form, "day", queue_service.plan_day, _l("The meeting day is planned."),
        _back_to_queue(team_id), lambda f: _queue_page(team_id, f),
        team_id=team_id, starts_at=form.starts_at.data, place=form.place.data or "",
    )  # fmt: skip


@bp.post("/team/<int:team_id>/motedag/<int:day_id>/referent")
@staff_required
def minute_taker(team_id: int, day_id: int):
    key = f"taker-{day_id}"
    form = posted(MinuteTakerForm, key)
    return act(
        form, key, queue_service.choose_minute_taker, _l("The minute-taker is chosen."),
        _back_to_queue(team_id), lambda f: _queue_page(team_id, f),
        team_meeting_id=day_id, user_id=form.user_id.data,
    )  # fmt: skip


@bp.post("/team/<int:team_id>/sak/<int:referral_id>/hastegrad")
@staff_required
def assess(team_id: int, referral_id: int):
    key = f"assess-{referral_id}"
    form = posted(AssessForm, key)
    return act(
        form, key, queue_service.assess, _l("The urgency is recorded."),
        _back_to_queue(team_id), lambda f: _queue_page(team_id, f),
        referral_id=referral_id, urgency=form.urgency.data or "", note=form.note.data or "",
        version=form.version.data,
    )  # fmt: skip


@bp.post("/team/<int:team_id>/sak/<int:referral_id>/plassering")
@staff_required
def place(team_id: int, referral_id: int):
    key = f"place-{referral_id}"
    form = posted(PlaceForm, key)
    return act(
        form, key, queue_service.place, _l("The case has its place on the meeting day."),
        _back_to_queue(team_id), lambda f: _queue_page(team_id, f),
        referral_id=referral_id, team_meeting_id=form.team_meeting_id.data,
        starts_at=form.starts_at.data, minutes=form.minutes.data,
        interpreter_needed=form.interpreter_needed.data,
        interpreter_language=form.interpreter_language.data or "",
    )  # fmt: skip


@bp.post("/team/<int:team_id>/sak/<int:referral_id>/flytt")
@staff_required
def move(team_id: int, referral_id: int):
    key = f"move-{referral_id}"
    form = posted(MoveForm, key)
    return act(
        form, key, queue_service.move_to_team, _l("The case is sent on to the other team."),
        _back_to_queue(team_id), lambda f: _queue_page(team_id, f),
        referral_id=referral_id, team_id=form.team_id.data,
    )  # fmt: skip


@bp.post("/team/<int:team_id>/sak/<int:referral_id>/innkalling")
@staff_required
def invite(team_id: int, referral_id: int):
    key = f"invite-{referral_id}"
    form = posted(EmptyForm, key)
    return act(
        form, key, queue_service.invite, _l("The written invitations are sent."),
        _back_to_queue(team_id), lambda f: _queue_page(team_id, f),
        referral_id=referral_id,
    )  # fmt: skip


# The other pages register their routes on ``bp``.
from bti.web.teams import admin, family, meeting, printing  # noqa: E402, F401
