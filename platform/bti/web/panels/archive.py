"""«Stafettlogg — utskrift til arkiv»: the case page's panel of archive copies (the newest,
a way to all of them, and a button that makes one now), and each copy as a page to print,
as PDF and as the export for a Noark 5 archive (a zip of the PDF, the JSON and its schema).

Every copy is read by one service of :mod:`bti.services.archive` (audited as
``archive.print``, ``archive.pdf`` or ``archive.export``; 404 for someone outside the case
or a copy of another case). The document is written in the municipality's own words and
written standard, whatever the reader's language: it is the same for every reader, and the
same as the JSON beside it. URLs carry the case's opaque id and the copy's number only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from flask import Blueprint, abort, g, make_response, render_template, url_for

from bti.case_panels import CasePanel, CaseRead, PanelForms
from bti.db import get_db
from bti.errors import NotFound
from bti.guide_text.words import in_language
from bti.i18n import lazy_gettext as _l
from bti.services import archive
from bti.services.archive import export
from bti.services.case_page import printable as printing
from bti.web.auth import staff_required
from bti.web.case_view import Done, Failed, perform, posted, respond
from bti.web.fields import page_number
from bti.web.formatting import local_moment
from bti.web.forms import FlaskForm
from bti.web.panels import printable
from bti.web.panels.printable import page_numbers_css, to_pdf

bp = Blueprint("archive", __name__)

#: How many copies the panel shows; the rest are on the list page.
NEWEST = 5

#: Why a copy was made, as the lists and the printout say it.
REASONS = {
    "case_closed": _l("The case was closed"),
    "part_closed": _l("A participant closed their part"),
    "requested": _l("Made on request"),
}


class MakeCopyForm(FlaskForm):
    pass


# ---------------------------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArchivePanel:
    case_id: str
    copies: archive.CopyList
    reasons: dict


def read(ctx: CaseRead) -> ArchivePanel:
    """The newest copies of the case (the page's read is the audited one)."""
    newest = archive.newest(ctx.session, case_id=ctx.case.id, limit=NEWEST)
    return ArchivePanel(ctx.case.id, newest, REASONS)


def forms(data: ArchivePanel, build: PanelForms) -> dict:
    return {"make": build.form("archive-make", MakeCopyForm)}


@bp.post("/sak/<case_id>/arkivkopi")
@staff_required
def make_copy(case_id: str):
    form = posted(MakeCopyForm, "archive-make")
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(archive.make, case_id=case_id)
    return respond(
        outcome,
        case_id=case_id,
        key="archive-make",
        form=form,
        done=_l("A copy of the whole stafettlogg is made for the archive."),
        anchor="archive",
        section="print",
    )


@bp.get("/sak/<case_id>/arkivkopier")
@staff_required
def copies_page(case_id: str):
    page = page_number()
    with get_db().transaction(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            listing = archive.listing(session, by=actor, case_id=case_id, page=page)
        except NotFound:
            abort(404)
    body = render_template("archive/copies.html", listing=listing, reasons=REASONS)
    return body, 200, {"Cache-Control": "no-store"}


# ---------------------------------------------------------------------------------------------
# A copy: to print, as PDF, and the export
# ---------------------------------------------------------------------------------------------


def _document(
    case_id: str, copy_id: int, way: str, *, pdf: bool
) -> tuple[archive.ArchiveRead, str]:
    outcome = perform(archive.read, case_id=case_id, copy_id=copy_id, way=way)
    if not isinstance(outcome, Done):
        abort(404)
    copy = outcome.result
    subject = copy.document["subject"]
    municipality = g.municipality
    with in_language(municipality, copy.document["language"]):
        html = render_template(
            "print/archive.html",
            title=_l("Stafettlogg — printout for the archive"),
            case={"id": copy.case_id},
            doc=copy.document,
            left_out=copy.left_out,
            reason=REASONS.get(copy.document["reason"], ""),
            made=local_moment(datetime.fromisoformat(copy.document["made_at"])),
            born=_day(subject["birth_date"] or subject["due_date"]),
            anonymised=True,  # the document's own facts name the child, from the copy
            pdf=pdf,
            pdf_url=url_for("archive.copy_pdf", case_id=case_id, copy_id=copy_id),
            page_numbers=page_numbers_css(),
        )
        return copy, (to_pdf(html) if pdf else html)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/sak/<case_id>/arkivkopi/<int:copy_id>")
@staff_required
def copy_page(case_id: str, copy_id: int):
    _copy, html = _document(case_id, copy_id, "print", pdf=False)
    return _no_store(make_response(html))


@bp.get("/sak/<case_id>/arkivkopi/<int:copy_id>.pdf")
@staff_required
def copy_pdf(case_id: str, copy_id: int):
    _copy, data = _document(case_id, copy_id, "pdf", pdf=True)
    response = make_response(data)
    response.headers["Content-Type"] = "application/pdf"
    response.headers["Content-Disposition"] = f'inline; filename="stafettlogg-{copy_id}.pdf"'
    return _no_store(response)


@bp.get("/sak/<case_id>/arkivkopi/<int:copy_id>.zip")
@staff_required
def copy_export(case_id: str, copy_id: int):
    copy, pdf = _document(case_id, copy_id, "export", pdf=True)
    response = make_response(export.bundle(copy.document, pdf))
    response.headers["Content-Type"] = "application/zip"
    response.headers["Content-Disposition"] = f'attachment; filename="{export.filename(copy_id)}"'
    return _no_store(response)


@dataclass(frozen=True)
class PrintPanel:
    """The forms to print, and the copies for the archive below them: one folded section."""

    printouts: Any
    archive: ArchivePanel


def read_printouts(ctx: CaseRead) -> PrintPanel:
    return PrintPanel(printing.read(ctx), read(ctx))


def printouts_forms(data: PrintPanel, build: PanelForms) -> dict:
    return forms(data.archive, build)


PANEL = CasePanel(
    name="print",
    title=_l("Printouts and the archive"),
    template="case/_print_and_archive.html",
    order=72,
    folded=True,
    read=read_printouts,
    forms=printouts_forms,
    blueprint=(printable.bp, bp),
)
