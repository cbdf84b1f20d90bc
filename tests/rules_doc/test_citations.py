"""The one form of a citation (bti.rules_doc.citations), and the check that every feature file
keeps to it and cites what its documents say (bti.rules_doc.check): `make test` runs this."""

from __future__ import annotations

from pathlib import Path

import pytest

from bti.plugins import build_registry
from bti.rules_doc.check import check
from bti.rules_doc.citations import CitationError, parse_block
from bti.rules_doc.sources import Sources, guides_by_municipality

ROOT = Path(__file__).resolve().parents[2]
#: Each installed municipality's own guides, as its plugin names them.
GUIDES = guides_by_municipality(build_registry(None))
#: The folder that holds shared/ (the guides and the design), beside the checkout.
SOURCES = Sources(ROOT.parent, [guide for guides in GUIDES.values() for guide in guides])
TROMSO = "shared/seeds/004_e094d3244bfd92ed.txt"


def block(*lines: str) -> list[tuple[int, str]]:
    return [(number, line) for number, line in enumerate(lines, start=10)]


def test_every_feature_file_cites_its_sources_in_the_one_form():
    assert SOURCES.document("shared/DESIGN.md") is not None, "../shared is not beside the checkout"
    problems = check(ROOT / "features", SOURCES)
    assert not problems, "\n".join(problems)


def test_every_listed_heading_begins_a_line_of_its_guide():
    for path in SOURCES.listed_paths():
        document = SOURCES.document(path)
        assert document is not None, path
        assert document.headings, path
        assert not document.unplaced_headings(), (path, document.unplaced_headings())


def test_each_municipality_has_its_own_guides():
    # shared/seeds/README.md says which guide is whose.
    paths = {slug: [guide.path for guide in guides] for slug, guides in GUIDES.items()}
    assert paths["vestby"] == ["shared/seeds/002_36ab055ecf8ed34e.txt"]
    assert paths["jevnaker"] == ["shared/seeds/001_3254db2c7bc0f88f.txt"]
    assert paths["tromso"] == [TROMSO]
    assert paths["baerum"] == [
        "shared/seeds/000_0e1a3820b93a5dea.txt",  # the TIT method book
        "shared/seeds/003_65c3f1b10dd6ab1f.txt",  # the action plan
    ]
    assert SOURCES.document(TROMSO).title == "BTI – Bedre tverrfaglig innsats, Tromsø kommune"


def test_a_citation_with_locator_continuation_and_note():
    [citation] = parse_block(
        block(
            "# language: no",
            f"# Kilde: {TROMSO}, «Identifisering og avklaring - nivå 0», trinn 4: «Frist for å",
            "#   ta en beslutning 14 dager etter at bekymring oppstår.» Regnet fra",
            "#   dagen den oppsto.",
        )
    )
    assert citation.document == TROMSO
    assert citation.heading == "Identifisering og avklaring - nivå 0"
    assert citation.locator == "trinn 4"
    assert citation.passage == "Frist for å ta en beslutning 14 dager etter at bekymring oppstår."
    assert citation.note == "Regnet fra dagen den oppsto."
    assert citation.line == 11


def test_several_citations_in_one_block_and_guillemets_inside_a_passage():
    first, second = parse_block(
        block(
            "# Kilde: shared/seeds/a.txt, «Akutt?»: «Ring «nå»» og vent.",
            "# Kilde: shared/DESIGN.md, «Web UI»: «labels on every field»",
        )
    )
    assert (first.passage, first.note) == ("Ring «nå»", "og vent.")
    assert (second.document, second.heading, second.locator) == ("shared/DESIGN.md", "Web UI", "")


def test_gaps_split_a_passage_into_pieces():
    [citation] = parse_block(block("# Kilde: shared/a.txt, «H»: «Trinn 2: […] Trinn   7»"))
    assert citation.pieces == ["Trinn 2:", "Trinn 7"]


@pytest.mark.parametrize(
    "lines",
    [
        ["# Kilde: 004_e094d3244bfd92ed.txt (Tromsø), «Toppbilde BTI»: «Målgruppen»"],
        ["# Kilde: sak 19, punkt 2: «the citizen portal»"],
        [f"# Kilde: {TROMSO}, nivå 0 trinn 4: «Frist for å ta en beslutning»"],
        [f"# Kilde: {TROMSO}, «Toppbilde BTI», «Formål»: «Målgruppen»"],
        [f"# Kilde: {TROMSO}, «Toppbilde BTI»: målgruppen er barn"],
        [f"# Kilde: {TROMSO}, «Toppbilde BTI»: «Målgruppen er", "# barn og unge»"],
        [f"# Kilde: {TROMSO}, «Toppbilde BTI»: «Målgruppen er"],
    ],
    ids=["no-folder", "issue", "no-heading", "two-headings", "unquoted", "continuation", "open"],
)
def test_a_citation_out_of_form_is_refused(lines):
    with pytest.raises(CitationError):
        parse_block(block(*lines))


def test_the_check_names_a_wrong_heading_a_missing_passage_and_a_scenario_without_source(
    tmp_path,
):
    (tmp_path / "tromso").mkdir()
    (tmp_path / "tromso" / "a.feature").write_text(
        "# language: no\n"
        "Egenskap: Prøve\n\n"
        f"  # Kilde: {TROMSO}, «Målgruppe»: «Målgruppen er barn og unge fra 0 til 23 år»\n"
        "  Scenario: Feil overskrift\n    Gitt noe\n\n"
        f"  # Kilde: {TROMSO}, «Toppbilde BTI»: «Målgruppen er barn og unge fra 0 til 99 år»\n"
        "  Scenario: Sitatet står ikke der\n    Gitt noe\n\n"
        f"  # Kilde: {TROMSO}, «Toppbilde BTI»: «Trinn 4: […] Målgruppen er barn»\n"
        "  Scenario: Bitene står i feil rekkefølge\n    Gitt noe\n\n"
        "  Scenario: Uten kilde\n    Gitt noe\n\n"
        f"  # Kilde: {TROMSO}, «toppbilde  bti:»: «Målgruppen er barn og unge […] 23 år»\n"
        "  Scenario: Riktig\n    Gitt noe\n",
        encoding="utf-8",
    )
    problems = check(tmp_path, SOURCES)
    assert problems == [
        f"tromso/a.feature:4: «Målgruppe» is not a heading of {TROMSO}",
        f"tromso/a.feature:8: the passage is not in {TROMSO}: "
        "«Målgruppen er barn og unge fra 0 til 99 år»",
        f"tromso/a.feature:12: the passage is not in {TROMSO}: «Trinn 4: […] Målgruppen er barn»",
        "tromso/a.feature:16: «Uten kilde» cites no source",
    ]
