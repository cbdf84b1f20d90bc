"""The audit trail: one append-only row per read or change of a case's personal data, the
head of each municipality's chain, and signed checkpoints of it."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bti.models.base import TenantScoped, created_at_field, tenant_index
from bti.models.types import UTCDateTime


class AuditOutcome(StrEnum):
    ALLOWED = "allowed"
    DENIED = "denied"


class AuditPurpose(StrEnum):
    """Why the access happened, as a category a review can filter on."""

    #: A participant's (or the stafettholder's) own work on the case.
    CASEWORK = "casework"
    #: A leader reading a case only through the leader role.
    OVERSIGHT = "oversight"
    #: An emergency access outside one's role, with a reason (break-glass).
    BREAK_GLASS = "break_glass"
    #: A guardian or youth in the citizen portal.
    CITIZEN = "citizen"
    #: Administering units, staff or teams.
    ADMINISTRATION = "administration"
    #: Signing in, and denied attempts that touch no case.
    SECURITY = "security"
    #: Anonymising or deleting a closed case after its retention period (``bti retention``).
    RETENTION = "retention"


# Who did what to which case, when, why, and whether it was allowed. Never updated or
# deleted; ``hash`` chains each row to the previous one so tampering can be detected.
class AuditEvent(TenantScoped, table=True):
    # The chain in order (its last events, verification); who read a case; what a user read.
    __table_args__ = (
        tenant_index("auditevent", "id"),
        tenant_index("auditevent", "case_ref"),
        tenant_index("auditevent", "actor_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = created_at_field()
    actor_id: int | None = Field(default=None, foreign_key="staffuser.id")
    actor_role: str = Field(default="", max_length=40)
    # Not a foreign key: denied attempts on ids that do not exist are audited too.
    case_ref: str | None = Field(default=None, max_length=32)
    action: str = Field(max_length=60)
    outcome: AuditOutcome = Field(sa_type=sa.String(16))
    # Empty on events written before purposes were recorded (their hash leaves it out).
    purpose: AuditPurpose = Field(
        default=AuditPurpose.CASEWORK,
        sa_type=sa.String(16),
        sa_column_kwargs={"server_default": ""},
    )
    detail: str = Field(default="", sa_type=sa.Text)
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)


# The end of one municipality's chain, updated in the transaction of every append: a chain
# that ends before its head has lost its last events.
class AuditChainHead(SQLModel, table=True):
    municipality_id: int = Field(foreign_key="municipality.id", primary_key=True)
    last_event_id: int
    last_hash: str = Field(max_length=64)
    count: int


# A signed statement "the chain had ``count`` events ending with this one": HMAC-SHA256
# with a key kept outside the database, so rows removed and a head rewritten still show.
class AuditCheckpoint(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int = Field(foreign_key="municipality.id", index=True)
    at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    last_event_id: int
    last_hash: str = Field(max_length=64)
    count: int
    signature: str = Field(max_length=64)
