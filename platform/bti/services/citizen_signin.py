"""A guardian's or youth's sign-in to the citizens' pages: a local username and password
(demo and tests; ID-porten can replace it, since everything after needs only the citizen's
id), sessions capped and timed as a staff user's are (:mod:`bti.services.signin`), and
signing out. :mod:`bti.services.citizens` re-exports these."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.db import Database
from bti.models import Citizen, CitizenSession
from bti.passwords import require_new_password
from bti.services import signin
from bti.services.citizens import CitizenActor


def authenticate_password(session: Session, *, username: str, password: str) -> Citizen | None:
    """The active citizen with this local username and password in the session's
    municipality, or ``None`` (for any reason; as slow either way)."""
    citizen = session.exec(
        select(Citizen).where(Citizen.username == (username or "").strip().lower())
    ).first()
    return citizen if signin.password_matches(session, citizen, password) else None


def sign_in(db: Database, *, municipality_id: int, username: str, password: str) -> str | None:
    """Sign a citizen in with a local username and password: the new session's token for
    the browser, or ``None`` for any reason."""
    with db.transaction(municipality_id) as session:
        citizen = authenticate_password(session, username=username, password=password)
        citizen_id = citizen.id if citizen else None
    if citizen_id is None:
        return None
    return start(db, citizen_id=citizen_id, municipality_id=municipality_id)


def start(
    db: Database,
    *,
    citizen_id: int,
    municipality_id: int,
    method: str = "password",
    id_token: str | None = None,
) -> str:
    """A new citizen session; the token for the browser. The citizen's oldest open sessions
    beyond the cap end here, as a staff user's do (:func:`bti.services.signin.start`).
    ``id_token``: ID-porten's, kept for signing out there too."""
    token = secrets.token_urlsafe(32)
    now = clock.now()
    with db.scoped(municipality_id) as session, session.begin():
        login = CitizenSession(
            token_hash=signin.token_hash(token),
            citizen_id=citizen_id,
            municipality_id=municipality_id,
            method=method,
            created_at=now,
            last_seen_at=now,
            id_token=id_token,
        )
        session.add(login)
        others = session.exec(
            select(CitizenSession).where(
                CitizenSession.citizen_id == citizen_id,
                CitizenSession.ended_at.is_(None),
                CitizenSession.token_hash != login.token_hash,
            )
        ).all()
        signin.end_beyond_cap(session, list(others), now=now)
        citizen = session.get(Citizen, citizen_id)
        citizen.last_login_at = now
        session.add(citizen)
    return token


def current(
    db: Database, *, token: str | None, municipality_id: int
) -> CitizenActor | signin.Closed:
    """The signed-in citizen for ``token`` in this municipality, if the session is open
    (:func:`bti.services.signin.why_closed`); otherwise why not."""
    if not token:
        return signin.Closed.ENDED
    now = clock.now()
    key = signin.token_hash(token)
    # A write is due at most once a minute: then it is made under the write lock from the
    # start (see bti.services.signin.current).
    with db.scoped(municipality_id) as session, session.no_autoflush:
        found = _current(session, key, municipality_id, now)
        if not session.dirty:
            return found
    with db.transaction(municipality_id) as session:
        return _current(session, key, municipality_id, now)


def _current(
    session: Session, key: str, municipality_id: int, now: datetime
) -> CitizenActor | signin.Closed:
    login = session.get(CitizenSession, key)
    if login is not None and login.municipality_id != municipality_id:
        return signin.Closed.ENDED
    closed = signin.why_closed(session, login, now=now, limits=signin.session_limits())
    if closed is not None:
        return closed
    citizen = session.get(Citizen, login.citizen_id)
    if citizen is None or not citizen.active:
        return signin.Closed.ENDED
    return CitizenActor(citizen.id, citizen.display_name)


def end(db: Database, *, token: str | None, municipality_id: int) -> str | None:
    """Sign out; ID-porten's ID token when the session began there, else ``None``."""
    if not token:
        return None
    with db.scoped(municipality_id) as session, session.begin():
        login = session.get(CitizenSession, signin.token_hash(token))
        signin.end_all(session, [login] if login else [], now=clock.now())
        return login.id_token if login is not None and login.method == "oidc" else None


def add_local_account(
    session: Session, *, fodselsnummer: str, display_name: str, username: str, password: str
) -> Citizen:
    """A local sign-in for a guardian or youth (demo and tests; ID-porten in production).

    :raises bti.passwords.WeakPassword: the password may not be set (too short, too
        common, or holding the username).
    """
    username = username.strip().lower()
    citizen = Citizen(
        fodselsnummer=fodselsnummer,
        display_name=display_name,
        username=username,
        password_hash=require_new_password(password, username=username),
    )
    session.add(citizen)
    session.flush()
    return citizen
