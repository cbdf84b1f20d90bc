"""Which number to call now: the contacts that answer at this moment come first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bti.guide import Contact


@dataclass(frozen=True)
class ContactNow:
    contact: Contact
    answers: bool


def answers(contact: Contact, contacts: tuple[Contact, ...], at: datetime, tz: str) -> bool:
    """Whether ``contact`` answers at ``at``; one that covers for another (``when_closed``)
    answers exactly when none of the contacts of that kind does."""
    if contact.when_closed:
        covered = [c for c in contacts if c.kind == contact.when_closed and c is not contact]
        return not any(c.answers_at(at, tz) for c in covered)
    return contact.answers_at(at, tz)


def contacts_for(contacts: tuple[Contact, ...], at: datetime, tz: str) -> list[ContactNow]:
    """Every contact, those that answer at ``at`` first; within each group acute contacts
    first, otherwise in the guide's order. A contact without a number (the guide gives
    none yet) answers nobody: it comes last."""
    ranked = [
        (not (c.phone and answers(c, contacts, at, tz)), not c.phone, not c.acute, index, c)
        for index, c in enumerate(contacts)
    ]
    return [ContactNow(c, not closed) for closed, _none, _acute, _index, c in sorted(ranked)]
