"""No lost update: a save from an older version of a record is refused, not written over.

Every record a user edits in place (:class:`bti.models.base.Versioned`: the case's marking
as next of kin, the subject's custody and contact details, a guardian, a consent, a
meeting's minutes, a plan, an action-plan item, a team discussion) carries a ``version``.
The form carries the version the user started from (a hidden field, see
:class:`bti.web.fields.VersionField`); the service, inside the action's one transaction,
calls :func:`claim` before it changes the row. :func:`claim` moves the row to the next
version with ``UPDATE … SET version = version + 1 WHERE id = :id AND version = :seen``, so
of two saves from the same version exactly one wins, on SQLite and PostgreSQL alike (the
second waits for the first's row lock, then finds the version moved on). The other gets
:class:`ChangedMeanwhile`: nothing is written, and the page shows what is saved now beside
the form, with what the user typed kept and the form moved to the current version, so
saving again is a deliberate choice.

A caller that does not start from a form (the demo's stories, a command) passes
``seen=None``: the version still moves on, so a form open elsewhere learns of the change.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from bti.errors import Refused
from bti.i18n import lazy_gettext as _l
from bti.models.base import Versioned
from bti.rules.access import Actor
from bti.services import audit

#: The one message for a save from an older version, whatever the record.
CHANGED_MEANWHILE = _l(
    "Someone else has changed this while you were writing. See what is saved now, and save again."
)

#: The reason code (tests, the audit trail).
REASON = "changed_meanwhile"


class ChangedMeanwhile(Refused):
    """Someone saved the record after the user opened the form; ``current`` is the version
    now saved, for the form shown again."""

    def __init__(self, current: int):
        super().__init__(REASON, CHANGED_MEANWHILE)
        self.current = current


def claim(
    session: Session,
    row: Versioned,
    *,
    seen: int | None,
    by: Actor,
    case_id: str | None,
) -> None:
    """Take ``row`` from version ``seen`` (the version in the user's form) to the next one,
    or raise :class:`ChangedMeanwhile` (audited as a refused attempt) when the row has moved
    on since. Call it before changing the row, in the action's transaction; ``seen=None``
    skips only the comparison with a form."""
    table = type(row)
    loaded = row.version
    if seen is not None and seen != loaded:
        raise changed(session, by=by, case_id=case_id, current=loaded)
    moved = session.execute(
        sa.update(table)
        .where(table.id == row.id, table.version == loaded)
        .values(version=loaded + 1)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:
        current = session.execute(sa.select(table.version).where(table.id == row.id)).scalar()
        raise changed(session, by=by, case_id=case_id, current=current or loaded)
    # The row object now matches the database without a second UPDATE at flush.
    set_committed_value(row, "version", loaded + 1)


def changed(session: Session, *, by: Actor, case_id: str | None, current: int) -> ChangedMeanwhile:
    """The :class:`ChangedMeanwhile` to raise (audited as a refused attempt), for a service
    that finds the change itself (a row someone else created first)."""
    audit.record_denial(session, actor=by, action="case.refused", case_ref=case_id, detail=REASON)
    return ChangedMeanwhile(current)
