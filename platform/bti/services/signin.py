"""Signing in with a local account, and the server-side sessions that follow.

Passwords are argon2id hashes (:mod:`bti.passwords`). The browser gets a random token; the
database keeps its SHA-256 only. A session ends when the user signs out, after a time
without activity, a fixed time after signing in however active (the limits are
:class:`bti.config.SessionLimits`), when a newer sign-in goes beyond the cap on open
sessions, or when the account is disabled (:mod:`bti.services.accounts`). Other ways of
signing in (the municipality's OIDC provider) can be added beside
:func:`authenticate_password`: everything after it only needs the user's id.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from flask import current_app, has_app_context
from sqlmodel import Session, select

from bti import clock
from bti.config import SessionLimits
from bti.db import Database
from bti.models import (
    AuditOutcome,
    AuditPurpose,
    LoginSession,
    Membership,
    MunicipalityRecord,
    StaffUser,
)
from bti.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from bti.rules.access import Actor, Post
from bti.services import audit, reports, unit_overview
from bti.services.access_log import snooping
from bti.services.actors import actor_of, load_actor, posts_joined, posts_of
from bti.services.teams import roster

# last_seen is written at most this often, not on every request.
TOUCH_EVERY = timedelta(seconds=60)


def token_hash(token: str) -> str:
    """What the database keeps of a session token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def password_matches(session: Session, account, password: str) -> bool:
    """Whether ``account`` (a staff user or a citizen, or ``None``) is active and has this
    password; as slow when there is no such account. A hash in an old format is renewed."""
    password = password or ""
    if account is None or not account.active or not account.password_hash:
        verify_password(dummy_hash(), password)
        return False
    if not verify_password(account.password_hash, password):
        return False
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
        session.add(account)
    return True


def authenticate_password(session: Session, *, username: str, password: str) -> StaffUser | None:
    """The active user with this username and password, or ``None`` (for any reason)."""
    user = session.exec(
        select(StaffUser).where(StaffUser.username == username.strip().lower())
    ).first()
    return user if password_matches(session, user, password) else None


def check_password(db: Database, *, username: str, password: str) -> int | None:
    """The first factor: the id of the active user with this username and password, or
    ``None`` for any reason (the answer says nothing about which accounts exist). What
    follows (a second factor, then :func:`start`) is the caller's: a sign-in through the
    municipality's identity provider starts with the id it gives, ``method="oidc"``.

    :raises bti.passwords.Busy: too many password checks are waiting.
    """
    with db.unscoped() as session, session.begin():
        user = authenticate_password(session, username=username, password=password)
        return user.id if user else None


def sign_in(db: Database, *, username: str, password: str) -> str | None:
    """Sign in with a username and password alone: the new session's token, or ``None``.
    For scripts and tests; the sign-in page also asks for the second factor."""
    user_id = check_password(db, username=username, password=password)
    return start(db, user_id=user_id) if user_id is not None else None


def record_throttled(db: Database, *, municipality_id: int | None, detail: str) -> None:
    """Audit a sign-in refused by the throttle (``signin.throttled``, denied): in the
    municipality whose citizen pages were used, or, for the staff sign-in that every
    municipality of the deployment shares, in each of them. ``detail`` holds the limit and a
    keyed hash of the account or address, never a username or an address."""
    ids = [municipality_id] if municipality_id is not None else db.municipality_ids().values()
    for mid in ids:
        with db.transaction(mid) as session:
            audit.record(
                session,
                actor=None,
                action="signin.throttled",
                outcome=AuditOutcome.DENIED,
                detail=detail,
            )


