"""Each person's choice of which notifications they want and how: by e-mail at once, in a
daily summary, or only in the app's list (``/<slug>/varsler/innstillinger``).

The choice is the person's own, not case data; a change is on record like the other changes
a person makes to their own account (the password, the second factor).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    AuditPurpose,
    Delivery,
    NotificationKind,
    NotificationSetting,
    StaffUser,
)
from bti.rules.access import Actor
from bti.services import audit

#: Each kind as a person chooses it, in the order the page lists them.
KIND_LABELS = {
    NotificationKind.HANDOVER_OFFERED: _l("The baton is offered to you"),
    NotificationKind.HANDOVER_ANSWERED: _l("An answer to your offer of the baton"),
    NotificationKind.MEETING_INVITED: _l("Meeting invitations"),
    NotificationKind.MEETING_CHANGED: _l("Changed meetings"),
    NotificationKind.MEETING_CANCELLED: _l("Cancelled meetings"),
    NotificationKind.CONSENT_EXPIRING: _l("Consents about to expire"),
    NotificationKind.CONSENT_WITHDRAWN: _l("Withdrawn consents"),
    NotificationKind.DEADLINE_SOON: _l("Deadlines coming up"),
    NotificationKind.DEADLINE_OVERDUE: _l("Deadlines passed"),
    NotificationKind.TEAM_REFERRAL: _l("Cases referred to your team"),
}
DELIVERY_LABELS = {
    Delivery.NOW: _l("By e-mail at once"),
    Delivery.DAILY: _l("In a daily summary"),
    Delivery.NONE: _l("Only in the list here"),
}


@dataclass(frozen=True)
class Choices:
    """What the settings page shows: the address notices go to, and each kind's choice."""

    email: str | None
    delivery: dict[str, str]


def choices(session: Session, *, by: Actor) -> Choices:
    email = session.exec(select(StaffUser.email).where(StaffUser.id == by.user_id)).one()
    chosen = dict(
        session.exec(
            select(NotificationSetting.kind, NotificationSetting.delivery).where(
                NotificationSetting.user_id == by.user_id
            )
        ).all()
    )
    return Choices(email, {kind: chosen.get(kind, Delivery.NOW) for kind in KIND_LABELS})


def save(session: Session, *, by: Actor, delivery: Mapping[str, str]) -> Choices:
    """Keep ``by``'s choice for every kind (a kind left out keeps its choice)."""
    for kind, value in delivery.items():
        if kind not in KIND_LABELS:
            raise InvalidInput(kind, _l("Choose from the list."))
        if value not in DELIVERY_LABELS:
            raise InvalidInput(kind, _l("Choose how you want this notification."))
    existing = {
        setting.kind: setting
        for setting in session.exec(
            select(NotificationSetting).where(NotificationSetting.user_id == by.user_id)
        )
    }
    changed = []
    for kind, value in delivery.items():
        setting = existing.get(kind) or NotificationSetting(user_id=by.user_id, kind=kind)
        if setting.delivery != value:
            setting.delivery = value
            session.add(setting)
            changed.append(f"{kind}={value}")
    audit.record(
        session,
        actor=by,
        action="notifications.settings_changed",
        purpose=AuditPurpose.SECURITY,
        detail=" ".join(changed)[:500],
    )
    return choices(session, by=by)
