"""The guide's small texts the page and the commands share: opening hours, contacts,
form titles, what an outcome does, and the language outside a request."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from babel.dates import get_day_names
from flask import current_app
from flask_babel import force_locale, get_locale

from bti import i18n
from bti.guide import Contact, OpeningHours, Outcome
from bti.i18n import gettext as _
from bti.i18n import lazy_gettext as _l

if TYPE_CHECKING:
    from bti.plugins import Municipality
#: The events a deadline counts from or is met by (see :class:`bti.guide.DeadlineRule`).
EVENTS = {
    "case_opened": _l("The case was opened (the day the concern arose)"),
    "level_entered": _l("The case came to this level"),
    "measures_set": _l("Measures were agreed"),
    "measure_evaluated": _l("A measure was evaluated"),
    "meeting_held": _l("A meeting was held"),
    "decision": _l("A decision was made at the level"),
    "stafettlogg_opened": _l("The stafettlogg was opened"),
    "consent_given": _l("A written consent was given"),
}


@contextmanager
def in_language(municipality: Municipality, lang: str) -> Iterator[None]:
    """Translate through ``municipality``'s catalogs into ``lang`` (``nb``, ``nn``, ``en``)
    for the rest of the block; needs an application context, not a request."""
    domains = current_app.extensions.get("bti_domains", {})
    domain = domains.get(municipality.slug) or i18n.municipality_domain(
        municipality.translation_dirs
    )
    i18n.use_domain(domain)
    with force_locale(lang):
        yield


def opening_hours(span: OpeningHours) -> str:
    """``"Mandag–fredag 08.00–15.00"`` in the current language."""
    names = get_day_names("wide", locale=get_locale())
    days = sorted(span.weekdays)
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        weekdays = f"{names[days[0]]}–{names[days[-1]]}"
    else:
        weekdays = ", ".join(names[day] for day in days)
    text = f"{weekdays} {span.opens:%H.%M}–{span.closes:%H.%M}".strip()
    if span.closed_on_holidays:
        text += ", " + _("closed on public holidays")
    return text[:1].upper() + text[1:]


def no_phone() -> str:
    """What a contact without a number shows in its place: the guide gives none yet, and the
    platform never makes one up."""
    return _("to be filled in by the municipality")


def contact_hours(contact: Contact, others: tuple[Contact, ...] = ()) -> str:
    """All of a contact's opening hours on one line, or that it always answers; for one
    that covers for another (``when_closed``), that it answers when the other is closed."""
    if contact.when_closed:
        covered = [str(c.name) for c in others if c.kind == contact.when_closed]
        return _("When %(name)s is closed", name=", ".join(covered) or contact.when_closed)
    if not contact.hours:
        return _("Open day and night")
    return "; ".join(opening_hours(span) for span in contact.hours)


def form_titles(municipality: Municipality) -> dict[str, str]:
    """The title of each form kind the levels' tools name, as this municipality has it."""
    titles: dict[str, str] = {}
    for level in municipality.levels:
        for tool in level.tools:
            if tool.form and tool.form not in titles:
                variant = municipality.form_variant(tool.form)
                titles[tool.form] = variant.title if variant is not None else tool.form
    return titles


def outcome_title(outcome: Outcome) -> str:
    """The decision as the guide words it, with the guide's own number first («3 A. …»)."""
    label = " ".join(str(outcome.label).split())
    return f"{outcome.number}. {label}" if outcome.number else label


def outcome_effect(
    outcome: Outcome,
    level: int,
    *,
    consent_note: bool = True,
    municipality: Municipality | None = None,
) -> str:
    """What choosing ``outcome`` at ``level`` does, for the guide page and ``bti guide``;
    with ``consent_note``, also that it requires consent (the page shows that as a tag)."""
    if outcome.reports_to_barnevern:
        text = _("Report to barnevern")
        if outcome.to_level is not None and outcome.to_level != level:
            text += "; " + _("Go to level %(level)s", level=outcome.to_level)
    elif outcome.closes_case:
        text = _("The case will be closed")
    elif outcome.to_level == level:
        text = _("Stays at this level")
    elif outcome.to_level is not None:
        text = _("Go to level %(level)s", level=outcome.to_level)
    else:
        text = ""
    parts = [text] if text else []
    if outcome.repeat_from:
        parts.append(
            _("the steps from step %(number)s are walked again", number=outcome.repeat_from)
        )
    if outcome.opens_stafettlogg:
        parts.append(_("the stafettlogg is opened, with you as stafettholder"))
    if outcome.next_meeting:
        kind = municipality.meeting_kind_label(outcome.next_meeting) if municipality else None
        parts.append(_("the next meeting is agreed: %(kind)s", kind=kind or outcome.next_meeting))
    if outcome.hands_over:
        parts.append(_("the baton may pass to a new stafettholder, who must accept it"))
    if outcome.meeting_kind:
        kind = municipality.meeting_kind_label(outcome.meeting_kind) if municipality else None
        parts.append(_("hold a meeting: %(kind)s", kind=kind or outcome.meeting_kind))
    if outcome.contact:
        parts.append(_("contact %(name)s", name=contact_name(outcome.contact, municipality)))
    text = "; ".join(str(part) for part in parts)
    if outcome.names_services:
        text += "; " + _("names the services brought in, each covered by a consent")
    if consent_note and outcome.requires_consent:
        text += " (" + _("requires consent") + ")"
    return text


def contact_name(kind: str, municipality: Municipality | None) -> str:
    """The name of the municipality's contact of ``kind``; the kind itself if it has none."""
    for contact in municipality.contacts if municipality else ():
        if contact.kind == kind:
            return " ".join(str(contact.name).split())
    return kind


# ---------------------------------------------------------------------------------------------
# The guide as Markdown
