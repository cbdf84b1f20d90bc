"""The second factor: time-based one-time codes (TOTP, RFC 6238, through pyotp).

Who needs it
    Leaders and administrators (a ``leder`` or ``administrator`` membership in any
    municipality) must have it where the deployment requires it (``BTI_TOTP_REQUIRED``:
    on by default in production, off in development, the demo and the tests); everyone else
    may turn it on («Tofaktor»). An administrator may also require it of anyone
    (``StaffUser.totp_required``, :func:`require`), in every deployment: that person is led
    to enrolment at sign-in, as a leader is, and cannot turn it off. A sign-in through the
    municipality's identity provider does not ask for it (:func:`needed`): the provider
    does its own.

Enrolment
    A fresh secret is shown as a QR code (and as text, for typing), and is kept only once the
    person has confirmed it with a first code from their app. The secret is never logged,
    and is not shown again afterwards. Turning it on or off is audited (``signin.totp_on``,
    ``signin.totp_off``) in each municipality the user works in.

Codes
    Six digits, 30-second steps, accepted one step either side (a clock a little off); a
    step once accepted is spent (``StaffUser.totp_last_step``), so a code seen over a
    shoulder or replayed does not work a second time.
"""

from __future__ import annotations

import hmac
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

import pyotp
import sqlalchemy as sa
from sqlmodel import select

from bti import clock
from bti.db import Database
from bti.errors import NotFound
from bti.models import AuditPurpose, Membership, Role, StaffUser
from bti.rules.access import Actor
from bti.services import audit
from bti.services.actors import load_actor

ISSUER = "BTI-plattform"
#: The roles that must have the second factor where the deployment requires it.
REQUIRED_FOR = (Role.LEDER, Role.ADMINISTRATOR)
#: Ways of signing in that bring their own second factor.
OWN_SECOND_FACTOR = frozenset({"oidc"})


class Next(StrEnum):
    """What a sign-in still needs after the password."""

    CODE = "code"
    ENROL = "enrol"


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def qr_data_url(uri: str) -> str:
    """The QR code of ``uri`` as a PNG data URL (the CSP allows ``img-src data:``)."""
    import segno  # only when someone turns on the second factor: kept out of start-up

    return segno.make(uri, error="m").png_data_uri(scale=5, border=4)


def enrolment_qr(db: Database, *, user_id: int, secret: str) -> str:
    """The QR code an authenticator app reads to enrol ``secret`` for the user."""
    with db.unscoped() as session:
        username = session.get(StaffUser, user_id).username
    return qr_data_url(provisioning_uri(secret, username))


