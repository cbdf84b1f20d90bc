"""Emergency access (break-glass): a staff member without a role in a case opens it for a
short while, giving a reason that the case's people and the unit's leader see."""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field

from bti.models.base import TenantScoped, created_at_field, tenant_index
from bti.models.types import UTCDateTime


# One emergency access: who opened which case, through which membership, why, and until when.
# Never updated: a new emergency means a new row. Looked up by case (the access policy) and
# by time (the leader's review).
class BreakGlassGrant(TenantScoped, table=True):
    __table_args__ = (
        tenant_index("breakglassgrant", "case_id", "expires_at"),
        tenant_index("breakglassgrant", "unit_id", "granted_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    user_id: int = Field(foreign_key="staffuser.id", index=True)
    # The unit whose membership allowed it (the case's unit).
    unit_id: int = Field(foreign_key="unit.id")
    reason: str = Field(sa_type=sa.Text)
    granted_at: datetime = created_at_field()
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
