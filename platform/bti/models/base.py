"""What the tables have in common: the municipality they belong to, and opaque ids."""

import secrets
from datetime import datetime

from sqlmodel import Field, SQLModel

from bti import clock
from bti.models.types import UTCDateTime


def new_public_id() -> str:
    """An opaque, non-sequential id for URLs: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


def created_at_field() -> datetime:
    return Field(default_factory=clock.now, sa_type=UTCDateTime, nullable=False)


# Every table holding case data inherits this: the tenancy guard in bti.db scopes every
# query on such a table to the session's municipality.
class TenantScoped(SQLModel):
    municipality_id: int = Field(foreign_key="municipality.id", index=True, nullable=False)


# Every record a user edits in place inherits this: the version the user started from goes
# in the form, and bti.services.versions refuses a save from an older one (no lost update).
class Versioned(SQLModel):
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": "1"})
