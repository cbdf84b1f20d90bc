"""The anonymous consultation with barnevern: «Er du i tvil kan du drøfte saken anonymt med
barnevernstjenesten» (Vestby, «Akutt?»); Bærum: «Anonyme drøftinger tas kun i bruk ved
konsultasjonstelefoner» («Type saker»).

The employee calls barnevern without saying whom it is about, then records here the day,
which of their services asked and the advice they got: nothing about the child or the
family. The page is linked from every acute box (the case page, the new-concern pages, the
guide) with the page to return to as ``tilbake``; only a page of this municipality that a
staff member may open is taken, so the parameter cannot send anyone elsewhere.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from wtforms import HiddenField, RadioField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, StopValidation

from bti import clock
from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.labels import CONSULTATION_ADVICE, capitalised, unit_kind
from bti.services.consultations import ADVICE, record_anonymous_consultation
from bti.web.auth import staff_required
from bti.web.concern import show_error
from bti.web.contacts import contacts_now
from bti.web.fields import LocalDateField
from bti.web.forms import FlaskForm

bp = Blueprint("consultation", __name__)

# Where a «tilbake» link may lead, and what the link says.
BACK_TO = {
    "case.show": _l("Back to the case"),
    "concern.start": _l("Back to the new concern"),
    "concern.acute": _l("Back to the new concern"),
    "concern.normal": _l("Back to the new concern"),
    "guide.show": _l("Back to the guide"),
}
# What was just recorded, for the confirmation page: the advice and where to return.
DONE = "bti_consultation"


def _not_in_future(form, field):
    # Said beside the field together with the other errors; the service checks it too.
    if field.data and field.data > clock.today(g.municipality):
        raise StopValidation(_l("The date cannot be in the future."))


class ConsultationForm(FlaskForm):
    consulted_on = LocalDateField(
        _l("When did you talk with barnevern?"),
        validators=[
            InputRequired(message=_l("Give the date you talked with barnevern.")),
            _not_in_future,
        ],
    )
    unit_kind = RadioField(
        _l("The service you work in"),
        choices=[],
        validate_choice=False,  # the service checks it is one of the employee's own
        validators=[InputRequired(message=_l("Choose the service you work in."))],
    )
    advice = RadioField(
        _l("What did barnevern advise?"),
        choices=[SelectChoice(code, CONSULTATION_ADVICE[code]) for code in ADVICE],
        validators=[InputRequired(message=_l("Choose the advice you were given."))],
        invalid_choice_message=_l("Choose the advice you were given."),
    )
    tilbake = HiddenField()


@bp.route("/anonym-drofting", methods=["GET", "POST"])
@staff_required
def new():
    form = ConsultationForm()
    if request.method == "GET":
        form.consulted_on.data = clock.today(g.municipality)
        form.tilbake.data = request.args.get("tilbake", "")
    back = local_page(form.tilbake.data)
    form.tilbake.data = back[0] if back else ""
    try:
        # One user action, one transaction: the row and its audit event, or nothing.
        with get_db().for_request(g.municipality_id) as db:
            try:
                actor = g.signed_in.actor(db)
            except NotFound:
                abort(404)
            kinds = sorted({str(kind) for kind in actor.unit_kinds})
            form.unit_kind.choices = [
                SelectChoice(kind, capitalised(unit_kind(kind))) for kind in kinds
            ]
            if len(kinds) == 1 and not form.unit_kind.data:
                form.unit_kind.data = kinds[0]
            if form.validate_on_submit():
                record_anonymous_consultation(
                    db,
                    municipality=g.municipality,
                    by=actor,
                    consulted_on=form.consulted_on.data,
                    advice=form.advice.data or "",
                    unit_kind=form.unit_kind.data or "",
                )
                session[DONE] = {"advice": form.advice.data, "tilbake": form.tilbake.data}
                return redirect(url_for("consultation.done"), code=303)
    except InvalidInput as error:
        show_error(form, error.field, error.message)
    return render_template(
        "consultation/new.html",
        form=form,
        back=back,
        contacts=contacts_now(acute=True),
    )


@bp.get("/anonym-drofting/lagret")
@staff_required
def done():
    # Shown once: the browser keeps no trace of the advice after the confirmation.
    recorded = session.pop(DONE, None)
    if not recorded or recorded.get("advice") not in ADVICE:
        return redirect(url_for("consultation.new"))
    back = local_page(recorded.get("tilbake"))
    return render_template(
        "consultation/done.html",
        advice=recorded["advice"],
        advice_label=CONSULTATION_ADVICE[recorded["advice"]],
        back=back,
        from_case=bool(back) and back[2] == "case.show",
        contacts=contacts_now(acute=True),
    )


def local_page(path: str | None) -> tuple[str, object, str] | None:
    """``(path, link text, endpoint)`` when ``path`` is one of the pages the consultation is
    linked from (:data:`BACK_TO`), in this municipality; otherwise None. The path is rebuilt
    from the route, so nothing the browser sent is echoed into a link."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return None
    adapter = current_app.url_map.bind("localhost")
    try:
        endpoint, values = adapter.match(path.split("?", 1)[0].split("#", 1)[0], method="GET")
    except (HTTPException, RequestRedirect):
        return None
    if endpoint not in BACK_TO or values.get("municipality") != g.municipality.slug:
        return None
    return url_for(endpoint, **values), BACK_TO[endpoint], endpoint
