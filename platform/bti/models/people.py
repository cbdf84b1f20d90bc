"""The people a case is about: the subject (child, youth or pregnant woman) and guardians."""

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from pydantic import ValidationInfo, field_validator, model_validator
from sqlmodel import Field, SQLModel

from bti.models.base import TenantScoped, Versioned, created_at_field, tenant_index


class SubjectKind(StrEnum):
    BARN = "barn"
    UNGDOM = "ungdom"
    GRAVID = "gravid"


class Custody(StrEnum):
    """The custody arrangement: it decides who must sign a consent."""

    SAMMEN = "sammen"  # the parents live together
    DAGLIG_OMSORG = "daglig_omsorg"  # the parents live apart; one has daily care
    DELT_OMSORG = "delt_omsorg"  # the parents live apart and share daily care
    ENE = "ene"  # one guardian alone holds parental responsibility
    OFFENTLIG = "offentlig"  # placed by barnevern; the service acts as guardian


# Shared fields of a subject; SubjectCreate validates them before a row is written.
class SubjectBase(SQLModel):
    kind: SubjectKind = Field(sa_type=sa.String(16))
    given_name: str = Field(min_length=1, max_length=120)
    family_name: str = Field(min_length=1, max_length=120)
    birth_date: date | None = None
    due_date: date | None = None
    # No max_length here: input may carry spaces; the validator stores the 11 digits.
    fodselsnummer: str | None = Field(default=None, sa_type=sa.String(11))
    custody: Custody | None = Field(default=None, sa_type=sa.String(16))


# The child, youth or pregnant woman a case is about.
class Subject(SubjectBase, Versioned, TenantScoped, table=True):
    __table_args__ = (tenant_index("subject", "unit_id"),)

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    # The youth's (or pregnant woman's) own contact details, where they are contacted
    # themselves rather than through the guardians.
    phone: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=254)
    created_at: datetime = created_at_field()


# Input for a new subject: the rules a person would check before saving.
class SubjectCreate(SubjectBase):
    # Validate with context={"allow_synthetic_fodselsnummer": True} outside production.
    @field_validator("fodselsnummer")
    @classmethod
    def _valid_fodselsnummer(cls, value: str | None, info: ValidationInfo) -> str | None:
        from bti.rules.identity import check_fodselsnummer

        synthetic = bool((info.context or {}).get("allow_synthetic_fodselsnummer"))
        return check_fodselsnummer(value, allow_synthetic=synthetic) if value else None

    @model_validator(mode="after")
    def _dates(self) -> "SubjectCreate":
        from bti.rules.identity import check_subject_dates

        check_subject_dates(
            kind=self.kind,
            birth_date=self.birth_date,
            due_date=self.due_date,
            fodselsnummer=self.fodselsnummer,
        )
        return self


# A guardian (foresatt) of a subject, and their part in the custody arrangement.
class Guardian(Versioned, TenantScoped, table=True):
    __table_args__ = (tenant_index("guardian", "subject_id"),)

    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id")
    name: str = Field(max_length=160)
    relation: str = Field(default="", max_length=40)
    parental_responsibility: bool = True
    daily_care: bool = False
    phone: str | None = Field(default=None, max_length=32)
    # Links the guardian to their sign-in (ID-porten gives the fødselsnummer).
    fodselsnummer: str | None = Field(default=None, sa_type=sa.String(11), index=True)
    created_at: datetime = created_at_field()
