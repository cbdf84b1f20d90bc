"""A page view reads without the write lock (:meth:`bti.db.Database.reading`): it proceeds
while another connection writes, refuses to write itself, and its audit events still land —
after the reads, before the page is sent."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import select

from bti import db as bti_db
from bti.clock import FixedClock
from bti.db import Database, ReadOnlyError
from bti.models import AuditEvent, AuditOutcome, Case, LoginSession, StafettloggEntry
from bti.services import audit, signin
from bti.services.access import get_case
from tests.support.web import give_passwords, signed_in
from tests.support.world import birth_date_for

pytestmark = pytest.mark.database


def _case_about_ola(world):
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child("Ola", birth_date=birth_date_for(9), unit_name="Nordby skole")
    world.open_case("Kari", "Ola")
    return world


@pytest.fixture
def world(make_world):
    """On SQLite: the tests of its write lock."""
    return _case_about_ola(make_world("Vestby"))


@pytest.fixture
def world_on_each_backend(make_world, database_url):
    return _case_about_ola(make_world("Vestby", database_url=database_url))


def _events(world, case_id: str) -> list[tuple[str, str, int | None]]:
    with world.scoped() as session:
        rows = session.exec(
            select(AuditEvent).where(AuditEvent.case_ref == case_id).order_by(AuditEvent.id)
        )
        return [(e.action, e.outcome, e.actor_id) for e in rows]


def _sqlite_path(db: Database) -> str:
    return db.engine.url.database


def test_a_page_view_reads_while_another_connection_holds_the_write_lock(world):
    give_passwords(world)
    client = signed_in(world, "kari")
    db = client.application.extensions["bti_db"]
    before = _events(world, world.case_id)
    statements: list[str] = []
    writing = threading.Event()

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)
        if statement == "BEGIN IMMEDIATE":
            writing.set()

    holder = sqlite3.connect(_sqlite_path(db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # someone else's action, holding the lock
    answers: list = []
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        page = threading.Thread(
            target=lambda: answers.append(client.get(f"/vestby/sak/{world.case_id}"))
        )
        page.start()
        # The page reads the case under the other connection's lock, and only then waits
        # for the lock to write its audit event.
        assert writing.wait(10), [s[:60] for s in statements]
        reads = statements[: statements.index("BEGIN IMMEDIATE")]
        assert any(s.startswith("SELECT") and '"case"' in s for s in reads), reads
        assert page.is_alive(), "the audit event was written while another held the lock"
        assert _events(world, world.case_id) == before  # not before the lock is free
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        page.join(10)
        event.remove(db.engine, "before_cursor_execute", seen)
    assert answers and answers[0].status_code == 200
    assert _events(world, world.case_id) == [
        *before,
        ("case.read", AuditOutcome.ALLOWED, world.staff["Kari"]),
    ]


def test_an_action_still_takes_the_write_lock_with_its_first_statement(world):
    """The contrast: a user action (:meth:`Database.transaction`) begins with the lock."""
    db, mid = world.db, world.mid
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.transaction(mid) as session:
            session.exec(select(Case)).all()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert statements[0] == "BEGIN IMMEDIATE"
    assert statements[1].startswith("SELECT")


def test_a_page_view_cannot_write(db_app):
    db = db_app.extensions["bti_db"]
    mid = db.municipality_ids()["vestby"]
    with pytest.raises(ReadOnlyError), db.reading(mid) as session:
        session.add(AuditEvent(action="case.read", outcome=AuditOutcome.ALLOWED, case_ref="x"))
        session.flush()
    with pytest.raises(ReadOnlyError), db.reading(mid) as session:
        session.exec(sa.update(StafettloggEntry).values(note="changed"))
    with pytest.raises(ReadOnlyError), db.reading(mid) as session:
        session.exec(sa.delete(StafettloggEntry))
    with db.scoped(mid) as session:
        assert session.exec(select(AuditEvent)).all() == []


def test_a_page_views_accesses_and_denials_are_chained_after_it(world_on_each_backend):
    world = world_on_each_backend
    kari, truls = world.actor("Kari"), world.actor("Truls")
    with world.db.reading(world.mid) as session:
        get_case(session, by=kari, case_id=world.case_id, action="case.read")
        audit.record_denial(session, actor=truls, action="case.read", case_ref=world.case_id)
    events = _events(world, world.case_id)
    assert events[-2:] == [
        ("case.read", AuditOutcome.ALLOWED, kari.user_id),
        ("case.read", AuditOutcome.DENIED, truls.user_id),
    ]
    with world.scoped() as session:
        assert audit.verify(session).problems == []


def test_a_page_view_that_fails_keeps_its_access_on_record(world_on_each_backend):
    world = world_on_each_backend
    kari = world.actor("Kari")
    with pytest.raises(RuntimeError), world.db.reading(world.mid) as session:
        get_case(session, by=kari, case_id=world.case_id, action="case.read")
        raise RuntimeError("the template failed")
    assert _events(world, world.case_id)[-1] == ("case.read", AuditOutcome.ALLOWED, kari.user_id)


def test_no_page_is_sent_when_its_audit_event_cannot_be_written(world, monkeypatch):
    """The lock is held longer than a request waits: the view gets the error, so the page
    it read is never sent."""
    monkeypatch.setattr(bti_db, "SQLITE_BUSY_TIMEOUT_MS", 50)
    db = Database(world.db.url)  # new connections, with the short wait
    kari = world.actor("Kari")
    before = _events(world, world.case_id)
    holder = sqlite3.connect(_sqlite_path(db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            pytest.raises(sa.exc.OperationalError, match="locked"),
            db.reading(world.mid) as session,
        ):
            case = get_case(session, by=kari, case_id=world.case_id, action="case.read")
            assert case.id == world.case_id  # the read itself went through
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.dispose()
    assert _events(world, world.case_id) == before


def test_a_page_view_may_not_read_the_trail_it_has_added_to(world_on_each_backend):
    world = world_on_each_backend
    """Who has seen the case must show the reader's own access: such a page is an action."""
    kari = world.actor("Kari")
    with pytest.raises(ReadOnlyError), world.db.reading(world.mid) as session:
        get_case(session, by=kari, case_id=world.case_id, action="case.access_log")
        session.exec(select(AuditEvent)).all()


