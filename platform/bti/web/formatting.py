"""Moments as the municipality's clock shows them, in the user's language: for the case
page and the printed forms alike.

The templates' ``dateformat`` and ``datetimeformat`` filters are this module's: short and
medium dates read one way in every language. Babel's English «12/3/26» is 3 December to a
Norwegian and 12 March to an American, so English says «3 Dec 2026» («3 Dec 2026, 14:00»);
bokmål and nynorsk keep «03.12.2026», which nobody in Norway misreads.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import flask_babel
from babel.dates import format_date, format_time
from flask import g
from flask_babel import get_locale

from bti.i18n import gettext as _

#: Patterns that replace the locale's own for a format name, per language.
UNAMBIGUOUS = {
    "en": {
        ("date", "short"): "d MMM y",
        ("date", "medium"): "d MMM y",
        ("datetime", "short"): "d MMM y, HH:mm",
        ("datetime", "medium"): "d MMM y, HH:mm",
    },
}


def _locale() -> str:
    return str(get_locale() or "nb")


def _pattern(kind: str, format: str) -> str:
    return UNAMBIGUOUS.get(_locale(), {}).get((kind, format), format)


def dateformat(value: date | datetime, format: str = "medium") -> str:
    """The ``dateformat`` filter: a day (of a moment, in the user's time zone)."""
    return flask_babel.format_date(value, _pattern("date", format))


def datetimeformat(value: datetime, format: str = "medium") -> str:
    """The ``datetimeformat`` filter: a moment in the user's time zone."""
    return flask_babel.format_datetime(value, _pattern("datetime", format))


def short_date(day: date) -> str:
    """«03.12.2026», «3 Dec 2026»."""
    return format_date(day, _pattern("date", "short"), locale=_locale())


def local_moment(moment: datetime | None) -> str:
    """«mandag 24. november 2026 kl. 14:00» in the municipality's time zone."""
    if moment is None:
        return ""
    local = moment.astimezone(g.municipality.profile.tz)
    return _(
        "%(date)s at %(time)s",
        date=format_date(local.date(), "full", locale=_locale()),
        time=format_time(local, "short", locale=_locale()),
    )


def end_time(starts: datetime, ends: datetime | None) -> str:
    """When something that began at ``starts`` ends: the time only on the same local day."""
    if ends is None:
        return ""
    tz = g.municipality.profile.tz
    if starts.astimezone(tz).date() != ends.astimezone(tz).date():
        return local_moment(ends)
    return format_time(ends.astimezone(tz), "short", locale=_locale())


def meeting_time(starts: datetime, ends: datetime | None) -> str:
    """«mandag 24. november 2026 kl. 14:00–15:00»."""
    end = end_time(starts, ends)
    return f"{local_moment(starts)}–{end}" if end else local_moment(starts)


def last_day(due_at: datetime) -> str:
    """The last day of a deadline, «17.11.2026»: a deadline runs out at midnight after its
    last day (see :func:`bti.rules.deadlines.due_at`), so that midnight is not shown as if
    it were the day."""
    local = (due_at - timedelta(microseconds=1)).astimezone(g.municipality.profile.tz)
    return short_date(local.date())
