"""The staff's own pages in a municipality: «Mine saker» — the user's cases, the offers of
the baton waiting for their answer, and their upcoming meetings."""

from __future__ import annotations

from flask import Blueprint, abort, g, render_template, request
from sqlmodel import select

from bti import clock
from bti.db import get_db
from bti.errors import NotFound
from bti.models import CaseStatus, Deadline, StaffUser, Subject
from bti.services import access, overview
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
    with get_db().transaction(g.municipality_id) as session:
        try:
            actor = load_actor(session, g.signed_in.user_id)
        except NotFound:
            abort(404)
        listing = access.my_cases(
            session,
            by=actor,
            page=page,
            per_page=PER_PAGE,
            status=CaseStatus.CLOSED if closed else CaseStatus.OPEN,
            level=level if level in range(4) else None,
        )
        ids = [case.id for case in listing.items]
        subjects = {
            s.id: s
            for s in session.exec(
                select(Subject).where(Subject.id.in_([c.subject_id for c in listing.items]))
            )
        }
        next_deadline: dict[str, Deadline] = {}
        for deadline in session.exec(
            select(Deadline)
            .where(Deadline.case_id.in_(ids), Deadline.met_at.is_(None))
            .order_by(Deadline.due_at)
        ):
            next_deadline.setdefault(deadline.case_id, deadline)
        now = clock.now()
        offers = overview.offers_to_answer(session, by=actor)
        meetings = overview.upcoming_meetings(session, by=actor, now=now)
        overdue = overview.overdue_deadlines(session, by=actor, now=now)
        names = {
            user.id: user.display_name
            for user in session.exec(
                select(StaffUser).where(
                    StaffUser.id.in_(
                        [offer.handover.from_user_id for offer in offers]
                        + [item.deadline.owner_id for item in overdue]
                    )
                )
            )
        }
    return render_template(
        "cases/mine.html",
        listing=listing,
        subjects=subjects,
        next_deadline=next_deadline,
        offers=offers,
        meetings=meetings,
        names=names,
        overdue=overdue,
        now=now,
        level=level,
        closed=closed,
    )
