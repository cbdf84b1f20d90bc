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
    # Work e-mail, for the administrator's records and for notifications. Never a sign-in
    # name by itself: the provider's claim is matched through ``StaffIdentity``.
    email: str | None = Field(default=None, max_length=254)
    # An administrator may require the second factor of anyone, beyond the roles that
    # always need it (``bti.services.totp.REQUIRED_FOR``).
    totp_required: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    # A deployment-wide administrator: may add a municipality listed in the configuration.
    central_admin: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    # When the local password was last set (by the user, a reset or an administrator).
    password_changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# The value of a municipality's identity-provider claim (``sub``, ``oid``, ``email`` …, as
# its configuration says) that an administrator registered for a staff account. Sign-in
# through the provider matches on it; an unknown value is refused, never an account made.
class StaffIdentity(TenantScoped, table=True):
    __table_args__ = (UniqueConstraint("municipality_id", "subject"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="staffuser.id", index=True)
    subject: str = Field(max_length=255)
    created_at: datetime = created_at_field()


# A one-time link to set a new local password, for a staff or a citizen account. The link
# holds a random token; the table holds only its hash.
class PasswordReset(SQLModel, table=True):
    token_hash: str = Field(primary_key=True, max_length=64)
    # "staff" (``account_id`` is a staffuser) or "citizen" (a citizen).
    account_kind: str = Field(max_length=16)
    account_id: int = Field(index=True)
    municipality_id: int | None = Field(default=None, foreign_key="municipality.id")
    created_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    created_at: datetime = created_at_field()
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


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
