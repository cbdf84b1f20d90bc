"""Forms the guide names as tools and the case keeps: «Notater og skjemaer».

Which forms there are comes from the municipality (:attr:`Municipality.fillable_forms`:
e.g. Vestby's Undringsnotat and Observasjonsskjema); each brings its own WTForms class,
validated here. A kept form prints like the core's forms (HTML and PDF), blank or filled.
What the panel shows is read by :mod:`bti.services.case_page.documents`.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, g, url_for

from bti.case_panels import CasePanel, PanelForms
from bti.guide import FormVariant
from bti.i18n import lazy_gettext as _l
from bti.services import documents, printouts
from bti.services.case_page import documents as reading
from bti.services.case_page.documents import YES
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.forms import FlaskForm
from bti.web.panels.printable import document as print_document

bp = Blueprint("documents", __name__)


def form_key(kind: str) -> str:
    return f"form-{kind}"


def _variant(kind: str) -> FormVariant:
    variant = g.municipality.fillable_form(kind)
    if variant is None:
        abort(404)
    return variant


def _answers(form: FlaskForm) -> dict[str, str]:
    """The form's answers in its own field order, dates as ISO dates."""
    answers = {}
    for field in form:
        if field.name.endswith("csrf_token"):
            continue
        value = field.data
        if isinstance(value, bool):
            answers[field.short_name] = YES if value else ""
        elif isinstance(value, date):
            answers[field.short_name] = value.isoformat()
        else:
            answers[field.short_name] = value or ""
    return answers


@bp.post("/sak/<case_id>/skjema/<kind>")
@staff_required
def fill_form(case_id: str, kind: str):
    variant = _variant(kind)
    form = posted(variant.form_class, form_key(kind))
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(documents.fill, case_id=case_id, kind=kind, answers=_answers(form))
    first = next((f.short_name for f in form if not f.short_name.endswith("csrf_token")), "")
    return respond(
        outcome,
        case_id=case_id,
        key=form_key(kind),
        form=form,
        done=_l("The form is saved on the case."),
        anchor="documents",
        fields={"answers": first},
    )


@bp.get("/sak/<case_id>/utskrift/skjema/<kind>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/skjema/<kind>.pdf", defaults={"pdf": True})
@staff_required
def print_blank_form(case_id: str, kind: str, pdf: bool):
    return print_document(
        printouts.kept_form,
        kind=kind,
        template="print/document.html",
        filename=kind,
        pdf=pdf,
        pdf_url=url_for("documents.print_blank_form", case_id=case_id, kind=kind, pdf=True),
        case_id=case_id,
        variant=_variant(kind),
    )


@bp.get("/sak/<case_id>/utskrift/skjema/<kind>/<int:document_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/skjema/<kind>/<int:document_id>.pdf", defaults={"pdf": True})
@staff_required
def print_form(case_id: str, kind: str, document_id: int, pdf: bool):
    return print_document(
        printouts.kept_form,
        kind=kind,
        template="print/document.html",
        filename=kind,
        pdf=pdf,
        pdf_url=url_for(
            "documents.print_form", case_id=case_id, kind=kind, document_id=document_id, pdf=True
        ),
        case_id=case_id,
        variant=_variant(kind),
        document_id=document_id,
    )


def forms(data: reading.DocumentsPanel, build: PanelForms) -> dict:
    return {"fillable": [(v, build.form(form_key(v.kind), v.form_class)) for v in data.fillable]}


PANEL = CasePanel(
    name="documents",
    title=_l("Notes and forms"),
    template="case/_documents.html",
    order=70,
    folded=True,
    read=reading.read,
    forms=forms,
    blueprint=bp,
)
