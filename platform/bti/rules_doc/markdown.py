"""A municipality's rules, and its guide's coverage, as Markdown (``bti rules --format md``):
the same document as the page, for attaching to a political case or a guide revision.

Written in the current language (headings through Babel; the scenarios are in Norwegian).
"""

from __future__ import annotations

from flask_babel import format_datetime

from bti.i18n import gettext as _
from bti.rules_doc.document import DocumentCoverage, RulesDocument, Source, label
from bti.rules_doc.features import Step

_OUTCOMES = {
    "passed": lambda: _("Passed"),
    "failed": lambda: _("Failed"),
    "skipped": lambda: _("Skipped"),
    "not-run": lambda: _("Not in the last test run"),
    "": lambda: _("No test report"),
}


def rules_markdown(document: RulesDocument) -> str:
    """The rules of ``document`` as one Markdown text."""
    lines = [f"# {_('The rules in %(name)s', name=document.name)}", ""]
    if document.ran:
        when = format_datetime(document.ran)
        lines += [_("Outcomes from the test run of %(when)s.", when=when), ""]
    else:
        lines += [
            _(
                "No report from a test run was found, so this page cannot say whether the "
                "rules held. Run «make test» to write one."
            ),
            "",
        ]
    for chapter in document.chapters:
        lines += [f"## {chapter.feature.name}", "", f"`features/{chapter.feature.uri}`", ""]
        if chapter.feature.description:
            lines += [chapter.feature.description, ""]
        lines += _sources(chapter.sources)
        if chapter.feature.background:
            lines += [f"**{_('Background')}**", "", *_steps(chapter.feature.background)]
        for section in chapter.sections:
            scenario = section.scenario
            lines += [f"### {scenario.name}", "", f"*{_OUTCOMES[section.outcome]()}*", ""]
            lines += _sources(section.sources)
            lines += _steps(scenario.steps)
            for examples in scenario.examples:
                lines += [f"**{_('Examples')}**", "", *_table([examples.header, *examples.rows])]
    return "\n".join(lines).rstrip() + "\n"


def coverage_markdown(document: RulesDocument, guides: list[DocumentCoverage]) -> str:
    """Every heading of the municipality's guides with the scenarios that cite it."""
    lines = [f"# {_('Coverage of the guide in %(name)s', name=document.name)}", ""]
    for guide in guides:
        lines += [f"## {guide.title}", "", f"`{guide.path}`", ""]
        if not guide.found:
            lines += [_("The document was not found, so its headings cannot be listed."), ""]
        for entry in guide.headings:
            lines += [f"### {entry.heading}", ""]
            if not entry.scenarios:
                lines += [f"*{_('No rule cites this heading')}*", ""]
            for chapter, section in entry.scenarios:
                lines.append(f"- {section.scenario.name} ({chapter.feature.name})")
            lines += [""] if entry.scenarios else []
    return "\n".join(lines).rstrip() + "\n"


def _sources(sources: list[Source]) -> list[str]:
    lines = []
    for source in sources:
        citation = source.citation
        lines.append(f"> **{_('Source')}:** {source.title} — {label(citation)}  ")
        lines.append(f"> «{citation.passage}»")
        if citation.note:
            lines.append(f">  \n> *{citation.note}*")
        lines.append("")
    return lines


def _steps(steps: list[Step]) -> list[str]:
    lines = []
    for step in steps:
        lines.append(f"- **{step.keyword}** {step.text}")
        if step.table:
            lines += [""] + ["  " + row for row in _table(step.table)]
    return [*lines, ""]


def _table(rows: list[list[str]]) -> list[str]:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return [row(rows[0]), "|" + "---|" * len(rows[0]), *(row(r) for r in rows[1:]), ""]
