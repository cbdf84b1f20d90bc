"""``--bti-cucumber=PATH``: the scenarios' results as a Cucumber JSON report, under xdist too.

pytest-bdd's own ``--cucumberjson`` writes an empty list when the run is spread over xdist's
workers: it finds a scenario's details through the report object, and the report the
controller receives is a copy. Here each worker puts the scenario's details (pytest-bdd's
serialised scenario report) in the report's ``user_properties``, which travel with it, and the
process that writes the file (the controller, or the only process without xdist) collects
them into pytest-bdd's Cucumber shape: a list of features, each with its scenarios
(``elements``) and their steps' results.

``make test`` passes the option; the rules page (``/<kommune>/regler``) reads the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_bdd.reporting import scenario_reports_registry

_KEY = "bti_scenario"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--bti-cucumber",
        metavar="PATH",
        default=None,
        help="write the scenarios' results to PATH as Cucumber JSON (works under xdist)",
    )


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("--bti-cucumber")
    if path and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Writer(Path(path)), "bti-cucumber-writer")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    scenario = scenario_reports_registry.get(item)
    if scenario is not None and item.config.getoption("--bti-cucumber"):
        report.user_properties.append((_KEY, scenario.serialize()))


class _Writer:
    """Collects the scenarios' reports and writes the file when the session ends."""

    def __init__(self, path: Path):
        self.path = path
        self.features: dict[str, dict] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        scenario = next((value for key, value in report.user_properties if key == _KEY), None)
        if scenario is None:
            return
        failed_setup = report.when == "setup" and not report.passed
        if report.when != "call" and not failed_setup:
            return
        feature = scenario["feature"]
        entry = self.features.setdefault(
            feature["rel_filename"],
            {
                "keyword": feature["keyword"],
                "uri": feature["rel_filename"],
                "name": feature["name"],
                "id": feature["rel_filename"].lower().replace(" ", "-"),
                "line": feature["line_number"],
                "description": feature["description"],
                "language": feature["language"],
                "tags": [],
                "elements": [],
            },
        )
        status = "passed" if report.passed else "skipped" if report.skipped else "failed"
        entry["elements"].append(
            {
                "keyword": scenario["keyword"],
                "id": report.nodeid,
                "name": scenario["name"],
                "line": scenario["line_number"],
                "description": scenario["description"],
                "tags": [],
                "type": "scenario",
                "steps": [_step(step, status) for step in scenario["steps"]],
                "result": {"status": status},
            }
        )

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".tmp")
        partial.write_text(
            json.dumps(sorted(self.features.values(), key=lambda f: f["uri"]), ensure_ascii=False),
            encoding="utf-8",
        )
        partial.replace(self.path)


def _step(step: dict, status: str) -> dict:
    # A step that did not fail passed, unless the whole scenario was skipped.
    result = "failed" if step["failed"] else "skipped" if status == "skipped" else "passed"
    return {
        "keyword": step["keyword"],
        "name": step["name"],
        "line": step["line_number"],
        "match": {"location": ""},
        "result": {"status": result, "duration": int(step["duration"] * 1e9)},
    }
