"""Who has read a case, on the staff side: the case page's «Hvem har sett saken» (a panel
that opens the list on request, :func:`case_log`), the leader's review of access
(«Tilgangskontroll», :func:`review`) and emergency access (:func:`break_glass`).

What each shows, and who may see it, is the services' rule:
:mod:`bti.services.access_log`. The family's list lives with the citizens' pages
(:mod:`bti.web.citizen`).
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from wtforms import StringField, TextAreaField
from wtforms.validators import Length

from bti.case_panels import CasePanel
from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.services.access_log import break_glass as glass
from bti.services.access_log import case_log, snooping
from bti.services.access_log import who as words
from bti.web.auth import staff_required
from bti.web.forms import FlaskForm

bp = Blueprint("access", __name__)  # emergency access and the leader's review
log_bp = Blueprint("access_log", __name__)  # the case's list, under the case page's panel


def _page() -> int:
    return min(max(1, request.args.get("side", default=1, type=int) or 1), 10**6)


@log_bp.get("/sak/<case_id>/hvem-har-sett")
@staff_required
def case_log_page(case_id: str):
    with get_db().transaction(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            listing = case_log.read(session, by=actor, case_id=case_id, page=_page())
        except NotFound:
            abort(404)
    body = render_template("access/case_log.html", listing=listing, ways=words.WAYS)
    return body, 200, {"Cache-Control": "no-store"}


class BreakGlassForm(FlaskForm):
    """What the service checks (:mod:`bti.services.access_log.break_glass`): a reference
    that names a case of the user's unit, and a reason of a sensible length."""

    case_ref = StringField(_l("The case's reference"), validators=[Length(max=300)])
    reason = TextAreaField(
        _l("Why you must open the case now"),
        render_kw={"rows": 4, "maxlength": glass.REASON_MAX},
    )


@bp.route("/nodtilgang", methods=["GET", "POST"])
@staff_required
def break_glass():
    form = BreakGlassForm()
    status = 200
    if form.is_submitted():
        status = 400
    if form.validate_on_submit():
        try:
            with get_db().transaction(g.municipality_id) as session:
                actor = g.signed_in.actor(session)
                opened = glass.open_case(
                    session,
                    by=actor,
                    case_ref=form.case_ref.data or "",
                    reason=form.reason.data or "",
                )
        except NotFound:
            abort(404)
        except InvalidInput as error:
            form[error.field].errors = [*form[error.field].errors, str(error.message)]
        else:
            flash(
                _l("You have emergency access to the case for %(hours)s hours.", hours=glass.HOURS),
                "warning",
            )
            return redirect(url_for("case.show", case_id=opened.case_id))
    page = render_template("access/break_glass.html", form=form, hours=glass.HOURS)
    return page, status


@bp.get("/saker/enhet/tilgang")
@staff_required
def review():
    days = request.args.get("dager", default=None, type=int)
    with get_db().transaction(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            report = snooping.review(
                session,
                by=actor,
                days=days,
                page=_page(),
                grants_page=min(max(1, request.args.get("nodside", 1, type=int) or 1), 10**6),
            )
        except NotFound:
            abort(404)
    body = render_template(
        "access/review.html",
        report=report,
        ways=words.WAYS,
        denied=snooping.DENIED,
        rule={"factor": snooping.VOLUME_FACTOR, "floor": snooping.VOLUME_FLOOR},
        max_days=snooping.MAX_DAYS,
    )
    return body, 200, {"Cache-Control": "no-store"}


LOG_PANEL = CasePanel(
    name="access-log",
    title=_l("Who has seen the case"),
    template="case/_access_log.html",
    order=90,
    folded=True,
    read=case_log.panel,
    blueprint=log_bp,
)
NOTICE_PANEL = CasePanel(
    name="emergency-access",
    title=_l("Emergency access"),
    template="case/_emergency_access.html",
    order=1,
    read=glass.notice,
)
