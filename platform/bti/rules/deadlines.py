"""Deadlines in local time: a deadline of N days from a day runs to the end of day N."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def due_at(start: date, days: int, tz: str = "Europe/Oslo") -> datetime:
    """The moment a deadline of ``days`` days from ``start`` runs out: midnight local time
    at the end of the last day, in UTC."""
    last_day = start + timedelta(days=days)
    return datetime.combine(last_day + timedelta(days=1), time(0), ZoneInfo(tz)).astimezone(UTC)


def local_today(now: datetime, tz: str = "Europe/Oslo") -> date:
    return now.astimezone(ZoneInfo(tz)).date()


def is_overdue(due: datetime, now: datetime, met: datetime | None = None) -> bool:
    return met is None and now >= due
