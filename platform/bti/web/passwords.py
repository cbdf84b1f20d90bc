"""The local password's pages (:mod:`bti.services.password_change`,
:mod:`bti.services.password_reset` have the rules).

* ``/passord`` — «Bytt passord» for a signed-in staff user; the citizens' pages have their
  own (``/<kommune>/innsyn/passord``, :mod:`bti.web.citizen`), through :func:`change_page`.
  A wrong current password answers 401, so the sign-in throttle counts it.
* ``/nytt-passord/<reset_token>`` — a one-time link: no sign-in, the token is the
  credential. A used, expired or unknown link gets one page for every reason (410); the
  throttle counts those answers per address. The page sends no ``Referer`` at all
  (:mod:`bti.web.security`), so the token does not reach even this site's own logs that
  way.
"""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, session, url_for
from wtforms import PasswordField
from wtforms.validators import EqualTo, InputRequired

from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.passwords import MIN_LENGTH, WeakPassword
from bti.services import password_change, password_reset
from bti.web.forms import FlaskForm

bp = Blueprint("passwords", __name__)

NEW_PASSWORD_HINT = _l(
    "At least %(count)d characters. A few unrelated words make a good password.",
    count=MIN_LENGTH,
)


class NewPasswordForm(FlaskForm):
    new_password = PasswordField(
        _l("New password"),
        validators=[InputRequired(message=_l("Enter a new password."))],
        render_kw={"autocomplete": "new-password"},
    )
    repeat = PasswordField(
        _l("Repeat the new password"),
        validators=[
            InputRequired(message=_l("Enter the new password once more.")),
            EqualTo("new_password", message=_l("The two new passwords are not the same.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )


class ChangeForm(NewPasswordForm):
    current_password = PasswordField(
        _l("Current password"),
        validators=[InputRequired(message=_l("Enter your current password."))],
        render_kw={"autocomplete": "current-password"},
    )


def _beside(form, field: str, messages) -> None:
    form[field].errors = [*form[field].errors, *messages]


def _weak(form, error: WeakPassword) -> None:
    """Every rule the new password breaks, in one message beside it."""
    _beside(form, "new_password", [" ".join(str(problem) for problem in error.problems)])


def change_page(*, kind: str, account_id: int, municipality_id: int | None, session_key: str):
    """The change page for the signed-in account (the browser session's token under
    ``session_key`` stays signed in)."""
    form = ChangeForm()
    status = 200
    if form.validate_on_submit():
        try:
            password_change.change(
                get_db(),
                kind=kind,
                account_id=account_id,
                municipality_id=municipality_id,
                keep_token=session.get(session_key),
                current=form.current_password.data,
                new=form.new_password.data,
            )
        except InvalidInput as error:
            _beside(form, error.field, [error.message])
            status = 401 if error.field == "current_password" else 400
        except WeakPassword as error:
            _weak(form, error)
            status = 400
        except NotFound:
            status = 401
            _beside(form, "current_password", [password_change.WRONG_CURRENT])
        else:
            flash(
                _l("Your password is changed. Any other place you were signed in is signed out."),
                "success",
            )
            return redirect(url_for(f"{'citizen' if kind == 'citizen' else 'passwords'}.change"))
    elif form.is_submitted():
        status = 400
    # A password is never sent back to the browser (PasswordField shows no value): the
    # person types it again, beside the message that says what was wrong.
    base = "citizen/_base.html" if kind == password_change.CITIZEN else "base.html"
    page = render_template(
        "auth/password_change.html",
        form=form,
        base=base,
        hint=NEW_PASSWORD_HINT,
        sign_out=FlaskForm(),  # the citizens' menu signs out with it
    )
    return page, status


@bp.route("/passord", methods=["GET", "POST"])
def change():
    if g.get("signed_in") is None:
        return redirect(url_for("auth.sign_in"))
    return change_page(
        kind=password_change.STAFF,
        account_id=g.signed_in.user_id,
        municipality_id=None,
        session_key="sid",
    )


@bp.route("/nytt-passord/<reset_token>", methods=["GET", "POST"])
def redeem(reset_token: str):
    db = get_db()
    form = NewPasswordForm()
    status = 200
    submitted = form.validate_on_submit()
    # A form that is posted whole goes to the service, which records a refused link.
    if not submitted and not password_reset.usable(db, token=reset_token):
        return render_template("auth/password_link_unusable.html"), 410
    if submitted:
        try:
            done = password_reset.redeem(db, token=reset_token, password=form.new_password.data)
        except password_reset.Unusable:
            return render_template("auth/password_link_unusable.html"), 410
        except WeakPassword as error:
            _weak(form, error)
            status = 400
        else:
            flash(_l("Your new password is set. Sign in with it."), "success")
            return redirect(_sign_in_page(done))
    elif form.is_submitted():
        status = 400
    page = render_template("auth/password_reset.html", form=form, hint=NEW_PASSWORD_HINT)
    return page, status


def _sign_in_page(done: password_reset.Redeemed) -> str:
    if done.municipality_id is None:
        return url_for("auth.sign_in")
    slugs = {mid: slug for slug, mid in get_db().municipality_ids().items()}
    return url_for("citizen.sign_in", municipality=slugs[done.municipality_id])
