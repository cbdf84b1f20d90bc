"""Shared fixtures: applications on SQLite (always) and PostgreSQL (when it answers), and the
people and cases the tests talk about. The helpers behind them are in :mod:`tests.support`.

Applications and databases:

* ``app`` / ``client`` / ``runner`` — the four municipalities on a fresh, migrated SQLite
  file; ``db`` is its database.
* ``make_app(**config)`` — an app with other configuration (not migrated).
* ``database_url`` — parametrised over ``sqlite`` and ``postgresql``; tests that take it run
  once per backend, each on a migrated database with no rows (see
  :mod:`tests.support.databases`); ``db_app`` is the four municipalities on it.
  ``empty_database_url`` gives empty, unmigrated ones for the migration tests. Where no
  server answers at ``BTI_TEST_POSTGRES_URL`` (default 127.0.0.1:5432) the PostgreSQL runs
  skip with the reason.

An identity provider:

* ``oidc_provider`` — a real OpenID Connect provider on 127.0.0.1 (a free port) for one
  test, with a client for staff and one for citizens (:mod:`tests.support.oidc_provider`).

People and cases (a :class:`~tests.support.world.World` in a
:class:`~tests.support.deployment.Deployment`):

* ``deployment`` and ``world`` — what a Gherkin scenario describes, on ``database_url``.
* ``make_world(*kommuner, database_url=None, plugins=())`` — a world of its own, for tests
  that set up their people in code.
* ``world_with_case(*kommuner, **people)`` — the web tests' usual world: Kari has opened a
  case about Ola, and every employee signs in (:func:`tests.support.world.case_about_ola`).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bti import create_app
from bti import db as bti_db
from bti.db import Database, create_engine
from bti.migrate import upgrade_database, upgrade_engine
from tests.support.databases import (
    ReusedPostgres,
    postgres_unavailable,
    reused_postgres,
    scratch_postgres,
)
from tests.support.deployment import Deployment, slug_for
from tests.support.oidc_provider import running_provider
from tests.support.smtp import mail_server  # noqa: F401 (a fixture: a real SMTP server)
from tests.support.web import give_passwords
from tests.support.world import World, case_about_ola

_PG_REASON = postgres_unavailable()

# The suite's SQLite files are thrown away after each test: they need not survive a power
# cut, and waiting for the disk at each of their tens of thousands of commits would add
# minutes. Production keeps FULL: tests/security/test_database_faults.py checks it in a fresh
# process, and the SIGKILL test's gunicorn runs with it.
bti_db.SQLITE_SYNCHRONOUS = "NORMAL"


@pytest.fixture(scope="session")
def reused_postgres_database() -> Iterator[ReusedPostgres]:
    """One migrated PostgreSQL database for this test process, emptied between tests."""
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    with reused_postgres() as database:
        yield database


@pytest.fixture
def postgres_url(reused_postgres_database) -> str:
    """A PostgreSQL database with the current schema and no rows, for one test."""
    return reused_postgres_database.take()


@pytest.fixture
def empty_postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    with scratch_postgres() as url:
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
def make_app(tmp_path, sqlite_template):
    """Build an app with the test defaults plus ``config``; not migrated. Its own SQLite
    file starts as a copy of the migrated template, so migrating it costs a version check,
    not the whole history (the migration tests use ``empty_database_url``)."""
    apps = []

    def factory(plugins=(), **config):
        instance = tmp_path / "instance"
        defaults = {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(instance),
            "DATABASE_URL": f"sqlite:///{instance / 'bti.sqlite3'}",
            "WTF_CSRF_ENABLED": True,
        }
        if "DATABASE_URL" not in config and not (instance / "bti.sqlite3").exists():
            instance.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(sqlite_template, instance / "bti.sqlite3")
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


# ---------------------------------------------------------------------------------------------
# People and cases
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def deployment(make_app, database_url) -> Deployment:
    """The deployment the current scenario describes; every scenario runs once on SQLite
    and once on PostgreSQL."""
    return Deployment(make_app, database_url=database_url)


@pytest.fixture
def world(deployment: Deployment) -> World:
    """What the current scenario has named: its people, children and case."""
    return World(deployment)


@pytest.fixture
def make_world(make_app) -> Callable[..., World]:
    """``make_world("Vestby", "Tromsø")``: a world in a deployment of its own, with each
    municipality and its own plugin, working in the first; ``make_world()``: «Eksempel
    kommune» (9999), the national model without a plugin. ``database_url`` and ``plugins``
    (one-off plugins for every municipality) go to the deployment."""

    def build(*kommuner: str, database_url: str | None = None, plugins=()) -> World:
        deployment = Deployment(make_app, database_url=database_url, plugins=list(plugins))
        if not kommuner:
            deployment.take_into_use("Eksempel", name="Eksempel kommune", kommunenummer="9999")
            return World(deployment)
        for kommune in kommuner:
            deployment.take_into_use(kommune, plugin=slug_for(kommune))
        return World(deployment, kommune_name=kommuner[0])

    return build


@pytest.fixture
def world_with_case(make_world) -> Callable[..., World]:
    """``world_with_case("Vestby", colleagues=[("Hege", "Nordby helsestasjon")])``: Kari
    has opened a case about Ola in the first municipality named (see
    :func:`~tests.support.world.case_about_ola` for the people it takes), and every employee
    signs in with their first name and :data:`~tests.support.web.PASSWORD`."""

    def build(*kommuner: str, **people) -> World:
        world = case_about_ola(make_world(*kommuner), **people)
        give_passwords(world)
        return world

    return build


@pytest.fixture
def oidc_provider():
    """An OpenID Connect provider serving on 127.0.0.1 for this test; see
    :mod:`tests.support.oidc_provider` for its clients and switches."""
    with running_provider() as provider:
        yield provider
