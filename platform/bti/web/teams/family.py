"""The family's evaluation through a link («Brukerevaluering»): no sign-in, no name in the
link or on the page; a random token opens one evaluation, answered once."""

from __future__ import annotations

from flask import abort, g, redirect, render_template, url_for

from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.services.teams import evaluation as service
from bti.web.forms import failed_with
from bti.web.teams import bp
from bti.web.teams.forms import EvaluationForm


@bp.route("/evaluering/<token>", methods=["GET", "POST"])
def family_evaluation(token: str):
    if not g.municipality.teams:
        abort(404)
    form = EvaluationForm()
    status = 200
    try:
        with get_db().for_request(g.municipality_id) as session:
            if form.validate_on_submit():
                service.answer_by_link(session, token=token, answers=form.answers())
                return redirect(url_for("teams.family_thanks"), code=303)
            if service.by_token(session, token=token).answered_at is not None:
                return render_template("teams/evaluation_done.html", already=True)
    except NotFound:
        abort(404)
    except InvalidInput as error:
        failed_with(form, error)
        status = 400
    return render_template("teams/evaluation.html", form=form, token=token), status


@bp.get("/evaluering/takk")
def family_thanks():
    return render_template("teams/evaluation_done.html", already=False)
