"""`bti rules`: a municipality's rules, or its guide's coverage, as Markdown or HTML to attach
to a political case or a guide revision; `--check` checks every citation."""

from __future__ import annotations

import json
from pathlib import Path

from bti.rules_doc.features import read_features
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def scenario_names(folder: str) -> list[str]:
    return [s.name for f in read_features(ROOT / "features", [folder]) for s in f.scenarios]


def test_rules_vestby_as_markdown_has_every_scenario_with_source_and_outcome(tmp_path):
    result = run(tmp_path, "rules", "vestby", "--format", "md")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# Reglene i Vestby kommune\n")
    for name in scenario_names("core") + scenario_names("vestby"):
        assert f"### {name}\n" in out
    assert "> **Kilde:** Bekymring følges opp – BTI, Vestby kommune — " in out
    assert "- **Gitt** at Vestby kommune er tatt i bruk" in out
    assert "Det finnes ingen rapport fra en testkjøring" in out
    assert "Tromsø" not in out.split("\n## ", 1)[0]


def test_the_outcomes_come_from_the_report(tmp_path):
    [akutt] = read_features(ROOT / "features", ["vestby"])[:1]
    report = tmp_path / "cucumber.json"
    elements = [{"line": akutt.scenarios[0].line, "result": {"status": "passed"}}]
    report.write_text(json.dumps([{"uri": akutt.uri, "elements": elements}]), encoding="utf-8")
    result = run(tmp_path, "rules", "vestby", BTI_RULES_REPORT=str(report))
    assert result.returncode == 0, result.stderr
    assert "Resultatene er fra testkjøringen" in result.stdout
    assert f"### {akutt.scenarios[0].name}\n\n*Bestått*" in result.stdout


def test_rules_as_html_is_one_standalone_page(tmp_path):
    result = run(tmp_path, "rules", "tromso", "--format", "html", "--lang", "nn")
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("<!doctype html>")
    assert '<html lang="nn">' in result.stdout
    assert "<h1>Reglane i Tromsø kommune</h1>" in result.stdout
    assert "<strong>Når</strong>" in result.stdout
    assert "/static/" not in result.stdout


def test_the_coverage_lists_every_heading_of_tromsos_guide(tmp_path):
    result = run(tmp_path, "rules", "tromso", "--coverage")
    assert result.returncode == 0, result.stderr
    section = result.stdout.split("### Barn som pårørende\n", 1)[1].split("###", 1)[0]
    assert "- Barn og unge til og med 18 år er pårørende i denne betydningen" in section
    assert "### Rutiner og planer for tverrfaglig samarbeid\n\n*Ingen regel viser" in result.stdout


def test_check_finds_no_problem_in_the_repository(tmp_path):
    result = run(tmp_path, "rules", "vestby", "--check")
    assert result.returncode == 0, result.stdout
    assert "0 problem(s)." in result.stderr


def test_check_fails_on_a_citation_out_of_form(tmp_path):
    (tmp_path / "features" / "vestby").mkdir(parents=True)
    (tmp_path / "features" / "vestby" / "a.feature").write_text(
        "# language: no\nEgenskap: Prøve\n\n"
        "  # Kilde: 002_36ab055ecf8ed34e.txt (Vestby), «Akutt?»: «Obs!»\n"
        "  Scenario: Et\n    Gitt noe\n",
        encoding="utf-8",
    )
    result = run(
        tmp_path, "rules", "vestby", "--check", BTI_RULES_FEATURES=str(tmp_path / "features")
    )
    assert result.returncode == 1
    assert (
        "vestby/a.feature:4: line 4: a citation begins with a path under shared/" in result.stdout
    )


def test_an_unknown_municipality_is_a_usage_error(tmp_path):
    result = run(tmp_path, "rules", "oslo")
    assert result.returncode == 2
    assert "no municipality 'oslo' is enabled" in result.stderr


def test_where_only_vestby_is_enabled_its_rules_and_citations_still_check(tmp_path):
    """The core's rules cite every municipality's guide: the installed plugins name them all,
    so a deployment of one municipality checks as clean, and covers its own guide only."""
    checked = run(tmp_path, "rules", "vestby", "--check", BTI_MUNICIPALITIES="vestby")
    assert checked.returncode == 0, checked.stdout
    assert "0 problem(s)." in checked.stderr
    covered = run(tmp_path, "rules", "vestby", "--coverage", BTI_MUNICIPALITIES="vestby")
    assert covered.returncode == 0, covered.stderr
    titles = [line for line in covered.stdout.splitlines() if line.startswith("## ")]
    assert titles == ["## Bekymring følges opp – BTI, Vestby kommune"]
