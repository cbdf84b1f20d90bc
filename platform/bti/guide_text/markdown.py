"""The whole guide as Markdown (``bti guide``), and the texts about a level, a deadline's
event and the target group that the page shows too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask_babel import format_decimal

from bti.guide import AgendaPart, Contact, DeadlineRule, Level, Profile, Step, Team, Tool
from bti.i18n import gettext as _

if TYPE_CHECKING:
    from bti.plugins import Municipality
from bti.guide_text.words import (
    EVENTS,
    contact_hours,
    contact_name,
    form_titles,
    no_phone,
    outcome_effect,
    outcome_title,
)

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
        *([_inline(profile.guide_intro), ""] if profile.guide_intro else []),
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
        out += _agenda(municipality.team_agenda)
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
    if not level.stafettlogg and level.plan_form:
        facts.append(_("No stafettlogg at this level: the plan is kept in your own service."))
    elif not level.stafettlogg:
        facts.append(_("No stafettlogg at this level."))
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
    if level.as_rows:
        out += ["### " + _("What to do: how, who and tools"), ""]
        for number, step in enumerate(level.steps, start=1):
            out += _row(number, step, titles)
        out.append("")
    else:
        out += _steps_and_tools(level, titles)

    out += ["", "### " + _("Possible decisions"), ""]
    for outcome in level.outcomes:
        effect = outcome_effect(outcome, level.number, municipality=municipality)
        out.append(f"- **{outcome_title(outcome)}**" + (f": {effect}" if effect else ""))
        if outcome.note:
            out.append(f"  - {_inline(outcome.note)}")
    if not level.outcomes:
        out.append(_("None at this level."))

    out += ["", "### " + _("Deadlines"), ""]
    for rule in level.deadlines:
        out += _deadline(rule, municipality)
    if not level.deadlines:
        out.append(_("The guide sets no deadlines at this level."))
    return [*out, ""]


def _steps_and_tools(level: Level, titles: dict[str, str]) -> list[str]:
    out = ["### " + _("Steps"), ""]
    if level.steps:
        for number, step in enumerate(level.steps, start=1):
            out += _step(number, step)
        out.append("")
    else:
        out += [_("None at this level."), ""]
    out += ["### " + _("Tools"), ""]
    out += [f"- {_tool(tool, titles)}" for tool in level.tools]
    if not level.tools:
        out.append(_("None at this level."))
    return out


def _tool(tool: Tool, titles: dict[str, str]) -> str:
    """A tool on one line: its name, the form it is in the platform, or its link."""
    line = _inline(tool.name)
    if tool.form:
        title = str(titles.get(tool.form, tool.form))
        if title == str(tool.name):
            line += " — " + _("Form in the platform")
        else:
            line += " — " + _("Form: %(title)s", title=title)
    if tool.url:
        line += f" <{tool.url}>"
    return line


def _row(number: int, step: Step, titles: dict[str, str]) -> list[str]:
    """A row of a guide written as a table: what to do, then «Hvordan?», «Hvem?» and
    «Verktøy» under it."""
    marker = f"{number}. "
    indent = " " * len(marker)
    head = f"**{_inline(step.title)}**"
    if step.description:
        head += f" — {_inline(step.description)}"
    out = [marker + head]
    out += [f"{indent}  - {_inline(question)}" for question in step.questions]
    if step.how:
        out.append(indent + "- " + _("How?") + " " + _inline(step.how))
    if step.who:
        out.append(indent + "- " + _("Who?") + " " + ", ".join(_inline(p) for p in step.who))
    if step.tools:
        out.append(indent + "- " + _("Tools") + ":")
        out += [f"{indent}  - {_tool(tool, titles)}" for tool in step.tools]
    return out


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
    days = _("%(days)s working days", days=rule.days) if rule.working_days else str(rule.days)
    if rule.remind_days is not None:
        days += " (" + _("reminder after %(days)s days", days=rule.remind_days) + ")"
    return [
        f"- **{_inline(rule.label)}**",
        "  - " + _("Days") + ": " + days,
        "  - " + _("Counted from") + ": " + event_text(rule.trigger, municipality),
        "  - " + _("Met when") + ": " + event_text(rule.met_by, municipality),
        *(
            ["  - " + _("How the deadline is read") + ": " + _inline(rule.reading)]
            if rule.reading
            else []
        ),
    ]


def event_text(code: str, municipality: Municipality) -> str:
    """An event a deadline counts from or is met by, in words; ``meeting_held:<kind>``
    names the kind of meeting."""
    name, _sep, kind = code.partition(":")
    if name == "meeting_held" and kind:
        return _("A meeting was held: %(kind)s", kind=municipality.meeting_kind_label(kind))
    if name == "decision" and kind:
        chosen = next(
            (o for level in municipality.levels for o in level.outcomes if o.code == kind), None
        )
        if chosen is not None:
            return _("The decision «%(outcome)s»", outcome=outcome_title(chosen))
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
        ages = team_ages(team, min_age, max_age)
        if team.includes_pregnant:
            ages += ", " + _("and pregnant women")
        out.append("- " + _("Ages") + ": " + ages)
    if team.area:
        out.append("- " + _("Area") + ": " + _inline(team.area))
    if team.leader:
        out.append("- " + _("Leader") + ": " + _inline(team.leader))
    if team.seats:
        seats = [
            _inline(seat.label)
            + (
                " (" + _("from the unit the case comes from") + ")"
                if seat.from_referring_unit
                else ""
            )
            for seat in team.seats
        ]
        out.append("- " + _("Members") + ": " + ", ".join(seats))
    elif team.members:
        out.append("- " + _("Members") + ": " + ", ".join(_inline(m) for m in team.members))
    if team.others:
        out.append("- " + _("Others") + ": " + _inline(team.others))
    if team.cadence_days:
        meets = _("every %(days)s days", days=team.cadence_days)
        if team.meeting_hours:
            meets += ", " + _("%(hours)s hours each time", hours=format_decimal(team.meeting_hours))
        if team.more_often:
            meets += ". " + _inline(team.more_often)
        out.append("- " + _("Meets") + ": " + meets)
    return [*out, ""]


def team_ages(team: Team, min_age: int, max_age: int) -> str:
    """The ages a team serves, in whole years with both ends included: «1–5 år»; a team
    whose ages end before the first birthday is «under 1 år» (Bærum's «0–1 år»)."""
    low = team.min_age if team.min_age is not None else min_age
    high = team.max_age if team.max_age is not None else max_age
    if high == 0:
        return _("under 1 year")
    return _("%(min)s–%(max)s years", min=low, max=high)


def agenda_minutes(part: AgendaPart) -> str:
    """The time a part of the team meeting takes, as the guide writes it («ca 5–10
    minutter»); empty when it gives none."""
    if not part.minutes_from:
        return ""
    if part.minutes_to and part.minutes_to != part.minutes_from:
        return _("about %(low)s–%(high)s minutes", low=part.minutes_from, high=part.minutes_to)
    return _("about %(minutes)s minutes", minutes=part.minutes_from)


def _agenda(parts: tuple[AgendaPart, ...]) -> list[str]:
    """The parts of the team meeting, in order, with their times and the guide's guidance."""
    if not parts:
        return []
    out = ["### " + _("The parts of the team meeting"), ""]
    for number, part in enumerate(parts, start=1):
        heading = f"{number}. **{_inline(part.title)}**"
        if minutes := agenda_minutes(part):
            heading += f" ({minutes})"
        if part.fixed_members_only:
            heading += " — " + _("Fixed members only")
        out.append(heading)
        if part.guidance:
            out.append(f"   {_inline(part.guidance)}")
    return [*out, ""]


def _contact(contact: Contact, others: tuple[Contact, ...]) -> list[str]:
    heading = f"### {_inline(contact.name)}"
    if contact.acute:
        heading += " (" + _("Acute") + ")"
    out = [heading, ""]
    out.append("- " + _("Phone") + ": " + (contact.phone or no_phone()))
    if contact.url:
        out.append("- " + _("Web page") + ": " + contact.url)
    if contact.when_to_use:
        out.append("- " + _("When to use") + ": " + _inline(contact.when_to_use))
    if contact.phone:
        out.append("- " + _("Opening hours") + ": " + contact_hours(contact, others))
    return [*out, ""]


def _inline(text: object) -> str:
    """A plugin's text on one Markdown line (lazy strings are translated here)."""
    return " ".join(str(text).split())
