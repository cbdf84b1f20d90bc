"""The last test run's outcomes (bti.rules_doc.results), and the Cucumber report that
``make test`` writes through xdist's workers (tests/support/cucumber_report.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bti.rules_doc.results import FAILED, NOT_RUN, PASSED, SKIPPED, read_results

ROOT = Path(__file__).resolve().parents[2]


def report(*elements: tuple[str, int, str]) -> list[dict]:
    features: dict[str, dict] = {}
    for uri, line, status in elements:
        feature = features.setdefault(uri, {"uri": uri, "elements": []})
        feature["elements"].append({"line": line, "steps": [{"result": {"status": status}}]})
    return list(features.values())


def test_a_scenario_passed_only_when_every_run_of_it_passed(tmp_path):
    path = tmp_path / "cucumber.json"
    path.write_text(
        json.dumps(
            report(
                ("vestby/akutt.feature", 18, "passed"),
                ("vestby/akutt.feature", 18, "passed"),
                ("vestby/akutt.feature", 30, "passed"),
                ("vestby/akutt.feature", 30, "failed"),
                ("vestby/akutt.feature", 40, "skipped"),
            )
        ),
        encoding="utf-8",
    )
    results = read_results(path)
    assert results.outcome("vestby/akutt.feature", 18) == PASSED
    assert results.outcome("vestby/akutt.feature", 30) == FAILED
    assert results.outcome("vestby/akutt.feature", 40) == SKIPPED
    assert results.outcome("vestby/akutt.feature", 50) == NOT_RUN
    assert results.written.tzinfo is not None


def test_a_missing_or_broken_report_is_no_report(tmp_path):
    assert read_results(tmp_path / "none.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert read_results(broken) is None


def test_the_report_collects_every_scenario_from_xdist_workers(tmp_path):
    """A small project of three scenarios (one fails) run on two workers: the report has all
    three with their outcomes, where pytest-bdd's own --cucumberjson has none under xdist."""
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "a.feature").write_text(
        "# language: no\nEgenskap: Prøve\n\n"
        "  Scenario: Et\n    Gitt et steg som holder\n\n"
        "  Scenario: To\n    Gitt et steg som holder\n\n"
        "  Scenario: Tre\n    Gitt et steg som feiler\n",
        encoding="utf-8",
    )
    (tmp_path / "test_a.py").write_text(
        "from pytest_bdd import given, scenarios\n"
        "scenarios('features')\n"
        "@given('et steg som holder')\ndef _holder():\n    pass\n"
        "@given('et steg som feiler')\ndef _feiler():\n    raise AssertionError('nei')\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "cucumber.json"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-n", "2", "-p", "no:cacheprovider",
            "-p", "tests.support.cucumber_report", f"--bti-cucumber={out}",
            "-c", os.devnull, "--rootdir", str(tmp_path), str(tmp_path / "test_a.py"),
        ],
        cwd=tmp_path, capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    assert "1 failed, 2 passed" in result.stdout, result.stdout + result.stderr
    results = read_results(out)
    assert sorted(results.outcomes.values()) == [FAILED, PASSED, PASSED]
    assert results.outcome("features/a.feature", 10) == FAILED