def start(
    db: Database, *, user_id: int, method: str = "password", id_token: str | None = None
) -> str:
    """A new session for the user; the token for the browser. The user's oldest open
    sessions beyond the cap (:attr:`~bti.config.SessionLimits.per_user`) end here.
    ``id_token``: the identity provider's, kept for signing out there too."""
    token = secrets.token_urlsafe(32)
    now = clock.now()
    with db.unscoped() as session, session.begin():
        login = LoginSession(
            token_hash=token_hash(token),
            user_id=user_id,
            method=method,
            created_at=now,
            last_seen_at=now,
            id_token=id_token,
        )
        session.add(login)
        others = session.exec(
            select(LoginSession).where(
                LoginSession.user_id == user_id,
                LoginSession.ended_at.is_(None),
                LoginSession.token_hash != login.token_hash,
            )
        ).all()
        end_beyond_cap(session, others, now=now)
        user = session.get(StaffUser, user_id)
        user.last_login_at = now
        session.add(user)
    return token


class Closed(StrEnum):
    """Why a session is no longer open; the page says so when it sends the person to sign
    in again."""

    #: No request for longer than the idle limit.
    IDLE = "idle"
    #: Signed in longer ago than the absolute lifetime, however active since.
    EXPIRED = "expired"
    #: Signed out, ended by a newer sign-in beyond the cap or when the account was
    #: disabled, or never a session at all.
    ENDED = "ended"


def session_limits() -> SessionLimits:
    """The running application's session limits; the defaults outside an application."""
    if has_app_context():
        settings = current_app.extensions.get("bti_settings")
        if settings is not None:
            return settings.sessions
    return SessionLimits()


def why_closed(session: Session, login, *, now: datetime, limits: SessionLimits) -> Closed | None:
    """``None`` while ``login`` (a staff or a citizen session, or ``None``) is open: signed
    in within :attr:`~bti.config.SessionLimits.hours` and active within
    :attr:`~bti.config.SessionLimits.idle_minutes`; otherwise why not. One that has just
    run out is ended here; an open one has its last activity noted, at most every
    :data:`TOUCH_EVERY`."""
    if login is None or login.ended_at is not None:
        return Closed.ENDED
    if now - login.last_seen_at > timedelta(minutes=limits.idle_minutes):
        reason = Closed.IDLE
    elif now - login.created_at >= timedelta(hours=limits.hours):
        reason = Closed.EXPIRED
    else:
        if now - login.last_seen_at > TOUCH_EVERY:
            login.last_seen_at = now
            session.add(login)
        return None
    login.ended_at = now
    session.add(login)
    return reason


def end_beyond_cap(session: Session, others: list, *, now: datetime) -> None:
    """After a new sign-in: of the person's ``others`` (their other sessions not yet
    ended), end those that have run out and the oldest beyond the cap, so that with the new
    one at most :attr:`~bti.config.SessionLimits.per_user` stay open."""
    cap = session_limits()
    still = [login for login in others if why_closed(session, login, now=now, limits=cap) is None]
    still.sort(key=lambda login: (login.created_at, login.last_seen_at), reverse=True)
    end_all(session, still[cap.per_user - 1 :], now=now)


def end_all(session: Session, logins: Iterable, *, now: datetime) -> int:
    """End every one of ``logins`` that is still open (an account disabled); how many."""
    count = 0
    for login in logins:
        if login.ended_at is None:
            login.ended_at = now
            session.add(login)
            count += 1
    return count


@dataclass(frozen=True)
class Current:
    """Who is signed in, and in which municipality (``None`` until chosen), with their posts
    there (read with the session: a page there needs no second read to know who acts)."""

    user_id: int
    display_name: str
    municipality_id: int | None
    posts: tuple[Post, ...] = ()

    def actor(self, session: Session) -> Actor:
        """The user acting in ``session``'s municipality: from the posts read with the
        sign-in when it is the chosen one, otherwise read (:func:`load_actor`).
        :class:`bti.errors.NotFound` when the user has no post there."""
        if (
            self.municipality_id is not None
            and session.info.get("municipality_id") == self.municipality_id
        ):
            return actor_of(self.user_id, self.display_name, self.posts)
        return load_actor(session, self.user_id)


