"""Forms to print: the consent form (blank or a registered consent), the invitation to a
meeting, its minutes and the action plan — as HTML for the browser's print and as PDF for a
signature on paper.

Every document is read by one service of :mod:`bti.services.printouts` (audited as
``case.print``; 404 for someone outside the case, with the services' own reads). The PDF is made by
WeasyPrint from the same HTML (:mod:`bti.web.pdf`); it gets the stylesheets and fonts from
the package's static folder on disk, never over HTTP from the app itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import Blueprint, abort, current_app, g, make_response, render_template, request, url_for
from markupsafe import Markup

from bti.i18n import gettext as _
from bti.services import printouts
from bti.web import pdf as pdf_output
from bti.web.auth import staff_required
from bti.web.case_view import Done, perform

bp = Blueprint("print", __name__)

# ---------------------------------------------------------------------------------------------
# Rendering: HTML for the browser, PDF through WeasyPrint
# ---------------------------------------------------------------------------------------------


def to_pdf(html: str) -> bytes:
    """The document as PDF, with the print stylesheet and fonts read from disk."""
    return pdf_output.render(
        html,
        base_url=request.url_root,
        static_folder=current_app.static_folder,
        static_url_path=current_app.static_url_path,
        script_root=request.script_root,
    )


def _respond(html: str, *, pdf: bool, filename: str):
    if pdf:
        response = make_response(to_pdf(html))
        response.headers["Content-Type"] = "application/pdf"
        response.headers["Content-Disposition"] = f'inline; filename="{filename}.pdf"'
    else:
        response = make_response(html)
    response.headers["Cache-Control"] = "no-store"
    return response


def page_numbers_css() -> Markup:
    """The @page rule that numbers the pages «Side x av y» in the user's language."""
    text = _("Page %(page)s of %(pages)s", page="\x00page\x00", pages="\x00pages\x00")
    parts = []
    for index, piece in enumerate(text.split("\x00")):
        if index % 2:  # between the markers: the name of a counter
            parts.append("counter(pages)" if piece == "pages" else "counter(page)")
        elif piece:
            parts.append(_css_string(piece))
    content = " ".join(parts)  # every piece is escaped by _css_string: safe in <style>
    return Markup(  # nosec B704 # counter names and _css_string literals only, escaped above
        f"@page {{ @bottom-right {{ content: {content}; }} }}"
    )


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal, safe inside a ``<style>`` element."""
    escaped = "".join(c if c.isalnum() or c in " .,:-" else f"\\{ord(c):06x}" for c in text)
    return f'"{escaped}"'


def document(
    service: Callable[..., printouts.Printout],
    *,
    kind: str,
    template: str,
    filename: str,
    pdf: bool,
    pdf_url: str,
    **arguments,
):
    """Read the printout through ``service(**arguments)`` and render the form of ``kind`` —
    the municipality's own template when its variant has one — with the guardians' names
    hidden in its text while a report keeps them out (the one way out for every printout)."""
    outcome = perform(service, **arguments)
    if not isinstance(outcome, Done):
        abort(404)
    printout = outcome.result
    # A printout may name its own form (the invitation to a kind of meeting that has one).
    variant = g.municipality.form_variant(printout.data.get("form_kind") or kind)
    html = render_template(
        variant.template if variant and variant.template else template,
        title=variant.title if variant else "",
        case=printout.case,
        subject=printout.subject,
        pdf=pdf,
        pdf_url=pdf_url,
        page_numbers=page_numbers_css(),
        guardians_kept_out=printout.guardians_kept_out,
        **printout.data,
    )
    return _respond(_in_text(html, printout.hide), pdf=pdf, filename=filename)


_TAG = re.compile(r"(<[^>]*>)")


def _in_text(html: str, change: Callable[[str], str]) -> str:
    """``html`` with ``change`` applied to the text between its tags (never to markup)."""
    parts = _TAG.split(html)
    return "".join(part if index % 2 else change(part) for index, part in enumerate(parts))


# ---------------------------------------------------------------------------------------------
# The routes
# ---------------------------------------------------------------------------------------------


@bp.get("/sak/<case_id>/utskrift/samtykke", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/samtykke.pdf", defaults={"pdf": True})
@staff_required
def print_blank_consent(case_id: str, pdf: bool):
    return document(
        printouts.consent,
        kind="consent",
        template="print/consent.html",
        filename="samtykke",
        pdf=pdf,
        pdf_url=url_for("print.print_blank_consent", case_id=case_id, pdf=True),
        case_id=case_id,
    )


@bp.get("/sak/<case_id>/utskrift/samtykke/<int:consent_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/samtykke/<int:consent_id>.pdf", defaults={"pdf": True})
@staff_required
def print_consent(case_id: str, consent_id: int, pdf: bool):
    return document(
        printouts.consent,
        kind="consent",
        template="print/consent.html",
        filename="samtykke",
        pdf=pdf,
        pdf_url=url_for("print.print_consent", case_id=case_id, consent_id=consent_id, pdf=True),
        case_id=case_id,
        consent_id=consent_id,
    )


@bp.get("/sak/<case_id>/utskrift/invitasjon/<int:meeting_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/invitasjon/<int:meeting_id>.pdf", defaults={"pdf": True})
@staff_required
def print_invitation(case_id: str, meeting_id: int, pdf: bool):
    return document(
        printouts.invitation,
        kind="invitation",
        template="print/invitation.html",
        filename="invitasjon",
        pdf=pdf,
        pdf_url=url_for("print.print_invitation", case_id=case_id, meeting_id=meeting_id, pdf=True),
        case_id=case_id,
        meeting_id=meeting_id,
    )


@bp.get("/sak/<case_id>/utskrift/referat/<int:meeting_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/referat/<int:meeting_id>.pdf", defaults={"pdf": True})
@staff_required
def print_minutes(case_id: str, meeting_id: int, pdf: bool):
    return document(
        printouts.minutes,
        kind="minutes",
        template="print/minutes.html",
        filename="referat",
        pdf=pdf,
        pdf_url=url_for("print.print_minutes", case_id=case_id, meeting_id=meeting_id, pdf=True),
        case_id=case_id,
        meeting_id=meeting_id,
    )


@bp.get("/sak/<case_id>/utskrift/handlingsplan", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/handlingsplan.pdf", defaults={"pdf": True})
@staff_required
def print_action_plan(case_id: str, pdf: bool):
    return document(
        printouts.action_plan,
        kind="action_plan",
        template="print/action_plan.html",
        filename="handlingsplan",
        pdf=pdf,
        pdf_url=url_for("print.print_action_plan", case_id=case_id, pdf=True),
        case_id=case_id,
    )
