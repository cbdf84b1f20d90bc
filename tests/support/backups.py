"""Backing up and restoring a database with the real tools, as docs/operations.md tells the
IT department to: ``sqlite3 … ".backup …"`` for SQLite (while the app has it open), and
``pg_dump --format=custom`` then ``pg_restore`` into a new database for PostgreSQL."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support.databases import scratch_postgres


@contextmanager
def backed_up_and_restored(database_url: str, workdir: Path) -> Iterator[str]:
    """Back up the database at ``database_url`` and restore the backup as a new database;
    the new database's URL (dropped or deleted afterwards). Skips where the tools are
    missing."""
    if database_url.startswith("sqlite"):
        yield sqlite_backup_restored(Path(database_url.removeprefix("sqlite:///")), workdir)
        return
    for tool in ("pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: apt-get install postgresql-client)")
    dump = workdir / "bti.dump"
    workdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(dump), libpq(database_url)],
        check=True,
        timeout=120,
    )
    with scratch_postgres() as restored_url:
        target = libpq(restored_url)
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", "--dbname", target, str(dump)],
            check=True,
            timeout=120,
        )
        yield restored_url


def sqlite_backup_restored(database: Path, workdir: Path) -> str:
    """SQLite's online backup of ``database`` into ``workdir``, then the backup copied in as
    the database of a new instance; its URL."""
    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 command is not installed (Debian: apt-get install sqlite3)")
    backup = workdir / "backup" / "bti.sqlite3"
    backup.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["sqlite3", str(database), f".backup '{backup}'"], check=True, timeout=120)
    restored = workdir / "restored" / "bti.sqlite3"
    restored.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(backup, restored)
    return f"sqlite:///{restored}"


def libpq(url: str) -> str:
    """The URL as PostgreSQL's own tools take it (no ``+psycopg``)."""
    return sa.engine.make_url(url).set(drivername="postgresql").render_as_string(False)
