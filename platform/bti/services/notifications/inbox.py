"""A staff user's own notifications in the app (``/<slug>/varsler``): newest first, page by
page, the unread ones marked; opening one marks it read and leads to its case, where the
case's own access check (and its audit event) decides what the user sees: someone who has
lost access meets the case's 404.

A notice names no one here either: the same neutral sentence and reference as its e-mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, func, select

from bti import clock
from bti.db import Database
from bti.errors import NotFound
from bti.models import Notification
from bti.rules.access import Actor
from bti.services import audit
from bti.services.notifications import composing
from bti.services.paging import Paged

PER_PAGE = 25


@dataclass(frozen=True)
class NoticeRow:
    id: int
    what: str
    reference: str
    created_at: datetime
    unread: bool
    #: How it reached the person: ``sent`` (by e-mail), ``queued``, ``in_app``, ``failed``.
    status: str


@dataclass(frozen=True)
class NoticePage(Paged):
    rows: list[NoticeRow]
    total: int
    page: int
    per_page: int
    unread: int


def unread_count(db: Database, *, municipality_id: int, user_id: int) -> int:
    """How many of the user's notifications in the municipality are unread: the number
    beside «Varsler» in the header. Not audited: it reads no case and names no one."""
    with db.scoped(municipality_id) as session:
        return session.exec(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        ).one()


def notices(
    session: Session, *, by: Actor, key: bytes, page: int = 1, per_page: int = PER_PAGE
) -> NoticePage:
    """One page of ``by``'s notifications, newest first."""
    mine = Notification.user_id == by.user_id
    total = session.exec(select(func.count()).select_from(Notification).where(mine)).one()
    unread = session.exec(
        select(func.count()).select_from(Notification).where(mine, Notification.read_at.is_(None))
    ).one()
    rows = session.exec(
        select(Notification)
        .where(mine)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    return NoticePage(
        rows=[
            NoticeRow(
                id=row.id,
                what=composing.what(row.kind),
                reference=composing.reference(key, row.municipality_id, row.id),
                created_at=row.created_at,
                unread=row.read_at is None,
                status=row.status,
            )
            for row in rows
        ],
        total=total,
        page=page,
        per_page=per_page,
        unread=unread,
    )


def open_notice(session: Session, *, by: Actor, notification_id: int) -> str | None:
    """Mark ``by``'s notification read; the case it leads to (``None``: none). Another
    person's notification is :class:`NotFound`, as if it did not exist, and on record."""
    row = session.get(Notification, notification_id)
    if row is None or row.user_id != by.user_id:
        audit.record_denial(
            session, actor=by, action="notification.open", detail=f"notification={notification_id}"
        )
        raise NotFound("notification")
    if row.read_at is None:
        row.read_at = clock.now()
        session.add(row)
    return row.case_id
