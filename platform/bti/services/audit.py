"""The audit trail: write one event per read or change of a case, and verify the chain.

Each event carries the hash of the previous event of its municipality, so a changed or
deleted row breaks the chain and ``bti audit verify`` finds it. Events are written in the
same transaction as the work they record: if the audit write fails, the work fails.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlmodel import Session, select

from bti import clock
from bti.models import AuditEvent, AuditOutcome, MunicipalityRecord
from bti.rules.access import Actor


def _digest(event: AuditEvent) -> str:
    payload = [
        event.prev_hash,
        event.municipality_id,
        event.at.isoformat(timespec="microseconds"),
        event.actor_id,
        event.actor_role,
        event.case_ref,
        event.action,
        str(event.outcome),
        event.detail,
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def record(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    outcome: AuditOutcome = AuditOutcome.ALLOWED,
    case_ref: str | None = None,
    detail: str = "",
    survives_rollback: bool = False,
) -> AuditEvent:
    """Append an event to the session's municipality's chain. ``detail`` must hold no
    personal data: codes and ids only.

    ``survives_rollback`` marks an access (the case was read): should the user's action
    fail afterwards, ``Database.transaction`` writes the event again after the rollback, so
    the read stays on record.
    """
    municipality_id = session.info["municipality_id"]
    if survives_rollback:
        session.info.setdefault(_PENDING_ON_ROLLBACK, []).append(
            {
                "actor": actor,
                "action": action,
                "outcome": outcome,
                "case_ref": case_ref,
                "detail": detail,
            }
        )
    # Serialise writers of one municipality's chain (PostgreSQL; SQLite serialises anyway).
    session.exec(
        select(MunicipalityRecord.id)
        .where(MunicipalityRecord.id == municipality_id)
        .with_for_update()
    ).one()
    previous = session.exec(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    event = AuditEvent(
        municipality_id=municipality_id,
        at=clock.now(),
        actor_id=actor.user_id if actor else None,
        actor_role=actor.role_label if actor else "",
        case_ref=case_ref,
        action=action,
        outcome=outcome,
        detail=detail,
        prev_hash=previous or "",
    )
    event.hash = _digest(event)
    session.add(event)
    session.flush()
    return event


_PENDING = "bti_audit_pending"
_PENDING_ON_ROLLBACK = "bti_audit_on_rollback"


def record_denial(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    case_ref: str | None = None,
    detail: str = "",
) -> None:
    """Audit a denied or refused attempt. The attempt's own transaction is usually rolled
    back, so the event is kept aside and written by ``Database.transaction`` either way."""
    session.info.setdefault(_PENDING, []).append(
        {
            "actor": actor,
            "action": action,
            "outcome": AuditOutcome.DENIED,
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


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    problem: str


def verify(session: Session) -> tuple[int, list[ChainProblem]]:
    """Walk the session's municipality's chain; the number of events and what is wrong."""
    problems: list[ChainProblem] = []
    previous = ""
    count = 0
    for event in session.exec(select(AuditEvent).order_by(AuditEvent.id)):
        count += 1
        if event.prev_hash != previous:
            problems.append(ChainProblem(event.id, "the event before it was changed or removed"))
        if _digest(event) != event.hash:
            problems.append(ChainProblem(event.id, "the event was changed"))
        previous = event.hash
    return count, problems
