"""A staff user's notifications: the list (``/<slug>/varsler``), opening one (it is marked
read and leads to its case), and the settings (``/<slug>/varsler/innstillinger``): for each
kind, by e-mail at once, in a daily summary, or only in the list.

The links in e-mails lead to ``/<slug>/varsler/<id>``: the person signs in (and comes back to
the notice, :data:`bti.web.auth.AFTER_SIGN_IN`), and the case page's own access check decides
what they see.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from wtforms import RadioField
from wtforms.validators import InputRequired

from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.services.notifications import inbox
from bti.services.notifications import settings as service
from bti.web.auth import staff_required
from bti.web.fields import page_number
from bti.web.forms import FlaskForm, failed_with, options

bp = Blueprint("notifications", __name__)


class SettingsForm(FlaskForm):
    """One group of radio buttons per kind of notification (fields named by the kind)."""


for _kind, _label in service.KIND_LABELS.items():
    setattr(
        SettingsForm,
        _kind.value,
        RadioField(
            _label,
            choices=options((d.value, label) for d, label in service.DELIVERY_LABELS.items()),
            validators=[InputRequired(message=_l("Choose how you want this notification."))],
        ),
    )


def notice_key() -> bytes:
    """The key of the notices' neutral references (the deployment's secret key)."""
    return current_app.extensions["bti_settings"].secret_key.encode()


@bp.get("/varsler")
@staff_required
def inbox_page():
    with get_db().reading(g.municipality_id) as session:
        listing = inbox.notices(
            session, by=g.signed_in.actor(session), key=notice_key(), page=page_number()
        )
    return render_template("notifications/inbox.html", listing=listing)


@bp.get("/varsler/<int:notification_id>")
@staff_required
def open_notice(notification_id: int):
    """Marks the notice read (the person's own row, not the case) and goes to its case."""
    try:
        with get_db().transaction(g.municipality_id) as session:
            case_id = inbox.open_notice(
                session, by=g.signed_in.actor(session), notification_id=notification_id
            )
    except NotFound:
        abort(404)
    if case_id is None:
        return redirect(url_for("notifications.inbox_page"))
    return redirect(url_for("case.show", case_id=case_id))


def _settings_page(form: SettingsForm | None = None, status: int = 200):
    with get_db().reading(g.municipality_id) as session:
        chosen = service.choices(session, by=g.signed_in.actor(session))
    if form is None:
        form = SettingsForm(formdata=None, data=chosen.delivery)
    return render_template("notifications/settings.html", form=form, email=chosen.email), status


@bp.get("/varsler/innstillinger")
@staff_required
def settings_page():
    return _settings_page()


@bp.post("/varsler/innstillinger")
@staff_required
def save_settings():
    form = SettingsForm()
    if form.validate_on_submit():
        wanted = {kind.value: form[kind.value].data for kind in service.KIND_LABELS}
        try:
            with get_db().transaction(g.municipality_id) as session:
                service.save(session, by=g.signed_in.actor(session), delivery=wanted)
        except InvalidInput as error:
            failed_with(form, error)
        else:
            flash(_l("Your choices are saved."), "success")
            return redirect(url_for("notifications.settings_page"), code=303)
    return _settings_page(form, 400)
