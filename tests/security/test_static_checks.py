"""The static checks `make lint` runs: how pip-audit's report decides the run
(tools/pip_audit_or_skip.py). bandit itself runs in `make lint` over platform/ and plugins/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "pip_audit_or_skip.py"


@pytest.fixture(scope="module")
def pip_audit():
    spec = importlib.util.spec_from_file_location("pip_audit_or_skip", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def package(name: str, *vulns: dict) -> dict:
    return {"name": name, "version": "1.0", "vulns": list(vulns)}


def not_found(name: str) -> dict:
    return {"name": name, "skip_reason": f"Dependency not found on PyPI: {name} (1.0)"}


def test_a_vulnerability_with_a_fix_fails_the_run_and_names_the_upgrade(pip_audit, capsys):
    report = [package("flask"), package("jinja2", {"id": "GHSA-1", "fix_versions": ["1.1"]})]
    assert pip_audit.judge(report) == 1
    assert "UPGRADE: jinja2 1.0: GHSA-1, fixed in 1.1" in capsys.readouterr().out


def test_a_vulnerability_without_a_fix_is_shown_and_does_not_fail(pip_audit, capsys):
    report = [package("flask"), package("pydyf", {"id": "PYSEC-2", "fix_versions": []})]
    assert pip_audit.judge(report) == 0
    out = capsys.readouterr().out
    assert "2 packages audited" in out and "no fix yet: pydyf 1.0: PYSEC-2" in out


def test_a_database_that_answered_for_no_package_is_a_skip_said_out_loud(pip_audit, capsys):
    assert pip_audit.judge([not_found("flask"), not_found("jinja2")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_packages_the_database_does_not_know_are_counted_beside_the_audited(pip_audit, capsys):
    assert pip_audit.judge([package("flask"), not_found("bti-local")]) == 0
    assert "1 packages audited, 1 not found in the database" in capsys.readouterr().out
