"""Verifying a municipality's audit chain and signing checkpoints of it (``bti audit verify``
and ``bti audit checkpoint``); :mod:`bti.services.audit` writes the chain and re-exports
these."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlmodel import Session, select

from bti.models import AuditChainHead, AuditCheckpoint, AuditEvent
from bti.services.audit import _digest

# -- verifying -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """What is wrong; ``event_id`` is the event it was found at (``None``: the chain's end)."""

    event_id: int | None
    problem: str


@dataclass
class ChainReport:
    """One municipality's chain as :func:`verify` found it."""

    count: int = 0
    last_event_id: int = 0
    last_hash: str = ""
    problems: list[ChainProblem] = field(default_factory=list)


def sign(key: bytes, municipality_id: int, last_event_id: int, last_hash: str, count: int) -> str:
    """HMAC-SHA256 of a chain's state, with the key kept outside the database."""
    message = f"{municipality_id}|{last_event_id}|{last_hash}|{count}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify(session: Session, *, key: bytes | None = None) -> ChainReport:
    """Walk the session's municipality's chain: changed events, events removed in the
    middle, and (against the head and the checkpoints signed with ``key``) at the end."""
    municipality_id = session.info["municipality_id"]
    checkpoints = session.exec(
        select(AuditCheckpoint)
        .where(AuditCheckpoint.municipality_id == municipality_id)
        .order_by(AuditCheckpoint.id)
    ).all()
    head = session.get(AuditChainHead, municipality_id)
    report = ChainReport()
    marks = {c.last_event_id for c in checkpoints}
    seen: dict[int, tuple[int, str]] = {}
    for event in session.exec(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=1000)
    ):
        report.count += 1
        if event.prev_hash != report.last_hash:
            report.problems.append(
                ChainProblem(event.id, "the event before it was changed or removed")
            )
        if _digest(event) != event.hash:
            report.problems.append(ChainProblem(event.id, "the event was changed"))
        report.last_event_id, report.last_hash = event.id, event.hash
        if event.id in marks:
            seen[event.id] = (report.count, event.hash)
    report.problems += _check_head(report, head)
    if key is not None:
        for checkpoint in checkpoints:
            report.problems += _check_checkpoint(checkpoint, seen, key)
    return report


def _check_head(report: ChainReport, head: AuditChainHead | None) -> list[ChainProblem]:
    if head is None:
        if report.count:
            return [ChainProblem(None, "the chain head is missing")]
        return []
    if (head.count, head.last_event_id, head.last_hash) == (
        report.count,
        report.last_event_id,
        report.last_hash,
    ):
        return []
    if head.count > report.count or head.last_event_id > report.last_event_id:
        removed = head.count - report.count
        return [
            ChainProblem(
                head.last_event_id,
                f"the last event(s) were removed: the head says {head.count} events ending "
                f"with event {head.last_event_id}, the chain has {report.count}"
                + (f" ({removed} missing)" if removed > 0 else ""),
            )
        ]
    return [
        ChainProblem(
            report.last_event_id,
            f"the chain head was changed: it says {head.count} events ending with event "
            f"{head.last_event_id}, the chain has {report.count}",
        )
    ]


def _check_checkpoint(
    checkpoint: AuditCheckpoint, seen: dict[int, tuple[int, str]], key: bytes
) -> list[ChainProblem]:
    expected = sign(
        key,
        checkpoint.municipality_id,
        checkpoint.last_event_id,
        checkpoint.last_hash,
        checkpoint.count,
    )
    when = checkpoint.at.astimezone(UTC).isoformat(timespec="seconds")
    if not hmac.compare_digest(expected, checkpoint.signature):
        return [
            ChainProblem(
                checkpoint.last_event_id,
                f"checkpoint {checkpoint.id} ({when}) has a wrong signature: forged or changed",
            )
        ]
    position = seen.get(checkpoint.last_event_id)
    if position is None:
        return [
            ChainProblem(
                checkpoint.last_event_id,
                f"event {checkpoint.last_event_id}, signed in checkpoint {checkpoint.id} "
                f"({when}) as event number {checkpoint.count}, was removed",
            )
        ]
    if position != (checkpoint.count, checkpoint.last_hash):
        return [
            ChainProblem(
                checkpoint.last_event_id,
                f"the chain up to event {checkpoint.last_event_id} differs from checkpoint "
                f"{checkpoint.id} ({when}): {checkpoint.count} events signed, "
                f"{position[0]} found",
            )
        ]
    return []


def checkpoint(
    session: Session, *, report: ChainReport, key: bytes, now: datetime
) -> AuditCheckpoint | None:
    """Sign the chain's state as ``report`` (a :func:`verify` with no problems) found it;
    nothing for an empty chain or one already signed at that state."""
    if not report.count or report.problems:
        return None
    municipality_id = session.info["municipality_id"]
    latest = session.exec(
        select(AuditCheckpoint)
        .where(AuditCheckpoint.municipality_id == municipality_id)
        .order_by(AuditCheckpoint.id.desc())
        .limit(1)
    ).first()
    if latest is not None and latest.last_event_id == report.last_event_id:
        return None
    signed = AuditCheckpoint(
        municipality_id=municipality_id,
        at=now,
        last_event_id=report.last_event_id,
        last_hash=report.last_hash,
        count=report.count,
        signature=sign(key, municipality_id, report.last_event_id, report.last_hash, report.count),
    )
    session.add(signed)
    return signed
