"""One-time links to set a new local password, for a staff or a citizen account.

Issuing
    An administrator of a municipality (the web admin page) or the operator on the server
    (``bti admin reset-password``) calls :func:`issue`. It returns the raw token, made by
    :func:`secrets.token_urlsafe`; :func:`link` turns it into the address to give the person,
    once. The table :class:`~bti.models.PasswordReset` keeps only the token's SHA-256 (hex),
    so a copy of the database opens no account. A link lasts :data:`LIFETIME` (24 hours;
    ``BTI_PASSWORD_LINK_HOURS`` changes it), and issuing a new one for an account ends the
    older ones not yet used. Audited as ``account.reset_issued`` (purpose administration,
    by the administrator or the operator), with ids only.

Redeeming
    ``/nytt-passord/<token>`` is public: the token is the credential, and it names nobody.
    :func:`usable` says whether a link can be used (for the page), :func:`redeem` sets the
    password: the link is spent by one conditional update (two requests racing with the
    same link cannot both pass), every session of the account ends, and the trail records
    ``account.password_reset``. A used, expired, superseded or unknown link is
    :class:`Unusable`, the same for every reason; a known one refused is recorded as a
    denied event. An unknown one names no account and so no municipality whose trail could
    hold it: the page's throttle counts those per address, and audits an address it stops
    (:mod:`bti.web.throttle`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app, has_app_context
from sqlmodel import Session, select

from bti import clock
from bti.db import Database
from bti.errors import NotFound
from bti.models import (
    AuditOutcome,
    AuditPurpose,
    Citizen,
    Membership,
    PasswordReset,
    Role,
    StaffUser,
)
from bti.rules.access import Actor
from bti.services import audit
from bti.services.password_change import (
    CITIZEN,
    KINDS,
    STAFF,
    audit_municipalities,
    end_sessions,
    load_account,
    record,
    record_everywhere,
    set_password,
    writing,
)

#: How long a link lasts unless the deployment says otherwise.
LIFETIME = timedelta(hours=24)
#: A token from :func:`secrets.token_urlsafe` (32 bytes) is 43 characters; anything much
#: longer is not one of ours and is not hashed.
MAX_TOKEN = 64


class Unusable(Exception):
    """The link is used, expired, superseded or unknown: one answer for every reason."""


@dataclass(frozen=True)
class Redeemed:
    """What a used link did, for the page that follows (where to sign in)."""

    account_kind: str
    #: The citizen's municipality (where its sign-in page is); ``None`` for staff.
    municipality_id: int | None
    sessions_ended: int


def token_hash(token: str) -> str:
    """What the database keeps of a link's token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def lifetime() -> timedelta:
    """``BTI_PASSWORD_LINK_HOURS`` of the running application, or :data:`LIFETIME`."""
    if has_app_context():
        hours = current_app.config.get("BTI_PASSWORD_LINK_HOURS")
        if hours:
            return timedelta(hours=float(hours))
    return LIFETIME


def link(token: str) -> str:
    """The path of the page that redeems ``token``; needs an application context, not a
    request (the admin page and the command line alike)."""
    root = current_app.config.get("APPLICATION_ROOT") or "/"
    adapter = current_app.url_map.bind("localhost", script_name=root)
    return adapter.build("passwords.redeem", {"reset_token": token})


def account_id(
    db: Database, *, account_kind: str, username: str, municipality_id: int | None
) -> int | None:
    """The id of the active account with this username (a citizen's in
    ``municipality_id``), or ``None``: for the operator's command, which names accounts by
    username."""
    model = Citizen if account_kind == CITIZEN else StaffUser
    name = (username or "").strip().lower()
    scope = db.scoped(municipality_id) if account_kind == CITIZEN else db.unscoped()
    with scope as session:
        found = session.exec(
            select(model.id).where(model.username == name, model.active.is_(True))
        ).first()
    return found


def issue(
    db: Database,
    *,
    by: Actor | None,
    account_kind: str,
    account_id: int,
    municipality_id: int | None,
) -> str:
    """A new one-time link for the account; the raw token, to show once (:func:`link`).

    ``by`` is the administrator, acting in ``municipality_id``; ``None`` is the operator on
    the server. A citizen's account needs its ``municipality_id``; a staff account may
    leave it out only for the operator (the trail of every municipality the person works
    in records it). An administrator may issue links only for the staff and citizens of
    their own municipality. Older unused links of the account end here.

    :raises NotFound: no such account (or not one the administrator administers; a denied
        event is recorded), or it is disabled.
    """
    if account_kind not in KINDS or (by is not None and municipality_id is None):
        raise NotFound("account")
    where = audit_municipalities(db, account_kind, account_id, municipality_id)
    with writing(db, where) as session:
        token = issue_in(
            session,
            by=by,
            account_kind=account_kind,
            account_id=account_id,
            municipality_id=municipality_id,
            audited=bool(where),
        )
    for mid in where[1:]:
        with db.transaction(mid) as session:
            _record_issued(session, by, account_kind, account_id)
    return token


