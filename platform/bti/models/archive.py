"""Copies of the whole stafettlogg for the archive («Stafettlogg — utskrift til arkiv»)."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field

from bti.models.base import TenantScoped, created_at_field, tenant_index


class ArchiveReason(StrEnum):
    CASE_CLOSED = "case_closed"  # the decision that closed the case
    PART_CLOSED = "part_closed"  # a participant closed their own part
    REQUESTED = "requested"  # someone in the case asked for one


# A copy of the case's whole record as it stood when it was made: never changed afterwards,
# so what the archive receives is what the record held then. ``records`` is the JSON the
# export carries (platform/bti/data/archive/stafettlogg-v<schema_version>.schema.json).
class ArchiveCopy(TenantScoped, table=True):
    __table_args__ = (tenant_index("archivecopy", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", max_length=32)
    made_at: datetime = created_at_field()
    reason: ArchiveReason = Field(sa_type=sa.String(16))
    made_by_id: int = Field(foreign_key="staffuser.id")
    # Whose part closed, for ``part_closed``.
    participant_id: int | None = Field(default=None, foreign_key="caseparticipant.id")
    schema_version: int = 1
    records: str = Field(sa_type=sa.Text)
