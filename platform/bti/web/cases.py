"""The staff's own pages in a municipality: «Mine saker» — the user's cases, the offers of
the baton waiting for their answer, and their upcoming meetings — and, for a leader, «Min
enhet»: the open cases of the units they lead."""

from __future__ import annotations

from flask import Blueprint, abort, g, render_template, request

from bti import clock
from bti.db import get_db
from bti.errors import NotFound
from bti.models import CaseStatus
from bti.services import overview, unit_overview
from bti.services.actors import load_actor
from bti.web.auth import staff_required

bp = Blueprint("cases", __name__)

PER_PAGE = 25


@bp.get("/saker")
@staff_required
def mine():
    page = request.args.get("side", default=1, type=int)
    level = request.args.get("niva", default=None, type=int)
    closed = request.args.get("status") == "avsluttet"
    now = clock.now()
    with get_db().transaction(g.municipality_id) as session:
        try:
            actor = load_actor(session, g.signed_in.user_id)
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
        )
    return render_template(
        "cases/mine.html",
        listing=mine.listing,
        subjects=mine.subjects,
        next_deadline=mine.next_deadline,
        offers=mine.offers,
        meetings=mine.meetings,
        names=mine.names,
        overdue=mine.overdue,
        now=now,
        level=level,
        closed=closed,
        leads_unit=mine.leads_unit,
    )


@bp.get("/saker/enhet")
@staff_required
def unit():
    """«Min enhet». Someone who leads no unit gets 404, like any page they may not see: the
    link to it is shown to leaders only."""
    page = request.args.get("side", default=1, type=int)
    try:
        sort = unit_overview.UnitSort(request.args.get("sorter", ""))
    except ValueError:
        sort = unit_overview.UnitSort.DEADLINE
    with get_db().transaction(g.municipality_id) as session:
        try:
            actor = load_actor(session, g.signed_in.user_id)
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
