"""Deadlines in local time: a deadline of N days from a day runs to the end of day N."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def due_at(
    start: date, days: int, tz: str = "Europe/Oslo", *, working_days: bool = False
) -> datetime:
    """The moment a deadline of ``days`` days from ``start`` runs out: midnight local time
    at the end of the last day, in UTC. With ``working_days`` only Monday to Friday that
    are not public holidays count: three working days from a Friday end on Wednesday."""
    last_day = add_working_days(start, days) if working_days else start + timedelta(days=days)
    return datetime.combine(last_day + timedelta(days=1), time(0), ZoneInfo(tz)).astimezone(UTC)


def local_today(now: datetime, tz: str = "Europe/Oslo") -> date:
    return now.astimezone(ZoneInfo(tz)).date()


def is_overdue(due: datetime, now: datetime, met: datetime | None = None) -> bool:
    return met is None and now >= due


def add_working_days(start: date, days: int) -> date:
    """The day ``days`` working days after ``start`` (which itself does not count)."""
    from bti.rules.holidays import is_public_holiday

    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if day.weekday() < 5 and not is_public_holiday(day):
            counted += 1
    return day
