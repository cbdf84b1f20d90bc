"""Municipalities, their units (tjenesteder), staff users and their roles."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel, UniqueConstraint

from bti.models.base import TenantScoped, created_at_field, tenant_index
from bti.models.types import UTCDateTime


# A municipality enabled in this deployment; its row is created from the plugin's profile.
# Named apart from ``bti.plugins.Municipality`` (the registry of its plugins and guide);
# the table keeps its name.
class MunicipalityRecord(SQLModel, table=True):
    __tablename__ = "municipality"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=40, unique=True, index=True)
    name: str = Field(max_length=120)
    kommunenummer: str = Field(max_length=4)
    created_at: datetime = created_at_field()


class UnitKind(StrEnum):
    """The kind of service a unit provides; decides which consents and rules apply."""

    BARNEHAGE = "barnehage"
    SKOLE = "skole"
    HELSESTASJON = "helsestasjon"
    SKOLEHELSETJENESTE = "skolehelsetjeneste"
    PPT = "ppt"
    BARNEVERN = "barnevern"
    PSYKISK_HELSE = "psykisk_helse"
    NAV = "nav"
    FASTLEGE = "fastlege"
    KOMMUNEPSYKOLOG = "kommunepsykolog"
    FYSIO_ERGO = "fysio_ergo"
    FAMILIEVEILEDNING = "familieveiledning"
    UNGDOMSKONTAKT = "ungdomskontakt"
    ANNET = "annet"

    @property
    def is_health(self) -> bool:
        return self in HEALTH_UNIT_KINDS


HEALTH_UNIT_KINDS = frozenset(
    {
        UnitKind.HELSESTASJON,
        UnitKind.SKOLEHELSETJENESTE,
        UnitKind.PSYKISK_HELSE,
        UnitKind.FASTLEGE,
        UnitKind.KOMMUNEPSYKOLOG,
        UnitKind.FYSIO_ERGO,
    }
)


# A unit (tjenestested): one kindergarten, school, health station, PPT office …
class Unit(TenantScoped, table=True):
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=160)
    kind: UnitKind = Field(sa_type=sa.String(32))


# A person who signs in to work: one account, memberships in one or more municipalities.
class StaffUser(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=120, unique=True, index=True)
    display_name: str = Field(max_length=160)
    password_hash: str | None = Field(default=None, max_length=255)
    active: bool = True
    created_at: datetime = created_at_field()
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The second factor (bti.services.totp): the base32 TOTP secret once confirmed (never
    # logged or shown again), when it was turned on, and the last time step a code was
    # accepted for, so a code cannot be used twice.
    totp_secret: str | None = Field(default=None, max_length=64)
    totp_enabled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    totp_last_step: int | None = Field(default=None, sa_type=sa.BigInteger)


class Role(StrEnum):
    """What a member may do in a unit; the service comes from the unit's kind."""

    ANSATT = "ansatt"
    LEDER = "leder"
    KOORDINATOR = "koordinator"
    ADMINISTRATOR = "administrator"


# A staff user's role in one unit of one municipality.
class Membership(TenantScoped, table=True):
    # By user through the unique constraint (signing in); by unit (a unit's staff).
    __table_args__ = (
        tenant_index("membership", "unit_id"),
        UniqueConstraint("user_id", "unit_id", "role"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="staffuser.id", index=True)
    unit_id: int = Field(foreign_key="unit.id")
    role: Role = Field(sa_type=sa.String(32))
    title: str = Field(default="", max_length=120)