def issue_in(
    session: Session,
    *,
    by: Actor | None,
    account_kind: str,
    account_id: int,
    municipality_id: int | None,
    audited: bool = True,
) -> str:
    """:func:`issue` inside the caller's transaction, the municipality's (the administration
    page's action): the check, the older links ended, the new one and its audit event."""
    if account_kind not in KINDS or (by is not None and municipality_id is None):
        raise NotFound("account")
    token = secrets.token_urlsafe(32)
    now = clock.now()
    try:
        if by is not None:
            _check_administrator(session, by, account_kind, account_id)
        account = load_account(session, account_kind, account_id)
        if not account.active:
            raise NotFound("account")
    except NotFound:
        if by is not None:
            audit.record_denial(
                session,
                actor=by,
                action="account.reset_issued",
                detail=f"{account_kind}={account_id}",
                purpose=AuditPurpose.ADMINISTRATION,
            )
        raise
    _end_older(session, account_kind, account_id, now=now)
    session.add(
        PasswordReset(
            token_hash=token_hash(token),
            account_kind=account_kind,
            account_id=account_id,
            municipality_id=municipality_id,
            created_by_id=by.user_id if by is not None else None,
            created_at=now,
            expires_at=now + lifetime(),
        )
    )
    if audited:
        _record_issued(session, by, account_kind, account_id)
    return token


def _check_administrator(session: Session, by: Actor, kind: str, account_id: int) -> None:
    """An administrator of the session's municipality, for an account of that
    municipality (a citizen of it, or a staff user with a membership in it); the caller
    records the denial."""
    administers = any(post.role == Role.ADMINISTRATOR for post in by.posts)
    member = (
        kind == CITIZEN
        or session.exec(select(Membership.id).where(Membership.user_id == account_id)).first()
    )
    if not administers or not member:
        raise NotFound("account")


def _end_older(session: Session, kind: str, account_id: int, *, now: datetime) -> None:
    session.execute(
        sa.update(PasswordReset)
        .where(
            PasswordReset.account_kind == kind,
            PasswordReset.account_id == account_id,
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > now,
        )
        .values(expires_at=now)
    )


def _record_issued(session: Session, by, kind: str, account_id: int) -> None:
    from bti.services.accounts import OPERATOR

    audit.record(
        session,
        actor=by if by is not None else OPERATOR,
        action="account.reset_issued",
        purpose=AuditPurpose.ADMINISTRATION,
        detail=f"{kind}={account_id}",
    )


def _find(session: Session, token: str | None) -> PasswordReset | None:
    if not token or len(token) > MAX_TOKEN:
        return None
    return session.get(PasswordReset, token_hash(token))


def _open(reset: PasswordReset | None, now: datetime) -> bool:
    return reset is not None and reset.used_at is None and reset.expires_at > now


def usable(db: Database, *, token: str | None) -> bool:
    """Whether the link can set a password now (the page shows the form or says no)."""
    with db.unscoped() as session:
        return _open(_find(session, token), clock.now())


def redeem(db: Database, *, token: str | None, password: str) -> Redeemed:
    """Set the account's password through the link, spend the link and end every session
    of the account; all in one transaction with its audit event.

    :raises Unusable: the link cannot be used (a known link refused is recorded as denied).
    :raises bti.passwords.WeakPassword: the rules refuse the password; the link stays
        usable.
    """
    now = clock.now()
    with db.unscoped() as session:
        reset = _find(session, token)
    if reset is None:
        raise Unusable
    kind, account_id = reset.account_kind, reset.account_id
    try:
        where = audit_municipalities(db, kind, account_id, reset.municipality_id)
    except NotFound:
        raise Unusable from None
    detail = f"{kind}={account_id}"
    try:
        with writing(db, where) as session:
            account = load_account(session, kind, account_id)
            if not account.active or not _spend(session, reset.token_hash, now):
                raise Unusable
            set_password(account, password, now=now)
            session.add(account)
            ended = end_sessions(session, kind, account_id, now=now)
            _end_older(session, kind, account_id, now=now)
            detail = f"{detail} sessions={ended}"
            if where:
                record(session, action="account.password_reset", detail=detail)
    except (Unusable, NotFound):
        record_everywhere(
            db,
            where,
            action="account.password_reset",
            detail=detail,
            outcome=AuditOutcome.DENIED,
        )
        raise Unusable from None
    record_everywhere(db, where[1:], action="account.password_reset", detail=detail)
    return Redeemed(kind, reset.municipality_id if kind == CITIZEN else None, ended)


def _spend(session: Session, key: str, now: datetime) -> bool:
    """Mark the link used if it is still open; whether this request did."""
    spent = session.execute(
        sa.update(PasswordReset)
        .where(
            PasswordReset.token_hash == key,
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > now,
        )
        .values(used_at=now)
    )
    return spent.rowcount == 1


__all__ = [
    "CITIZEN",
    "STAFF",
    "Redeemed",
    "Unusable",
    "issue",
    "issue_in",
    "link",
    "redeem",
    "usable",
]
