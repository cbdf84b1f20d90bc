"""``/admin``: the deployment-wide administrator's page. The municipalities of the
configuration, whether each is in the database (add it), and, for one without an
administrator, the form for its first. Everyone else gets 404."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from wtforms import PasswordField, StringField
from wtforms.validators import EqualTo, InputRequired

from bti.db import get_db
from bti.errors import InvalidInput, NotFound, Refused
from bti.i18n import lazy_gettext as _l
from bti.passwords import WeakPassword
from bti.services.administration import central as service
from bti.web.administration.forms import EmptyForm
from bti.web.forms import FlaskForm, limit

bp = Blueprint("central", __name__)


class FirstAdministratorForm(FlaskForm):
    username = StringField(
        _l("Username"),
        validators=[InputRequired(message=_l("Write a username.")), limit(120)],
        render_kw={"autocapitalize": "none", "spellcheck": "false", "autocomplete": "off"},
    )
    display_name = StringField(
        _l("Name"), validators=[InputRequired(message=_l("Write the person's name.")), limit(160)]
    )
    email = StringField(_l("Work e-mail (optional)"), validators=[limit(254)])
    subject = StringField(
        _l("Sign-in identity from the identity provider (optional)"), validators=[limit(255)]
    )
    password = PasswordField(
        _l("Password (optional without a sign-in identity: at least 12 characters)"),
        render_kw={"autocomplete": "new-password"},
    )
    repeat = PasswordField(
        _l("The password again"),
        validators=[EqualTo("password", message=_l("The two passwords differ."))],
        render_kw={"autocomplete": "new-password"},
    )


def _user_id() -> int:
    if g.signed_in is None:
        abort(redirect(url_for("auth.sign_in")))
    return g.signed_in.user_id


def _page(failed: dict | None = None):
    registry = current_app.extensions["bti"]
    try:
        states = service.overview(get_db(), user_id=_user_id(), registry=registry)
    except NotFound:
        abort(404)
    failed = failed or {}

    def form(key: str, cls):
        return failed.get(key) or cls(formdata=None, prefix=key)

    return render_template(
        "administration/central.html",
        states=states,
        add_form=lambda slug: form(f"add-{slug}", EmptyForm),
        admin_form=lambda slug: form(f"admin-{slug}", FirstAdministratorForm),
        failed=set(failed),
    )


@bp.get("/admin")
def index():
    return _page()


@bp.post("/admin/kommune/<slug>/legg-til")
def add(slug: str):
    key = f"add-{slug}"
    form = EmptyForm(prefix=key)
    if form.validate_on_submit():
        try:
            service.add_municipality(
                get_db(), user_id=_user_id(), registry=current_app.extensions["bti"], slug=slug
            )
        except NotFound:
            abort(404)
        current_app.extensions.pop("bti_municipality_ids", None)
        flash(_l("The municipality is added."), "success")
        return redirect(url_for("central.index"), code=303)
    return _page({key: form}), 400


@bp.post("/admin/kommune/<slug>/administrator")
def first_administrator(slug: str):
    key = f"admin-{slug}"
    form = FirstAdministratorForm(prefix=key)
    if form.validate_on_submit():
        try:
            service.create_first_administrator(
                get_db(),
                user_id=_user_id(),
                registry=current_app.extensions["bti"],
                slug=slug,
                username=form.username.data or "",
                display_name=form.display_name.data or "",
                email=form.email.data,
                subject=form.subject.data,
                password=form.password.data,
            )
        except NotFound:
            abort(404)
        except InvalidInput as error:
            target = form._fields.get(error.field)
            if target is not None:
                target.errors = [str(error.message)]
            else:
                form.form_errors.append(str(error.message))
        except WeakPassword as error:
            form.password.errors = [" ".join(str(p) for p in error.problems)]
        except Refused as error:
            form.form_errors.append(str(error.message))
        else:
            flash(_l("The administrator is created."), "success")
            return redirect(url_for("central.index"), code=303)
    return _page({key: form}), 400
