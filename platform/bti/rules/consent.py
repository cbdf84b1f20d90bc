"""Who must sign a consent, and whether the signatures given are enough.

Sources (shared/seeds):

* Bærum, samtykkeerklæring (000): «Der foreldre bor sammen, er det tilstrekkelig at den ene
  skriver under. Der foreldre ikke bor sammen, er det den som har den daglige omsorgen som
  skal skrive under. Er det delt omsorg skal begge skrive under.» — and «Underskrift ungdom
  over 15 år (vedrørende helse er den «helserettslige myndighetsalder» 16 år)».
* Jevnaker, «Barns rett til medvirkning» (001): «Fra 15 år skal foresatte og/eller ungdommen
  skrive under på samtykkeskjema» and «I helsetjenestene kan ungdom over 16 år selv samtykke».
  Where the municipality lets the youth sign instead of the guardians (``YouthRule.OR``), a
  consent that includes health information still needs the guardians until 16: the youth
  and the guardians sign it, as under the national rule.

A requirement is a set of alternatives; a consent is signed when the signatures cover every
signer of at least one alternative.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bti.models.organisation import HEALTH_UNIT_KINDS

YOUTH_SIGNS_FROM = 15
HEALTH_CONSENT_AGE = 16
ADULT_AGE = 18

SUBJECT = "subject"
HEALTH_SERVICES = frozenset(str(kind) for kind in HEALTH_UNIT_KINDS)


class YouthRule(StrEnum):
    """How a youth of 15–17 signs together with the guardians («og/eller»)."""

    AND = "and"  # the youth and the guardians both sign
    OR = "or"  # the youth or the guardians sign


@dataclass(frozen=True)
class GuardianFacts:
    id: int
    parental_responsibility: bool = True
    daily_care: bool = False


@dataclass(frozen=True)
class Requirement:
    """Alternatives of signer sets; ``"subject"`` stands for the child/youth/woman, an int
    for a guardian's id. ``rule`` names the rule that applied, for the UI and tests."""

    alternatives: tuple[frozenset[int | str], ...]
    rule: str

    def satisfied_by(self, signers: Iterable[int | str]) -> bool:
        given = set(signers)
        return any(alternative <= given for alternative in self.alternatives)

    @property
    def possible(self) -> bool:
        return bool(self.alternatives) and all(self.alternatives)


def guardian_alternatives(
    custody: str | None, guardians: Iterable[GuardianFacts]
) -> tuple[frozenset[int], ...]:
    """Which guardians must sign for a child under 15, by the custody arrangement."""
    responsible = [g for g in guardians if g.parental_responsibility]
    if custody == "sammen":
        return tuple(frozenset({g.id}) for g in responsible)
    if custody == "daglig_omsorg":
        carers = [g for g in responsible if g.daily_care]
        return (frozenset(g.id for g in carers),) if carers else ()
    # delt_omsorg (both sign), ene (the one), offentlig (the service holding custody),
    # or unknown: every guardian with parental responsibility signs.
    return (frozenset(g.id for g in responsible),) if responsible else ()


def required_signers(
    *,
    subject_kind: str,
    age: int | None,
    custody: str | None,
    guardians: Iterable[GuardianFacts],
    includes_health_information: bool = False,
    youth_rule: YouthRule = YouthRule.AND,
    services: Iterable[str] | None = None,
) -> Requirement:
    """Who must sign a consent for this subject.

    ``services`` are the services the consent names: a youth of 16–17 consents alone only
    to health information shared *within the health services* («I helsetjenestene»);
    ``None`` means the consent's services are not known yet and are taken to be health.
    """
    if subject_kind == "gravid" or (age is not None and age >= ADULT_AGE):
        return Requirement((frozenset({SUBJECT}),), "self")
    health_only = services is None or all(s in HEALTH_SERVICES for s in services)
    if (
        age is not None
        and age >= HEALTH_CONSENT_AGE
        and includes_health_information
        and health_only
    ):
        return Requirement((frozenset({SUBJECT}),), "youth_health")
    parents = guardian_alternatives(custody, guardians)
    if age is not None and age >= YOUTH_SIGNS_FROM:
        if youth_rule is YouthRule.OR:
            if includes_health_information and age < HEALTH_CONSENT_AGE:
                # «og/eller» does not reach health information: the youth consents to it
                # only from 16 («I helsetjenestene kan ungdom over 16 år selv samtykke»), so
                # the guardians sign as well, as under the national rule.
                return Requirement(
                    tuple(frozenset({SUBJECT}) | alternative for alternative in parents),
                    "health_under_16",
                )
            return Requirement((frozenset({SUBJECT}), *parents), "youth_or_guardians")
        return Requirement(
            tuple(frozenset({SUBJECT}) | alternative for alternative in parents),
            "youth_and_guardians",
        )
    return Requirement(parents, f"guardians_{custody or 'unknown'}")


def signature_window(*, valid_from: date, valid_to: date, registered_on: date) -> tuple[date, date]:
    """The days a signature on a consent may be dated: from the day its period starts — or
    the day it was registered, when it is signed before the period starts — to the day the
    period ends. A signature dated years before the consent, or after it ran out, is a
    typing mistake, not a consent."""
    return min(valid_from, registered_on), valid_to
