"""Importing a municipality's staff from its HR system's CSV file (``bti admin
import-staff``); the format is described in ``docs/staff-import.md``.

All or nothing: every row is checked, against the others and against the database, before
anything is written, and a file with any problem changes nothing; the problems are reported
together, each with its line. A good file is written in one transaction with one audit
event (counts only). Importing the same file again changes nothing.

The parts:

* :mod:`.reading` — bytes to rows: the encoding, the separator, the header, each cell, and
  what the rows say together;
* :mod:`.planning` — the rows against the database: what would change, or why it cannot;
* :mod:`.writing` — the plan written, and described line by line for the operator.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from bti import clock
from bti.db import Database
from bti.models import AuditPurpose, Membership
from bti.services import audit
from bti.services.accounts import OPERATOR
from bti.services.staff_import.planning import Plan, plan
from bti.services.staff_import.reading import Problem, read_rows
from bti.services.staff_import.writing import describe, write

__all__ = ["ImportRefused", "Problem", "Summary", "import_staff", "users_elsewhere"]


class ImportRefused(Exception):
    """The file has problems; nothing was written. ``problems`` are in the file's order."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass(frozen=True)
class Summary:
    """What an import changed (or, in a dry run, would change)."""

    written: bool
    rows: int
    units_created: int
    accounts_created: int
    accounts_updated: int
    identities_set: int
    memberships_added: int
    memberships_updated: int
    memberships_removed: int
    #: Memberships the file does not name, kept because removing was not asked for.
    memberships_kept: int
    accounts_deactivated: int
    #: Usernames in the file whose account is disabled (an import does not enable them).
    disabled_in_file: tuple[str, ...]
    #: One line per change (:func:`~.writing.describe`).
    changes: tuple[str, ...]

    @property
    def counts(self) -> str:
        """The numbers, as the audit event records them."""
        names = (
            "rows",
            "units_created",
            "accounts_created",
            "accounts_updated",
            "identities_set",
            "memberships_added",
            "memberships_updated",
            "memberships_removed",
            "accounts_deactivated",
        )
        return " ".join(f"{name}={getattr(self, name)}" for name in names)


def import_staff(
    db: Database,
    *,
    municipality_id: int,
    data: bytes,
    dry_run: bool = False,
    remove_missing: bool = False,
) -> Summary:
    """Import the staff file ``data`` into one municipality, or (``dry_run``) say what that
    would change without writing anything.

    Audited as one ``staff.import`` event (purpose administration) with the counts; a dry
    run writes nothing, not even that event.

    :param remove_missing: the file lists the whole staff: memberships in this municipality
        that it does not name are removed, and accounts left with no membership in any
        municipality are disabled and their sessions ended.
    :raises ImportRefused: any problem in the file; nothing was written.
    """
    rows, problems = read_rows(data)
    if not rows:
        raise ImportRefused(problems)
    elsewhere = users_elsewhere(db, municipality_id=municipality_id)
    if dry_run:
        with db.reading(municipality_id) as session:
            result = plan(session, rows=rows, elsewhere=elsewhere, remove_missing=remove_missing)
            _refuse(problems, result)
            return _summary(result, written=False)
    with db.transaction(municipality_id) as session:
        result = plan(session, rows=rows, elsewhere=elsewhere, remove_missing=remove_missing)
        _refuse(problems, result)
        summary = _summary(result, written=True)
        write(session, result, now=clock.now())
        audit.record(
            session,
            actor=OPERATOR,
            action="staff.import",
            purpose=AuditPurpose.ADMINISTRATION,
            detail=summary.counts,
        )
    return summary


def users_elsewhere(db: Database, *, municipality_id: int) -> set[int]:
    """The accounts with a membership in a municipality other than ``municipality_id``
    (each asked in its own scope)."""
    found: set[int] = set()
    for other in db.municipality_ids().values():
        if other != municipality_id:
            with db.scoped(other) as session:
                found.update(session.exec(select(Membership.user_id).distinct()))
    return found


def _refuse(problems: list[Problem], result: Plan) -> None:
    every = sorted(set(problems) | set(result.problems), key=lambda p: (p.line or 0, p.message))
    if every:
        raise ImportRefused(every)


def _summary(result: Plan, *, written: bool) -> Summary:
    return Summary(
        written=written,
        rows=result.rows,
        units_created=len(result.new_units),
        accounts_created=len(result.new_accounts),
        accounts_updated=len(result.updated_accounts),
        identities_set=len(result.identities_set),
        memberships_added=len(result.memberships_added),
        memberships_updated=len(result.memberships_retitled),
        memberships_removed=len(result.memberships_removed),
        memberships_kept=result.memberships_kept,
        accounts_deactivated=len(result.accounts_deactivated),
        disabled_in_file=tuple(result.disabled_in_file),
        changes=tuple(describe(result)),
    )