def current(db: Database, *, token: str | None) -> Current | Closed:
    """The session for ``token`` if it is open (:func:`why_closed`) and its account
    active; otherwise why not (one that has just run out is ended here)."""
    if not token:
        return Closed.ENDED
    now = clock.now()
    # Every request asks this; a write is due at most once a minute (the last activity, or
    # a session that ran out), and then it is made under the write lock from the start.
    with db.unscoped() as session, session.no_autoflush:
        found = _current(session, token_hash(token), now)
        if not session.dirty:
            return found
    with db.unscoped(write_lock=True) as session, session.begin():
        return _current(session, token_hash(token), now)


def _current(session: Session, key: str, now: datetime) -> Current | Closed:
    # One statement: the session, its user and the user's posts in the chosen municipality.
    rows = session.exec(
        posts_joined(
            select(LoginSession, StaffUser.display_name, StaffUser.active)
            .join(StaffUser, StaffUser.id == LoginSession.user_id)
            .where(LoginSession.token_hash == key),
            user_id=LoginSession.user_id,
            municipality_id=LoginSession.municipality_id,
        )
    ).all()
    login = rows[0][0] if rows else None
    closed = why_closed(session, login, now=now, limits=session_limits())
    if closed is not None:
        return closed
    _, display_name, active = rows[0][:3]
    if not active:
        return Closed.ENDED
    return Current(login.user_id, display_name, login.municipality_id, posts_of(rows))


def end(db: Database, *, token: str | None) -> str | None:
    """Sign out: the token is worth nothing from now on. The identity provider's ID token
    when the session began there (to sign out there too), else ``None``."""
    if not token:
        return None
    with db.unscoped() as session, session.begin():
        login = session.get(LoginSession, token_hash(token))
        end_all(session, [login] if login else [], now=clock.now())
        return login.id_token if login is not None and login.method == "oidc" else None


@dataclass(frozen=True)
class Chosen:
    """What the header needs to know about the user in the chosen municipality."""

    leads_unit: bool
    #: Sits in a standing team, or keeps the teams as administrator.
    in_team: bool = False
    #: The report pages (``bti.services.reports``): indicators for coordinators and
    #: leaders, the quarter's protocols for coordinators.
    sees_indicators: bool = False
    sees_protocols: bool = False
    #: The review of access (``bti.services.access_log.snooping``): leaders, administrators.
    reviews_access: bool = False
    #: The municipality's administration (``bti.services.administration``).
    administers: bool = False


def choose_municipality(db: Database, *, token: str, user_id: int, municipality_id: int) -> Chosen:
    """Work in ``municipality_id`` from now on (at sign-in, or switching later): the login
    session says so, and the municipality's audit trail records the choice
    (``signin.municipality``). The caller has checked that the user has a membership there."""
    with db.unscoped() as session, session.begin():
        login = session.get(LoginSession, token_hash(token))
        login.municipality_id = municipality_id
        session.add(login)
    with db.transaction(municipality_id) as session:
        actor = load_actor(session, user_id)
        audit.record(
            session, actor=actor, action="signin.municipality", purpose=AuditPurpose.SECURITY
        )
        in_team = bool(roster.my_teams(session, user_id=user_id)) or (
            roster.administers(actor) and bool(roster.teams(session))
        )
    return Chosen(
        leads_unit=unit_overview.leads_a_unit(actor),
        in_team=in_team,
        sees_indicators=reports.may_see_indicators(actor),
        sees_protocols=reports.may_see_protocols(actor),
        reviews_access=snooping.reviews(actor),
        administers=roster.administers(actor),
    )


def municipalities_of(db: Database, *, user_id: int) -> list[MunicipalityRecord]:
    """The municipalities the user has a membership in (each asked in its own scope)."""
    found = []
    with db.unscoped() as session:
        municipalities = session.exec(
            select(MunicipalityRecord).order_by(MunicipalityRecord.name)
        ).all()
    for municipality in municipalities:
        with db.scoped(municipality.id) as session:
            if session.exec(select(Membership.id).where(Membership.user_id == user_id)).first():
                found.append(municipality)
    return found
