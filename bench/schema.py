"""The bench database's schema and its bulk writer.

The schema is the project's own: :func:`create` builds an empty database with the app's
migrations and municipality sync (``upgrade_database``, what ``bti db upgrade`` runs). The
secondary indexes are then read back from the catalogue (SQLite ``sqlite_master``, PostgreSQL
``pg_indexes``), dropped for the load and recreated from the very same definitions, so an
index a later migration adds is picked up with no change here. :class:`Writer` appends plain
tuples: SQLite ``executemany`` in big transactions with the journal off, PostgreSQL ``COPY``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from flask import Flask

from bti import create_app
from bti.migrate import upgrade_database

#: Where the generator connects to create and drop the PostgreSQL databases (trust auth as
#: the current OS user, as the bench URLs do).
POSTGRES_ADMIN = "postgresql+psycopg://127.0.0.1:5432/postgres"


#: The PostgreSQL databases are named ``<prefix>_<size>``.
PREFIX = "bti_bench"


def database_url(backend: str, size: int, out: Path, prefix: str = PREFIX) -> str:
    """Where the bench database of ``size`` cases lives. Two generators on one PostgreSQL
    server at once need different ``prefix`` es: each drops its database first."""
    if backend == "sqlite":
        return f"sqlite:///{(out / f'sqlite-{size}.db').resolve()}"
    return f"postgresql+psycopg://127.0.0.1:5432/{prefix}_{size}"


def app_for(url: str, instance: Path) -> Flask:
    """The real application on ``url``, as the page runner will start it."""
    return create_app(
        {"BTI_ENV": "development", "INSTANCE_PATH": str(instance), "DATABASE_URL": url}
    )


def create(backend: str, url: str, instance: Path) -> Flask:
    """An empty, migrated database at ``url`` (dropped first if it exists), the four
    municipalities and Bærum's standing teams in it; the app on it."""
    if backend == "sqlite":
        path = Path(sa.engine.make_url(url).database)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        name = sa.engine.make_url(url).database
        admin = sa.create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
    app = app_for(url, instance)
    upgrade_database(app)
    app.extensions["bti_db"].dispose()
    return app


@dataclass(frozen=True)
class Index:
    name: str
    table: str
    sql: str


def secondary_indexes(conn, backend: str) -> list[Index]:
    """Every index that is not a primary key or a constraint's own (those cannot be dropped
    apart from their table), with the statement that creates it, from the catalogue."""
    if backend == "sqlite":
        rows = conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
            "AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT i.indexname, i.tablename, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname) ORDER BY i.indexname"
        ).fetchall()
    return [Index(*row) for row in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Writer:
    """Bulk appends to the bench database, one open connection, indexes off meanwhile."""

    backend: str
    url: str
    conn: object = None
    indexes: list[Index] = field(default_factory=list)
    columns: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def open(self) -> Writer:
        if self.backend == "sqlite":
            self.conn = sqlite3.connect(sa.engine.make_url(self.url).database, isolation_level=None)
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-400000"):
                self.conn.execute(f"PRAGMA {pragma}")
            self.conn.execute("BEGIN")
        else:
            import psycopg

            url = sa.engine.make_url(self.url).set(drivername="postgresql")
            self.conn = psycopg.connect(url.render_as_string(hide_password=False))
            self.conn.execute("SET synchronous_commit = off")
            # No foreign-key triggers per row: the generator gives every key itself (the
            # test checks them on SQLite with foreign_key_check). Needs a superuser, as the
            # bench's trust-auth user is; without one the load is only slower.
            try:
                self.conn.execute("SET session_replication_role = replica")
            except psycopg.errors.InsufficientPrivilege:
                self.conn.rollback()
            self.conn.execute("SET maintenance_work_mem = '512MB'")
        self.indexes = secondary_indexes(self.conn, self.backend)
        for index in self.indexes:
            self.conn.execute(f"DROP INDEX {_quote(index.name)}")
        self.commit()
        return self

    def table_columns(self, table: str) -> list[tuple[str, bool]]:
        """(name, may be left out) for each column: nullable or with a server default."""
        if table not in self.columns:
            if self.backend == "sqlite":
                rows = self.conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
                cols = [(r[1], not r[3] or r[4] is not None) for r in rows]
            else:
                rows = self.conn.execute(
                    "SELECT column_name, is_nullable = 'YES' OR column_default IS NOT NULL "
                    "FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                ).fetchall()
                cols = [(r[0], r[1]) for r in rows]
            self.columns[table] = cols
        return self.columns[table]

    def check(self, table: str, names: Sequence[str]) -> None:
        """Refuse a column list that misses a NOT NULL column without a default, or names a
        column the table lacks: a new migration must be looked at, not silently skipped."""
        cols = dict(self.table_columns(table))
        unknown = [n for n in names if n not in cols]
        missing = [n for n, optional in cols.items() if not optional and n not in names]
        if unknown or missing:
            raise RuntimeError(f"{table}: unknown columns {unknown}, missing {missing}")

    def write(self, table: str, names: Sequence[str], rows: Iterable[tuple]) -> None:
        started = time.perf_counter()
        self.check(table, names)
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return
        cols = ", ".join(_quote(n) for n in names)
        if self.backend == "sqlite":
            marks = ", ".join("?" * len(names))
            self.conn.executemany(f"INSERT INTO {_quote(table)} ({cols}) VALUES ({marks})", rows)
        else:
            copy_sql = f"COPY {_quote(table)} ({cols}) FROM STDIN"
            with self.conn.cursor() as cur, cur.copy(copy_sql) as copy:
                for row in rows:
                    copy.write_row(row)
        self.counts[table] = self.counts.get(table, 0) + len(rows)
        self.timings[table] = self.timings.get(table, 0.0) + time.perf_counter() - started

    def execute(self, sql: str, params: Sequence = ()) -> None:
        if self.backend != "sqlite":
            sql = sql.replace("?", "%s")
        self.conn.execute(sql, params)

    def commit(self) -> None:
        if self.backend == "sqlite":
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN")
        else:
            self.conn.commit()

    def finish(self) -> dict[str, float]:
        """Recreate the indexes exactly as they were, move the id sequences past the rows
        written (PostgreSQL), ANALYZE, and put the database back in its normal mode."""
        seconds: dict[str, float] = {}
        self.commit()
        started = time.perf_counter()
        for index in self.indexes:
            self.conn.execute(index.sql)
        self.commit()
        seconds["indexes"] = time.perf_counter() - started
        if self.backend == "postgresql":
            self._advance_sequences()
        started = time.perf_counter()
        if self.backend == "sqlite":
            self.conn.execute("COMMIT")
            self.conn.execute("ANALYZE")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.close()
        else:
            self.conn.commit()
            self.conn.autocommit = True
            self.conn.execute("VACUUM ANALYZE")
            self.conn.close()
        seconds["analyze"] = time.perf_counter() - started
        return seconds

    def _advance_sequences(self) -> None:
        rows = self.conn.execute(
            "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), "
            "column_name) FROM information_schema.columns WHERE table_schema = 'public' "
            "AND (column_default LIKE 'nextval%' OR is_identity = 'YES')"
        ).fetchall()
        for table, column, sequence in rows:
            self.conn.execute(
                f"SELECT setval(%s, COALESCE((SELECT max({_quote(column)}) "
                f"FROM {_quote(table)}), 0) + 1, false)",
                (sequence,),
            )
        self.conn.commit()
