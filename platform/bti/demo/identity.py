"""Fictional identities: a stable seed per municipality, birth dates and fødselsnummer."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

from bti.rules.identity import (
    K1_WEIGHTS,
    K2_WEIGHTS,
    SYNTHETIC_MONTH_OFFSET,
    birth_date_of,
    check_digit,
    check_fodselsnummer,
)

# Which individual numbers (digits 7–9) a century uses; the number tells the century.
_INDIVIDUAL_RANGES = {19: range(0, 500), 20: range(500, 1000)}


def seed_for(slug: str) -> int:
    """A seed that is the same in every process (Python's ``hash()`` is salted per run)."""
    return int.from_bytes(hashlib.sha256(slug.encode("utf-8")).digest()[:8], "big")


def age_on(birth_date: date, today: date) -> int:
    """Whole years from ``birth_date`` to ``today``."""
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - before_birthday


def birth_date_for_age(age: int, today: date, rng: random.Random) -> date:
    """A birth date at which someone is exactly ``age`` on ``today`` (never in the future)."""
    try:
        anniversary = today.replace(year=today.year - age)
    except ValueError:  # today is 29 February and that year has none
        anniversary = today.replace(year=today.year - age, day=28)
    # 60–300 days before the anniversary keeps the age, avoids birthdays today, and lets
    # a story about a baby begin some weeks back.
    return anniversary - timedelta(days=rng.randint(60, 300))


def make_fodselsnummer(birth_date: date, *, female: bool, rng: random.Random) -> str:
    """A *synthetic* fødselsnummer for ``birth_date`` (month + 80, as in Skatteetaten's test
    data), so no demo number can belong to a real person; the check digits are valid.

    The third individual digit is even for women and odd for men, as in the real register.
    Every result is checked with the platform's own validation before it is returned.

    :raises ValueError: the birth date lies outside 1900–2039.
    """
    individual_numbers = _INDIVIDUAL_RANGES.get(birth_date.year // 100)
    if individual_numbers is None or birth_date.year >= 2040:
        raise ValueError(f"No individual numbers for births in {birth_date.year}.")
    candidates = [n for n in individual_numbers if (n % 2 == 0) == female]
    rng.shuffle(candidates)
    for individual in candidates:
        month = birth_date.month + SYNTHETIC_MONTH_OFFSET
        base = f"{birth_date:%d}{month:02d}{birth_date:%y}{individual:03d}"
        k1 = check_digit(base, K1_WEIGHTS)
        k2 = None if k1 is None else check_digit(f"{base}{k1}", K2_WEIGHTS)
        if k2 is None:
            continue
        number = check_fodselsnummer(f"{base}{k1}{k2}", allow_synthetic=True)
        if birth_date_of(number) != birth_date:
            raise AssertionError(f"Generated a fødselsnummer for the wrong date: {number}")
        return number
    raise AssertionError(f"No valid fødselsnummer exists for {birth_date}")  # pragma: no cover
