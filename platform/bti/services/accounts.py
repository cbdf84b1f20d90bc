"""Administering accounts: today, disabling one (``bti admin deactivate-user``).

A disabled account cannot sign in (:func:`bti.services.signin.password_matches` refuses an
inactive one), and every session it holds ends in the database at once, on every device: a
stolen or forgotten browser is signed out on its next request, not when its session would
have run out. Each municipality the person works in records it in its audit trail
(``account.deactivate``), with the operator as the actor and ids only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.db import Database
from bti.errors import NotFound
from bti.models import Citizen, CitizenSession, LoginSession, StaffUser
from bti.services import audit, signin


@dataclass(frozen=True)
class Operator:
    """Whoever runs a ``bti admin`` command on the server, as the audit trail records
    them: no staff user."""

    user_id = None
    role_label = "drift"


OPERATOR = Operator()


@dataclass(frozen=True)
class Deactivated:
    """What disabling an account did."""

    #: Whether it was active until now (disabling twice changes nothing).
    was_active: bool
    #: How many of its open sessions were ended.
    sessions_ended: int
    #: The municipalities whose audit trail records it.
    municipality_ids: tuple[int, ...]


def deactivate_user(db: Database, *, username: str) -> Deactivated:
    """Disable the staff account ``username`` and end every session it holds; audited in
    each municipality where it has a membership.

    :raises NotFound: no staff account has that username.
    """
    now = clock.now()
    with db.unscoped() as session, session.begin():
        user = session.exec(
            select(StaffUser).where(StaffUser.username == username.strip().lower())
        ).first()
        if user is None:
            raise NotFound("user")
        was_active = user.active
        ended = disable(session, user, now=now)
        user_id = user.id
    municipality_ids = tuple(m.id for m in signin.municipalities_of(db, user_id=user_id))
    for municipality_id in municipality_ids:
        with db.transaction(municipality_id) as session:
            audit.record(
                session,
                actor=OPERATOR,
                action="account.deactivate",
                detail=f"user={user_id} sessions={ended}",
            )
    return Deactivated(was_active, ended, municipality_ids)


def disable(session: Session, user: StaffUser, *, now: datetime) -> int:
    """Mark ``user`` inactive and end every session it holds, in the caller's transaction;
    how many sessions were open. Also the administration pages' deactivation
    (:mod:`bti.services.administration.staff`), which audits it as the administrator."""
    user.active = False
    session.add(user)
    return signin.end_all(
        session,
        session.exec(select(LoginSession).where(LoginSession.user_id == user.id)).all(),
        now=now,
    )


def deactivate_citizen(db: Database, *, municipality_id: int, username: str) -> Deactivated:
    """Disable a guardian's or youth's local account in one municipality and end every
    session it holds there; audited in that municipality.

    :raises NotFound: the municipality has no citizen account with that username.
    """
    now = clock.now()
    with db.transaction(municipality_id) as session:
        citizen = session.exec(
            select(Citizen).where(Citizen.username == username.strip().lower())
        ).first()
        if citizen is None:
            raise NotFound("citizen")
        was_active = citizen.active
        citizen.active = False
        session.add(citizen)
        ended = signin.end_all(
            session,
            session.exec(
                select(CitizenSession).where(CitizenSession.citizen_id == citizen.id)
            ).all(),
            now=now,
        )
        audit.record(
            session,
            actor=OPERATOR,
            action="account.deactivate",
            detail=f"citizen={citizen.id} sessions={ended}",
        )
    return Deactivated(was_active, ended, (municipality_id,))
