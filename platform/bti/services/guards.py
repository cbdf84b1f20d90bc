"""Checks the services make before they write: the case is open, the text is there, the
person takes part. One place, so every service refuses in the same words."""

from __future__ import annotations

from sqlmodel import Session, select

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Case, CaseParticipant, CaseStatus
from bti.rules.access import Actor
from bti.services.access import refusal


def require_open(session: Session, *, by: Actor, case: Case) -> None:
    """Refuse (and audit) any change to a closed case."""
    if case.status != CaseStatus.OPEN:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="case_closed",
            message=_l("The case is closed. Reopen it first."),
        )


def required_text(field: str, value: str | None, message: object) -> str:
    """The text stripped of surrounding space, or :class:`InvalidInput` when it is empty."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(field, message)
    return value


def active_participant(
    session: Session, *, case_id: str, user_id: int | None
) -> CaseParticipant | None:
    """The user's open part in the case, or ``None``."""
    if user_id is None:
        return None
    return session.exec(
        select(CaseParticipant).where(
            CaseParticipant.case_id == case_id,
            CaseParticipant.user_id == user_id,
            CaseParticipant.own_part_closed_at.is_(None),
        )
    ).first()
