"""Whom an employee may open a concern about, and where: their own units, and the children
and youth registered at them — found by a search (name, birth date or fødselsnummer), never
listed all at once. What the form shows is a read of personal data, so it is audited (how
many, no names, not what was searched for)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, or_, select

from bti.models import Subject, Unit
from bti.rules.access import Actor
from bti.services import audit, name_search

#: The most children a search shows; write more of the name to narrow it.
LIMIT = 20

_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d%m%Y")
_FODSELSNUMMER = re.compile(r"\d{11}")


@dataclass(frozen=True)
class ConcernChoices:
    units: list[Unit]  # by name
    subjects: list[Subject]  # the chosen one first, then those found, by name
    search: str  # what was searched for ("" when nothing)
    more: bool  # more matched than are shown


def _as_date(text: str) -> date | None:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _matching(text: str):
    """The condition for ``text``: a birth (or due) date, a fødselsnummer, or the start of
    the given or family name for each word typed."""
    day = _as_date(text)
    if day is not None:
        return [or_(Subject.birth_date == day, Subject.due_date == day)]
    digits = text.replace(" ", "")
    if _FODSELSNUMMER.fullmatch(digits):
        return [Subject.fodselsnummer == digits]
    return name_search.every_word_starts((Subject.given_name, Subject.family_name), text)


def find_children(
    session: Session, *, unit_ids: list[int], text: str, limit: int = LIMIT
) -> tuple[list[Subject], bool]:
    """The subjects registered at ``unit_ids`` who match ``text``, at most ``limit`` by
    name, and whether there are more. Nothing when nothing was typed."""
    conditions = _matching(text)
    if not conditions or not unit_ids:
        return [], False
    found = session.exec(
        select(Subject)
        .where(Subject.unit_id.in_(unit_ids), *conditions)
        .order_by(Subject.given_name, Subject.family_name, Subject.id)
        .limit(limit + 1)
    ).all()
    return list(found[:limit]), len(found) > limit


def concern_choices(
    session: Session, *, by: Actor, search: str = "", chosen: int | None = None
) -> ConcernChoices:
    """The units ``by`` works at, the subject already ``chosen`` (if registered at one of
    them) and those matching ``search``; one audit event, kept even when the form then fails
    (the list was shown all the same)."""
    unit_ids = sorted(by.unit_ids)
    units = session.exec(select(Unit).where(Unit.id.in_(unit_ids)).order_by(Unit.name)).all()
    text = name_search.cleaned(search)
    found, more = find_children(session, unit_ids=unit_ids, text=text)
    subjects = list(found)
    if chosen is not None and all(subject.id != chosen for subject in found):
        mine = session.exec(
            select(Subject).where(Subject.id == chosen, Subject.unit_id.in_(unit_ids))
        ).first()
        subjects = [mine, *found] if mine else subjects
    audit.record(
        session,
        actor=by,
        action="concern.form",
        detail=f"count={len(subjects)}",
        survives_rollback=True,
    )
    return ConcernChoices(units=list(units), subjects=subjects, search=text, more=more)
