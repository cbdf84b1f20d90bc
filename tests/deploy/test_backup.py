"""Backup and restore, as docs/operations.md tells the IT department to do them.

Vestby's demo is loaded and its audit chain signed; the database is backed up with the real
tools while the app has it open (SQLite: ``sqlite3 … ".backup …"``; PostgreSQL:
``pg_dump --format=custom`` and ``pg_restore`` into a new database); the copy has the same
rows in every table, and ``bti audit verify`` run on the copy (with the deployment's audit
key, which the backup does not hold) finds the chain and its signed checkpoint whole.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import SQLModel

from bti import create_app
from bti.demo import load_demo_data
from bti.migrate import upgrade_database
from tests.support.backups import backed_up_and_restored, sqlite_backup_restored

BTI = Path(sys.executable).with_name("bti")
#: Tables the demo must have filled, so that equal counts mean something.
FILLED = ("case", "subject", "staffuser", "auditevent", "auditcheckpoint")


def demo_app(instance: Path, database_url: str):
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(instance),
            "DATABASE_URL": database_url,
            "BTI_MUNICIPALITIES": "vestby",
        }
    )
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    return app


def row_counts(database_url: str) -> dict[str, int]:
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in SQLModel.metadata.tables.items()
            } | {
                "alembic_version": conn.execute(
                    sa.text("SELECT count(*) FROM alembic_version")
                ).scalar_one()
            }
    finally:
        engine.dispose()


def bti(*args: str, database_url: str, audit_key: str, instance: Path) -> str:
    """The ``bti`` command, as the operator runs it on the server; its output."""
    environment = {
        **os.environ,
        "BTI_ENV": "test",
        "DATABASE_URL": database_url,
        "BTI_AUDIT_KEY": audit_key,
        "BTI_MUNICIPALITIES": "vestby",
        "BTI_INSTANCE_PATH": str(instance),
    }
    done = subprocess.run(
        [str(BTI), *args], env=environment, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def check_restored(original_url: str, restored_url: str, *, audit_key: str, instance: Path):
    counts = row_counts(original_url)
    assert all(counts[table] > 0 for table in FILLED), counts
    assert row_counts(restored_url) == counts
    verified = bti(
        "audit", "verify", database_url=restored_url, audit_key=audit_key, instance=instance
    )
    assert "vestby: " in verified and "0 problem(s)" in verified, verified


def test_sqlite_backup_while_running_restores_whole(tmp_path):
    database = tmp_path / "live" / "bti.sqlite3"
    app = demo_app(tmp_path / "live", f"sqlite:///{database}")
    audit_key = app.extensions["bti_settings"].audit_key
    original = f"sqlite:///{database}"
    # A checkpoint signed before the backup: the copy must verify against it.
    bti("audit", "checkpoint", database_url=original, audit_key=audit_key, instance=tmp_path)
    try:
        # The app holds the database open (WAL mode) while it is backed up.
        with app.extensions["bti_db"].engine.connect() as conn:
            conn.execute(sa.text("SELECT count(*) FROM auditevent"))
            restored = sqlite_backup_restored(database, tmp_path / "copy")
        check_restored(original, restored, audit_key=audit_key, instance=tmp_path / "copy")
    finally:
        app.extensions["bti_db"].dispose()


def test_postgresql_dump_restores_whole_into_a_new_database(tmp_path, empty_postgres_url):
    app = demo_app(tmp_path / "live", empty_postgres_url)
    audit_key = app.extensions["bti_settings"].audit_key
    original = empty_postgres_url
    bti("audit", "checkpoint", database_url=original, audit_key=audit_key, instance=tmp_path)
    try:
        with backed_up_and_restored(original, tmp_path / "copy") as restored:
            check_restored(original, restored, audit_key=audit_key, instance=tmp_path / "copy")
    finally:
        app.extensions["bti_db"].dispose()
