"""The «Notater og skjemaer» panel's read model: the forms the case keeps, each with its
answers as the form's labels read them, and the forms the municipality lets staff fill in
(:attr:`Municipality.fillable_forms`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from wtforms.fields.choices import SelectChoice

from bti.case_panels import CaseRead
from bti.guide import FormVariant
from bti.i18n import lazy_gettext as _l
from bti.models import CaseDocument
from bti.services import documents

# How a ticked check box is kept (and an older "True", from before it was).
YES = "yes"


@dataclass(frozen=True)
class Answer:
    label: str
    text: str


def _shown(field, value: str) -> str:
    """A ticked box as «Ja», a choice by its label, an ISO date in the user's language;
    other answers as written."""
    from flask_babel import format_date

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
    kind: str
    title: str
    author: str
    created_at: object
    answers: list[Answer]


@dataclass(frozen=True)
class Writer:
    """Who is to write a form only one person writes (``FormVariant.written_by``), and
    whether it is the viewer."""

    name: str
    is_viewer: bool


@dataclass(frozen=True)
class DocumentsPanel:
    kept: list[Kept]
    fillable: tuple[FormVariant, ...]
    writers: dict[str, Writer] = field(default_factory=dict)  # by form kind


def read(ctx: CaseRead) -> DocumentsPanel | None:
    """Not shown where the municipality has no forms to fill in."""
    variants = ctx.municipality.fillable_forms
    if not variants:
        return None
    by_kind = {v.kind: v for v in variants}
    rows = ctx.documents
    kept = [
        Kept(
            row.id,
            row.kind,
            str(by_kind[row.kind].title),
            ctx.name(row.author_id),
            row.created_at,
            answers_shown(by_kind[row.kind], row),
        )
        for row in rows
        if row.kind in by_kind
    ]
    writers = {
        v.kind: Writer(
            ctx.name(ctx.case.opened_by_id),
            documents.may_write(v, case=ctx.case, by=ctx.actor),
        )
        for v in variants
        if v.written_by == documents.OPENER
    }
    return DocumentsPanel(kept=kept, fillable=variants, writers=writers)
