"""Retention: a closed case is kept for the period its municipality configures, then
anonymised or deleted (``bti retention run``).

The parts:

* :mod:`.tables` finds, from the models' metadata, every table whose rows belong to a case
  (a foreign key to the case, or to a row that belongs to it, or a ``case_id`` column), so a
  table added later is handled without anyone remembering to list it here;
* :mod:`.scrub` says what anonymising replaces in those rows (every text column except the
  codes the platform counts and the protocol Bærum keeps anonymised) and in the child and
  the guardians;
* :mod:`.runner` finds the cases whose time has passed, a batch at a time in the database,
  and handles each in a transaction of its own with one audit event (counts only), then
  hands back a :class:`~.report.RetentionReport`.

The audit trail is never touched: its events name a case by its opaque id and hold no
personal data, so the chain verifies after retention as before.
"""

from bti.services.retention.report import CaseHandled, MunicipalityResult, RetentionReport
from bti.services.retention.runner import run
from bti.services.retention.tables import case_tables, rows_of_case

__all__ = [
    "CaseHandled",
    "MunicipalityResult",
    "RetentionReport",
    "case_tables",
    "rows_of_case",
    "run",
]
