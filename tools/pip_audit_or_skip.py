"""pip-audit over the installed packages, for `make lint`, where its database answers.

* A known vulnerability with a fixed version available fails the run (exit 1), naming the
  package, the advisory and the versions that fix it.
* A known vulnerability without a fix is shown, and does not fail the run: there is nothing
  to upgrade to yet.
* Where the vulnerability database cannot be reached (no network, a registry mirror without
  PyPI's JSON API, a time-out), the run says so and does not fail: pip-audit then reports
  every package as "not found", which must not pass for "no vulnerabilities".

Usage: ``.venv/bin/python tools/pip_audit_or_skip.py`` (pip-audit from the same venv).
"""

from __future__ import annotations

import json
import subprocess  # nosec B404 # runs pip-audit from this venv with fixed arguments
import sys
import tempfile
from pathlib import Path

TIMEOUT_S = 300


def main() -> int:
    pip_audit = Path(sys.executable).with_name("pip-audit")
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        command = [
            str(pip_audit),
            "--skip-editable",
            "--progress-spinner",
            "off",
            "--format",
            "json",
            "--output",
            str(report),
        ]
        try:
            done = subprocess.run(  # nosec B603 # fixed arguments, no shell
                command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return skipped(f"pip-audit did not finish ({type(error).__name__})")
        try:
            dependencies = json.loads(report.read_text())["dependencies"]
        except (OSError, ValueError, KeyError):
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return skipped(f"pip-audit gave no report: {last}")
    return judge(dependencies)


def judge(dependencies: list[dict]) -> int:
    audited = [d for d in dependencies if "skip_reason" not in d]
    if not audited:
        return skipped(
            f"the vulnerability database answered for none of {len(dependencies)} packages"
        )
    fixable, unfixed = [], []
    for dependency in audited:
        for vulnerability in dependency.get("vulns", []):
            line = f"{dependency['name']} {dependency['version']}: {vulnerability['id']}" + (
                f", fixed in {', '.join(vulnerability['fix_versions'])}"
                if vulnerability.get("fix_versions")
                else ""
            )
            (fixable if vulnerability.get("fix_versions") else unfixed).append(line)
    not_found = len(dependencies) - len(audited)
    print(
        f"pip-audit: {len(audited)} packages audited"
        + (f", {not_found} not found in the database" if not_found else "")
        + f"; {len(fixable)} vulnerabilities with a fix, {len(unfixed)} without"
    )
    for line in unfixed:
        print(f"  no fix yet: {line}")
    for line in fixable:
        print(f"  UPGRADE: {line}")
    return 1 if fixable else 0


def skipped(reason: str) -> int:
    print(f"pip-audit: skipped, {reason}; vulnerabilities were NOT checked in this run.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
