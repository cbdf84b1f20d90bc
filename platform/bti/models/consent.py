"""Written consent (samtykke): scope, services covered, period, signatures, withdrawal."""

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, UniqueConstraint

from bti.models.base import TenantScoped, Versioned, created_at_field, tenant_index
from bti.models.types import UTCDateTime


class ConsentStatus(StrEnum):
    DRAFT = "draft"  # waiting for signatures
    GIVEN = "given"  # every required signature is there
    REFUSED = "refused"  # the guardians or the youth said no; kept as a record
    WITHDRAWN = "withdrawn"


# A consent for one case: what it covers, for how long, and its state.
class Consent(Versioned, TenantScoped, table=True):
    # A case's consents; the consents whose period ends soon (reminders).
    __table_args__ = (tenant_index("consent", "case_id"), tenant_index("consent", "valid_to"))

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    scope: str = Field(default="", sa_type=sa.Text)
    includes_health_information: bool = False
    valid_from: date
    valid_to: date
    status: ConsentStatus = Field(default=ConsentStatus.DRAFT, sa_type=sa.String(16))
    registered_by_id: int = Field(foreign_key="staffuser.id")
    created_at: datetime = created_at_field()
    given_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    withdrawn_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    withdrawal_note: str = Field(default="", sa_type=sa.Text)


# A service (by unit kind, optionally one unit) that a consent lets the case be shared with.
class ConsentService(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("consentservice", "consent_id"),
        UniqueConstraint("consent_id", "service", "unit_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    consent_id: int = Field(foreign_key="consent.id")
    service: str = Field(max_length=32)
    unit_id: int | None = Field(default=None, foreign_key="unit.id")


class SignerKind(StrEnum):
    GUARDIAN = "guardian"
    SUBJECT = "subject"


# One signature on a consent: a guardian or the subject themself.
class ConsentSignature(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("consentsignature", "consent_id"),
        tenant_index("consentsignature", "guardian_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    consent_id: int = Field(foreign_key="consent.id")
    signer_kind: SignerKind = Field(sa_type=sa.String(16))
    guardian_id: int | None = Field(default=None, foreign_key="guardian.id")
    signed_on: date
    registered_at: datetime = created_at_field()
