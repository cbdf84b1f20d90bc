"""Who signs a consent: every age, custody arrangement, health flag and youth rule.

The tables spell out the seeds' rules (Bærum's samtykkeerklæring, Jevnaker's «Barns rett
til medvirkning og samtykke»); the exhaustive test checks every combination against the same
rules stated a second way.
"""

from __future__ import annotations

import itertools

import pytest

from bti.models import Custody
from bti.rules.consent import (
    ADULT_AGE,
    HEALTH_CONSENT_AGE,
    SUBJECT,
    YOUTH_SIGNS_FROM,
    GuardianFacts,
    Requirement,
    YouthRule,
    guardian_alternatives,
    required_signers,
)

PER, LISE = 1, 2
S = SUBJECT


def parents(*, per_cares: bool = True, lise_cares: bool = True) -> tuple[GuardianFacts, ...]:
    return (GuardianFacts(PER, True, per_cares), GuardianFacts(LISE, True, lise_cares))


def alternatives(requirement: Requirement) -> set[frozenset]:
    return set(requirement.alternatives)


def sets(*groups) -> set[frozenset]:
    return {frozenset(group) for group in groups}


# ---------------------------------------------------------------------------------------------
# Under 15: the guardians, by how they live (Bærum, «Samtykkeerklæring»)
# ---------------------------------------------------------------------------------------------

GUARDIAN_TABLE = [
    # custody, guardians, who may sign (alternatives)
    pytest.param(Custody.SAMMEN, parents(), sets({PER}, {LISE}), id="sammen: én er nok"),
    pytest.param(
        Custody.DAGLIG_OMSORG,
        parents(per_cares=False),
        sets({LISE}),
        id="hver for seg: den med daglig omsorg",
    ),
    pytest.param(
        Custody.DAGLIG_OMSORG,
        parents(lise_cares=False),
        sets({PER}),
        id="hver for seg: Per har daglig omsorg",
    ),
    pytest.param(Custody.DELT_OMSORG, parents(), sets({PER, LISE}), id="delt omsorg: begge"),
    pytest.param(Custody.ENE, (GuardianFacts(PER, True, True),), sets({PER}), id="ene: den ene"),
    pytest.param(
        Custody.ENE,
        (GuardianFacts(PER, True, True), GuardianFacts(LISE, False, False)),
        sets({PER}),
        id="ene: den uten foreldreansvar skriver ikke",
    ),
    pytest.param(
        Custody.SAMMEN,
        (GuardianFacts(PER, True, True), GuardianFacts(LISE, False, True)),
        sets({PER}),
        id="sammen: bare den med foreldreansvar",
    ),
    pytest.param(None, parents(), sets({PER, LISE}), id="ukjent ordning: alle med ansvar"),
    pytest.param(
        Custody.OFFENTLIG,
        (GuardianFacts(PER, True, True),),
        sets({PER}),
        id="offentlig omsorg: den som har ansvaret",
    ),
]


@pytest.mark.parametrize(("custody", "guardians", "expected"), GUARDIAN_TABLE)
def test_under_15_the_guardians_sign_by_custody(custody, guardians, expected):
    for age in (0, 7, 12, 14):
        for health in (False, True):
            for rule in YouthRule:
                requirement = required_signers(
                    subject_kind="barn",
                    age=age,
                    custody=custody,
                    guardians=guardians,
                    includes_health_information=health,
                    youth_rule=rule,
                )
                assert alternatives(requirement) == expected, (age, health, rule)
                assert requirement.rule == f"guardians_{custody or 'unknown'}"


@pytest.mark.parametrize(
    ("custody", "guardians"),
    [
        pytest.param(
            Custody.DAGLIG_OMSORG,
            parents(per_cares=False, lise_cares=False),
            id="ingen har daglig omsorg",
        ),
        pytest.param(Custody.SAMMEN, (), id="ingen foresatte registrert"),
        pytest.param(
            Custody.DELT_OMSORG,
            (GuardianFacts(PER, False), GuardianFacts(LISE, False)),
            id="ingen med foreldreansvar",
        ),
    ],
)
def test_no_one_can_sign_when_the_guardians_who_must_are_not_registered(custody, guardians):
    requirement = required_signers(subject_kind="barn", age=9, custody=custody, guardians=guardians)
    assert not requirement.possible
    assert not requirement.satisfied_by({PER, LISE, S})


