"""Audit events can be written, never changed or deleted through the application."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bti.db import AppendOnlyError
from bti.models import AuditEvent, AuditOutcome

pytestmark = pytest.mark.database


@pytest.fixture
def audited(db_app):
    db = db_app.extensions["bti_db"]
    mid = db.municipality_ids()["vestby"]
    with db.transaction(mid) as session:
        session.add(AuditEvent(action="case.read", outcome=AuditOutcome.ALLOWED, case_ref="abc"))
    return db, mid


def test_an_audit_event_cannot_be_changed(audited):
    db, mid = audited
    with pytest.raises(AppendOnlyError), db.transaction(mid) as session:
        event = session.exec(select(AuditEvent)).one()
        event.outcome = AuditOutcome.DENIED
    with pytest.raises(AppendOnlyError), db.transaction(mid) as session:
        session.exec(sa.update(AuditEvent).values(outcome="denied"))
    with db.scoped(mid) as session:
        assert session.exec(select(AuditEvent.outcome)).one() == "allowed"


def test_an_audit_event_cannot_be_deleted(audited):
    db, mid = audited
    with pytest.raises(AppendOnlyError), db.transaction(mid) as session:
        session.delete(session.exec(select(AuditEvent)).one())
    with pytest.raises(AppendOnlyError), db.transaction(mid) as session:
        session.exec(sa.delete(AuditEvent))
    with db.scoped(mid) as session:
        assert len(session.exec(select(AuditEvent)).all()) == 1
