"""The guide (handlingsveileder) as the platform encodes it: «Veileder».

Every level with its steps, who does them, the support questions, the tools, the allowed
decisions and the deadlines; then the contacts (those that answer now first) and the teams.
Staff learn the model here, and policy writers check that the encoding matches their
document; the page prints as a clean document.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, g, render_template
from flask_babel import format_decimal

from bti.guide import Contact
from bti.guide_text import EVENTS, form_titles, opening_hours, outcome_effect
from bti.models import utcnow
from bti.rules.contacts import contacts_for
from bti.web.auth import staff_required

bp = Blueprint("guide", __name__)


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    answers_now: bool
    hours: list[str]


@bp.get("/veileder")
@staff_required
def show():
    municipality = g.municipality
    profile = municipality.profile
    contacts = [
        ContactRow(now.contact, now.answers, [opening_hours(span) for span in now.contact.hours])
        for now in contacts_for(municipality.contacts, utcnow(), profile.timezone)
    ]
    return render_template(
        "guide/show.html",
        levels=municipality.levels,
        contacts=contacts,
        teams=municipality.teams,
        target_group=profile.target_group,
        events=EVENTS,
        forms=form_titles(municipality),
        format_decimal=format_decimal,
        outcome_effect=outcome_effect,
    )
