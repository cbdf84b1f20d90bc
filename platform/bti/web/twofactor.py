"""The second factor's pages: the code after the password, enrolment by QR code, and
turning it off (:mod:`bti.services.totp` has the rules).

* ``/logg-inn/kode`` — after the password, for someone who has the second factor: the
  session starts only with a current, unspent code. Throttled like the password
  (:mod:`bti.web.throttle`).
* ``/tofaktor`` — «Tofaktor»: enrolment (a QR code, confirmed by a first code) for someone
  signed in, or straight after the password for a leader or administrator who must have it
  and has not (nothing else opens before it); turning it off for those who may.
"""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, session, url_for
from wtforms import StringField
from wtforms.validators import InputRequired

from bti.db import get_db
from bti.i18n import lazy_gettext as _l
from bti.services import signin, totp
from bti.web.auth import begin_session, pending, totp_required
from bti.web.forms import FlaskForm

bp = Blueprint("twofactor", __name__)

#: The browser session's key for the secret being enrolled (shown to its owner only).
ENROLLING = "totp_enrolling"


class CodeForm(FlaskForm):
    code = StringField(
        _l("Code from your authenticator app"),
        validators=[InputRequired(message=_l("Enter the six digits from the app."))],
        render_kw={
            "autocomplete": "one-time-code",
            "inputmode": "numeric",
            "spellcheck": "false",
        },
    )


def _start(waiting: dict):
    db = get_db()
    token = signin.start(db, user_id=waiting["user_id"], method=f"{waiting['method']}+totp")
    begin_session("sid", token)
    return redirect(url_for("auth.choose_municipality"))


@bp.route("/logg-inn/kode", methods=["GET", "POST"])
def code():
    waiting = pending(str(totp.Next.CODE))
    if waiting is None:
        return redirect(url_for("auth.sign_in"))
    form = CodeForm()
    failed = False
    if form.validate_on_submit():
        if totp.check(get_db(), user_id=waiting["user_id"], code=form.code.data):
            return _start(waiting)
        failed = True
        form.code.data = ""
    page = render_template("auth/code.html", form=form, failed=failed)
    return page, 401 if failed else 200


@bp.route("/tofaktor", methods=["GET", "POST"])
def setup():
    """Enrolment, or the state of the second factor for someone signed in."""
    waiting = pending(str(totp.Next.ENROL))
    if waiting is None and g.get("signed_in") is None:
        return redirect(url_for("auth.sign_in"))
    user_id = waiting["user_id"] if waiting else g.signed_in.user_id
    db = get_db()
    form = CodeForm()
    if waiting is None:
        state = totp.status(db, user_id=user_id, required=totp_required())
        if state.enrolled:
            return render_template(
                "auth/twofactor_on.html",
                form=form,
                may_turn_off=not state.must_have,
                by_administrator=totp.required_by_administrator(db, user_id=user_id),
            )
    secret = session.get(ENROLLING) or totp.new_secret()
    session[ENROLLING] = secret
    failed = False
    if form.validate_on_submit():
        if totp.confirm(db, user_id=user_id, secret=secret, code=form.code.data):
            session.pop(ENROLLING, None)
            if waiting is not None:
                return _start(waiting)
            flash(_l("Two-factor sign-in is on."), "success")
            return redirect(url_for("twofactor.setup"))
        failed = True
        form.code.data = ""
    page = render_template(
        "auth/twofactor_enrol.html",
        form=form,
        failed=failed,
        qr=totp.enrolment_qr(db, user_id=user_id, secret=secret),
        secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        must=waiting is not None,
        by_administrator=totp.required_by_administrator(db, user_id=user_id),
    )
    return page, 400 if failed else 200


@bp.post("/tofaktor/av")
def turn_off():
    if g.get("signed_in") is None:
        return redirect(url_for("auth.sign_in"))
    db = get_db()
    user_id = g.signed_in.user_id
    form = CodeForm()
    if totp.status(db, user_id=user_id, required=totp_required()).must_have:
        flash(_l("Your role needs two-factor sign-in: it cannot be turned off."), "warning")
        return redirect(url_for("twofactor.setup"))
    if form.validate_on_submit() and totp.turn_off(db, user_id=user_id, code=form.code.data):
        flash(_l("Two-factor sign-in is off."), "success")
        return redirect(url_for("twofactor.setup"))
    form.code.data = ""
    page = render_template("auth/twofactor_on.html", form=form, may_turn_off=True, failed=True)
    return page, 400
