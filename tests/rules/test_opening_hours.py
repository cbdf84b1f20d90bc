"""Opening hours as a guide writes them: both ends included, each time a whole minute.

Vestby «Akutt?» (002): «Vestby barnevernstjeneste: 64 98 02 12 (08.00 – 15.00) / Follo
barnevernsvakt: 917 19 615 (etter kl.15.00)»: the office answers at 15.00 (until 15:00:59),
the vakt from 15.01.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bti.guide import OSLO, Contact, OpeningHours
from bti.rules.contacts import answers

TUESDAY = date(2026, 11, 24)
OFFICE = Contact("Kontoret", "1", hours=(OpeningHours(time(8), time(15)),), kind="barnevern")
VAKT = Contact("Vakta", "2", when_closed="barnevern")
CONTACTS = (OFFICE, VAKT)


def at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), OSLO)


@pytest.mark.parametrize(
    ("clock", "office_answers"),
    [
        ("07:59:59", False),
        ("08:00", True),
        ("12:00", True),
        ("15:00", True),
        ("15:00:30", True),
        ("15:00:59.999999", True),
        ("15:01", False),
        ("23:59:59", False),
    ],
)
def test_the_office_and_the_vakt_take_turns_on_the_minute(clock, office_answers):
    moment = at(TUESDAY, clock)
    assert answers(OFFICE, CONTACTS, moment, "Europe/Oslo") is office_answers
    assert answers(VAKT, CONTACTS, moment, "Europe/Oslo") is not office_answers


@pytest.mark.parametrize(
    ("day", "clock", "expected"),
    [
        (TUESDAY, "21:59", False),
        (TUESDAY, "22:00", True),  # the evening part belongs to the listed day
        (TUESDAY, "23:59:59", True),
        (TUESDAY + timedelta(days=1), "00:00", True),  # the morning part, to the day before
        (TUESDAY + timedelta(days=1), "06:00", True),
        (TUESDAY + timedelta(days=1), "06:00:59", True),
        (TUESDAY + timedelta(days=1), "06:01", False),
        (date(2026, 11, 28), "22:00", False),  # Saturday evening: not a listed day
        (date(2026, 11, 28), "05:00", True),  # Saturday morning: Friday night's span
        (date(2026, 11, 23), "05:00", False),  # Monday morning: Sunday is not listed
    ],
)
def test_a_night_span_past_midnight_includes_both_ends(day, clock, expected):
    night = OpeningHours(time(22), time(6))  # weekdays 22.00–06.00
    assert night.covers(at(day, clock)) is expected


def test_a_span_of_one_minute_answers_that_whole_minute():
    minute = OpeningHours(time(12), time(12))
    assert minute.covers(at(TUESDAY, "12:00:45"))
    assert not minute.covers(at(TUESDAY, "12:01"))
    assert not minute.covers(at(TUESDAY, "11:59:59"))
