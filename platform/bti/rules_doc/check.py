"""The check that every feature file cites its sources in the one form
(:mod:`bti.rules_doc.citations`), and that what it cites is there.

For each feature file under the features folder:

- every comment block that holds ``# Kilde:`` keeps to the form;
- every scenario has a source: its own citation, or its feature's;
- every cited document exists under the sources folder, every cited heading is one of that
  document's headings (:mod:`bti.rules_doc.sources`), and every quoted passage occurs in it.

``tests/rules_doc/test_citations.py`` runs it over the repository in ``make test``; ``bti
rules --check`` runs it by hand.
"""

from __future__ import annotations

from pathlib import Path

from bti.rules_doc.citations import Citation
from bti.rules_doc.features import Feature, read_features
from bti.rules_doc.sources import Sources


def feature_folders(features_dir: Path) -> list[str]:
    """Every folder of feature files, core first."""
    names = sorted(p.name for p in features_dir.iterdir() if p.is_dir())
    return sorted(names, key=lambda name: name != "core")


def check(features_dir: Path, sources: Sources) -> list[str]:
    """Every problem, one line each (``<file>:<line>: <what>``); empty when all is well."""
    problems: list[str] = []
    for feature in read_features(features_dir, feature_folders(features_dir)):
        problems.extend(check_feature(feature, sources))
    return problems


def check_feature(feature: Feature, sources: Sources) -> list[str]:
    """The problems of one feature file."""
    problems = [f"{feature.uri}:{line}: {message}" for line, message in feature.problems]
    for citation in feature.citations:
        problems.extend(_citation(feature.uri, citation, sources))
    for scenario in feature.scenarios:
        if not scenario.citations and not feature.citations:
            problems.append(f"{feature.uri}:{scenario.line}: «{scenario.name}» cites no source")
        for citation in scenario.citations:
            problems.extend(_citation(feature.uri, citation, sources))
    return problems


def _citation(uri: str, citation: Citation, sources: Sources) -> list[str]:
    where = f"{uri}:{citation.line}"
    document = sources.document(citation.document)
    if document is None:
        return [f"{where}: no document {citation.document}"]
    problems = []
    if document.heading(citation.heading) is None:
        problems.append(f"{where}: «{citation.heading}» is not a heading of {citation.document}")
    if not citation.pieces:
        problems.append(f"{where}: the quoted passage is empty")
    elif document.find(citation) is None:
        problems.append(f"{where}: the passage is not in {citation.document}: «{citation.passage}»")
    return problems
