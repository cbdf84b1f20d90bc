"""The database read-only, locked or gone: the user gets 503 with a reference, nothing is
half-written, ``/healthz`` says what is wrong, and the app recovers without a restart when
the database comes back. Each test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import func, select

from bti import db as bti_db
from bti import db_faults
from bti.models import AuditEvent, StafettloggEntry
from bti.services import stafettlogg
from tests.support.databases import POSTGRES_ADMIN_URL
from tests.support.web import give_passwords, post, signed_in
from tests.support.world import World, case_about_ola

UNAVAILABLE = "Databasen er ikke tilgjengelig"


def _with_case(world: World) -> World:
    """Kari has opened a case about Ola and a stafettlogg in it; she signs in with a password."""
    case_about_ola(world)
    give_passwords(world)
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    return world


@pytest.fixture
def world(make_world, database_url) -> World:
    """The case, once on SQLite and once on PostgreSQL."""
    return _with_case(make_world("Vestby", database_url=database_url))


@pytest.fixture
def sqlite_world(make_world) -> World:
    """The case on a SQLite file."""
    return _with_case(make_world("Vestby"))


def write(client, world: World, text: str):
    return post(
        client, world, "/stafettlogg/innforing", {"log-entry-kind": "note", "log-entry-text": text}
    )


def texts(world: World) -> list[str]:
    return sorted(entry.text for entry in world.in_case(StafettloggEntry))


def entries_audited(world: World) -> int:
    with world.scoped() as session:
        query = select(func.count()).where(AuditEvent.action == "stafettlogg.entry_added")
        return session.exec(query).one()


def assert_unavailable(response) -> str:
    """The 503 page: what happened, nothing internal, and a reference for IT support."""
    body = response.get_data(as_text=True)
    assert response.status_code == 503, body[:500]
    assert UNAVAILABLE in body
    assert "Traceback" not in body and "sqlite" not in body.lower() and "psycopg" not in body
    return re.search(r'class="bti-reference">([0-9a-f]{12})<', body).group(1)


def health(world: World) -> tuple[int, dict]:
    """``/healthz`` as a load balancer asks it: without a session."""
    response = world.deployment.start().test_client().get("/healthz")
    return response.status_code, response.get_json()


def is_postgres(world: World) -> bool:
    return world.db.engine.dialect.name == "postgresql"


def database_name(world: World) -> str:
    return world.db.engine.url.database


@contextmanager
def admin() -> Iterator[sa.Connection]:
    engine = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def end_connections(world: World) -> None:
    """End every connection the app holds: PostgreSQL terminates them; SQLite's pool is
    emptied (the nearest thing: a SQLite connection cannot be ended from outside)."""
    if not is_postgres(world):
        world.db.engine.dispose()
        return
    with admin() as conn:
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                "WHERE datname = :db AND application_name = :app"
            ),
            {"db": database_name(world), "app": db_faults.APPLICATION_NAME},
        )


# ---------------------------------------------------------------------------------------------
# Read-only
# ---------------------------------------------------------------------------------------------


def _freeze(path: Path, frozen: bool) -> None:
    """Make the SQLite file one this process may not write (root writes through any mode,
    so as root the file is made immutable), or writable again."""
    if os.geteuid() != 0:
        path.chmod(0o444 if frozen else 0o644)
        return
    done = subprocess.run(
        ["chattr", "+i" if frozen else "-i", str(path)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot make a file read-only for root here: {done.stderr.strip()}")


@contextmanager
def read_only(world: World) -> Iterator[None]:
    """A read-only spell, as the operator (or a full disk, or a failover to a standby)
    causes it: from now on new connections cannot write."""
    if is_postgres(world):
        name = database_name(world)
        with admin() as conn:
            conn.execute(sa.text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        end_connections(world)
        try:
            yield
        finally:
            with admin() as conn:
                conn.execute(
                    sa.text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = off')
                )
        return
    path = Path(world.db.engine.url.database)
    _freeze(path, True)
    end_connections(world)
    try:
        yield
    finally:
        _freeze(path, False)


@pytest.mark.database
def test_a_read_only_database_answers_503_and_the_app_recovers_when_it_is_writable(world):
    client = signed_in(world, "kari")
    assert write(client, world, "Før").status_code == 302

    with read_only(world):
        assert_unavailable(write(client, world, "Under"))
        assert health(world) == (
            503,
            {"status": "error", "database": True, "writable": False},
        )

    # No restart: the connections from the read-only spell are gone with it.
    assert health(world) == (200, {"status": "ok", "database": True, "writable": True})
    assert write(client, world, "Etter").status_code == 302
    assert texts(world) == ["Etter", "Før"]


@pytest.mark.database
def test_healthz_tells_a_read_only_spell_and_its_end_with_no_write_in_between(world):
    with read_only(world):
        assert health(world) == (503, {"status": "error", "database": True, "writable": False})
    assert health(world) == (200, {"status": "ok", "database": True, "writable": True})


# ---------------------------------------------------------------------------------------------
# Locked
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def short_waits(monkeypatch) -> None:
    """Requests give up on a lock after 0.3 s instead of 5 s (the test need not wait)."""
    monkeypatch.setattr(bti_db, "SQLITE_BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(db_faults, "LOCK_TIMEOUT_MS", 300)


@contextmanager
def locked(world: World) -> Iterator[None]:
    """Someone else holds the lock a new entry needs, for longer than a request waits."""
    if is_postgres(world):
        engine = sa.create_engine(world.db.engine.url)
        try:
            with engine.connect() as conn, conn.begin():
                table = StafettloggEntry.__table__.name
                conn.execute(sa.text(f"LOCK TABLE {table} IN EXCLUSIVE MODE"))
                yield
        finally:
            engine.dispose()
        return
    conn = sqlite3.connect(world.db.engine.url.database, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


@pytest.mark.database
def test_a_locked_database_answers_503_without_hanging_and_the_next_write_goes_through(
    short_waits, world
):
    client = signed_in(world, "kari")
    with locked(world):
        assert_unavailable(write(client, world, "Mens låst"))
    assert write(client, world, "Etter").status_code == 302
    assert texts(world) == ["Etter"]


# ---------------------------------------------------------------------------------------------
# Gone
# ---------------------------------------------------------------------------------------------


@contextmanager
def failing_after_the_entry(world: World) -> Iterator[None]:
    """The database goes away in the middle of writing an entry: after the entry's row is
    sent, before the action's next statement (its audit event). PostgreSQL's connection is
    terminated for real; SQLite's driver reports an I/O error, as a failing disk would."""
    engine = world.db.engine
    table = StafettloggEntry.__table__.name
    state = {"entry": False, "failed": False}

    def before(conn, _cursor, statement, _parameters, _context, _many):
        if state["failed"]:
            return
        if state["entry"]:
            state["failed"] = True
            if is_postgres(world):
                pid = conn.connection.dbapi_connection.info.backend_pid
                with admin() as other:
                    other.execute(sa.text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
            else:
                raise sqlite3.OperationalError("disk I/O error")
        elif statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()}"):
            state["entry"] = True

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", before)
    assert state["failed"], "the action wrote the entry and then something more"


