"""What the tables have in common: the municipality they belong to, and opaque ids."""

import secrets
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bti import clock
from bti.models.types import UTCDateTime


def new_public_id() -> str:
    """An opaque, non-sequential id for URLs: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


def created_at_field() -> datetime:
    return Field(default_factory=clock.now, sa_type=UTCDateTime, nullable=False)


# Every table holding case data inherits this: the tenancy guard in bti.db scopes every
# query on such a table to the session's municipality. The column has no index of its own:
# every query carries it, so each table declares composite indexes that begin with it and
# go on with the column the table is looked up by (:func:`tenant_index`).
class TenantScoped(SQLModel):
    municipality_id: int = Field(foreign_key="municipality.id", nullable=False)


def tenant_index(table: str, *columns: str) -> sa.Index:
    """An index on ``municipality_id`` and then ``columns``, for a table looked up by them.

    The tenancy guard adds ``municipality_id = ?`` to every query, so an index on the
    lookup column alone competes with one on the municipality, and SQLite without
    statistics may pick the municipality's (every row of it) over the case's (a few). One
    index beginning with both serves the lookup whatever the planner knows, and any query
    on the municipality alone through its first column.
    """
    name = "_".join(("ix", table, "municipality_id", *columns))
    return sa.Index(name, "municipality_id", *columns)


# Every record a user edits in place inherits this: the version the user started from goes
# in the form, and bti.services.versions refuses a save from an older one (no lost update).
class Versioned(SQLModel):
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": "1"})
