"""The administrator's view of the outbox (``/<slug>/administrasjon/varsler``): how many
notifications are in each state, and the ones that failed or are being tried again, with
what the mail server answered; a failed one may be sent again.

No names and no case text: a row is its kind, when it was made, its attempts and the
server's answer (kept without addresses by the worker). Administrators only; anyone else
gets :class:`~bti.errors.NotFound`, on record like every administration page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, or_, select

from bti import clock
from bti.errors import Refused
from bti.i18n import lazy_gettext as _l
from bti.models import Notification, NotificationStatus
from bti.rules.access import Actor
from bti.services.administration import access
from bti.services.notifications.settings import KIND_LABELS
from bti.services.paging import Paged

PER_PAGE = 25


@dataclass(frozen=True)
class TroubleRow:
    id: int
    kind: str
    created_at: datetime
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    failed: bool


@dataclass(frozen=True)
class OutboxPage(Paged):
    #: How many notifications are in each state (every state, zero included).
    counts: dict[str, int]
    rows: list[TroubleRow]
    total: int
    page: int
    per_page: int


def _troubled():
    """Failed, or waiting after a failed attempt."""
    return or_(
        col(Notification.status) == NotificationStatus.FAILED,
        (col(Notification.status) == NotificationStatus.QUEUED) & (col(Notification.attempts) > 0),
    )


def outbox(session: Session, *, by: Actor, page: int = 1, per_page: int = PER_PAGE) -> OutboxPage:
    access.require(session, by, "admin.notifications")
    counted = dict(
        session.exec(select(Notification.status, func.count()).group_by(Notification.status)).all()
    )
    total = session.exec(select(func.count()).select_from(Notification).where(_troubled())).one()
    rows = session.exec(
        select(Notification)
        .where(_troubled())
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    access.record(session, by, "admin.notifications", f"page={page}")
    return OutboxPage(
        counts={status.value: counted.get(status.value, 0) for status in NotificationStatus},
        rows=[
            TroubleRow(
                id=row.id,
                kind=str(KIND_LABELS[row.kind]),
                created_at=row.created_at,
                attempts=row.attempts,
                last_error=row.last_error,
                next_attempt_at=row.next_attempt_at,
                failed=row.status == NotificationStatus.FAILED,
            )
            for row in rows
        ],
        total=total,
        page=page,
        per_page=per_page,
    )


def resend(session: Session, *, by: Actor, notification_id: int) -> int:
    """Queue a failed notification again, for the worker's next pass, with a fresh round of
    attempts."""
    access.require(session, by, "admin.notifications.resend")
    row = session.get(Notification, notification_id)
    if row is None:
        raise access.not_found(
            session, by, "admin.notifications.resend", f"notification={notification_id}"
        )
    if row.status != NotificationStatus.FAILED:
        raise Refused("not_failed", _l("Only a notification that failed can be sent again."))
    row.status = NotificationStatus.QUEUED
    row.attempts = 0
    row.next_attempt_at = clock.now()
    session.add(row)
    access.record(session, by, "admin.notifications.resend", f"notification={row.id}")
    return row.id
