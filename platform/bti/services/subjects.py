"""Whom an employee may open a concern about, and where: their own units, and the children
and youth registered at them. The new-concern form offers these; the list of children is a
read of personal data, so it is audited (how many, no names)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from bti.models import Subject, Unit
from bti.rules.access import Actor
from bti.services import audit


@dataclass(frozen=True)
class ConcernChoices:
    units: list[Unit]  # by name
    subjects: list[Subject]  # by given name, family name


def concern_choices(session: Session, *, by: Actor) -> ConcernChoices:
    """The units ``by`` works at, and the subjects registered at any of them; one audit
    event, kept even when the form then fails (the list was shown all the same)."""
    unit_ids = sorted(by.unit_ids)
    units = session.exec(select(Unit).where(Unit.id.in_(unit_ids)).order_by(Unit.name)).all()
    subjects = session.exec(
        select(Subject)
        .where(Subject.unit_id.in_(unit_ids))
        .order_by(Subject.given_name, Subject.family_name, Subject.id)
    ).all()
    audit.record(
        session,
        actor=by,
        action="concern.form",
        detail=f"count={len(subjects)}",
        survives_rollback=True,
    )
    return ConcernChoices(units=list(units), subjects=list(subjects))
