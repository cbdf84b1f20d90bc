"""The last test run's result per scenario, from the Cucumber JSON report ``make test`` writes
(``tests/support/cucumber_report.py``).

A scenario runs more than once (each example of an outline, each database): it passed when
every run passed, failed when any failed, and otherwise was skipped. The run's time is the
report file's modification time. A missing or unreadable report is :data:`None`, and the
pages say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PASSED = "passed"
FAILED = "failed"
SKIPPED = "skipped"
NOT_RUN = "not-run"


@dataclass(frozen=True)
class Results:
    """When the report was written, and each scenario's outcome by ``(uri, line)``."""

    written: datetime
    outcomes: dict[tuple[str, int], str]

    def outcome(self, uri: str, line: int) -> str:
        return self.outcomes.get((uri, line), NOT_RUN)


def read_results(path: Path | None) -> Results | None:
    """The report at ``path``, or ``None`` if there is none or it is not a Cucumber report."""
    if path is None or not path.is_file():
        return None
    try:
        features = json.loads(path.read_text(encoding="utf-8"))
        outcomes: dict[tuple[str, int], str] = {}
        for feature in features:
            for element in feature["elements"]:
                key = (feature["uri"], int(element["line"]))
                outcomes[key] = _combine(outcomes.get(key), _status(element))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    written = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return Results(written=written, outcomes=outcomes)


def _status(element: dict) -> str:
    if "result" in element:
        return element["result"]["status"]
    statuses = [step["result"]["status"] for step in element.get("steps", [])]
    if FAILED in statuses:
        return FAILED
    return PASSED if statuses and all(s == PASSED for s in statuses) else SKIPPED


def _combine(before: str | None, now: str) -> str:
    if before is None:
        return now
    if FAILED in (before, now):
        return FAILED
    return PASSED if before == now == PASSED else SKIPPED
