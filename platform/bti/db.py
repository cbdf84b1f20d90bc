"""The database: engine, sessions scoped to one municipality, and the guards on them.

* :meth:`Database.scoped` gives a session that sees one municipality's rows only: every ORM
  SELECT, UPDATE and DELETE on a :class:`~bti.models.TenantScoped` table gets
  ``municipality_id = <that one>`` added, and a new row is stamped with it (a row for
  another municipality is refused at flush).
* :meth:`Database.unscoped` is for the few places that work across municipalities (start-up,
  migrations, demo loading); querying a case table through it without choosing a
  municipality is refused, so forgetting the scope fails loudly instead of leaking.
* Audit events can be added, never changed or deleted, through any session; the events a
  transaction recorded join the audit chain just before it commits
  (:func:`bti.services.audit.append_queued`).
* SQLite transactions are begun by us, not by the driver (SQLAlchemy's documented pysqlite
  recipe): every read of a transaction sees one snapshot, and a user action
  (:meth:`Database.transaction`) begins with ``BEGIN IMMEDIATE``, so it holds the write lock
  from its first read and two actions cannot append to the audit chain from the same end.
* A page view (:meth:`Database.reading`) reads without the write lock, in one deferred
  transaction, and refuses to write; the audit events it recorded are appended to the
  chain afterwards in a short write transaction of their own, before the page is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from flask import Flask, current_app, request
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlmodel import Session, select

from bti import db_faults
from bti.models import AuditEvent, MunicipalityRecord, TenantScoped

SQLITE_BUSY_TIMEOUT_MS = 5000
# FULL: a commit waits until the write-ahead log is on the disk, so an entry the user was
# told is saved survives a power cut or an operating-system crash too; NORMAL (SQLite's
# usual advice for WAL) can lose the last commits to one. It costs a few milliseconds a commit.
SQLITE_SYNCHRONOUS = "FULL"


class TenancyError(RuntimeError):
    """Code tried to touch case data without, or outside, its municipality."""


class AppendOnlyError(RuntimeError):
    """Code tried to change or delete an audit event."""


class ReadOnlyError(RuntimeError):
    """Code tried to write through a page view's session (:meth:`Database.reading`)."""


#: ``session.info`` key of a page view's session: it reads, and writes nothing but the
#: audit events it records (they are written after it, :meth:`Database.reading`).
READ_ONLY = "bti_read_only"


class BtiSession(Session):
    """A SQLModel session carrying its municipality in ``info["municipality_id"]``."""

    @property
    def municipality_id(self) -> int | None:
        return self.info.get("municipality_id")


def create_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for SQLite (WAL, foreign keys, busy timeout) or PostgreSQL (psycopg 3) that
    recovers by itself when the database does (:mod:`bti.db_faults`)."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", _sqlite_own_transactions)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        connect_args = {**db_faults.postgres_connect_args(), **kwargs.pop("connect_args", {})}
        engine = sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)
    db_faults.watch(engine)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    if not _is_memory(dbapi_connection):
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
    cursor.close()


def _sqlite_own_transactions(dbapi_connection, _record) -> None:
    # The driver would begin a transaction only before a write, so the reads before it
    # would see no snapshot at all (and a read-then-write would race); we emit BEGIN.
    dbapi_connection.isolation_level = None


#: The execution option that makes a SQLite transaction begin with ``BEGIN IMMEDIATE``.
WRITE_LOCK = "bti_write_lock"


def _sqlite_begin(conn: sa.Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_LOCK)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_memory(dbapi_connection) -> bool:
    cursor = dbapi_connection.cursor()
    rows = cursor.execute("PRAGMA database_list").fetchall()
    cursor.close()
    return all(not row[2] for row in rows)


