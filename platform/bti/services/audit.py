"""The audit trail: write one event per read or change of a case, and verify the chain.

Each event carries the hash of the previous event of its municipality, so a changed or
deleted row breaks the chain and ``bti audit verify`` finds it. Events are written in the
same transaction as the work they record: if the audit write fails, the work fails.

The parts:

* :func:`record` queues an event, one per access: a second read of a case in the same
  action adds none (a change after the read is an event of its own).
* :func:`append_queued` (run just before the transaction commits) links the queued events
  to the chain and moves the municipality's chain head (:class:`~bti.models.AuditChainHead`),
  holding the chain's lock only for those inserts and the commit: on PostgreSQL the head's
  row, locked as it is read (``SELECT … FOR UPDATE``; ``pg_advisory_xact_lock`` on the
  municipality before its first event, when there is no row yet); on SQLite the transaction
  already holds the write lock (``BEGIN IMMEDIATE``, see :mod:`bti.db`). Three statements
  an append: the head, the events, the head moved. An action that reads the trail itself
  (who read this case) appends its queued events first, as an autoflush would
  (:mod:`bti.db`).
* :func:`record_denial` and friends keep denied attempts through the rollback.
* A page view records as an action does; its events are taken out of its read-only
  session (:func:`take_queued`) and queued in a short write transaction after it
  (:func:`queue`, :meth:`bti.db.Database.reading`), where :func:`append_queued` links them.
* :func:`verify` walks a chain and compares its end with the head and with the signed
  checkpoints (:func:`checkpoint`), so removed last events and a rewritten head show too.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.models import (
    AuditChainHead,
    AuditEvent,
    AuditOutcome,
    AuditPurpose,
)
from bti.rules.access import Actor

#: The first key of PostgreSQL's two-key advisory lock on a municipality's chain ("BTIA").
_LOCK_CLASS = 0x42544941


def _digest(event: AuditEvent) -> str:
    payload = [
        event.prev_hash,
        event.municipality_id,
        event.at.astimezone(UTC).isoformat(timespec="microseconds"),
        event.actor_id,
        event.actor_role,
        event.case_ref,
        event.action,
        str(event.outcome),
        event.detail,
    ]
    if event.purpose:  # empty only on events written before purposes were recorded
        payload.append(str(event.purpose))
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def default_purpose(actor: Actor | None, outcome: AuditOutcome, case_ref: str | None):
    """Security for a denial that names no case and for no actor; citizen for a guardian or
    youth in the portal; casework for staff (a service passes oversight, administration …
    where that is what the access is)."""
    if actor is None or (outcome == AuditOutcome.DENIED and not case_ref):
        return AuditPurpose.SECURITY
    if getattr(actor, "citizen_id", None) is not None:
        return AuditPurpose.CITIZEN
    return AuditPurpose.CASEWORK


def record(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    outcome: AuditOutcome = AuditOutcome.ALLOWED,
    purpose: AuditPurpose | None = None,
    case_ref: str | None = None,
    detail: str = "",
    survives_rollback: bool = False,
) -> AuditEvent:
    """Add an event to the session's municipality's chain when the transaction commits.
    ``detail`` must hold no personal data: codes and ids only. ``purpose`` defaults to
    :func:`default_purpose`.

    ``survives_rollback`` marks an access (the case was read): should the user's action
    fail afterwards, ``Database.transaction`` writes the event again after the rollback, so
    the read stays on record.
    """
    queue: list[AuditEvent] = session.info.setdefault(_QUEUE, [])
    accesses: set[int] = session.info.setdefault(_ACCESSES, set())
    if survives_rollback:
        # One event per access: a second read of the same case in this action adds nothing.
        known = _queued_access(queue, accesses, actor, outcome, case_ref)
        if known is not None:
            return known
    purpose = purpose or default_purpose(actor, outcome, case_ref)
    if survives_rollback:
        session.info.setdefault(_PENDING_ON_ROLLBACK, []).append(
            {
                "actor": actor,
                "action": action,
                "outcome": outcome,
                "purpose": purpose,
                "case_ref": case_ref,
                "detail": detail,
            }
        )
    event = AuditEvent(
        municipality_id=session.info["municipality_id"],
        at=clock.now().astimezone(UTC),
        actor_id=actor.user_id if actor else None,
        actor_role=actor.role_label if actor else "",
        case_ref=case_ref,
        action=action,
        outcome=outcome,
        purpose=purpose,
        detail=detail,
    )
    queue.append(event)
    if survives_rollback:
        accesses.add(id(event))
    return event


def _queued_access(
    queue: list[AuditEvent],
    accesses: set[int],
    actor: Actor | None,
    outcome: AuditOutcome,
    case_ref: str | None,
) -> AuditEvent | None:
    """The access to this case already recorded in this transaction, if any."""
    if outcome != AuditOutcome.ALLOWED or not case_ref or actor is None:
        return None
    key = (case_ref, actor.user_id, actor.role_label)
    for event in queue:
        if id(event) in accesses and (event.case_ref, event.actor_id, event.actor_role) == key:
            return event
    return None


_QUEUE = "bti_audit_queue"
_ACCESSES = "bti_audit_accesses"
_PENDING = "bti_audit_pending"
_PENDING_ON_ROLLBACK = "bti_audit_on_rollback"


def append_queued(session: Session) -> None:
    """Link the events recorded in this transaction to the chain (called before commit)."""
    queue: list[AuditEvent] = session.info.pop(_QUEUE, [])
    session.info.pop(_ACCESSES, None)
    if not queue:
        return
    municipality_id = session.info["municipality_id"]
    head = _locked_head(session, municipality_id)
    previous = head.last_hash if head else ""
    for event in queue:
        event.prev_hash = previous
        event.hash = previous = _digest(event)
        session.add(event)
    session.flush()
    if head is None:
        head = AuditChainHead(
            municipality_id=municipality_id, last_event_id=0, last_hash="", count=0
        )
    head.last_event_id = queue[-1].id
    head.last_hash = previous
    head.count += len(queue)
    session.add(head)
    session.flush()


def _locked_head(session: Session, municipality_id: int) -> AuditChainHead | None:
    """The municipality's chain head as it is now, held until the transaction ends; ``None``
    before its first event.

    On SQLite the transaction holds the database's write lock already. On PostgreSQL the
    head's row is locked as it is read (``FOR UPDATE``: an append waiting for another
    reads the head that one left, not the one it saw when it began); before the first
    event there is no row to lock, so the municipality's advisory lock orders the appends
    that create it, and the head is read again under it."""

    def read(lock: bool) -> AuditChainHead | None:
        query = select(AuditChainHead).where(AuditChainHead.municipality_id == municipality_id)
        if lock:
            query = query.with_for_update()
        return session.exec(query.execution_options(populate_existing=True)).first()

    if session.get_bind().dialect.name != "postgresql":
        return read(lock=False)
    head = read(lock=True)
    if head is None:
        session.execute(
            sa.text("SELECT pg_advisory_xact_lock(:c, :m)"),
            {"c": _LOCK_CLASS, "m": municipality_id},
        )
        head = read(lock=True)
    return head


def has_queued(session: Session) -> bool:
    """Whether this transaction has recorded events not yet linked to the chain."""
    return bool(session.info.get(_QUEUE))


def take_queued(session: Session) -> list[AuditEvent]:
    """The events a page view recorded, taken out of its read-only session to be written
    in a transaction of their own (:meth:`bti.db.Database.reading`); nothing is left to
    write should the read's transaction roll back after this."""
    session.info.pop(_ACCESSES, None)
    session.info.pop(_PENDING_ON_ROLLBACK, None)
    return session.info.pop(_QUEUE, [])


