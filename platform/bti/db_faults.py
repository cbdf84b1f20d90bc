"""When the database fails, and when it comes back: the engine's side of it.

The web layer answers every database error with 503 and a reference (:mod:`bti.web`), and
each user action is one transaction (:meth:`bti.db.Database.transaction`), so nothing is
half-written. This module makes the engine come back by itself once the database does, and
keeps a request from waiting for ever:

* **Read-only.** A connection that found the database read-only is thrown away, with every
  other connection the pool holds (``handle_error`` calls it a disconnect). SQLite opens a
  file it may not write read-only for as long as the connection lives, and PostgreSQL fixes
  ``default_transaction_read_only`` when a session starts (and a standby stays read-only for
  its sessions' lives): a connection kept from the read-only spell would refuse every write
  after it ended, until a restart.
* **Gone (SQLite).** A pooled connection to a file that was removed or replaced since the
  connection was opened is thrown away when it is taken from the pool: it would go on
  writing into the removed file, and what it wrote would be lost. A file that was there and
  is gone is not created anew, empty: connecting fails until the file is back.
* **Gone or stuck (PostgreSQL).** Connecting gives up after :data:`CONNECT_TIMEOUT_S`,
  waiting for a lock after :data:`LOCK_TIMEOUT_MS` (SQLite's busy timeout, the same wait),
  a statement after :data:`STATEMENT_TIMEOUT_MS`. Migrations lift the last two for their own
  transaction (``migrations/env.py``). A dead connection is found by ``pool_pre_ping``.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

APPLICATION_NAME = "bti"
CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000
STATEMENT_TIMEOUT_MS = 30000

# PostgreSQL's read_only_sql_transaction: a write in a read-only transaction or on a standby.
_PG_READ_ONLY = "25006"


def postgres_connect_args() -> dict[str, Any]:
    """Connection arguments that bound how long a PostgreSQL request can wait, and name the
    platform's sessions (``application_name``) for the operator's ``pg_stat_activity``."""
    return {
        "application_name": APPLICATION_NAME,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS}",
    }


def watch(engine: Engine) -> None:
    """Make ``engine`` drop connections that cannot recover (see the module's docstring)."""
    event.listen(engine, "handle_error", _read_only_is_a_disconnect)
    path = _sqlite_file(engine)
    if path is not None:
        watched = _SqliteFile(path)
        event.listen(engine, "do_connect", watched.before_connect)
        event.listen(engine, "connect", watched.connected)
        event.listen(engine, "checkout", watched.checkout)


def is_read_only(error: BaseException | None) -> bool:
    """Whether a DBAPI error says the database refuses writes."""
    if getattr(error, "sqlstate", None) == _PG_READ_ONLY:
        return True
    return str(getattr(error, "sqlite_errorname", "")).startswith("SQLITE_READONLY")


def _read_only_is_a_disconnect(context: sa.engine.ExceptionContext) -> None:
    if is_read_only(context.original_exception):
        context.is_disconnect = True


def _sqlite_file(engine: Engine) -> str | None:
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:") or url.query.get("uri"):
        return None
    return database


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


class _SqliteFile:
    """The database file an engine's connections were opened on."""

    def __init__(self, path: str):
        self.path = path
        self.seen = False

    def before_connect(self, _dialect, _record, _cargs, _cparams) -> None:
        if self.seen and not os.path.exists(self.path):
            # SQLite would create an empty database in its place (beside the old -wal file).
            raise sqlite3.OperationalError("unable to open database file: it was removed")

    def connected(self, _dbapi_connection, record) -> None:
        record.info["bti_file"] = _identity(self.path)
        self.seen = True

    def checkout(self, _dbapi_connection, record, _proxy) -> None:
        if record.info.get("bti_file") != _identity(self.path):
            raise sa.exc.DisconnectionError("the database file was removed or replaced")
