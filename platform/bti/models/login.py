"""Signed-in sessions, kept on the server so that signing out really ends them."""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bti.models.base import created_at_field
from bti.models.types import UTCDateTime


# One sign-in. The browser holds a random token; the table holds only its hash, so a copy
# of the database cannot be used to take over a session.
class LoginSession(SQLModel, table=True):
    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="staffuser.id", index=True)
    # Chosen after sign-in when the user works in more than one municipality.
    municipality_id: int | None = Field(default=None, foreign_key="municipality.id")
    method: str = Field(default="password", max_length=20)
    created_at: datetime = created_at_field()
    last_seen_at: datetime = created_at_field()
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Signed in through an identity provider: its ID token, sent back as the hint when
    # signing out there too (RP-initiated logout).
    id_token: str | None = Field(default=None, sa_type=sa.Text)