def queue(session: Session, events: list[AuditEvent]) -> None:
    """Queue ``events`` (from :func:`take_queued`) to join the chain when ``session``'s
    transaction commits, in the order they were recorded."""
    session.info.setdefault(_QUEUE, []).extend(events)


def forget_queued(session: Session) -> None:
    """The transaction was rolled back: its events go with it."""
    session.info.pop(_QUEUE, None)
    session.info.pop(_ACCESSES, None)


def record_denial(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    case_ref: str | None = None,
    detail: str = "",
    purpose: AuditPurpose | None = None,
) -> None:
    """Audit a denied or refused attempt. The attempt's own transaction is usually rolled
    back, so the event is kept aside and written by ``Database.transaction`` either way."""
    session.info.setdefault(_PENDING, []).append(
        {
            "actor": actor,
            "action": action,
            "outcome": AuditOutcome.DENIED,
            "purpose": purpose,
            "case_ref": case_ref,
            "detail": detail,
        }
    )


def take_pending(session: Session) -> list[dict]:
    """What must be written after a rollback: the accesses, then the denials, in order."""
    return session.info.pop(_PENDING_ON_ROLLBACK, []) + session.info.pop(_PENDING, [])


def write_pending(session: Session) -> None:
    """Before a commit: the denials still to write (the accesses are written already)."""
    session.info.pop(_PENDING_ON_ROLLBACK, None)
    write_events(session, session.info.pop(_PENDING, []))


def write_events(session: Session, events: list[dict]) -> None:
    for event in events:
        record(session, **event)


# The chain's verification and checkpoints (bti audit verify|checkpoint), kept beside.
from bti.services.audit_chain import (  # noqa: E402
    ChainProblem,
    ChainReport,
    checkpoint,
    sign,
    verify,
)

__all__ = ["ChainProblem", "ChainReport", "checkpoint", "sign", "verify"]
