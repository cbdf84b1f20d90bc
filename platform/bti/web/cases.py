"""The staff's own pages in a municipality: «Mine saker» — the user's cases, the offers of
the baton waiting for their answer, and their upcoming meetings — and, for a leader, «Min
enhet»: the open cases of the units they lead."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from wtforms import RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice

from bti import clock
from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import CaseStatus
from bti.services import overview, refusals, unit_overview
from bti.web.auth import staff_required
from bti.web.fields import page_number, query_number
from bti.web.forms import FlaskForm

bp = Blueprint("cases", __name__)

PER_PAGE = 25


@bp.get("/saker")
@staff_required
def mine():
    return _mine_page()


def _mine_page(failed: dict | None = None, status: int = 200):
    page = page_number()
    level = query_number("niva", high=99)
    closed = request.args.get("status") == "avsluttet"
    now = clock.now()
    with get_db().reading(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
        except NotFound:
            abort(404)
        mine = overview.my_page(
            session,
            by=actor,
            now=now,
            page=page,
            per_page=PER_PAGE,
            status=CaseStatus.CLOSED if closed else CaseStatus.OPEN,
            level=level if level in range(4) else None,
            municipality=g.municipality,
        )
    failed = failed or {}
    task_forms = {
        item.task.id: failed.get(item.task.id) or _assess_form(item.answers) for item in mine.tasks
    }
    return render_template(
        "cases/mine.html",
        listing=mine.listing,
        subjects=mine.subjects,
        next_deadline=mine.next_deadline,
        offers=mine.offers,
        meetings=mine.meetings,
        names=mine.names,
        overdue=mine.overdue,
        tasks=mine.tasks,
        task_forms=task_forms,
        now=now,
        level=level,
        closed=closed,
        leads_unit=mine.leads_unit,
    ), status


class AssessForm(FlaskForm):
    """A leader's assessment of a task; the choices are the guide's answers."""

    answer = RadioField(_l("Assessment"), choices=[], validate_choice=False)
    reason = TextAreaField(_l("Reason"), render_kw={"rows": 3})


def _assess_form(answers, formdata=None) -> AssessForm:
    form = AssessForm(formdata=formdata) if formdata is not None else AssessForm(formdata=None)
    form.answer.choices = [SelectChoice(code, label) for code, label in answers]
    return form


@bp.post("/saker/oppgave/<int:task_id>")
@staff_required
def assess_task(task_id: int):
    """A leader records the assessment a task asks for; on a mistake «Mine saker» shows
    again with the message beside the field."""
    rule = g.municipality.guardians_decline_task
    form = _assess_form(rule.answers if rule else (), formdata=request.form)
    if not form.validate():
        return _mine_page({task_id: form}, 400)
    try:
        with get_db().transaction(g.municipality_id) as session:
            actor = g.signed_in.actor(session)
            refusals.assess(
                session,
                municipality=g.municipality,
                by=actor,
                task_id=task_id,
                answer=form.answer.data or "",
                reason=form.reason.data or "",
            )
    except NotFound:
        abort(404)
    except InvalidInput as error:
        form[error.field].errors = [*form[error.field].errors, str(error.message)]
        return _mine_page({task_id: form}, 400)
    flash(str(_l("The assessment is recorded.")), "success")
    return redirect(url_for("cases.mine"))


@bp.get("/saker/enhet")
@staff_required
def unit():
    """«Min enhet». Someone who leads no unit gets 404, like any page they may not see: the
    link to it is shown to leaders only."""
    page = page_number()
    try:
        sort = unit_overview.UnitSort(request.args.get("sorter", ""))
    except ValueError:
        sort = unit_overview.UnitSort.DEADLINE
    with get_db().reading(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            listing = unit_overview.my_unit(
                session,
                by=actor,
                municipality=g.municipality,
                now=clock.now(),
                page=page,
                per_page=PER_PAGE,
                sort=sort,
            )
        except NotFound:
            abort(404)
    return render_template("cases/unit.html", listing=listing, sorts=unit_overview.UnitSort)
