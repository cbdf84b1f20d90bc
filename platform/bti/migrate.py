"""Alembic, driven from code: ``bti db upgrade`` and ``bti db revision``.

The migration scripts live in ``bti/migrations``; ``env.py`` takes the connection we hand
it, so the same scripts run on SQLite and PostgreSQL.

After an upgrade the database's statistics are refreshed (``ANALYZE``): the query planner
then knows how many rows an index leads to, including the indexes a migration just made.
Between upgrades, statistics age as the tables grow. Operators keep them fresh:

* SQLite: run ``PRAGMA optimize`` now and then (e.g. daily from the same timer as the
  reminders, or before closing a long-lived connection); it re-analyses only the tables
  whose size has changed a lot, and is cheap when nothing has.
* PostgreSQL: autovacuum analyses tables by itself; leave it on. For the largest tables
  (``auditevent``, ``stafettloggentry``) a lower ``autovacuum_analyze_scale_factor`` (e.g.
  ``ALTER TABLE auditevent SET (autovacuum_analyze_scale_factor = 0.02)``) keeps the
  statistics from lagging behind millions of new rows.

The composite indexes that begin with ``municipality_id`` (``bti.models.base.tenant_index``)
serve the pages whatever the statistics say; the statistics help the planner with the rest.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from flask import Flask
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)
    analyze(engine)


#: Rows SQLite reads per index for its statistics: approximate figures in bounded time,
#: where a full ANALYZE would read every index of a database of millions of rows.
SQLITE_ANALYSIS_LIMIT = 1000
#: SQLite keeps no statistics of a table with fewer rows than this. They would outlive the
#: table's growth (SQLite never refreshes them by itself), and a table it believes holds a
#: few rows it reads whole rather than through an index; without them it assumes a large
#: table and uses the index, which is right for every table here once it has grown.
SQLITE_SMALL_TABLE = 1000


def analyze(engine: Engine, *, small_table: int = SQLITE_SMALL_TABLE) -> None:
    """Refresh the query planner's statistics of every table (see the module's docstring).
    On SQLite, tables of fewer than ``small_table`` rows are left without statistics."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA analysis_limit={SQLITE_ANALYSIS_LIMIT}")
        conn.exec_driver_sql("ANALYZE")
        if conn.dialect.name == "sqlite":
            # The first figure of each row is the number of rows of the table (or index).
            conn.exec_driver_sql(
                "DELETE FROM sqlite_stat1 WHERE CAST(stat AS INTEGER) < ?", (small_table,)
            )
        conn.commit()


def upgrade_database(app: Flask) -> None:
    """Migrate to the newest schema, then make sure every enabled municipality has its row,
    and its standing teams (written once from the plugin; an administrator keeps them)."""
    from bti.services.teams import roster

    db = app.extensions["bti_db"]
    upgrade_engine(db.engine)
    ids = db.sync_municipalities(app.extensions["bti"])
    for municipality in app.extensions["bti"]:
        if municipality.teams:
            with db.transaction(ids[municipality.slug]) as session:
                roster.seed_defaults(session, municipality=municipality)


def new_revision(engine: Engine, message: str) -> None:
    """Write a new migration from the difference between the models and the database."""
    command.revision(alembic_config(engine), message=message, autogenerate=True)
