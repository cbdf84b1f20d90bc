"""The feature files read as a document: features, their scenarios, steps and citations.

Parsed with the official Gherkin parser (the one pytest-bdd runs the files with), which hands
over every comment with its line, so a scenario's citation block is the run of comment lines
directly above it (above its tags, if any).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from bti.rules_doc.citations import Citation, CitationError, parse_block


@dataclass(frozen=True)
class Step:
    """A step: its Norwegian keyword (``Gitt``, ``Når`` …), its sentence and any table."""

    keyword: str
    text: str
    table: list[list[str]] = field(default_factory=list)


@dataclass(frozen=True)
class Examples:
    """A scenario outline's examples: a heading row and the rows under it."""

    name: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class Scenario:
    """A scenario (or outline) with its sources; ``line`` is where its keyword stands."""

    keyword: str
    name: str
    line: int
    description: str
    steps: list[Step]
    examples: list[Examples]
    citations: list[Citation]
    rule: str = ""


@dataclass
class Feature:
    """One feature file: ``uri`` is its path under the features folder (``vestby/akutt.feature``).

    ``problems`` are its citation comments that do not keep to the form, as ``(line,
    message)`` pairs (:mod:`bti.rules_doc.check` reports them).
    """

    uri: str
    keyword: str
    name: str
    description: str
    background: list[Step]
    citations: list[Citation]
    scenarios: list[Scenario]
    problems: list[tuple[int, str]] = field(default_factory=list)

    @property
    def folder(self) -> str:
        return self.uri.split("/", 1)[0]


def read_features(features_dir: Path, folders: list[str]) -> list[Feature]:
    """Every feature file in ``folders`` under ``features_dir`` (in that order, then by
    name); a folder that is not there gives nothing."""
    features: list[Feature] = []
    for folder in folders:
        for path in sorted((features_dir / folder).glob("**/*.feature")):
            features.append(read_feature(path, path.relative_to(features_dir).as_posix()))
    return features


def read_feature(path: Path, uri: str) -> Feature:
    """The feature file at ``path``, known as ``uri``."""
    document = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
    comments = {c["location"]["line"]: c["text"].strip() for c in document.get("comments", [])}
    node = document["feature"]
    reader = _Reader(comments)
    feature = Feature(
        uri=uri,
        keyword=node["keyword"],
        name=node["name"],
        description=_description(node),
        background=[],
        citations=reader.citations(node),
        scenarios=[],
    )
    for child in node["children"]:
        if "background" in child:
            feature.background = _steps(child["background"])
        elif "scenario" in child:
            feature.scenarios.append(reader.scenario(child["scenario"]))
        elif "rule" in child:
            rule = child["rule"]
            # A source above «Regel:» is the source of its scenarios that cite none.
            shared = reader.citations(rule)
            for inner in rule["children"]:
                if "scenario" in inner:
                    scenario = reader.scenario(inner["scenario"], rule["name"])
                    scenario.citations = scenario.citations or shared
                    feature.scenarios.append(scenario)
    feature.problems = reader.problems
    return feature


class _Reader:
    """Finds each node's citation block among the file's comments."""

    def __init__(self, comments: dict[int, str]):
        self.comments = comments
        self.problems: list[tuple[int, str]] = []

    def citations(self, node: dict) -> list[Citation]:
        top = min([node["location"]["line"]] + [t["location"]["line"] for t in node["tags"]])
        lines: list[tuple[int, str]] = []
        number = top - 1
        while number in self.comments:
            lines.insert(0, (number, self.comments[number]))
            number -= 1
        try:
            return parse_block(lines)
        except CitationError as error:
            self.problems.append((error.line, str(error)))
            return []

    def scenario(self, node: dict, rule: str = "") -> Scenario:
        return Scenario(
            keyword=node["keyword"],
            name=node["name"],
            line=node["location"]["line"],
            description=_description(node),
            steps=_steps(node),
            examples=[_examples(e) for e in node.get("examples", [])],
            citations=self.citations(node),
            rule=rule,
        )


def _description(node: dict) -> str:
    return " ".join((node.get("description") or "").split())


def _steps(node: dict) -> list[Step]:
    steps = []
    for step in node["steps"]:
        table = step.get("dataTable")
        rows = [[cell["value"] for cell in row["cells"]] for row in table["rows"]] if table else []
        steps.append(Step(keyword=step["keyword"].strip(), text=step["text"], table=rows))
    return steps


def _examples(node: dict) -> Examples:
    head = node.get("tableHeader")
    header = [cell["value"] for cell in head["cells"]] if head else []
    rows = [[cell["value"] for cell in row["cells"]] for row in node.get("tableBody", [])]
    return Examples(name=node["name"], header=header, rows=rows)
