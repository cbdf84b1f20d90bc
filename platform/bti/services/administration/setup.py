"""Accounts made and listed on the server: ``bti admin create-user`` and ``list-users``.

``create_user`` makes a staff account with, in a municipality, one membership (an
administrator in «Administrasjon» unless told otherwise, the unit created when missing) and
optionally the identity provider's claim value; or a deployment-wide administrator
(``StaffUser.central_admin``), who has no membership. One transaction, one audit event
(``account.create``) in the municipality's trail; a deployment-wide administrator is
recorded in the trail of every municipality in the database, as disabling an account is
(:mod:`bti.services.accounts`).

``list_users`` reads one page of accounts (of one municipality, or of the deployment) with
their roles per unit, and records the read (``account.list``) in each trail it read from.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, func, select

from bti import clock
from bti.db import Database
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    AuditPurpose,
    Membership,
    Role,
    StaffIdentity,
    StaffUser,
    Unit,
    UnitKind,
)
from bti.passwords import require_new_password
from bti.services import audit
from bti.services.accounts import OPERATOR
from bti.services.administration import people
from bti.services.paging import Paged

ADMIN = AuditPurpose.ADMINISTRATION


@dataclass(frozen=True)
class CreatedUser:
    """What ``create_user`` made."""

    user_id: int
    username: str
    #: The unit the membership is in (``None`` for a deployment-wide administrator).
    unit_name: str | None
    unit_created: bool
    role: Role | None
    has_password: bool
    has_identity: bool
    central_admin: bool


def create_user(
    db: Database,
    *,
    username: str,
    display_name: str,
    municipality_id: int | None = None,
    unit: str | None = None,
    kind: str | None = None,
    role: str | None = None,
    central: bool = False,
    email: str | None = None,
    subject: str | None = None,
    password: str | None = None,
    by=OPERATOR,
) -> CreatedUser:
    """Make a staff account: in ``municipality_id`` with a membership, or ``central``.

    ``password`` (``None``: none, the account signs in through the provider only) must pass
    :func:`bti.passwords.check_new_password`.

    :raises InvalidInput: a value is wrong or taken; its ``field`` names it (``username``,
        ``display_name``, ``email``, ``subject``, ``unit``, ``kind``, ``role``).
    :raises bti.passwords.WeakPassword: the password may not be set.
    :raises ValueError: neither or both of a municipality and ``central``.
    """
    if central == (municipality_id is not None):
        raise ValueError("Give a municipality or central, not both and not neither.")
    name = people.username(username)
    shown_name = people.display_name(display_name)
    address = people.email(email)
    claim = people.subject(subject)
    if central and claim:
        raise InvalidInput(
            "subject", _l("A sign-in identity belongs to an account in a municipality.")
        )
    chosen_role = people.role(role or "administrator") if not central else None
    chosen_kind = people.unit_kind(kind) if kind else None
    unit_name = people.unit_name(unit or people.ADMIN_UNIT_NAME) if not central else None
    password_hash = require_new_password(password, username=name) if password else None
    user = StaffUser(
        username=name,
        display_name=shown_name,
        email=address,
        password_hash=password_hash,
        password_changed_at=clock.now() if password_hash else None,
        central_admin=central,
    )
    if central:
        return _create_central(db, user, by=by)
    with db.transaction(municipality_id) as session:
        people.username_free(session, name)
        if claim:
            people.subject_free(session, claim)
        target, created = _unit(session, unit_name, chosen_kind)
        session.add(user)
        session.flush()
        session.add(Membership(user_id=user.id, unit_id=target.id, role=chosen_role))
        if claim:
            session.add(StaffIdentity(user_id=user.id, subject=claim))
        audit.record(
            session,
            actor=by,
            action="account.create",
            purpose=ADMIN,
            detail=(
                f"user={user.id} unit={target.id} role={chosen_role.value} "
                f"unit_created={int(created)} identity={int(bool(claim))} "
                f"password={int(bool(password_hash))}"
            ),
        )
    return CreatedUser(
        user.id, name, unit_name, created, chosen_role, bool(password_hash), bool(claim), False
    )


def _unit(session: Session, name: str, kind: UnitKind | None) -> tuple[Unit, bool]:
    """The municipality's unit called ``name``, created (of ``kind``, default «annet»)
    when missing; an existing unit of another kind than asked for is an error."""
    existing = people.unit_by_name(session, name)
    if existing is not None:
        if kind is not None and UnitKind(existing.kind) != kind:
            raise InvalidInput("kind", _l("This unit already exists with another kind."))
        return existing, False
    unit = Unit(name=name, kind=kind or UnitKind.ANNET)
    session.add(unit)
    session.flush()
    return unit, True


def _create_central(db: Database, user: StaffUser, *, by) -> CreatedUser:
    with db.unscoped(write_lock=True) as session, session.begin():
        people.username_free(session, user.username)
        session.add(user)
        session.flush()
        user_id = user.id
    for municipality_id in db.municipality_ids().values():
        with db.transaction(municipality_id) as session:
            audit.record(
                session,
                actor=by,
                action="account.create",
                purpose=ADMIN,
                detail=f"user={user_id} central=1 password={int(bool(user.password_hash))}",
            )
    return CreatedUser(
        user_id, user.username, None, False, None, bool(user.password_hash), False, True
    )


@dataclass(frozen=True)
class UserRow:
    """One account in the list: no secrets, only whether they are set."""

    username: str
    display_name: str
    active: bool
    #: The second factor is set up.
    totp_enabled: bool
    #: An administrator requires it.
    totp_required: bool
    central_admin: bool
    #: (municipality slug, unit name, role), ordered.
    roles: tuple[tuple[str, str, Role], ...]


@dataclass(frozen=True)
class UserPage(Paged):
    rows: list[UserRow]
    total: int
    page: int
    per_page: int


def list_users(
    db: Database, *, municipality_id: int | None = None, page: int = 1, per_page: int = 50
) -> UserPage:
    """One page of staff accounts, by username: those with a membership in
    ``municipality_id``, or every account in the deployment when it is ``None``."""
    page = max(1, page)
    slugs = {mid: slug for slug, mid in db.municipality_ids().items()}
    if municipality_id is not None:
        with db.reading(municipality_id) as session:
            members = select(Membership.user_id).where(
                Membership.municipality_id == municipality_id
            )
            users, total = _page(session, StaffUser.id.in_(members), page, per_page)
            roles = _roles(session, municipality_id, slugs[municipality_id], users, page)
    else:
        with db.unscoped() as session:
            users, total = _page(session, sa.true(), page, per_page)
        roles = {}
        for mid, slug in sorted(slugs.items(), key=lambda item: item[1]):
            with db.reading(mid) as session:
                for user_id, found in _roles(session, mid, slug, users, page).items():
                    roles.setdefault(user_id, []).extend(found)
    rows = [
        UserRow(
            u.username,
            u.display_name,
            u.active,
            u.totp_enabled_at is not None,
            u.totp_required,
            u.central_admin,
            tuple(sorted(roles.get(u.id, []), key=lambda r: (r[0], r[1], r[2].value))),
        )
        for u in users
    ]
    return UserPage(rows, total, page, per_page)


def _page(session: Session, where, page: int, per_page: int) -> tuple[list[StaffUser], int]:
    total = session.exec(select(func.count()).select_from(StaffUser).where(where)).one()
    users = session.exec(
        select(StaffUser)
        .where(where)
        .order_by(StaffUser.username)
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    return list(users), total


def _roles(
    session: Session, municipality_id: int, slug: str, users: list[StaffUser], page: int
) -> dict[int, list[tuple[str, str, Role]]]:
    """The roles of ``users`` in the session's municipality; the read is audited."""
    found: dict[int, list[tuple[str, str, Role]]] = {}
    if users:
        rows = session.exec(
            select(Membership.user_id, Unit.name, Membership.role)
            .join(Unit, Unit.id == Membership.unit_id)
            .where(Membership.user_id.in_([u.id for u in users]))
        ).all()
        for user_id, unit_name, role in rows:
            found.setdefault(user_id, []).append((slug, unit_name, Role(role)))
    audit.record(
        session,
        actor=OPERATOR,
        action="account.list",
        purpose=ADMIN,
        detail=f"page={page} count={len(users)}",
    )
    return found
