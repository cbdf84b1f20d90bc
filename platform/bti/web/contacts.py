"""Whom to call now: the municipality's contacts ranked for this moment, for the new-concern
page, the case page and the guide alike (shown by ``macros/contacts.html``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import g

from bti import clock
from bti.guide import Contact
from bti.guide_text import contact_hours, opening_hours
from bti.rules.contacts import contacts_for


@dataclass(frozen=True)
class Phone:
    display: str
    tel: str


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    answers: bool
    phones: list[Phone]
    hours: list[str]  # empty: open day and night


def phones(text: str) -> list[Phone]:
    """«64 85 16 00 / 02800» is two numbers, each with its own ``tel:`` link."""
    out = []
    for part in text.split("/"):
        display = part.strip()
        tel = "".join(ch for ch in display if ch.isdigit() or ch == "+")
        if tel:
            out.append(Phone(display, tel))
    return out


def contacts_now(
    at: datetime | None = None, *, kind: str = "", acute: bool = False
) -> list[ContactRow]:
    """The municipality's contacts, those that answer at ``at`` (now) first; only those of
    ``kind`` when given (Ressurssenteret after a decision that names it), only those for the
    acute path when ``acute``."""
    municipality = g.municipality
    contacts = municipality.contacts
    rows = []
    for now in contacts_for(contacts, at or clock.now(), municipality.profile.timezone):
        contact = now.contact
        if (kind and contact.kind != kind) or (acute and not contact.acute):
            continue
        if contact.when_closed:
            hours = [contact_hours(contact, contacts)]
        else:
            hours = [opening_hours(span) for span in contact.hours]
        rows.append(ContactRow(contact, now.answers, phones(contact.phone), hours))
    return rows
