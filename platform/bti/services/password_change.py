"""Changing one's own local password, and what every way of setting one shares.

A staff user (``/passord``) or a citizen (``/<kommune>/innsyn/passord``) who is signed in
gives the current password and a new one. The new one must pass
:func:`bti.passwords.check_new_password` and differ from the current one. On success the
hash is replaced, ``StaffUser.password_changed_at`` is set, and every OTHER open session of
the account ends (the one in use stays): a browser someone else still holds is signed out
on its next request.

The audit trail records it (``account.password_change``, purpose security) in each
municipality the staff user works in, or in the citizen's municipality; a wrong current
password is a denied event, and the page answers 401 so the sign-in throttle counts it
(:mod:`bti.web.throttle`). The one-time links (:mod:`bti.services.password_reset`) use the
same pieces: :func:`set_password`, :func:`end_sessions`, :func:`audit_municipalities`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.db import Database
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    AuditOutcome,
    AuditPurpose,
    Citizen,
    CitizenSession,
    LoginSession,
    Membership,
    StaffUser,
)
from bti.passwords import WeakPassword, check_new_password, hash_password
from bti.services import audit, signin
from bti.services.actors import load_actor
from bti.services.citizens import CitizenActor

#: The kinds of account a password belongs to (``PasswordReset.account_kind``).
STAFF = "staff"
CITIZEN = "citizen"
KINDS = (STAFF, CITIZEN)

WRONG_CURRENT = _l("The current password is wrong.")
SAME_AS_BEFORE = _l("Choose a password other than the one you have now.")


def load_account(session: Session, kind: str, account_id: int) -> StaffUser | Citizen:
    """The staff user or the citizen (in the session's municipality) with this id.

    :raises NotFound: there is none.
    """
    if kind not in KINDS:
        raise NotFound("account")
    model = StaffUser if kind == STAFF else Citizen
    account = session.exec(select(model).where(model.id == account_id)).first()
    if account is None:
        raise NotFound("account")
    return account


def set_password(account: StaffUser | Citizen, plain: str, *, now: datetime) -> None:
    """Give ``account`` the new password ``plain`` (the caller adds it to its session).

    :raises WeakPassword: the rules refuse it (too short, too common, holding the
        username).
    """
    problems = check_new_password(plain, username=account.username)
    if problems:
        raise WeakPassword(problems)
    account.password_hash = hash_password(plain)
    if isinstance(account, StaffUser):
        account.password_changed_at = now


def end_sessions(
    session: Session, kind: str, account_id: int, *, now: datetime, keep: str | None = None
) -> int:
    """End the account's open sessions but the one whose token is ``keep``; how many."""
    model, owner = (
        (LoginSession, LoginSession.user_id)
        if kind == STAFF
        else (CitizenSession, CitizenSession.citizen_id)
    )
    query = select(model).where(owner == account_id, model.ended_at.is_(None))
    if keep:
        query = query.where(model.token_hash != signin.token_hash(keep))
    return signin.end_all(session, session.exec(query).all(), now=now)


def audit_municipalities(db: Database, kind: str, account_id: int, municipality_id: int | None):
    """Where a change to the account is recorded: the citizen's (or the given)
    municipality, or every municipality a staff user works in."""
    if municipality_id is not None:
        return [municipality_id]
    if kind == CITIZEN:
        raise NotFound("account")
    found = []
    for mid in db.municipality_ids().values():
        with db.scoped(mid) as session:
            if session.exec(select(Membership.id).where(Membership.user_id == account_id)).first():
                found.append(mid)
    return found


def actor_of(session: Session, kind: str, account_id: int):
    """The account as the audit trail names it in the session's municipality: the staff
    user with their roles there, or the citizen by internal id."""
    if kind == CITIZEN:
        citizen = session.get(Citizen, account_id)
        return CitizenActor(account_id, citizen.display_name if citizen else "")
    try:
        return load_actor(session, account_id)
    except NotFound:
        return None


def record_everywhere(
    db: Database,
    municipality_ids: list[int],
    *,
    action: str,
    detail: str,
    outcome: AuditOutcome = AuditOutcome.ALLOWED,
    by: tuple[str, int] | None = None,
) -> None:
    """The same event in each municipality's trail, each in a transaction of its own;
    ``by`` (kind, id) names the account as the actor."""
    for mid in municipality_ids:
        with db.transaction(mid) as session:
            record(session, action=action, detail=detail, outcome=outcome, by=by)


def record(
    session: Session,
    *,
    action: str,
    detail: str,
    outcome: AuditOutcome = AuditOutcome.ALLOWED,
    by: tuple[str, int] | None = None,
) -> None:
    audit.record(
        session,
        actor=actor_of(session, *by) if by else None,
        action=action,
        outcome=outcome,
        purpose=AuditPurpose.SECURITY,
        detail=detail,
    )


@contextmanager
def writing(db: Database, municipality_ids: list[int]) -> Iterator[Session]:
    """One transaction in the first municipality of ``municipality_ids`` (its audit event
    goes with the change), or, for a staff account with no membership anywhere, in none."""
    if municipality_ids:
        with db.transaction(municipality_ids[0]) as session:
            yield session
        return
    with db.unscoped(write_lock=True) as session, session.begin():
        yield session


def change(
    db: Database,
    *,
    kind: str,
    account_id: int,
    municipality_id: int | None = None,
    keep_token: str | None,
    current: str,
    new: str,
) -> int:
    """Change the signed-in account's password; how many other sessions were ended.

    ``municipality_id`` is the citizen's municipality (``None`` for staff, who are recorded
    in every municipality they work in). The change, the sessions ended and the first
    municipality's audit event are one transaction.

    :raises InvalidInput: ``current_password`` is wrong (a denied event is recorded), or
        ``new_password`` is the same as the current one.
    :raises WeakPassword: the new password breaks the rules.
    :raises NotFound: the account is gone.
    """
    where = audit_municipalities(db, kind, account_id, municipality_id)
    me = (kind, account_id)
    try:
        with writing(db, where) as session:
            account = load_account(session, kind, account_id)
            if not signin.password_matches(session, account, current or ""):
                raise InvalidInput("current_password", WRONG_CURRENT)
            if new == current:
                raise InvalidInput("new_password", SAME_AS_BEFORE)
            now = clock.now()
            set_password(account, new, now=now)
            session.add(account)
            ended = end_sessions(session, kind, account_id, now=now, keep=keep_token)
            detail = f"{kind}={account_id} sessions={ended}"
            if where:
                record(session, action="account.password_change", detail=detail, by=me)
    except InvalidInput as error:
        if error.field == "current_password":
            record_everywhere(
                db,
                where,
                action="account.password_change",
                detail=f"{kind}={account_id} reason=wrong_password",
                outcome=AuditOutcome.DENIED,
                by=me,
            )
        raise
    record_everywhere(db, where[1:], action="account.password_change", detail=detail, by=me)
    return ended