def _step(at: float) -> int:
    return int(at // 30)


def _matching_step(secret: str, code: str, *, after: int | None) -> int | None:
    """The step (now, or one either side) whose code is ``code`` and that comes after
    ``after``; ``None`` when there is none."""
    code = "".join((code or "").split())
    if not (len(code) == 6 and code.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    now = clock.now().timestamp()
    found = None
    for offset in (-1, 0, 1):
        at = now + offset * 30
        if hmac.compare_digest(totp.at(at), code) and (after is None or _step(at) > after):
            found = _step(at)
    return found


def _audit(db: Database, *, user_id: int, action: str) -> None:
    """The change to the account, in the audit trail of each municipality the user works in
    (no code and no secret in it)."""
    for municipality_id in db.municipality_ids().values():
        with db.transaction(municipality_id) as session:
            if session.exec(select(Membership.id).where(Membership.user_id == user_id)).first():
                audit.record(
                    session,
                    actor=load_actor(session, user_id),
                    action=action,
                    purpose=AuditPurpose.SECURITY,
                )


def required_by_administrator(db: Database, *, user_id: int) -> bool:
    """Whether an administrator has required the second factor of this user
    (``StaffUser.totp_required``, :func:`require`)."""
    with db.unscoped() as session:
        user = session.get(StaffUser, user_id)
        return bool(user and user.totp_required)


def is_required(db: Database, *, user_id: int) -> bool:
    """Whether the user is a leader or an administrator in any municipality."""
    for municipality_id in db.municipality_ids().values():
        with db.scoped(municipality_id) as session:
            if session.exec(
                select(Membership.id).where(
                    Membership.user_id == user_id, Membership.role.in_(REQUIRED_FOR)
                )
            ).first():
                return True
    return False


def enrolled(db: Database, *, user_id: int) -> bool:
    with db.unscoped() as session:
        user = session.get(StaffUser, user_id)
        return bool(user and user.totp_secret)


@dataclass(frozen=True)
class Status:
    """The second factor of one user, for the «Tofaktor» page."""

    enrolled: bool
    #: An administrator requires it of the user, or the deployment requires it
    #: (``BTI_TOTP_REQUIRED``) and the user leads or administers.
    must_have: bool


def status(db: Database, *, user_id: int, required: bool) -> Status:
    return Status(
        enrolled=enrolled(db, user_id=user_id),
        must_have=required_by_administrator(db, user_id=user_id)
        or (required and is_required(db, user_id=user_id)),
    )


def needed(db: Database, *, user_id: int, method: str, required: bool) -> Next | None:
    """After the first factor: a code (enrolled), enrolment (must have it and has not), or
    nothing more. ``required`` is the deployment's ``BTI_TOTP_REQUIRED``."""
    if method in OWN_SECOND_FACTOR:
        return None
    if enrolled(db, user_id=user_id):
        return Next.CODE
    if required_by_administrator(db, user_id=user_id) or (
        required and is_required(db, user_id=user_id)
    ):
        return Next.ENROL
    return None


def confirm(db: Database, *, user_id: int, secret: str, code: str) -> bool:
    """Turn the second factor on with ``secret``, if ``code`` is a current code of it; the
    step of that code is spent."""
    step = _matching_step(secret, code, after=None)
    if step is None:
        return False
    with db.unscoped() as session, session.begin():
        user = session.get(StaffUser, user_id)
        user.totp_secret = secret
        user.totp_enabled_at = clock.now()
        user.totp_last_step = step
        session.add(user)
    _audit(db, user_id=user_id, action="signin.totp_on")
    return True


def check(db: Database, *, user_id: int, code: str) -> bool:
    """Whether ``code`` is a current, unspent code of the user's secret; spends it. The
    step is spent by one conditional update, so two requests racing with the same code
    cannot both pass."""
    with db.unscoped() as session, session.begin():
        user = session.get(StaffUser, user_id)
        if user is None or not user.active or not user.totp_secret:
            return False
        step = _matching_step(user.totp_secret, code, after=user.totp_last_step)
        if step is None:
            return False
        spent = session.execute(
            sa.update(StaffUser)
            .where(
                StaffUser.id == user_id,
                sa.or_(StaffUser.totp_last_step.is_(None), StaffUser.totp_last_step < step),
            )
            .values(totp_last_step=step)
        )
        return spent.rowcount == 1


def turn_off(db: Database, *, user_id: int, code: str) -> bool:
    """Turn the second factor off, confirmed by a current code; the caller has checked the
    user may go without it."""
    if not check(db, user_id=user_id, code=code):
        return False
    with db.unscoped() as session, session.begin():
        user = session.get(StaffUser, user_id)
        user.totp_secret = None
        user.totp_enabled_at = None
        session.add(user)
    _audit(db, user_id=user_id, action="signin.totp_off")
    return True


def require(
    db: Database, *, by: Actor | None, user_id: int, required: bool, municipality_id: int | None
) -> bool:
    """Require the second factor of the user (``required``), or stop requiring it; whether
    that changed anything. ``by`` is an administrator of ``municipality_id`` where the user
    has a membership (the admin page), or ``None`` for the operator on the server. Audited
    (``account.totp_required`` / ``account.totp_not_required``, purpose administration) in
    ``municipality_id``, or for the operator in each municipality the user works in. It does
    not turn an enrolled second factor off: stop requiring it, and the person may.

    :raises NotFound: no such user, or not one the administrator administers (a denied
        event is recorded).
    """
    from bti.services.accounts import OPERATOR

    if by is not None and municipality_id is None:
        raise NotFound("user")
    action = "account.totp_required" if required else "account.totp_not_required"
    where = (
        [municipality_id]
        if municipality_id is not None
        else [m.id for m in _municipalities_of(db, user_id)]
    )
    changed = False
    for number, mid in enumerate(where or [None]):
        with db.transaction(mid) if mid is not None else _unscoped_write(db) as session:
            if by is not None and not _administers_user(session, by, user_id):
                audit.record_denial(
                    session,
                    actor=by,
                    action=action,
                    detail=f"user={user_id}",
                    purpose=AuditPurpose.ADMINISTRATION,
                )
                raise NotFound("user")
            if number == 0:
                user = session.get(StaffUser, user_id)
                if user is None:
                    raise NotFound("user")
                changed = user.totp_required != required
                user.totp_required = required
                session.add(user)
            if mid is not None:
                audit.record(
                    session,
                    actor=by if by is not None else OPERATOR,
                    action=action,
                    purpose=AuditPurpose.ADMINISTRATION,
                    detail=f"user={user_id}",
                )
    return changed


def _administers_user(session, by: Actor, user_id: int) -> bool:
    """An administrator in the session's municipality, and the user a member there."""
    return any(post.role == Role.ADMINISTRATOR for post in by.posts) and bool(
        session.exec(select(Membership.id).where(Membership.user_id == user_id)).first()
    )


def _municipalities_of(db: Database, user_id: int):
    from bti.services.signin import municipalities_of

    return municipalities_of(db, user_id=user_id)


@contextmanager
def _unscoped_write(db: Database):
    with db.unscoped(write_lock=True) as session, session.begin():
        yield session
