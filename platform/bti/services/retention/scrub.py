"""What anonymising a case replaces.

Deny by default: every text column of a table that belongs to the case, and of the child and
the guardians, is emptied (``NULL`` where it may be, otherwise its default, usually ``""``),
so a text column added later is anonymised without anyone listing it. Kept are keys, the
codes the platform counts and shows (kinds, statuses, outcomes, services: an enum or listed
in :data:`CODES`), and what is anonymous already (:data:`KEPT`). Dates stay, except the
child's birth and due dates, which keep their year only.
"""

from __future__ import annotations

import enum
import typing
from datetime import date
from functools import cache

import sqlalchemy as sa
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

#: Columns holding a code from a fixed list, not free text, whatever table they are in.
CODES = frozenset(
    {
        "kind",
        "code",
        "outcome",
        "service",
        "met_by",
        "answer",
        "basis",
        "relation",
        "next_of_kin_relation",
        "next_of_kin_reason",
        "child_participation",
        "coordinator_change",
        "case_types",
        "urgency",
        "answered_via",
        "plan_followed",
        "measures_helped",
    }
)
#: Columns kept as they are, with why.
KEPT = frozenset(
    {
        # A random token in the link the family answered through; no name in it.
        ("teamevaluation", "token"),
        # Bærum's metodebok, «Dokumentasjon»: «Protokoll (anonymisert). Arkiveres i TIT.»
        ("teamdiscussion", "protocol"),
    }
)


@cache
def personal_columns(table: sa.Table) -> dict[str, object]:
    """``table``'s columns that anonymising empties, each with what it becomes."""
    model = _model(table)
    replaced: dict[str, object] = {}
    for column in table.c:
        if column.primary_key or column.foreign_keys or column.name in CODES:
            continue
        if (table.name, column.name) in KEPT or _is_enum(model, column.name):
            continue
        if not isinstance(column.type, sa.String | AutoString):
            continue
        replaced[column.name] = None if column.nullable else _default(column)
    return replaced


def year_only(day: date | None) -> date | None:
    """1 January of ``day``'s year: the age group stays, the birthday goes."""
    return None if day is None else date(day.year, 1, 1)


def _default(column: sa.Column) -> str:
    default = column.default
    if default is not None and default.is_scalar and isinstance(default.arg, str):
        return default.arg  # e.g. "{}" for a form's answers
    return ""


def _model(table: sa.Table) -> type | None:
    for mapper in SQLModel._sa_registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def _is_enum(model: type | None, name: str) -> bool:
    field = getattr(model, "model_fields", {}).get(name)
    if field is None:
        return False
    kinds = typing.get_args(field.annotation) or (field.annotation,)
    return any(isinstance(kind, type) and issubclass(kind, enum.Enum) for kind in kinds)
