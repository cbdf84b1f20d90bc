"""Test databases: a migrated SQLite file or PostgreSQL database for each test, quickly.

* SQLite: one file is migrated per test process and copied for each test (a file copy).
* PostgreSQL: one database per test process is migrated once and reused by every test that
  process runs; :class:`ReusedPostgres` empties it before each test (every table but
  ``alembic_version``, every sequence back to 1), so each test starts from the state a
  freshly migrated database has. Copying a template and dropping the copy per test cost
  0.4–5 s (both wait for checkpoints, which the other test processes' drops also trigger);
  emptying costs a few tens of milliseconds.
* A test that moved the schema (a migration test downgrading) and did not bring it back to
  the newest revision gets a rebuilt schema before the next test, never a half-migrated one.
* Empty, unmigrated databases (for the migration tests) are still created and dropped per
  test: there are few of them.

Where no server answers at ``BTI_TEST_POSTGRES_URL`` (default 127.0.0.1:5432) the
PostgreSQL runs skip with the reason: see :func:`postgres_unavailable`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from bti.db import create_engine
from bti.migrate import upgrade_engine

POSTGRES_ADMIN_URL = os.environ.get(
    "BTI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def postgres_unavailable() -> str | None:
    """None when the server answers, else why not."""
    engine = sa.create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return None
    except sa.exc.OperationalError as exc:
        return f"PostgreSQL does not answer at {POSTGRES_ADMIN_URL}: {exc.orig}"
    finally:
        engine.dispose()


@contextmanager
def scratch_postgres() -> Iterator[str]:
    """An empty database of its own, dropped afterwards (with whoever is still connected)."""
    name = f"bti_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(POSTGRES_ADMIN_URL).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class ReusedPostgres:
    """One migrated PostgreSQL database, handed to one test after another and emptied in
    between. Tests in one process run one at a time, so one database per process is enough.
    """

    def __init__(self, url: str):
        self.url = url
        self._engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        self._migrate()
        self._used = False

    def take(self) -> str:
        """The database's URL, empty and at the newest revision."""
        if self._used:
            self._empty()
        self._used = True
        return self.url

    def close(self) -> None:
        self._engine.dispose()

    def _migrate(self) -> None:
        engine = create_engine(self.url)
        try:
            upgrade_engine(engine)
        finally:
            engine.dispose()
        with self._engine.connect() as conn:
            self._head = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
            self._emptying = self._emptying_statement(conn)

    @staticmethod
    def _emptying_statement(conn) -> str:
        """One round trip that deletes every row but the schema version and starts every
        sequence at 1 again, as a fresh migration leaves them. ``DELETE`` rather than
        ``TRUNCATE``: the tables hold a test's few rows, and ``TRUNCATE`` makes new files
        for each of some 40 tables and their indexes, which costs more than it saves.
        Foreign keys are not checked while emptying (``session_replication_role``), so the
        order of the tables does not matter; that needs a superuser, as the test server's
        ``postgres`` role is (trust authentication, see STACK-NOTES)."""
        tables = conn.execute(
            sa.text(
                "SELECT quote_ident(tablename) FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename <> 'alembic_version' "
                "ORDER BY tablename"
            )
        ).scalars()
        sequences = conn.execute(
            sa.text(
                "SELECT quote_ident(sequencename) FROM pg_sequences "
                "WHERE schemaname = 'public' ORDER BY sequencename"
            )
        ).scalars()
        return "; ".join(
            [
                "BEGIN",
                "SET LOCAL session_replication_role = replica",
                *(f"DELETE FROM {table}" for table in tables),
                *(f"ALTER SEQUENCE {sequence} RESTART" for sequence in sequences),
                "COMMIT",
            ]
        )

    def _at_head(self, conn) -> bool:
        """Whether the schema is at the revision it was migrated to (autocommit: a failed
        query leaves nothing to roll back)."""
        try:
            version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
        except sa.exc.ProgrammingError:  # no alembic_version: downgraded to the base
            return False
        return version == self._head

    def _empty(self) -> None:
        with self._engine.connect() as conn:
            # A connection the last test left open would hold the tables: end it.
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            conn.execute(sa.text("SET lock_timeout = '20s'"))
            if not self._at_head(conn):
                # The last test moved the schema and did not bring it back: build it anew.
                conn.execute(sa.text("DROP SCHEMA public CASCADE"))
                conn.execute(sa.text("CREATE SCHEMA public"))
                self._migrate()
                return
            conn.exec_driver_sql(self._emptying)


@contextmanager
def reused_postgres() -> Iterator[ReusedPostgres]:
    """A :class:`ReusedPostgres` for one test process, dropped at its end."""
    with scratch_postgres() as url:
        database = ReusedPostgres(url)
        try:
            yield database
        finally:
            database.close()
