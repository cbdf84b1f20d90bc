"""The child's age, voice and place in the target group.

From the seeds: the child's view is recorded from 7 (or why it could not be), and from 12 it
carries great weight (Jevnaker «Barns rett til medvirkning»; Tromsø nivå 1 trinn 5). Each
guide names whom it is for (Vestby «fra svangerskap og opp til 24 år», Tromsø and Bærum
«0-23 år», Bærum and Jevnaker «gravide»); the municipality's plugin says it as a
:class:`bti.guide.TargetGroup`.
"""

from __future__ import annotations

from datetime import date

from bti.guide import TargetGroup
from bti.models.people import SubjectKind

VOICE_FROM_AGE = 7
GREAT_WEIGHT_FROM_AGE = 12


def age_on(birth_date: date, on: date) -> int:
    """Whole years between ``birth_date`` and ``on``."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def voice_required(age: int | None) -> bool:
    """Whether the child's own view must be recorded (or why it could not be)."""
    return age is not None and age >= VOICE_FROM_AGE


def voice_carries_great_weight(age: int | None) -> bool:
    return age is not None and age >= GREAT_WEIGHT_FROM_AGE


def in_target_group(group: TargetGroup, *, kind: str, birth_date: date | None, on: date) -> bool:
    """Whether the person a concern is about is in the municipality's target group on ``on``
    (the municipality's local date of the action).

    A pregnant woman is in it where the group includes pregnant women, whatever her age.
    A child or youth is in it while their age in completed years lies between ``min_age``
    and ``max_age``, both included: «0–23» covers up to the day before the 24th birthday.
    Without a birth date there is no age to judge, and nobody is turned away for it.
    """
    if kind == SubjectKind.GRAVID:
        return group.includes_pregnant
    if birth_date is None:
        return True
    return group.min_age <= age_on(birth_date, on) <= group.max_age
