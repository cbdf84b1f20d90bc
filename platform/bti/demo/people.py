"""Subjects of every age from 0 to 23, pregnant women, and guardians for every custody
arrangement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bti.demo.context import DemoContext
from bti.demo.identity import birth_date_for_age, make_fodselsnummer
from bti.models import Custody, Guardian, Subject, SubjectCreate, SubjectKind

# From this age a subject counts as a youth (ungdomsskole and up).
YOUTH_FROM = 13


@dataclass(frozen=True)
class SubjectSpec:
    """A subject by the key the demo stories use: age, unit and custody arrangement.

    ``due_in_days`` makes the subject a pregnant woman with that due date.
    """

    key: str
    age: int
    unit: str
    custody: Custody | None = None
    with_fodselsnummer: bool = True
    due_in_days: int | None = None


def _child(age: int, unit: str, custody: Custody | None, fnr: bool = True) -> SubjectSpec:
    return SubjectSpec(f"age{age}", age, unit, custody, fnr)


# One subject per year of age; the custody arrangements rotate so each appears at every
# stage (kindergarten, school, youth), which the consent rules depend on.
SUBJECTS = (
    _child(0, "helsestasjon", Custody.SAMMEN),
    _child(1, "barnehage", Custody.DAGLIG_OMSORG, fnr=False),
    _child(2, "barnehage", Custody.SAMMEN),
    _child(3, "barnehage", Custody.DELT_OMSORG),
    _child(4, "barnehage", Custody.ENE, fnr=False),
    _child(5, "barnehage", Custody.SAMMEN),
    _child(6, "skole", Custody.DAGLIG_OMSORG),
    _child(7, "skole", Custody.DELT_OMSORG),
    _child(8, "skole", Custody.SAMMEN, fnr=False),
    _child(9, "skole", Custody.OFFENTLIG),
    _child(10, "skole", Custody.ENE),
    _child(11, "skole", Custody.SAMMEN),
    _child(12, "skole", Custody.DAGLIG_OMSORG, fnr=False),
    _child(13, "skole", Custody.DELT_OMSORG),
    _child(14, "skole", Custody.SAMMEN),
    _child(15, "skole", Custody.DAGLIG_OMSORG),
    _child(16, "vgs", Custody.ENE),
    _child(17, "vgs", Custody.SAMMEN, fnr=False),
    _child(18, "vgs", None),
    _child(19, "ungdomskontakt", None),
    _child(20, "nav", None, fnr=False),
    _child(21, "psykisk_helse", None),
    _child(22, "ungdomskontakt", None),
    _child(23, "nav", None),
    SubjectSpec("gravid1", 27, "helsestasjon", due_in_days=120),
    SubjectSpec("gravid2", 19, "helsestasjon", with_fodselsnummer=False, due_in_days=45),
)


def create_people(ctx: DemoContext) -> None:
    """Every subject in :data:`SUBJECTS`, then their guardians."""
    females = {
        spec.key: spec.due_in_days is not None or ctx.rng.random() < 0.5 for spec in SUBJECTS
    }
    for spec in SUBJECTS:
        ctx.subjects[spec.key] = _subject(ctx, spec, female=females[spec.key])
        ctx.ages[spec.key] = spec.age
    ctx.save(*ctx.subjects.values())
    for spec in SUBJECTS:
        ctx.guardians[spec.key] = _guardians(ctx, ctx.subjects[spec.key], spec.custody)
    ctx.save(*(g for guardians in ctx.guardians.values() for g in guardians))


def _subject(ctx: DemoContext, spec: SubjectSpec, *, female: bool) -> Subject:
    birth_date = birth_date_for_age(spec.age, ctx.today, ctx.rng)
    if spec.due_in_days is not None:
        kind = SubjectKind.GRAVID
    else:
        kind = SubjectKind.UNGDOM if spec.age >= YOUTH_FROM else SubjectKind.BARN
    fodselsnummer = (
        make_fodselsnummer(birth_date, female=female, rng=ctx.rng)
        if spec.with_fodselsnummer
        else None
    )
    # Through the input model, so the demo obeys the same checks as a person typing it in.
    data = SubjectCreate.model_validate(
        dict(
            kind=kind,
            given_name=ctx.fake.first_name_female() if female else ctx.fake.first_name_male(),
            family_name=ctx.fake.last_name(),
            birth_date=birth_date,
            due_date=ctx.today + timedelta(days=spec.due_in_days) if spec.due_in_days else None,
            fodselsnummer=fodselsnummer,
            custody=spec.custody,
        ),
        context={"allow_synthetic_fodselsnummer": True},
    )
    return Subject(**data.model_dump(), unit_id=ctx.units[spec.unit].id)


def _guardians(ctx: DemoContext, subject: Subject, custody: Custody | None) -> list[Guardian]:
    """Guardians as the arrangement has them; none for adults and for a child placed by
    barnevern, where the service acts as guardian."""
    if custody is None or custody is Custody.OFFENTLIG:
        return []
    apart = custody in (Custody.DAGLIG_OMSORG, Custody.DELT_OMSORG)
    mother = _guardian(ctx, subject, "mor", subject.family_name)
    father = _guardian(ctx, subject, "far", ctx.fake.last_name() if apart else subject.family_name)
    if custody is Custody.ENE:
        alone = ctx.rng.choice((mother, father))
        alone.daily_care = True
        return [alone]
    if custody is Custody.DAGLIG_OMSORG:
        ctx.rng.choice((mother, father)).daily_care = True
        return [mother, father]
    mother.daily_care = father.daily_care = True
    return [mother, father]


def _guardian(ctx: DemoContext, subject: Subject, relation: str, family_name: str) -> Guardian:
    given = ctx.fake.first_name_female() if relation == "mor" else ctx.fake.first_name_male()
    return Guardian(
        subject_id=subject.id,
        name=f"{given} {family_name}",
        relation=relation,
        parental_responsibility=True,
        daily_care=False,
    )
