"""The outbox as the administrator sees it: how many notifications are in each state, the
ones that failed or wait for another attempt (kind, when, attempts, the mail server's
answer, the next attempt: no names, no case text), and «Send again» for a failed one."""

from __future__ import annotations

from flask import render_template, url_for

from bti.i18n import lazy_gettext as _l
from bti.services.notifications import admin as service
from bti.web.administration import act, bp, run
from bti.web.administration.forms import EmptyForm
from bti.web.auth import staff_required
from bti.web.fields import page_number
from bti.web.forms import Forms


def _page(failed: dict | None = None):
    listing = run(service.outbox, page=page_number())
    forms = Forms(failed)
    return render_template(
        "administration/notifications.html",
        listing=listing,
        button=lambda key: forms.form(key, EmptyForm),
    )


@bp.get("/administrasjon/varsler")
@staff_required
def notifications():
    return _page()


@bp.post("/administrasjon/varsler/<int:notification_id>/send-igjen")
@staff_required
def resend_notification(notification_id: int):
    key = f"resend-{notification_id}"
    form = EmptyForm(prefix=key)
    return act(
        form, key, service.resend, _l("The notification will be sent again within a minute."),
        url_for("administration.notifications"), _page, notification_id=notification_id,
    )  # fmt: skip
