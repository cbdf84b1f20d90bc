"""Guardians and youth who sign in to read their own stafettlogg, and their sessions.

A citizen is known by their fødselsnummer: that is what ID-porten gives, and what links
them to a guardian (``Guardian.fodselsnummer``) or to the youth a case is about
(``Subject.fodselsnummer``). A local username and password exist for the demo and for
testing; ID-porten can replace them without touching what follows sign-in.
"""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel, UniqueConstraint

from bti.models.base import TenantScoped, created_at_field
from bti.models.types import UTCDateTime


# A guardian or youth who may sign in to one municipality's citizens' pages.
class Citizen(TenantScoped, table=True):
    __table_args__ = (
        UniqueConstraint("municipality_id", "fodselsnummer"),
        UniqueConstraint("municipality_id", "username"),
    )

    id: int | None = Field(default=None, primary_key=True)
    fodselsnummer: str = Field(sa_type=sa.String(11), index=True)
    display_name: str = Field(max_length=160)
    # A local account (demo, tests); ``None`` for someone who signs in with ID-porten.
    username: str | None = Field(default=None, max_length=120)
    password_hash: str | None = Field(default=None, max_length=255)
    active: bool = True
    created_at: datetime = created_at_field()
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Where the citizen wants notifications (a link and a neutral reference, never a name);
    # ``None``: only in the citizens' pages.
    email: str | None = Field(default=None, max_length=254)


# One citizen sign-in; the browser holds a random token, the table its hash only.
class CitizenSession(SQLModel, table=True):
    token_hash: str = Field(primary_key=True, max_length=64)
    citizen_id: int = Field(foreign_key="citizen.id", index=True)
    municipality_id: int = Field(foreign_key="municipality.id")
    method: str = Field(default="password", max_length=20)
    created_at: datetime = created_at_field()
    last_seen_at: datetime = created_at_field()
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Signed in through an identity provider: its ID token, sent back as the hint when
    # signing out there too (RP-initiated logout).
    id_token: str | None = Field(default=None, sa_type=sa.Text)