# ---------------------------------------------------------------------------------------------
# 15–17: the youth as well («og/eller»); 16+: the youth alone about health
# ---------------------------------------------------------------------------------------------

YOUTH_TABLE = [
    # age, custody, health, youth rule, who may sign, rule name
    (15, Custody.SAMMEN, False, YouthRule.AND, sets({S, PER}, {S, LISE}), "youth_and_guardians"),
    (15, Custody.DELT_OMSORG, False, YouthRule.AND, sets({S, PER, LISE}), "youth_and_guardians"),
    (16, Custody.DAGLIG_OMSORG, False, YouthRule.AND, sets({S, LISE}), "youth_and_guardians"),
    (17, Custody.SAMMEN, False, YouthRule.AND, sets({S, PER}, {S, LISE}), "youth_and_guardians"),
    (15, Custody.SAMMEN, True, YouthRule.AND, sets({S, PER}, {S, LISE}), "youth_and_guardians"),
    (15, Custody.SAMMEN, False, YouthRule.OR, sets({S}, {PER}, {LISE}), "youth_or_guardians"),
    (15, Custody.DELT_OMSORG, False, YouthRule.OR, sets({S}, {PER, LISE}), "youth_or_guardians"),
    (17, Custody.DAGLIG_OMSORG, False, YouthRule.OR, sets({S}, {LISE}), "youth_or_guardians"),
    # Health information under 16: «og/eller» does not reach it, the guardians sign too.
    (15, Custody.SAMMEN, True, YouthRule.OR, sets({S, PER}, {S, LISE}), "health_under_16"),
    (15, Custody.DELT_OMSORG, True, YouthRule.OR, sets({S, PER, LISE}), "health_under_16"),
    (16, Custody.SAMMEN, True, YouthRule.AND, sets({S}), "youth_health"),
    (16, Custody.DELT_OMSORG, True, YouthRule.OR, sets({S}), "youth_health"),
    (17, Custody.DAGLIG_OMSORG, True, YouthRule.AND, sets({S}), "youth_health"),
]


@pytest.mark.parametrize(("age", "custody", "health", "rule", "expected", "name"), YOUTH_TABLE)
def test_from_15_the_youth_signs(age, custody, health, rule, expected, name):
    requirement = required_signers(
        subject_kind="ungdom",
        age=age,
        custody=custody,
        guardians=parents(per_cares=custody != Custody.DAGLIG_OMSORG),
        includes_health_information=health,
        youth_rule=rule,
    )
    assert alternatives(requirement) == expected
    assert requirement.rule == name


def test_the_national_default_is_youth_and_guardians():
    requirement = required_signers(
        subject_kind="ungdom", age=16, custody=Custody.SAMMEN, guardians=parents()
    )
    assert requirement.rule == "youth_and_guardians"
    assert not requirement.satisfied_by({S})
    assert not requirement.satisfied_by({PER})
    assert requirement.satisfied_by({S, LISE})


def test_a_youth_without_registered_guardians_can_sign_alone_only_under_or():
    both = required_signers(subject_kind="ungdom", age=16, custody=None, guardians=())
    either = required_signers(
        subject_kind="ungdom", age=16, custody=None, guardians=(), youth_rule=YouthRule.OR
    )
    assert not both.possible
    assert either.satisfied_by({S})


# ---------------------------------------------------------------------------------------------
# 18+ and pregnant women: the person alone
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "age"),
    [("ungdom", 18), ("ungdom", 19), ("ungdom", 23), ("barn", 18), ("gravid", None),
     ("gravid", 16), ("gravid", 14), ("gravid", 30)],
)  # fmt: skip
def test_adults_and_pregnant_women_sign_themselves(kind, age):
    for custody, health, rule in itertools.product(
        [*Custody, None], (False, True), tuple(YouthRule)
    ):
        requirement = required_signers(
            subject_kind=kind,
            age=age,
            custody=custody,
            guardians=parents(),
            includes_health_information=health,
            youth_rule=rule,
        )
        assert alternatives(requirement) == sets({S})
        assert requirement.rule == "self"
        assert not requirement.satisfied_by({PER, LISE})


