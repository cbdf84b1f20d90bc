"""The administrator's page for a team: the chair, the deputy, the leader, the meeting
days, the fixed members and the units whose cases go to it. Teams are data, not code: the
plugin's defaults are written once, then changed here (audited; administrators only)."""

from __future__ import annotations

from flask import render_template, url_for

from bti.i18n import lazy_gettext as _l
from bti.services.teams import roster
from bti.web.auth import staff_required
from bti.web.forms import Forms, options
from bti.web.teams import act, bp, posted, run
from bti.web.teams.forms import CHOOSE, EmptyForm, MemberForm, TeamForm, UnitsForm

WEEKDAYS = [
    (0, _l("Monday")), (1, _l("Tuesday")), (2, _l("Wednesday")), (3, _l("Thursday")),
    (4, _l("Friday")),
]  # fmt: skip


def _page(team_id: int, failed: dict | None = None):
    data = run(roster.administration, team_id=team_id)
    forms = Forms(failed)
    people = options([("", CHOOSE), *data.staff])
    team = forms.form("team", TeamForm, version=data.team.version)
    for name in ("coordinator_id", "deputy_id", "leader_id"):
        getattr(team, name).choices = people
        if "team" not in (failed or {}):
            getattr(team, name).data = getattr(data.team, name)
    team.weekday.choices = options(WEEKDAYS)
    if "team" not in (failed or {}):
        team.weekday.data = data.team.weekday
        team.starts_at_hour.data = data.team.starts_at_hour
        team.cadence_days.data = data.team.cadence_days
        team.meeting_hours.data = int(data.team.meeting_hours)
        team.place.data = data.team.place
    member = forms.form("member", MemberForm)
    member.user_id.choices = people
    member.service.choices = options(data.seats)
    units = forms.form("units", UnitsForm)
    units.unit_ids.choices = options(data.units)
    if "units" not in (failed or {}):
        units.unit_ids.data = data.served
    return render_template(
        "teams/admin.html",
        data=data,
        forms={"team": team, "member": member, "units": units},
        remove=lambda m: forms.form(f"remove-{m}", EmptyForm),
    )


@bp.get("/team/<int:team_id>/rediger")
@staff_required
def edit(team_id: int):
    return _page(team_id)


def _back(team_id: int) -> str:
    return url_for("teams.edit", team_id=team_id)


@bp.post("/team/<int:team_id>/rediger")
@staff_required
def update(team_id: int):
    form = posted(TeamForm, "team")
    return act(
        form, "team", roster.update, _l("The team is saved."), _back(team_id),
        lambda f: _page(team_id, f), team_id=team_id,
        coordinator_id=form.coordinator_id.data, deputy_id=form.deputy_id.data,
        leader_id=form.leader_id.data,
        weekday=form.weekday.data if form.weekday.data is not None else -1,
        starts_at_hour=form.starts_at_hour.data or 0, cadence_days=form.cadence_days.data or 0,
        meeting_hours=form.meeting_hours.data or 0, place=form.place.data or "",
        version=form.version.data,
    )  # fmt: skip


@bp.post("/team/<int:team_id>/medlem")
@staff_required
def add_member(team_id: int):
    form = posted(MemberForm, "member")
    return act(
        form, "member", roster.add_member, _l("The member is added."), _back(team_id),
        lambda f: _page(team_id, f), team_id=team_id, user_id=form.user_id.data,
        service=form.service.data or "",
    )  # fmt: skip


@bp.post("/team/<int:team_id>/medlem/<int:member_id>/fjern")
@staff_required
def remove_member(team_id: int, member_id: int):
    key = f"remove-{member_id}"
    form = posted(EmptyForm, key)
    return act(
        form, key, roster.remove_member, _l("The member is removed."), _back(team_id),
        lambda f: _page(team_id, f), team_id=team_id, member_id=member_id,
    )  # fmt: skip


@bp.post("/team/<int:team_id>/enheter")
@staff_required
def units(team_id: int):
    form = posted(UnitsForm, "units")
    return act(
        form, "units", roster.set_units, _l("The units are saved."), _back(team_id),
        lambda f: _page(team_id, f), team_id=team_id, unit_ids=form.unit_ids.data or [],
    )  # fmt: skip
