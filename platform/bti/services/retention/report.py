"""What a retention run did: counts per municipality and per action, and the cases by their
opaque ids. No names, no text from the cases."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

from bti.config_retention import RetentionPolicy

ANONYMISED = "anonymised"
DELETED = "deleted"
FAILED = "failed"
#: Reopened (or removed) between being found and being handled: left as it is.
SKIPPED = "skipped"


@dataclass(frozen=True)
class CaseHandled:
    """One case: what was done (or, in a dry run, would be), and how many rows it touched."""

    case: str
    action: str
    rows: int = 0
    #: The child (and the guardians) went too: no other case still needs them.
    subject: bool = False
    #: Why it failed: the exception's class only (its message may quote data).
    error: str = ""


@dataclass
class MunicipalityResult:
    slug: str
    policy: RetentionPolicy
    #: Cases closed at or before this moment had passed their time.
    cutoff: datetime
    cases: list[CaseHandled] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for case in self.cases if case.action == action)

    def counts(self) -> dict[str, int]:
        return {
            ANONYMISED: self.count(ANONYMISED),
            DELETED: self.count(DELETED),
            FAILED: self.count(FAILED),
            "subjects": sum(1 for case in self.cases if case.subject),
            "rows": sum(case.rows for case in self.cases),
        }


@dataclass
class RetentionReport:
    at: datetime
    dry_run: bool
    municipalities: list[MunicipalityResult] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(m.count(FAILED) for m in self.municipalities)

    def as_dict(self) -> dict:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "dry_run": self.dry_run,
            "municipalities": [
                {
                    "slug": m.slug,
                    "policy": asdict(m.policy),
                    "cutoff": m.cutoff.isoformat(timespec="seconds"),
                    "counts": m.counts(),
                    "cases": [asdict(case) for case in m.cases],
                }
                for m in self.municipalities
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"

    def summary(self) -> list[str]:
        """One line per municipality, for the operator's terminal."""
        would = "would be " if self.dry_run else ""
        lines = []
        for m in self.municipalities:
            counts = m.counts()
            line = (
                f"{m.slug}: {m.policy.describe()} (closed on or before "
                f"{m.cutoff.date().isoformat()}): {counts[ANONYMISED]} case(s) {would}anonymised, "
                f"{counts[DELETED]} {would}deleted"
            )
            if counts[FAILED]:
                line += f", {counts[FAILED]} failed"
            lines.append(line)
        return lines
