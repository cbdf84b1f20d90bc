"""A municipality's rules as one document, and its guide's coverage: the read models the page
(:mod:`bti.web.rules_page`) and the command (``bti rules``) render.

The municipality's rules are the feature files of ``features/core/`` (they apply everywhere)
and of ``features/<slug>/``; its guides are those its plugin names (``GuideSource``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlencode

from bti.rules_doc.citations import Citation
from bti.rules_doc.features import Feature, Scenario, read_features
from bti.rules_doc.results import Results, read_results
from bti.rules_doc.settings import RulesSettings
from bti.rules_doc.sources import Sources

CORE = "core"


@dataclass(frozen=True)
class Source:
    """A citation as the reader sees it: the document's title, the heading, the quoted passage,
    and the stretch of the document around it (``None`` when it is not found)."""

    citation: Citation
    title: str
    context: str | None


@dataclass(frozen=True)
class Section:
    """A scenario with its sources, last outcome and the link to propose a change."""

    scenario: Scenario
    anchor: str
    sources: list[Source]
    outcome: str
    propose: dict[str, str]


@dataclass(frozen=True)
class Chapter:
    feature: Feature
    anchor: str
    sources: list[Source]
    sections: list[Section]


@dataclass(frozen=True)
class RulesDocument:
    """Everything the rules page shows; ``ran`` is ``None`` when there is no report."""

    slug: str
    name: str
    chapters: list[Chapter]
    ran: datetime | None
    email: str
    issues: str

    @property
    def scenario_count(self) -> int:
        return sum(len(chapter.sections) for chapter in self.chapters)


@dataclass(frozen=True)
class HeadingCoverage:
    heading: str
    scenarios: list[tuple[Chapter, Section]]


@dataclass(frozen=True)
class DocumentCoverage:
    path: str
    title: str
    headings: list[HeadingCoverage]
    found: bool


def rules_document(slug: str, name: str, settings: RulesSettings) -> RulesDocument:
    """The rules of municipality ``slug`` (core first), with the last run's outcomes."""
    sources = settings.read_sources()
    results = read_results(settings.report)
    features = read_features(settings.features, [CORE, slug])
    chapters = [_chapter(feature, sources, results, settings) for feature in features]
    return RulesDocument(
        slug=slug,
        name=name,
        chapters=chapters,
        ran=results.written if results else None,
        email=settings.email,
        issues=settings.issues,
    )


def coverage(document: RulesDocument, settings: RulesSettings) -> list[DocumentCoverage]:
    """Every heading of the municipality's own guides, each with the scenarios citing it."""
    sources = settings.read_sources()
    found: list[DocumentCoverage] = []
    for path in (source.path for source in settings.guides.get(document.slug, ())):
        guide = sources.document(path)
        if guide is None:
            found.append(DocumentCoverage(path, path, [], found=False))
            continue
        headings = [HeadingCoverage(heading, []) for heading in guide.headings]
        by_heading = {heading.heading: heading for heading in headings}
        for chapter in document.chapters:
            for section in chapter.sections:
                cited = {
                    guide.heading(source.citation.heading)
                    for source in section.sources or chapter.sources
                    if source.citation.document == path
                }
                for heading in cited - {None}:
                    by_heading[heading].scenarios.append((chapter, section))
        found.append(DocumentCoverage(path, guide.title, headings, found=True))
    return found


def _chapter(
    feature: Feature, sources: Sources, results: Results | None, settings: RulesSettings
) -> Chapter:
    anchor = feature.uri.removesuffix(".feature").replace("/", "-")
    sections = [
        Section(
            scenario=scenario,
            anchor=f"{anchor}-{scenario.line}",
            sources=[_source(c, sources) for c in scenario.citations],
            outcome=results.outcome(feature.uri, scenario.line) if results else "",
            propose=_propose(feature, scenario, settings),
        )
        for scenario in feature.scenarios
    ]
    return Chapter(
        feature=feature,
        anchor=anchor,
        sources=[_source(c, sources) for c in feature.citations],
        sections=sections,
    )


def _source(citation: Citation, sources: Sources) -> Source:
    document = sources.document(citation.document)
    if document is None:
        return Source(citation, citation.document, None)
    return Source(citation, document.title, document.context(citation))


def _propose(feature: Feature, scenario: Scenario, settings: RulesSettings) -> dict[str, str]:
    """The addresses that open a proposal about ``scenario``, filled in with its file, name
    and sources and nothing else: ``mail`` always, ``issue`` when an issue page is set."""
    subject = f"Forslag til endring: {scenario.name}"
    sources = "\n".join(f"Kilde: {label(c)}" for c in scenario.citations or feature.citations)
    body = (
        f"Fil: features/{feature.uri}\nScenario: {scenario.name}\n{sources}\n\n"
        "Hva bør endres, og hvorfor (uten navn eller andre personopplysninger):\n"
    )
    links = {
        "mail": f"mailto:{quote(settings.email, safe='@')}?"
        + urlencode({"subject": subject, "body": body}, quote_via=quote)
    }
    if settings.issues:
        query = urlencode(
            {"template": "regelendring.md", "title": subject, "body": body}, quote_via=quote
        )
        links["issue"] = f"{settings.issues}?{query}"
    return links


def label(citation: Citation) -> str:
    """«<document>, «<heading>»[, <locator>]», as the pages name a source."""
    locator = f", {citation.locator}" if citation.locator else ""
    return f"{citation.document}, «{citation.heading}»{locator}"
