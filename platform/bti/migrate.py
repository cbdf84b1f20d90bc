"""Alembic, driven from code: ``bti db upgrade`` and ``bti db revision``.

The migration scripts live in ``bti/migrations``; ``env.py`` takes the connection we hand
it, so the same scripts run on SQLite and PostgreSQL.
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
