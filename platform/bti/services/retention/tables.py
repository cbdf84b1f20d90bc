"""Which rows belong to a case, found from the models' metadata.

A table belongs to the case when it has a foreign key to ``case`` or a ``case_id`` column
(an entry, a meeting, a consent …), or a foreign key to a table that belongs to it (a
meeting's invitees, a consent's signatures, a referral's discussion …). The audit trail is
left out: it names a case by an opaque reference and is never changed.
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa
from sqlmodel import SQLModel

CASE = "case"
#: Tables that mention a case but are never changed by retention.
NEVER_TOUCHED = frozenset({"auditevent", "auditchainhead", "auditcheckpoint"})


@cache
def case_tables() -> tuple[sa.Table, ...]:
    """Every table whose rows belong to a case, parents before children (the order to
    update them in; delete in the reverse order)."""
    owned = {CASE}
    grown = True
    while grown:
        grown = False
        for table in SQLModel.metadata.sorted_tables:
            if table.name in owned or table.name in NEVER_TOUCHED:
                continue
            parents = {fk.column.table.name for fk in table.foreign_keys}
            if parents & owned or "case_id" in table.c:
                owned.add(table.name)
                grown = True
    return tuple(t for t in SQLModel.metadata.sorted_tables if t.name in owned - {CASE})


def case_table() -> sa.Table:
    return SQLModel.metadata.tables[CASE]


def rows_of_case(table: sa.Table, *, case_id: str, municipality_id: int):
    """The condition that picks ``table``'s rows belonging to the case, in the
    municipality (the scoped session's guard covers the ORM, not these statements)."""
    return sa.and_(table.c.municipality_id == municipality_id, _belongs(table, case_id))


def _belongs(table: sa.Table, case_id: str):
    """A row carrying the case's id belongs to it (whatever else it points at: an entry's
    meeting is the same case's), so the indexed column alone picks it; any other row
    through the parent rows that belong to the case."""
    if table.name == CASE:
        return table.c.id == case_id
    direct = {table.c.case_id} if "case_id" in table.c else set()
    direct |= {fk.parent for fk in table.foreign_keys if fk.column.table.name == CASE}
    if direct:
        return sa.or_(*(column == case_id for column in sorted(direct, key=lambda c: c.name)))
    owned = {t.name for t in case_tables()}
    ways = [
        fk.parent.in_(sa.select(fk.column).where(_belongs(fk.column.table, case_id)))
        for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name)
        if fk.column.table.name in owned and fk.column.table is not table
    ]
    return sa.or_(*ways)
