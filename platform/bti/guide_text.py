"""The encoded guide as text: shared by the «Veileder» page and the ``bti guide`` and
``bti contacts`` commands.

:func:`in_language` makes the municipality's catalogs and a language current outside a
request (the command line); :func:`guide_markdown` writes the whole guide as Markdown for a
policy writer to lay beside their source document; the small helpers (opening hours, what an
outcome does, form titles, the events a deadline counts from) are the page's and the
commands' alike, so both say the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from babel.dates import get_day_names
from flask import current_app
from flask_babel import force_locale, format_decimal, get_locale

from bti import i18n
from bti.guide import Contact, DeadlineRule, Level, OpeningHours, Outcome, Profile, Step, Team
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
# ---------------------------------------------------------------------------------------------


def guide_markdown(municipality: Municipality) -> str:
    """The whole encoded guide as Markdown, in the current language: the profile, every
    level with its steps, tools, decisions and deadlines, then the meeting kinds, the teams
    and the contacts (in the guide's order)."""
    profile = municipality.profile
    out = [
        "# " + _("The BTI guide in %(name)s", name=profile.name),
        "",
        _(
            "The levels, steps, tools, decisions and deadlines of the guide as the platform "
            "follows them, and whom to call."
        ),
        "",
        "## " + _("Target group"),
        "",
        target_group_text(profile),
    ]
    out += ["", _("Municipality number %(number)s.", number=profile.kommunenummer), ""]
    titles = form_titles(municipality)
    for level in municipality.levels:
        out += _level(level, titles, municipality)
    if municipality.stafettholder_duties:
        out += ["## " + _("The stafettholder's duties"), ""]
        out += [f"- {_inline(duty)}" for duty in municipality.stafettholder_duties] + [""]
    out += _citizen_access(municipality)
    out += _next_of_kin(municipality)
    out += _meeting_kinds(municipality)
    if municipality.teams:
        out += ["## " + _("Teams"), ""]
        for team in municipality.teams:
            out += _team(team, profile.target_group.min_age, profile.target_group.max_age)
    out += ["## " + _("Contacts"), ""]
    for contact in municipality.contacts:
        out += _contact(contact, municipality.contacts)
    return "\n".join(out).rstrip() + "\n"


def target_group_text(profile: Profile) -> str:
    """Whom the guide covers, in the current language, with how the upper age is read:
    «Barn og unge fra 0 til 23 år. Gravide er også omfattet. Alderen regnes i fylte år: …»."""
    group = profile.target_group
    text = _(
        "Children and youth from %(min)s to %(max)s years.", min=group.min_age, max=group.max_age
    )
    if group.includes_pregnant:
        text += " " + _("Pregnant women are included.")
    return (
        text
        + " "
        + _(
            "Age counts in completed years: the guide covers a person until the day before "
            "they turn %(next)s.",
            next=group.max_age + 1,
        )
    )


def level_facts(level: Level) -> list[str]:
    """What a level says beyond its steps: how many services it is for, the services the
    guide names as examples, and whether meetings clarify the coordinator."""
    from bti.labels import unit_kind
    from bti.rules.levels import span_text

    facts = []
    if level.service_span is not None:
        facts.append(_("Cooperation with %(span)s.", span=span_text(level)))
    if level.service_examples:
        names = ", ".join(str(unit_kind(kind)) for kind in level.service_examples)
        facts.append(_("Examples of other services: %(names)s.", names=names))
    if level.clarify_coordinator:
        facts.append(_("Every meeting clarifies whether the coordinator changes."))
    if level.checklist:
        facts.append(_("The steps are ticked off on the case: done, by whom and when."))
    if level.consent_before_stafettlogg:
        facts.append(_("The stafettlogg is opened under a valid written consent."))
    if not level.stafettlogg:
        facts.append(_("No stafettlogg at this level: the plan is kept in your own service."))
    if level.barnevern_help:
        facts.append(
            _(
                "Children who get help from barnevern are at this level; barnevern holds the "
                "baton while the help lasts."
            )
        )
    return facts


def _level(level: Level, titles: dict[str, str], municipality: Municipality) -> list[str]:
    out = [
        "## " + _("Level %(number)s", number=level.number) + f": {_inline(level.name)}",
        "",
        _inline(level.purpose),
        "",
    ]
    facts = level_facts(level)
    if facts:
        out += [f"- {fact}" for fact in facts] + [""]
    out += ["### " + _("Steps"), ""]
    if level.steps:
        for number, step in enumerate(level.steps, start=1):
            out += _step(number, step)
        out.append("")
    else:
        out += [_("None at this level."), ""]

    out += ["### " + _("Tools"), ""]
    for tool in level.tools:
        line = f"- {_inline(tool.name)}"
        if tool.form:
            title = str(titles.get(tool.form, tool.form))
            if title == str(tool.name):
                line += " — " + _("Form in the platform")
            else:
                line += " — " + _("Form: %(title)s", title=title)
        out.append(line)
    if not level.tools:
        out.append(_("None at this level."))

    out += ["", "### " + _("Possible decisions"), ""]
    for outcome in level.outcomes:
        effect = outcome_effect(outcome, level.number, municipality=municipality)
        out.append(f"- **{outcome_title(outcome)}**" + (f": {effect}" if effect else ""))
    if not level.outcomes:
        out.append(_("None at this level."))

    out += ["", "### " + _("Deadlines"), ""]
    for rule in level.deadlines:
        out += _deadline(rule, municipality)
    if not level.deadlines:
        out.append(_("The guide sets no deadlines at this level."))
    return [*out, ""]


def _step(number: int, step: Step) -> list[str]:
    marker = f"{number}. "
    indent = " " * len(marker)
    head = f"**{_inline(step.title)}**"
    if step.description:
        head += f" — {_inline(step.description)}"
    out = [marker + head]
    if step.who:
        who = ", ".join(_inline(person) for person in step.who)
        out.append(indent + "- " + _("Who") + ": " + who)
    if step.questions:
        out.append(indent + "- " + _("Support questions") + ":")
        out += [f"{indent}  - {_inline(question)}" for question in step.questions]
    if step.done_when:
        out.append(
            indent + "- " + _("Done when") + ": " + str(EVENTS.get(step.done_when, step.done_when))
        )
    return out


def _deadline(rule: DeadlineRule, municipality: Municipality) -> list[str]:
    days = str(rule.days)
    if rule.remind_days is not None:
        days += " (" + _("reminder after %(days)s days", days=rule.remind_days) + ")"
    return [
        f"- **{_inline(rule.label)}**",
        "  - " + _("Days") + ": " + days,
        "  - " + _("Counted from") + ": " + event_text(rule.trigger, municipality),
        "  - " + _("Met when") + ": " + event_text(rule.met_by, municipality),
    ]


def event_text(code: str, municipality: Municipality) -> str:
    """An event a deadline counts from or is met by, in words; ``meeting_held:<kind>``
    names the kind of meeting."""
    name, _sep, kind = code.partition(":")
    if name == "meeting_held" and kind:
        return _("A meeting was held: %(kind)s", kind=municipality.meeting_kind_label(kind))
    return str(EVENTS.get(code, code))


def _citizen_access(municipality: Municipality) -> list[str]:
    access = municipality.citizen_access
    if access is None:
        return []
    out = ["## " + _("Guardians and youth read the stafettlogg"), ""]
    if access.guardians:
        out.append(
            "- "
            + _(
                "Guardians with parental responsibility sign in and read their child's "
                "stafettlogg (until the child is 18)."
            )
        )
    if access.youth_from_age is not None:
        out.append(
            "- "
            + _(
                "The youth signs in and reads their own stafettlogg from the age of %(age)s.",
                age=access.youth_from_age,
            )
        )
    out.append(
        "- "
        + _(
            "They never see entries that are internal to health, nor a case while a report to "
            "barnevern keeps the guardians out."
        )
    )
    return [*out, ""]


def _next_of_kin(municipality: Municipality) -> list[str]:
    routine = municipality.next_of_kin_routine
    if routine is None:
        return []
    out = ["## " + _("Child as next of kin"), "", _inline(routine.routine), ""]
    out.append("- " + _("Ages") + ": " + _("%(min)s–%(max)s years", min=0, max=routine.max_age))
    if routine.contact:
        out.append("- " + _("Contact") + ": " + contact_name(routine.contact, municipality))
    return [*out, ""]


def _meeting_kinds(municipality: Municipality) -> list[str]:
    if not municipality.meeting_kinds:
        return []
    out = ["## " + _("Meeting kinds"), ""]
    for kind in municipality.meeting_kinds:
        invited = (
            _("guardians are invited") if kind.invites_guardians else _("guardians are not invited")
        )
        out.append(f"- {_inline(kind.label)} — {invited}")
    return [*out, ""]


def _team(team: Team, min_age: int, max_age: int) -> list[str]:
    out = [f"### {_inline(team.name)}", ""]
    if team.min_age is not None or team.max_age is not None:
        ages = _(
            "%(min)s–%(max)s years",
            min=team.min_age if team.min_age is not None else min_age,
            max=team.max_age if team.max_age is not None else max_age,
        )
        out.append("- " + _("Ages") + ": " + ages)
    if team.leader:
        out.append("- " + _("Leader") + ": " + _inline(team.leader))
    if team.members:
        out.append("- " + _("Members") + ": " + ", ".join(_inline(m) for m in team.members))
    if team.cadence_days:
        meets = _("every %(days)s days", days=team.cadence_days)
        if team.meeting_hours:
            meets += ", " + _("%(hours)s hours each time", hours=format_decimal(team.meeting_hours))
        out.append("- " + _("Meets") + ": " + meets)
    return [*out, ""]


def _contact(contact: Contact, others: tuple[Contact, ...]) -> list[str]:
    heading = f"### {_inline(contact.name)}"
    if contact.acute:
        heading += " (" + _("Acute") + ")"
    out = [heading, ""]
    if contact.phone:
        out.append("- " + _("Phone") + ": " + contact.phone)
    if contact.when_to_use:
        out.append("- " + _("When to use") + ": " + _inline(contact.when_to_use))
    if contact.phone:
        out.append("- " + _("Opening hours") + ": " + contact_hours(contact, others))
    return [*out, ""]


def _inline(text: object) -> str:
    """A plugin's text on one Markdown line (lazy strings are translated here)."""
    return " ".join(str(text).split())
