"""Timestamps are stored in UTC and come back timezone-aware, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bti.models import StaffUser

pytestmark = pytest.mark.database


def test_a_local_time_is_stored_as_utc_and_read_back_aware(db_app):
    db = db_app.extensions["bti_db"]
    oslo = datetime(2026, 11, 24, 16, 30, tzinfo=ZoneInfo("Europe/Oslo"))
    with db.unscoped() as session, session.begin():
        session.add(StaffUser(username="tid", display_name="Tid", last_login_at=oslo))
    with db.unscoped() as session:
        user = session.exec(select(StaffUser).where(StaffUser.username == "tid")).one()
    assert user.last_login_at == oslo
    assert user.last_login_at.tzinfo is not None
    assert user.last_login_at.utcoffset().total_seconds() == 0
    assert user.last_login_at.hour == 15  # 16:30 in Oslo in November is 15:30 UTC
    assert user.created_at.tzinfo is not None
    assert abs((datetime.now(UTC) - user.created_at).total_seconds()) < 60


def test_a_naive_timestamp_is_refused(db_app):
    db = db_app.extensions["bti_db"]
    naive = StaffUser(username="naiv", display_name="N", last_login_at=datetime(2026, 1, 1))
    with (
        pytest.raises(Exception, match="Naive datetime"),
        db.unscoped() as session,
        session.begin(),
    ):
        session.add(naive)