class Database:
    """The database service; ``init_app`` keeps it in ``app.extensions["bti_db"]``."""

    def __init__(self, url: str, **engine_kwargs: Any):
        self.url = url
        self.engine = create_engine(url, **engine_kwargs)
        # A user action writes at least its audit event: on SQLite it takes the write lock
        # when it begins instead of failing to upgrade a stale read snapshot later.
        self._action_engine = self.engine.execution_options(**{WRITE_LOCK: True})

    def init_app(self, app: Flask) -> None:
        app.extensions["bti_db"] = self

    def scoped(self, municipality_id: int) -> BtiSession:
        """A session that sees and writes one municipality's case data only."""
        return BtiSession(
            self.engine, info={"municipality_id": municipality_id}, expire_on_commit=False
        )

    def unscoped(self, *, write_lock: bool = False) -> BtiSession:
        """A session for work across municipalities; case tables refuse it. With
        ``write_lock`` its transactions begin by taking SQLite's write lock (``BEGIN
        IMMEDIATE``), for a write that follows a read: in a transaction begun without it, a
        write after another connection's commit fails at once («database is locked»)
        instead of waiting its turn."""
        engine = self._action_engine if write_lock else self.engine
        return BtiSession(engine, info={"unscoped": True}, expire_on_commit=False)

    @contextmanager
    def transaction(self, municipality_id: int) -> Iterator[BtiSession]:
        """One user action: commit on success, roll back everything on any error.

        Audit events for denied or refused attempts (``bti.services.audit.record_denial``)
        outlive the rollback: they are written in a transaction of their own afterwards.
        """
        from bti.services import audit

        session = self._action_session(municipality_id)
        try:
            with session.begin():
                yield session
                audit.write_pending(session)
        except BaseException:
            self._write_after_rollback(municipality_id, audit.take_pending(session))
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self, municipality_id: int) -> Iterator[BtiSession]:
        """One page view: the reads of :meth:`transaction` without its write lock.

        The reads run in one deferred transaction (on SQLite one snapshot, taken at the
        first read; another connection may hold the write lock meanwhile). The session
        refuses to write (:class:`ReadOnlyError` at the flush or the statement). The audit
        events the reads recorded (accesses and denials alike) are appended to the chain
        when the block ends, in a short write transaction of their own (``BEGIN
        IMMEDIATE`` on SQLite, the chain head's row lock on PostgreSQL): should that fail,
        the error reaches the caller, so a page is never sent without its events on record.
        A page that reads the audit trail itself (who has seen the case) must use
        :meth:`transaction`, so its own event is in what it reads.
        """
        from bti.services import audit

        session = BtiSession(
            self.engine,
            info={"municipality_id": municipality_id, READ_ONLY: True},
            expire_on_commit=False,
        )
        try:
            with session.begin():
                yield session
                audit.write_pending(session)
                events = audit.take_queued(session)
        except BaseException:
            self._write_after_rollback(municipality_id, audit.take_pending(session))
            raise
        finally:
            session.close()
        if events:
            with self._action_session(municipality_id) as writer, writer.begin():
                audit.queue(writer, events)

    def for_request(self, municipality_id: int):
        """:meth:`reading` when the request is a page view (GET or HEAD), otherwise
        :meth:`transaction`: for a route whose one block serves both (a form shown, then
        posted)."""
        if request.method in ("GET", "HEAD"):
            return self.reading(municipality_id)
        return self.transaction(municipality_id)

    def _write_after_rollback(self, municipality_id: int, pending: list[dict]) -> None:
        if not pending:
            return
        from bti.services import audit

        with self._action_session(municipality_id) as retry, retry.begin():
            audit.write_events(retry, pending)

    def _action_session(self, municipality_id: int) -> BtiSession:
        return BtiSession(
            self._action_engine, info={"municipality_id": municipality_id}, expire_on_commit=False
        )

    def ping(self) -> bool:
        """Whether the database answers a trivial query."""
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            return True
        except sa.exc.SQLAlchemyError:
            return False

    def accepts_writes(self) -> bool:
        """Whether the database takes a write now: a write that changes nothing (a DELETE
        that matches no row), in a transaction rolled back. It fails as a real one would
        when the database is read-only, or locked for longer than a request waits."""
        try:
            with self.engine.connect() as conn, conn.begin() as transaction:
                conn.execute(sa.text("DELETE FROM alembic_version WHERE 1 = 0"))
                transaction.rollback()
            return True
        except sa.exc.SQLAlchemyError:
            return False

    def municipality_ids(self) -> dict[str, int]:
        with self.unscoped() as session:
            return {m.slug: m.id for m in session.exec(select(MunicipalityRecord))}

    def sync_municipalities(self, registry) -> dict[str, int]:
        """Create or update a row per enabled municipality from its plugin's profile."""
        with self.unscoped() as session, session.begin():
            existing = {m.slug: m for m in session.exec(select(MunicipalityRecord))}
            for municipality in registry:
                profile = municipality.profile
                row = existing.get(profile.slug) or MunicipalityRecord(slug=profile.slug)
                row.name = str(profile.name)
                row.kommunenummer = profile.kommunenummer
                session.add(row)
        return self.municipality_ids()

    def dispose(self) -> None:
        self.engine.dispose()


