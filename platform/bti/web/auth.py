"""Signing in and out, the idle timeout, and choosing the municipality to work in.

The sign-in page offers the methods the deployment has: a button per municipality whose
staff sign in through its identity provider (:mod:`bti.web.oidc`), and a local account
(username and password, unless ``BTI_STAFF_PASSWORDS`` turns it off), followed by a code
from an authenticator app for those who have one (:mod:`bti.web.twofactor`). All that
follows needs only the user's id (:func:`after_first_factor`; with ``method="oidc"`` it asks
for no code: the provider owns the second factor).
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from functools import wraps

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired

from bti import clock
from bti.db import get_db
from bti.i18n import lazy_gettext as _l
from bti.services import signin, totp
from bti.services.administration import central as administration_central
from bti.services.notifications import inbox
from bti.web.forms import FlaskForm

bp = Blueprint("auth", __name__)


class SignInForm(FlaskForm):
    username = StringField(
        _l("Username"),
        validators=[InputRequired(message=_l("Enter your username."))],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(message=_l("Enter your password."))],
        render_kw={"autocomplete": "current-password"},
    )


class ChooseForm(FlaskForm):
    pass


def init_app(app) -> None:
    from bti.web import passwords, twofactor

    app.register_blueprint(bp)
    app.register_blueprint(twofactor.bp)
    app.register_blueprint(passwords.bp)
    app.before_request(_load_signed_in_user)
    app.context_processor(_signed_in_context)


def _signed_in_context() -> dict:
    """Who is signed in, what the header's menus offer them (:func:`_work_in`), and how
    many of their notifications are unread (asked when the header shows it, once a page)."""
    signed_in = g.get("signed_in")
    menu = session.get(HEADER_MENU, {}) if signed_in and signed_in.municipality_id else {}
    return {"signed_in": signed_in, "header_menu": menu, "unread_notifications": _unread}


def _unread() -> int:
    signed_in = g.get("signed_in")
    if signed_in is None or signed_in.municipality_id != g.get("municipality_id"):
        return 0
    return unread_notices(UNREAD, municipality_id=signed_in.municipality_id, by=signed_in)


UNREAD = "bti.unread_notifications"


def unread_notices(key: str, *, municipality_id: int, by) -> int:
    """How many of ``by``'s notifications are unread, for the number beside «Varsler» in a
    menu (the staff's or the citizens'): counted once a request, kept under ``key``. Kept
    for the request, not in ``g``: an app context outlives a request where one was already
    pushed, and a count from an earlier request would be shown."""
    if key not in request.environ:
        request.environ[key] = inbox.unread_count(get_db(), municipality_id=municipality_id, by=by)
    return request.environ[key]


def _load_signed_in_user() -> None:
    token = session.get("sid")
    found = signin.current(get_db(), token=token) if token else None
    g.signed_in = found if isinstance(found, signin.Current) else None
    if token and g.signed_in is None:
        session.pop("sid", None)
        flash(signed_out_message(found))


def signed_out_message(reason: signin.Closed) -> str:
    """What the sign-in page says to someone whose session has closed, and why."""
    if reason == signin.Closed.IDLE:
        return _l("You were signed out after a while without activity. Sign in again.")
    if reason == signin.Closed.EXPIRED:
        return _l(
            "You were signed out: a sign-in lasts at most %(hours)s hours. Sign in again.",
            hours=signin.session_limits().hours,
        )
    return _l("Your session has ended. Sign in again.")


#: The browser session's key for a notice's link opened before signing in
#: (``/<slug>/varsler/<id>``, or a citizen's ``/<slug>/innsyn/varsler/<id>``; nothing else):
#: signing in goes on to it.
AFTER_SIGN_IN = "after_sign_in"
_NOTICE_PATH = re.compile(r"^/[a-z][a-z0-9-]{1,39}/varsler/[0-9]{1,12}$")
_CITIZEN_NOTICE_PATH = re.compile(r"^/[a-z][a-z0-9-]{1,39}/innsyn/varsler/[0-9]{1,12}$")


def keep_notice_for_sign_in(*, citizen: bool = False) -> None:
    """Before sending someone to sign in: keep the notice's link they opened, if it is one."""
    pattern = _CITIZEN_NOTICE_PATH if citizen else _NOTICE_PATH
    if request.method == "GET" and pattern.match(request.path):
        session[AFTER_SIGN_IN] = request.path


def notice_after_sign_in(slug: str, *, citizen: bool = False) -> str | None:
    """After a sign-in in municipality ``slug``: the notice's link kept before it, if any
    (used once; a staff link never leads a citizen on, nor the other way round)."""
    wanted = session.pop(AFTER_SIGN_IN, None)
    pattern = _CITIZEN_NOTICE_PATH if citizen else _NOTICE_PATH
    if wanted and pattern.match(wanted) and wanted.startswith(f"/{slug}/"):
        return wanted
    return None


def fresh_session() -> None:
    """Empty the browser's session, keeping only the language the person chose and the
    notice they came to open."""
    kept = {k: session.get(k) for k in ("locale", AFTER_SIGN_IN) if session.get(k)}
    session.clear()
    session.update(kept)


def begin_session(key: str, token: str | None) -> bool:
    """After a sign-in: a fresh browser session holding ``token`` under ``key`` (nothing from
    before carries over), or ``False`` when the sign-in failed (one message for every
    reason: it tells nothing about accounts)."""
    if token is None:
        return False
    fresh_session()
    session[key] = token
    return True


