"""The one clock the application owns.

Every service, view and default timestamp takes the time from :func:`now` (and the local date
from :func:`today`), never from ``datetime.now()`` itself. The running application keeps a
:class:`Clock` in ``app.extensions["bti_clock"]``: the system clock in production, one a test
or the demo can set. That single rule lets a scenario say «det er mandag 3. mars 2025
kl. 15.00» and the whole platform agree, and lets the demo replay its stories through the
real services at back-dated times (:func:`frozen`).

Outside an application context (a service test with a bare session) the system clock
answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from flask import Flask, current_app, has_app_context

if TYPE_CHECKING:
    from bti.plugins import Municipality

EXTENSION = "bti_clock"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware UTC."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still at a set moment until it is set or moved on."""

    def __init__(self, at: datetime):
        self.set(at)

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("Naive datetime: give the clock a time zone.")
        self._at = at.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._at += delta

    def now(self) -> datetime:
        return self._at


def init_app(app: Flask, clock: Clock | None = None) -> None:
    app.extensions[EXTENSION] = clock or SystemClock()


def current() -> Clock:
    """The current application's clock; the system clock outside an application."""
    if has_app_context():
        clock = current_app.extensions.get(EXTENSION)
        if clock is not None:
            return clock
    return _SYSTEM


def now() -> datetime:
    """The current moment by the application's clock, timezone-aware UTC."""
    return current().now()


def today(municipality: Municipality | None = None, *, tz: str | None = None) -> date:
    """Today's date where ``municipality`` is (its profile's time zone), or in ``tz``; Oslo
    when neither is given."""
    zone = tz or (municipality.profile.timezone if municipality is not None else "Europe/Oslo")
    return now().astimezone(ZoneInfo(zone)).date()


@contextmanager
def frozen(at: datetime, app: Flask | None = None) -> Iterator[FixedClock]:
    """Stop the application's clock at ``at`` while the block runs (the demo's replay, a
    test's «det er …»); the yielded clock can be moved on. The previous clock comes back
    afterwards."""
    target = app or current_app._get_current_object()
    previous = target.extensions.get(EXTENSION)
    clock = FixedClock(at)
    target.extensions[EXTENSION] = clock
    try:
        yield clock
    finally:
        target.extensions[EXTENSION] = previous or _SYSTEM


_SYSTEM = SystemClock()