@pytest.mark.database
def test_a_database_gone_in_the_middle_of_an_action_leaves_no_partial_rows(world):
    client = signed_in(world, "kari")
    with failing_after_the_entry(world):
        assert_unavailable(write(client, world, "Halvveis"))
    assert texts(world) == []
    assert entries_audited(world) == 0
    # The next request finds a new connection by itself.
    assert write(client, world, "Etter").status_code == 302
    assert texts(world) == ["Etter"]


def test_a_sqlite_file_moved_away_is_not_written_and_is_used_again_when_back(
    sqlite_world, tmp_path
):
    world = sqlite_world
    client = signed_in(world, "kari")
    assert write(client, world, "Før").status_code == 302
    path = Path(world.db.engine.url.database)
    away = tmp_path / "elsewhere.sqlite3"
    path.rename(away)
    try:
        # The pooled connection would write into the moved file; it is not used.
        assert_unavailable(write(client, world, "Mens borte"))
        assert health(world) == (503, {"status": "error", "database": False, "writable": False})
        assert not path.exists(), "no empty database is made in its place"
    finally:
        away.rename(path)
    assert write(client, world, "Etter").status_code == 302
    assert texts(world) == ["Etter", "Før"]


def test_sqlite_waits_for_the_disk_at_every_commit(tmp_path):
    """In a fresh process, as production runs it (this suite relaxes it: tests/conftest.py)."""
    probe = (
        "from bti.db import create_engine\n"
        f"engine = create_engine('sqlite:///{tmp_path / 'bti.sqlite3'}')\n"
        "with engine.connect() as conn:\n"
        "    print(conn.exec_driver_sql('PRAGMA synchronous').scalar())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "2", done.stderr  # 2 is FULL