def get_db() -> Database:
    return current_app.extensions["bti_db"]


def _tenant_mappers(state: ORMExecuteState) -> list[type]:
    return [m.class_ for m in state.all_mappers if issubclass(m.class_, TenantScoped)]


@event.listens_for(BtiSession, "do_orm_execute")
def _scope_to_municipality(state: ORMExecuteState) -> None:
    session = state.session
    if state.is_update or state.is_delete or state.is_insert:
        if session.info.get(READ_ONLY):
            raise ReadOnlyError("A page view cannot write (use Database.transaction).")
        if not state.is_insert and _touches_audit(state):
            raise AppendOnlyError("Audit events cannot be changed or deleted.")
        if state.is_insert:
            return
    elif not state.is_select:
        return
    elif _has_queued_events(session) and _touches_audit(state):
        # Reading the trail (who read this case): this action's own events first, as an
        # autoflush would (the chain's lock is then held from here to the commit).
        if session.info.get(READ_ONLY):
            raise ReadOnlyError(
                "A page that reads the audit trail after recording an access must be a "
                "Database.transaction, so its own event is in what it reads."
            )
        from bti.services import audit

        audit.append_queued(session)
    municipality_id = session.info.get("municipality_id")
    if municipality_id is None:
        if _tenant_mappers(state) and not state.is_relationship_load:
            raise TenancyError(
                "Case data must be read through a session scoped to one municipality "
                "(Database.scoped)."
            )
        return
    state.statement = state.statement.options(_scope_option(municipality_id))


def _touches_audit(state: ORMExecuteState) -> bool:
    return any(m.class_ is AuditEvent for m in state.all_mappers)


def _has_queued_events(session: BtiSession) -> bool:
    from bti.services import audit

    return audit.has_queued(session)


# A stand-in for the column while SQLAlchemy analyses the criteria's lambda with the base
# class itself, where SQLModel keeps no column (only the mapped subclasses have one).
_ANY_MUNICIPALITY_ID = sa.column("municipality_id", sa.Integer)


def _municipality_column(cls):
    table = getattr(cls, "__table__", None)
    return _ANY_MUNICIPALITY_ID if table is None else table.c.municipality_id


@lru_cache(maxsize=1024)
def _scope_option(municipality_id: int):
    """The criteria for every case table at once, not only those named in the statement,
    so joins and relationship loads are scoped too: SQLAlchemy applies a criteria given for
    a base class to each mapped subclass. The lambda's closure variable is tracked as a
    bound parameter, so the statement cache holds one entry per statement for every
    municipality; one option per municipality is built once and reused (rebuilding one
    per case table for every query cost ten times the query itself)."""
    return with_loader_criteria(
        TenantScoped,
        lambda cls: _municipality_column(cls) == municipality_id,
        include_aliases=True,
    )


@event.listens_for(BtiSession, "before_commit")
def _append_audit_events(session: BtiSession) -> None:
    from bti.services import audit

    audit.append_queued(session)


@event.listens_for(BtiSession, "after_rollback")
def _forget_audit_events(session: BtiSession) -> None:
    from bti.services import audit

    audit.forget_queued(session)


@event.listens_for(BtiSession, "before_flush")
def _stamp_and_guard(session: BtiSession, _context, _instances) -> None:
    if session.info.get(READ_ONLY):
        changed = [o for o in session.dirty if session.is_modified(o)]
        if session.new or session.deleted or changed:
            rows = sorted({type(o).__name__ for o in [*session.new, *session.deleted, *changed]})
            raise ReadOnlyError(f"A page view cannot write ({', '.join(rows)}).")
    for obj in session.dirty:
        if isinstance(obj, AuditEvent) and session.is_modified(obj):
            raise AppendOnlyError("Audit events cannot be changed.")
    for obj in session.deleted:
        if isinstance(obj, AuditEvent):
            raise AppendOnlyError("Audit events cannot be deleted.")

    municipality_id = session.info.get("municipality_id")
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, TenantScoped):
            continue
        if municipality_id is None:
            if obj.municipality_id is None:
                raise TenancyError(f"{type(obj).__name__} needs a municipality.")
            continue
        if obj.municipality_id is None:
            obj.municipality_id = municipality_id
        elif obj.municipality_id != municipality_id:
            raise TenancyError(
                f"{type(obj).__name__} belongs to another municipality than this session."
            )
