"""The municipality's administration: ``/<slug>/administrasjon/…``.

* this module — the blueprint, the frame (one service per request; a failed form shown
  again with what was typed, 400) and the start page;
* :mod:`.units` — the units (tjenestesteder);
* :mod:`.staff` — the staff accounts, their roles, sign-in identity, second factor, and
  deactivation;
* :mod:`.notifications` — the outbox: counts, the failed and retrying notifications, and
  sending a failed one again;
* :mod:`.central` — the deployment-wide administrator's page at ``/admin`` (a blueprint of
  its own, outside any municipality).

Every read and change goes through :mod:`bti.services.administration`, which checks that
the user administers this municipality and audits; anyone else gets a 404 on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template

from bti.db import get_db
from bti.errors import InvalidInput, NotFound, Refused
from bti.services.administration import access
from bti.web.auth import staff_required
from bti.web.forms import FlaskForm, failed_with

bp = Blueprint("administration", __name__)


def run(service: Callable[..., Any], /, **arguments: Any) -> Any:
    """``service(session, by=<the signed-in user>, **arguments)`` in one transaction (a
    page view's read-only one for a GET); 404 for what the user may not reach."""
    try:
        with get_db().for_request(g.municipality_id) as session:
            return service(session, by=g.signed_in.actor(session), **arguments)
    except NotFound:
        abort(404)


def act(
    form: FlaskForm,
    key: str,
    action: Callable[..., Any],
    done,
    redirect_to: Callable[[Any], str] | str,
    again: Callable[[dict], Any],
    /,
    **arguments,
):
    """A form's action: validate, call one service, then on with the message ``done``; on
    a mistake the page again (400) with the message beside the field it names, or at the
    top of the form when the service refused."""
    if form.validate_on_submit():
        try:
            result = run(action, **arguments)
        except InvalidInput as error:
            failed_with(form, error)
        except Refused as error:
            form.form_errors.append(str(error.message))
        else:
            flash(done, "success")
            where = redirect_to(result) if callable(redirect_to) else redirect_to
            return redirect(where, code=303)
    return again({key: form}), 400


def _administrator(session, by):
    access.require(session, by, "admin.start")
    return True


@bp.get("/administrasjon/")
@staff_required
def start():
    run(_administrator)
    return render_template("administration/start.html", has_teams=bool(g.municipality.teams))


# The other pages register their routes on ``bp``.
from bti.web.administration import central, notifications, staff, units  # noqa: E402, F401
