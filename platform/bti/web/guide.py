"""The guide (handlingsveileder) as the platform encodes it: «Veileder».

Every level with its steps, who does them, the support questions, the tools, the allowed
decisions and the deadlines; then the contacts (those that answer now first) and the teams.
Staff learn the model here, and policy writers check that the encoding matches their
document; the page prints as a clean document.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.dates import get_day_names
from flask import Blueprint, g, render_template
from flask_babel import format_decimal, get_locale

from bti.guide import Contact, OpeningHours
from bti.i18n import lazy_gettext as _l
from bti.models import utcnow
from bti.rules.contacts import contacts_for
from bti.web.auth import staff_required

bp = Blueprint("guide", __name__)

#: The events a deadline counts from or is met by (see :class:`bti.guide.DeadlineRule`).
EVENTS = {
    "case_opened": _l("The case was opened (the day the concern arose)"),
    "level_entered": _l("The case came to this level"),
    "measures_set": _l("Measures were agreed"),
    "measure_evaluated": _l("A measure was evaluated"),
    "meeting_held": _l("A meeting was held"),
    "decision": _l("A decision was made at the level"),
}


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
        ContactRow(now.contact, now.answers, [_span(span) for span in now.contact.hours])
        for now in contacts_for(municipality.contacts, utcnow(), profile.timezone)
    ]
    return render_template(
        "guide/show.html",
        levels=municipality.levels,
        contacts=contacts,
        teams=municipality.teams,
        target_group=profile.target_group,
        events=EVENTS,
        forms=_form_titles(municipality),
        format_decimal=format_decimal,
    )


def _form_titles(municipality) -> dict[str, str]:
    """The title of each form kind the levels' tools name, as this municipality has it."""
    titles: dict[str, str] = {}
    for level in municipality.levels:
        for tool in level.tools:
            if tool.form and tool.form not in titles:
                variant = municipality.form_variant(tool.form)
                titles[tool.form] = variant.title if variant is not None else tool.form
    return titles


def _span(span: OpeningHours) -> str:
    """``"Mandag–fredag 08.00–15.00"`` in the user's language."""
    names = get_day_names("wide", locale=get_locale())
    days = sorted(span.weekdays)
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        weekdays = f"{names[days[0]]}–{names[days[-1]]}"
    else:
        weekdays = ", ".join(names[day] for day in days)
    text = f"{weekdays} {span.opens:%H.%M}–{span.closes:%H.%M}".strip()
    return text[:1].upper() + text[1:]
