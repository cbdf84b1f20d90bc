"""Deadlines counted in calendar days and in working days (bti.rules.deadlines)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bti.rules.deadlines import add_working_days, due_at


@pytest.mark.parametrize(
    ("start", "days", "last"),
    [
        (date(2026, 12, 7), 3, date(2026, 12, 10)),  # Monday → Thursday
        (date(2026, 12, 4), 3, date(2026, 12, 9)),  # Friday → Wednesday, past the weekend
        (date(2026, 12, 5), 1, date(2026, 12, 7)),  # a Saturday does not count itself
        (date(2027, 3, 25), 3, date(2027, 4, 1)),  # Maundy Thursday: Easter is skipped
        (date(2026, 12, 23), 2, date(2026, 12, 28)),  # Christmas Day and Boxing Day
        (date(2026, 4, 30), 1, date(2026, 5, 4)),  # Friday 1 May 2026 is a public holiday
        (date(2027, 5, 14), 1, date(2027, 5, 18)),  # Monday 17 May is a public holiday
    ],
)
def test_working_days_skip_weekends_and_public_holidays(start, days, last):
    assert add_working_days(start, days) == last


def test_a_working_day_deadline_runs_to_the_end_of_its_last_day_local_time():
    # From Friday 4 December 2026: the last day is Wednesday 9 December, which ends at
    # midnight in Oslo (23:00 UTC in winter).
    assert due_at(date(2026, 12, 4), 3, working_days=True) == datetime(
        2026, 12, 9, 23, 0, tzinfo=UTC
    )


def test_calendar_days_are_the_default():
    assert due_at(date(2026, 12, 4), 3) == datetime(2026, 12, 7, 23, 0, tzinfo=UTC)
