"""Services a case's forms say must take part, and which of them are still missing.

A municipality's form may say that an answer brings a service in (:class:`bti.guide.BringsIn`):
Jevnaker's «Sjekkliste psykiske lidelser for barn og unge» brings in the kommunepsykolog when a
mental disorder is suspected («Ved mistanke om psykiske lidelser skal kommunepsykolog kobles
på i det tverrfaglige samarbeidet»), and the kommuneoverlege/fastlege as well when it is
uncertain whether the illness is physical or mental. The rule holds from the moment the form
says so, at whatever level the case is: the guide's «skal» has no condition. A service is
missing while nobody taking part in the case works in a unit of its kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, select

from bti.models import Case, CaseDocument, CaseParticipant, Unit
from bti.plugins import Municipality
from bti.services import documents


@dataclass(frozen=True)
class Missing:
    unit_kind: str
    name: str
    why: str


def required(session: Session, *, municipality: Municipality, case: Case) -> list[Missing]:
    """The services the case's kept forms bring in, once each, in the order first asked
    for (the caller has read the case)."""
    rules = {v.kind: v.brings_in for v in municipality.fillable_forms if v.brings_in}
    if not rules:
        return []
    kept = session.exec(
        select(CaseDocument)
        .where(CaseDocument.case_id == case.id, CaseDocument.kind.in_(list(rules)))
        .order_by(CaseDocument.created_at, CaseDocument.id)
    ).all()
    return required_by(municipality, kept)


def required_by(municipality: Municipality, kept: Iterable[CaseDocument]) -> list[Missing]:
    """:func:`required`, from the case's kept forms already read (oldest first)."""
    rules = {v.kind: v.brings_in for v in municipality.fillable_forms if v.brings_in}
    found: dict[str, Missing] = {}
    for document in kept:
        if document.kind not in rules:
            continue
        answers = documents.answers_of(document)
        for rule in rules[document.kind]:
            if answers.get(rule.field) == rule.answer and rule.unit_kind not in found:
                found[rule.unit_kind] = Missing(rule.unit_kind, str(rule.name), str(rule.why))
    return list(found.values())


def still_missing(session: Session, *, municipality: Municipality, case: Case) -> list[Missing]:
    """Those of :func:`required` that nobody taking part in the case provides yet."""
    wanted = required(session, municipality=municipality, case=case)
    if not wanted:
        return []
    present = session.exec(
        select(Unit.kind)
        .join(CaseParticipant, CaseParticipant.unit_id == Unit.id)
        .where(CaseParticipant.case_id == case.id, CaseParticipant.own_part_closed_at.is_(None))
    ).all()
    return not_provided(wanted, present)


def not_provided(wanted: Iterable[Missing], present: Iterable[str]) -> list[Missing]:
    """Those of ``wanted`` whose kind of service is not among the ``present`` unit kinds."""
    kinds = {str(kind) for kind in present}
    return [service for service in wanted if service.unit_kind not in kinds]
