"""The audit trail: one append-only row per read or change of a case's personal data."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field

from bti.models.base import TenantScoped, created_at_field


class AuditOutcome(StrEnum):
    ALLOWED = "allowed"
    DENIED = "denied"


# Who did what to which case, when, and whether it was allowed. Never updated or deleted;
# ``hash`` chains each row to the previous one so tampering can be detected.
class AuditEvent(TenantScoped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = created_at_field()
    actor_id: int | None = Field(default=None, foreign_key="staffuser.id", index=True)
    actor_role: str = Field(default="", max_length=40)
    # Not a foreign key: denied attempts on ids that do not exist are audited too.
    case_ref: str | None = Field(default=None, max_length=32, index=True)
    action: str = Field(max_length=60)
    outcome: AuditOutcome = Field(sa_type=sa.String(16))
    detail: str = Field(default="", sa_type=sa.Text)
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)
