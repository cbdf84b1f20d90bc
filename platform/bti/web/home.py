"""The front pages: the list of municipalities, each municipality's start page, language."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    make_response,
    redirect,
    render_template,
    request,
    session,
)

from bti.i18n import LOCALES
from bti.web.contacts import phones

bp = Blueprint("home", __name__)
municipality_bp = Blueprint("municipality", __name__)


@bp.get("/")
def index():
    registry = current_app.extensions["bti"]
    return render_template("home/index.html", municipalities=list(registry))


@bp.post("/sprak")
def choose_language():
    locale = request.form.get("locale", "")
    if locale not in LOCALES:
        abort(400)
    session["locale"] = locale
    return redirect(_safe_next(request.form.get("next")))


def _safe_next(target: str | None) -> str:
    """Only a path on this site; never an address elsewhere."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@municipality_bp.get("/")
def start():
    return render_template("home/municipality.html", levels=g.municipality.levels, phones=phones)


@municipality_bp.get("/utskrift/sidetall.css")
def page_numbers():
    """The printouts' «Side x av y» in the reader's language, as a stylesheet: the page in
    the browser may hold no inline style (:mod:`bti.web.security`)."""
    from bti.web.panels.printable import page_numbers_css

    response = make_response(str(page_numbers_css()))
    response.mimetype = "text/css"
    return response
