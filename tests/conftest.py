"""Shared fixtures: applications on SQLite (always) and PostgreSQL (when it answers).

* ``app`` / ``client`` / ``runner`` — the four municipalities on a fresh, migrated SQLite
  file.
* ``make_app(**config)`` — an app with other configuration (not migrated).
* ``database_url`` — parametrised over ``sqlite`` and ``postgresql``; tests that take it run
  once per backend. PostgreSQL gets a fresh database per test (a copy of one migrated
  template), dropped afterwards; ``empty_database_url`` gives empty ones for the migration
  tests. Where no server answers at ``BTI_TEST_POSTGRES_URL`` (default 127.0.0.1:5432) the
  PostgreSQL runs skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from bti import create_app
from bti.db import Database, create_engine
from bti.migrate import upgrade_database, upgrade_engine

POSTGRES_ADMIN_URL = os.environ.get(
    "BTI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _postgres_available() -> str | None:
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


_PG_REASON = _postgres_available()


@contextmanager
def _scratch_postgres(template: str | None = None) -> Iterator[str]:
    """A database of its own, dropped afterwards; a copy of ``template`` when given."""
    name = f"bti_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"{copy}'))
    url = sa.engine.make_url(POSTGRES_ADMIN_URL).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """One database migrated to the newest schema, copied for each test (much faster than
    migrating every test's database from scratch)."""
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    with _scratch_postgres() as url:
        engine = create_engine(url)
        upgrade_engine(engine)
        engine.dispose()
        yield sa.engine.make_url(url).database


@pytest.fixture
def postgres_url(postgres_template) -> Iterator[str]:
    """A fresh PostgreSQL database with the current schema, for one test."""
    with _scratch_postgres(template=postgres_template) as url:
        yield url


@pytest.fixture
def empty_postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    with _scratch_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """One SQLite file migrated to the newest schema, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "bti.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade_engine(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, sqlite_template) -> str:
    """A database of each kind for one test, both with the current schema."""
    if request.param == "sqlite":
        path = tmp_path / "bti.sqlite3"
        shutil.copyfile(sqlite_template, path)
        return f"sqlite:///{path}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request, tmp_path) -> str:
    """An empty database of each kind, for the migration tests."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bti.sqlite3'}"
    return request.getfixturevalue("empty_postgres_url")


@pytest.fixture
def make_app(tmp_path):
    """Build an app with the test defaults plus ``config``; not migrated."""
    apps = []

    def factory(plugins=(), **config):
        defaults = {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'instance' / 'bti.sqlite3'}",
            "WTF_CSRF_ENABLED": True,
        }
        app = create_app({**defaults, **config}, plugins=plugins)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        app.extensions["bti_db"].dispose()


@pytest.fixture
def app(make_app):
    """The four municipalities, migrated, on SQLite."""
    app = make_app()
    with app.app_context():
        upgrade_database(app)
    return app


@pytest.fixture
def db_app(make_app, database_url):
    """The four municipalities, migrated, once on each database backend."""
    app = make_app(DATABASE_URL=database_url)
    with app.app_context():
        upgrade_database(app)
    return app


@pytest.fixture
def db(app) -> Database:
    return app.extensions["bti_db"]


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
