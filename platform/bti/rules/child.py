"""The child's age and voice: who is heard, and how much their view weighs.

From the seeds: the child's view is recorded from 7 (or why it could not be), and from 12 it
carries great weight (Jevnaker «Barns rett til medvirkning»; Tromsø nivå 1 trinn 5).
"""

from __future__ import annotations

from datetime import date

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