def test_unknown_age_counts_as_a_child_whose_guardians_sign():
    requirement = required_signers(
        subject_kind="ungdom",
        age=None,
        custody=Custody.SAMMEN,
        guardians=parents(),
        includes_health_information=True,
        youth_rule=YouthRule.OR,
    )
    assert alternatives(requirement) == sets({PER}, {LISE})


# ---------------------------------------------------------------------------------------------
# Every combination, against the rules stated a second way
# ---------------------------------------------------------------------------------------------

AGES = [None, 0, 6, 7, 12, 14, 15, 16, 17, 18, 19, 23]
KINDS = ["barn", "ungdom", "gravid"]
GUARDIAN_SETS = [
    (),
    (GuardianFacts(PER, True, True),),
    parents(),
    parents(per_cares=False),
    parents(per_cares=False, lise_cares=False),
    (GuardianFacts(PER, True, True), GuardianFacts(LISE, False, True)),
]


def _expected(kind, age, custody, guardians, health, rule) -> set[frozenset]:
    """The seeds' rules, written out once more."""
    if kind == "gravid" or (age is not None and age >= ADULT_AGE):
        return sets({S})
    if age is not None and age >= HEALTH_CONSENT_AGE and health:
        return sets({S})
    responsible = {g.id for g in guardians if g.parental_responsibility}
    carers = {g.id for g in guardians if g.parental_responsibility and g.daily_care}
    if custody == Custody.SAMMEN:
        guardian_sets = [{g} for g in responsible]
    elif custody == Custody.DAGLIG_OMSORG:
        guardian_sets = [carers] if carers else []
    else:
        guardian_sets = [responsible] if responsible else []
    if age is not None and age >= YOUTH_SIGNS_FROM:
        if rule is YouthRule.OR and not (health and age < HEALTH_CONSENT_AGE):
            return sets({S}, *guardian_sets)
        return sets(*({S} | g for g in guardian_sets))
    return sets(*guardian_sets)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("age", AGES)
def test_every_combination(kind, age):
    for custody, guardians, health, rule in itertools.product(
        [*Custody, None], GUARDIAN_SETS, (False, True), tuple(YouthRule)
    ):
        requirement = required_signers(
            subject_kind=kind,
            age=age,
            custody=custody,
            guardians=guardians,
            includes_health_information=health,
            youth_rule=rule,
        )
        expected = _expected(kind, age, custody, guardians, health, rule)
        assert alternatives(requirement) == expected, (custody, guardians, health, rule)
        # A child under 15 never signs; a guardian never signs for an adult.
        signers = set().union(*requirement.alternatives) if requirement.alternatives else set()
        if kind != "gravid" and (age is None or age < YOUTH_SIGNS_FROM):
            assert S not in signers
        if kind == "gravid" or (age is not None and age >= ADULT_AGE):
            assert signers == {S}


# ---------------------------------------------------------------------------------------------
# Requirement: when are the signatures given enough
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alternatives_", "given", "satisfied"),
    [
        (sets({PER}, {LISE}), set(), False),
        (sets({PER}, {LISE}), {LISE}, True),
        (sets({PER, LISE}), {PER}, False),
        (sets({PER, LISE}), {PER, LISE}, True),
        (sets({S, PER}, {S, LISE}), {PER, LISE}, False),
        (sets({S, PER}, {S, LISE}), {S, LISE}, True),
        (sets({S}), {S, PER}, True),
        (set(), {S, PER, LISE}, False),
    ],
)
def test_signatures_satisfy_one_whole_alternative(alternatives_, given, satisfied):
    requirement = Requirement(tuple(alternatives_), "test")
    assert requirement.satisfied_by(given) is satisfied


def test_an_empty_alternative_is_not_possible():
    assert not Requirement((frozenset(),), "test").possible
    assert not Requirement((), "test").possible
    assert Requirement((frozenset({S}),), "test").possible


def test_guardian_alternatives_ignore_guardians_without_parental_responsibility():
    guardians = (GuardianFacts(PER, False, True), GuardianFacts(LISE, True, False))
    assert guardian_alternatives("sammen", guardians) == (frozenset({LISE}),)
    assert guardian_alternatives("daglig_omsorg", guardians) == ()
    assert guardian_alternatives("delt_omsorg", guardians) == (frozenset({LISE}),)
