"""Writing a notification into the outbox, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app, has_app_context
from sqlmodel import Session, select

from bti import clock
from bti.models import (
    Case,
    Citizen,
    Delivery,
    Notification,
    NotificationKind,
    NotificationSetting,
    NotificationStatus,
    StaffUser,
)


def queue(
    session: Session,
    *,
    kind: NotificationKind,
    case: Case | None,
    user_id: int | None = None,
    citizen_id: int | None = None,
    meeting_id: int | None = None,
    calendar: str = "",
    key: str | None = None,
) -> Notification | None:
    """Queue one notification for one staff user or one citizen; ``None`` when nothing is
    queued: for a citizen while a report keeps the guardians out of the case, or when a
    notification with the same ``key`` was queued before (reminders run again).

    The caller commits (or rolls back) it together with its own action.
    """
    if (user_id is None) == (citizen_id is None):
        raise ValueError("a notification goes to one staff user or one citizen")
    if citizen_id is not None and case is not None and case.guardians_kept_out:
        return None
    if key is not None and _queued_before(session, key):
        return None
    now = clock.now()
    delivery, address = _choice(session, kind, user_id=user_id, citizen_id=citizen_id)
    sends = address and delivery != Delivery.NONE
    notification = Notification(
        municipality_id=_municipality_id(session, case, user_id, citizen_id),
        kind=kind,
        case_id=case.id if case is not None else None,
        meeting_id=meeting_id,
        user_id=user_id,
        citizen_id=citizen_id,
        delivery=delivery,
        status=NotificationStatus.QUEUED if sends else NotificationStatus.IN_APP,
        key=key,
        calendar=calendar,
        created_at=now,
        next_attempt_at=_first_attempt(delivery, now) if sends else None,
    )
    session.add(notification)
    return notification


def tell(
    session: Session,
    *,
    kind: NotificationKind,
    case: Case,
    user_ids: Iterable[int | None],
    but: int | None = None,
) -> list[Notification]:
    """Queue ``kind`` about ``case`` for each staff user in ``user_ids`` once, leaving out
    ``but`` (the one who acted: no one is told of their own action)."""
    queued = []
    for user_id in dict.fromkeys(user_ids):
        if user_id is None or user_id == but:
            continue
        notification = queue(session, kind=kind, case=case, user_id=user_id)
        if notification is not None:
            queued.append(notification)
    return queued


def tell_case_people(
    session: Session, *, kind: NotificationKind, case: Case, but: int | None
) -> list[Notification]:
    """:func:`tell` the case's stafettholder and everyone taking part in it now."""
    from bti.services.access import case_facts

    facts = case_facts(session, case)
    people = [case.stafettholder_id, *sorted(facts.active_participant_ids)]
    return tell(session, kind=kind, case=case, user_ids=people, but=but)


def next_summary(now: datetime, hour: int | None = None) -> datetime:
    """When the next daily summary goes: the summary hour in Oslo (the deployment's
    ``[mail] summary_hour``, 07:00 unless configured), today if it is still ahead, else
    tomorrow."""
    if hour is None:
        hour = _summary_hour()
    oslo = ZoneInfo("Europe/Oslo")
    local = now.astimezone(oslo)
    at = datetime.combine(local.date(), time(hour), tzinfo=oslo)
    if at <= local:
        at = datetime.combine(local.date() + timedelta(days=1), time(hour), tzinfo=oslo)
    return at.astimezone(now.tzinfo)


def _summary_hour() -> int:
    settings = current_app.extensions.get("bti_settings") if has_app_context() else None
    return settings.mail.summary_hour if settings is not None else 7


def _first_attempt(delivery: Delivery, now: datetime) -> datetime:
    return next_summary(now) if delivery == Delivery.DAILY else now


def delivery_for(session: Session, *, user_id: int, kind: str) -> Delivery:
    """The staff user's choice for ``kind``; at once by e-mail unless they chose otherwise."""
    chosen = session.exec(
        select(NotificationSetting.delivery).where(
            NotificationSetting.user_id == user_id, NotificationSetting.kind == kind
        )
    ).first()
    return Delivery(chosen) if chosen else Delivery.NOW


def _choice(
    session: Session, kind: str, *, user_id: int | None, citizen_id: int | None
) -> tuple[Delivery, str | None]:
    if user_id is not None:
        email = session.exec(select(StaffUser.email).where(StaffUser.id == user_id)).one()
        return delivery_for(session, user_id=user_id, kind=kind), email
    email = session.exec(select(Citizen.email).where(Citizen.id == citizen_id)).one()
    return Delivery.NOW, email


def _queued_before(session: Session, key: str) -> bool:
    return session.exec(select(Notification.id).where(Notification.key == key)).first() is not None


def _municipality_id(
    session: Session, case: Case | None, user_id: int | None, citizen_id: int | None
) -> int:
    if case is not None:
        return case.municipality_id
    if user_id is not None:
        return session.exec(select(StaffUser.municipality_id).where(StaffUser.id == user_id)).one()
    return session.exec(select(Citizen.municipality_id).where(Citizen.id == citizen_id)).one()