def test_noting_a_sessions_activity_waits_its_turn_after_another_connections_commit(world):
    """Every request checks the sign-in in a read; the last activity is noted (at most once
    a minute) in a write that begins with the lock. Begun without it, the write would fail
    at once had another connection committed since the read: «database is locked»."""
    give_passwords(world)
    app = world.deployment.start()
    app.extensions["bti_clock"] = clock = FixedClock(datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    client = signed_in(world, "kari")
    clock.advance(2 * signin.TOUCH_EVERY)
    db = client.application.extensions["bti_db"]
    other = sqlite3.connect(_sqlite_path(db), isolation_level=None)
    committed = []

    def commit_meanwhile(_conn, _cursor, statement, *_args):
        if statement.startswith("SELECT loginsession") and not committed:
            other.execute(  # a change (SQLite commits nothing for one that changes nothing)
                "UPDATE staffuser SET display_name = display_name || '.' WHERE id = ?",
                (world.staff["Truls"],),
            )
            committed.append(statement)

    event.listen(db.engine, "after_cursor_execute", commit_meanwhile)
    try:
        response = client.get("/vestby/saker")
    finally:
        event.remove(db.engine, "after_cursor_execute", commit_meanwhile)
        other.close()
    assert committed and response.status_code == 200, response.status_code
    with db.unscoped() as session:
        seen = session.exec(select(LoginSession.last_seen_at)).all()
    assert max(seen) == clock.now()
