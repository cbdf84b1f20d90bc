"""A person's own notifications in the app: a staff user's under ``/<slug>/varsler``, a
guardian's or youth's in the citizens' pages (``/<slug>/innsyn/varsler``). Newest first, page
by page, the unread ones marked; opening one marks it read and leads to its case, where the
case's own access check (and its audit event) decides what the person sees: someone who has
lost access (a guardian once the child is of age) meets the case's 404. A report that keeps
the guardians out takes their notices of the case away (:func:`bti.services.guardians.keep_out`).

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
from bti.services.citizens import CitizenActor, notice_address
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


def unread_count(db: Database, *, municipality_id: int, by: Actor | CitizenActor) -> int:
    """How many of the person's notifications in the municipality are unread: the number
    beside «Varsler» in the menu. Not audited: it reads no case and names no one."""
    with db.scoped(municipality_id) as session:
        return session.exec(
            select(func.count())
            .select_from(Notification)
            .where(_mine(by), Notification.read_at.is_(None))
        ).one()


def _mine(by: Actor | CitizenActor):
    """The person's own notifications: a staff user's, or a citizen's."""
    if isinstance(by, CitizenActor):
        return Notification.citizen_id == by.citizen_id
    return Notification.user_id == by.user_id


def notices(
    session: Session,
    *,
    by: Actor | CitizenActor,
    key: bytes,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> NoticePage:
    """One page of ``by``'s notifications, newest first."""
    mine = _mine(by)
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


def open_notice(session: Session, *, by: Actor | CitizenActor, notification_id: int) -> str | None:
    """Mark ``by``'s notification read; the case it leads to (``None``: none). Another
    person's notification is :class:`NotFound`, as if it did not exist, and on record."""
    row = session.exec(
        select(Notification).where(Notification.id == notification_id, _mine(by))
    ).first()
    if row is None:
        audit.record_denial(
            session, actor=by, action="notification.open", detail=f"notification={notification_id}"
        )
        raise NotFound("notification")
    if row.read_at is None:
        row.read_at = clock.now()
        session.add(row)
    return row.case_id


@dataclass(frozen=True)
class CitizenNotices:
    """The citizens' «Varsler» page: their notices, and the address they go to by e-mail."""

    listing: NoticePage
    #: The e-mail address their notices go to ("" for none: in this list only).
    address: str


def citizen_notices(
    session: Session, *, by: CitizenActor, key: bytes, page: int = 1
) -> CitizenNotices:
    """A guardian's or youth's notices, newest first, and where they go by e-mail. Not
    audited: it reads no case (a notice names no one); opening one is, through the case."""
    return CitizenNotices(
        listing=notices(session, by=by, key=key, page=page),
        address=notice_address(session, by=by),
    )
