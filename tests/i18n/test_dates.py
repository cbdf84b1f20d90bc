"""Dates read one way in every language: English «3 Dec 2026» (never «12/3/26», which is
3 December to a Norwegian and 12 March to an American); bokmål and nynorsk «03.12.2026»."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from flask import g, render_template_string

from bti.rules.deadlines import due_at

DAY = date(2026, 12, 3)
MOMENT = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


def render(app, locale: str, template: str, **values) -> str:
    with app.test_request_context(headers={"Accept-Language": locale}):
        g.municipality = app.extensions["bti"].get("vestby")
        return render_template_string(template, **values)


@pytest.mark.parametrize(
    ("locale", "short", "medium"),
    [
        ("en", "3 Dec 2026", "3 Dec 2026"),
        ("nb", "03.12.2026", "3. des. 2026"),
        ("nn", "03.12.2026", "3. des. 2026"),
    ],
)
def test_short_and_medium_dates_are_unambiguous(app, locale, short, medium):
    page = render(
        app,
        locale,
        "{{ d|dateformat('short') }}|{{ d|dateformat('medium') }}|{{ d|dateformat }}",
        d=DAY,
    )
    assert page == f"{short}|{medium}|{medium}"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "3 Dec 2026, 14:00"), ("nb", "03.12.2026, 14:00"), ("nn", "03.12.2026, 14:00")],
)
def test_a_moment_in_short_is_the_day_and_the_local_time(app, locale, expected):
    assert render(app, locale, "{{ m|datetimeformat('short') }}", m=MOMENT) == expected


@pytest.mark.parametrize(("locale", "expected"), [("en", "3 Dec 2026"), ("nb", "03.12.2026")])
def test_a_deadlines_last_day_is_unambiguous(app, locale, expected):
    deadline = due_at(DAY, 0, "Europe/Oslo")  # runs out at midnight after 3 December
    assert render(app, locale, "{{ d|last_day }}", d=deadline) == expected


def test_long_and_full_dates_stay_the_locales_own(app):
    """The long and full formats stay the locale's own: they were never ambiguous."""
    page = render(app, "en", "{{ d|dateformat('long') }}|{{ d|dateformat('full') }}", d=DAY)
    assert "/" not in page and page.startswith("December 3, 2026|")