@bp.route("/logg-inn", methods=["GET", "POST"])
def sign_in():
    from bti.web import oidc

    passwords = current_app.extensions["bti_settings"].staff_passwords
    if request.method == "POST" and not passwords:
        abort(404)
    form = SignInForm()
    failed = False
    if form.validate_on_submit():
        user_id = signin.check_password(
            get_db(), username=form.username.data, password=form.password.data
        )
        if user_id is not None:
            return after_first_factor(user_id, method="password")
        failed = True
    page = render_template(
        "auth/sign_in.html",
        form=form,
        failed=failed,
        providers=oidc.staff_choices(),
        passwords=passwords,
    )
    return page, 401 if failed else 200


#: The browser session's key for a sign-in waiting for its second factor: the user's id,
#: the method of the first, what it waits for (``totp.Next``) and until when.
PENDING = "pending_2fa"
PENDING_FOR = timedelta(minutes=5)


def totp_required() -> bool:
    """``BTI_TOTP_REQUIRED``: on by default in production only."""
    value = current_app.config.get("BTI_TOTP_REQUIRED")
    if value is None:
        value = os.environ.get(
            "BTI_TOTP_REQUIRED", current_app.config.get("BTI_ENV") == "production"
        )
    if isinstance(value, str):
        value = value.strip().lower() not in ("0", "false", "no", "off", "")
    return bool(value)


def after_first_factor(user_id: int, *, method: str, id_token: str | None = None):
    """The first factor passed (a password, or the identity provider, ``method="oidc"``,
    which needs no code here; its ``id_token`` is kept for signing out there): the session
    starts, or the second factor is asked for first (a code, or enrolment for someone who
    must have it)."""
    db = get_db()
    step = totp.needed(db, user_id=user_id, method=method, required=totp_required())
    if step is None:
        token = signin.start(db, user_id=user_id, method=method, id_token=id_token)
        begin_session("sid", token)
        return redirect(url_for("auth.choose_municipality"))
    fresh_session()
    session[PENDING] = {
        "user_id": user_id,
        "method": method,
        "next": str(step),
        "until": (clock.now() + PENDING_FOR).isoformat(),
    }
    return redirect(url_for("twofactor.code" if step == totp.Next.CODE else "twofactor.setup"))


def pending(step: str) -> dict | None:
    """The sign-in waiting for ``step``, if there is one and it has not expired."""
    waiting = session.get(PENDING)
    if not waiting or waiting.get("next") != step:
        return None
    if datetime.fromisoformat(waiting["until"]) < clock.now():
        session.pop(PENDING, None)
        return None
    return waiting


@bp.post("/logg-ut")
def sign_out():
    """End the session here, and at the identity provider where it began there."""
    from bti.web import oidc

    id_token = signin.end(get_db(), token=session.get("sid"))
    through = session.get(oidc.SIGNED_IN_THROUGH)
    fresh_session()
    g.signed_in = None
    there = oidc.sign_out_there(
        slug=through,
        kind=oidc.STAFF,
        id_token=id_token,
        back=url_for("auth.sign_in", _external=True),
    )
    # After the page forwarding to the provider is rendered: the message waits for the
    # sign-in page the provider sends the browser back to.
    flash(_l("You are signed out."))
    return there or redirect(url_for("auth.sign_in"))


@bp.route("/velg-kommune", methods=["GET", "POST"])
def choose_municipality():
    """Choose the municipality to work in: after signing in, and from the header's «Bytt
    kommune» menu later (the same form post). Only a municipality where the user has a
    membership can be chosen; the others' pages stay 404."""
    if g.signed_in is None:
        return redirect(url_for("auth.sign_in"))
    db = get_db()
    choices = signin.municipalities_of(db, user_id=g.signed_in.user_id)
    form = ChooseForm()
    if len(choices) == 1:
        return _work_in(choices[0], choices)
    central = administration_central.is_central(db, user_id=g.signed_in.user_id)
    if not choices and central:
        return redirect(url_for("central.index"))
    if form.validate_on_submit():
        chosen = request.form.get("municipality")
        for municipality in choices:
            if municipality.slug == chosen:
                return _work_in(municipality, choices)
    return render_template("auth/choose.html", form=form, choices=choices, central=central)


#: The browser session's key for what the header's menus offer, set when the municipality
#: is chosen. It only decides which links show: every page checks access itself.
HEADER_MENU = "header_menu"


def _work_in(municipality, choices):
    switching = g.signed_in.municipality_id not in (None, municipality.id)
    chosen = signin.choose_municipality(
        get_db(),
        token=session["sid"],
        user_id=g.signed_in.user_id,
        municipality_id=municipality.id,
    )
    session[HEADER_MENU] = {
        "elsewhere": [[m.slug, m.name] for m in choices if m.id != municipality.id],
        "leads_unit": chosen.leads_unit,
        "in_team": chosen.in_team,
        "sees_indicators": chosen.sees_indicators,
        "sees_protocols": chosen.sees_protocols,
        "reviews_access": chosen.reviews_access,
        "administers": chosen.administers,
        "central": administration_central.is_central(get_db(), user_id=g.signed_in.user_id),
    }
    if switching:
        flash(_l("You now work in %(name)s.", name=municipality.name), "success")
    wanted = notice_after_sign_in(municipality.slug)
    return redirect(wanted or url_for("cases.mine", municipality=municipality.slug))


def staff_required(view):
    """A page for staff working in the URL's municipality. Not signed in: to the sign-in
    page. Signed in to work elsewhere, or without a membership here: 404, like any page the
    user may not see."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.signed_in is None:
            keep_notice_for_sign_in()
            return redirect(url_for("auth.sign_in"))
        if g.signed_in.municipality_id != g.municipality_id:
            abort(404)
        return view(*args, **kwargs)

    return wrapped
