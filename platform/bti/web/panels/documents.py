"""Forms the guide names as tools and the case keeps: «Notater og skjemaer».

Which forms there are comes from the municipality (:attr:`Municipality.fillable_forms`:
e.g. Vestby's Undringsnotat and Observasjonsskjema); each brings its own WTForms class,
validated here. A kept form prints like the core's forms (HTML and PDF), blank or filled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import abort, g, url_for
from flask_babel import format_date
from flask_wtf import FlaskForm
from sqlmodel import Session
from wtforms.fields.choices import SelectChoice

from bti.errors import NotFound
from bti.guide import FormVariant
from bti.i18n import lazy_gettext as _l
from bti.models import Case, CaseDocument
from bti.rules.access import Actor
from bti.services import documents
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel
from bti.web.panels.printable import document as print_document


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


# How a ticked check box is kept (and an older "True", from before it was).
YES = "yes"


@dataclass(frozen=True)
class Answer:
    label: str
    text: str


def _shown(field, value: str) -> str:
    """A ticked box as «Ja», a choice by its label, an ISO date in the user's language;
    other answers as written."""
    if field.type == "BooleanField":
        return str(_l("Yes")) if value in (YES, "True") else ""
    if field.type in ("RadioField", "SelectField") and value:
        for choice in getattr(field, "choices", None) or []:
            # A choice is a SelectChoice or (the older way) a (value, label) pair.
            choice_value, label = (
                (choice.value, choice.label) if isinstance(choice, SelectChoice) else choice
            )
            if str(choice_value) == value:
                return str(label)
    try:
        return format_date(date.fromisoformat(value), "long")
    except (TypeError, ValueError):
        return value


def answers_shown(variant: FormVariant, row: CaseDocument | None) -> list[Answer]:
    """Every field of the form with its label, and the kept answer (empty on a blank form)."""
    kept = documents.answers_of(row) if row else {}
    blank = variant.form_class(formdata=None, meta={"csrf": False})
    return [
        Answer(str(field.label.text), _shown(field, kept.get(field.short_name, "")))
        for field in blank
        if not field.short_name.endswith("csrf_token")
    ]


@dataclass(frozen=True)
class Kept:
    id: int
    title: str
    author: str
    created_at: object
    answers: list[Answer]


@panel("documents", title=_l("Notes and forms"), template="case/_documents.html", order=15)
def _documents(ctx: CaseContext) -> dict:
    variants = g.municipality.fillable_forms
    if not variants:
        return {"hidden": True}
    by_kind = {v.kind: v for v in variants}
    rows = documents.for_case(ctx.session, case_id=ctx.case.id)
    kept = [
        Kept(
            row.id,
            str(by_kind[row.kind].title),
            ctx.name(row.author_id),
            row.created_at,
            answers_shown(by_kind[row.kind], row),
        )
        for row in rows
        if row.kind in by_kind
    ]
    return {
        "forms": [(v, ctx.form(form_key(v.kind), v.form_class)) for v in variants],
        "kept": kept,
        "kinds": {row.id: row.kind for row in rows},
    }


@bp.post("/sak/<case_id>/skjema/<kind>")
@staff_required
def fill_form(case_id: str, kind: str):
    variant = _variant(kind)
    form = case_view.posted(variant.form_class, form_key(kind))

    def do(session, actor, case):
        documents.fill(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            kind=kind,
            answers=_answers(form),
        )

    first = next((f.short_name for f in form if not f.short_name.endswith("csrf_token")), "")
    return case_view.act(
        case_id,
        form_key(kind),
        form,
        action="document.fill",
        do=do,
        done=_l("The form is saved on the case."),
        anchor="documents",
        fields={"answers": first},
    )


def _document_data(kind: str, document_id: int | None):
    variant = _variant(kind)

    def build(session: Session, actor: Actor, case: Case) -> dict:
        row = None
        if document_id is not None:
            row = documents.read(session, by=actor, case_id=case.id, document_id=document_id)
            if row.kind != kind:
                raise NotFound(document_id)
        return {
            "answers": answers_shown(variant, row),
            "kept": row,
            "author": case_view.display_name(session, row.author_id) if row else "",
        }

    return build


@bp.get("/sak/<case_id>/utskrift/skjema/<kind>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/skjema/<kind>.pdf", defaults={"pdf": True})
@staff_required
def print_blank_form(case_id: str, kind: str, pdf: bool):
    return print_document(
        case_id,
        kind=kind,
        template="print/document.html",
        filename=kind,
        pdf=pdf,
        build=_document_data(kind, None),
        pdf_url=url_for("case.print_blank_form", case_id=case_id, kind=kind, pdf=True),
    )


@bp.get("/sak/<case_id>/utskrift/skjema/<kind>/<int:document_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/skjema/<kind>/<int:document_id>.pdf", defaults={"pdf": True})
@staff_required
def print_form(case_id: str, kind: str, document_id: int, pdf: bool):
    return print_document(
        case_id,
        kind=kind,
        template="print/document.html",
        filename=kind,
        pdf=pdf,
        build=_document_data(kind, document_id),
        pdf_url=url_for(
            "case.print_form", case_id=case_id, kind=kind, document_id=document_id, pdf=True
        ),
    )
