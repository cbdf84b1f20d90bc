"""The municipality's staff accounts, as its administrator keeps them.

The staff of a municipality are the accounts with a role in one of its units. Its
administrator lists them (page by page, by name or username), creates an account with its
first role, edits the name and e-mail, requires the second factor, gives and takes away
roles in the municipality's units, registers the identity provider's claim value, and
deactivates or reactivates the account. Roles in other municipalities are neither shown nor
touched. Guard rails: the municipality keeps at least one active administrator, and no one
deactivates themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, or_, select

from bti import clock
from bti.errors import InvalidInput, Refused
from bti.i18n import lazy_gettext as _l
from bti.models import Membership, Role, StaffIdentity, StaffUser, Unit
from bti.rules.access import Actor
from bti.services import accounts, password_reset
from bti.services.administration import access, people
from bti.services.paging import Paged


@dataclass(frozen=True)
class StaffRow:
    user_id: int
    username: str
    display_name: str
    active: bool
    #: (unit name, role) in this municipality.
    roles: tuple[tuple[str, Role], ...]


@dataclass(frozen=True)
class StaffPage(Paged):
    rows: list[StaffRow]
    total: int
    page: int
    per_page: int
    query: str


def _members(session: Session):
    """The ids of the accounts with a role in the session's municipality."""
    return select(Membership.user_id).where(
        Membership.municipality_id == session.info["municipality_id"]
    )


def staff(
    session: Session, *, by: Actor, query: str = "", page: int = 1, per_page: int = 25
) -> StaffPage:
    """One page of the municipality's staff by name; ``query`` filters on a part of the
    name or the username."""
    access.require(session, by, "admin.staff")
    where = [col(StaffUser.id).in_(_members(session))]
    wanted = " ".join(query.split()).lower()[:120]
    if wanted:
        # What was typed is text: its % and _ are not wildcards.
        text = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{text}%"
        where.append(
            or_(
                func.lower(StaffUser.display_name).like(pattern, escape="\\"),
                col(StaffUser.username).like(pattern, escape="\\"),
            )
        )
    total = session.exec(select(func.count()).select_from(StaffUser).where(*where)).one()
    users = session.exec(
        select(StaffUser)
        .where(*where)
        .order_by(StaffUser.display_name, StaffUser.id)
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    roles: dict[int, list[tuple[str, Role]]] = {}
    if users:
        for user_id, unit_name, role in session.exec(
            select(Membership.user_id, Unit.name, Membership.role)
            .join(Unit, Unit.id == Membership.unit_id)
            .where(col(Membership.user_id).in_([u.id for u in users]))
            .order_by(Unit.name)
        ):
            roles.setdefault(user_id, []).append((unit_name, Role(role)))
    access.record(session, by, "admin.staff", f"page={page} filtered={int(bool(wanted))}")
    rows = [
        StaffRow(u.id, u.username, u.display_name, u.active, tuple(roles.get(u.id, ())))
        for u in users
    ]
    return StaffPage(rows, total, page, per_page, wanted)


@dataclass(frozen=True)
class RoleRow:
    membership_id: int
    unit_id: int
    unit_name: str
    role: Role


@dataclass(frozen=True)
class StaffMember:
    """One account as this municipality's administrator sees it: no secrets."""

    user_id: int
    username: str
    display_name: str
    email: str | None
    active: bool
    totp_enabled: bool
    totp_required: bool
    has_password: bool
    #: The provider's claim value registered in this municipality.
    subject: str | None
    roles: tuple[RoleRow, ...]
    #: The administrator looks at their own account.
    is_self: bool


def member(session: Session, *, by: Actor, user_id: int) -> StaffMember:
    """One of the municipality's staff; an account without a role here is not found."""
    access.require(session, by, "admin.staff.read")
    user = _staff_user(session, by, user_id)
    roles = tuple(
        RoleRow(m_id, u_id, name, Role(role))
        for m_id, u_id, name, role in session.exec(
            select(Membership.id, Unit.id, Unit.name, Membership.role)
            .join(Unit, Unit.id == Membership.unit_id)
            .where(Membership.user_id == user_id)
            .order_by(Unit.name, Membership.role)
        )
    )
    identity = _identity(session, user_id)
    access.record(session, by, "admin.staff.read", f"user={user_id}")
    return StaffMember(
        user.id,
        user.username,
        user.display_name,
        user.email,
        user.active,
        user.totp_enabled_at is not None,
        user.totp_required,
        bool(user.password_hash),
        identity.subject if identity else None,
        roles,
        user.id == by.user_id,
    )


def create_staff(
    session: Session,
    *,
    by: Actor,
    username: str,
    display_name: str,
    email: str | None,
    unit_id: int | None,
    role: str,
    subject: str | None = None,
) -> int:
    """A new staff account with its first role in one of the municipality's units (and,
    optionally, the provider's claim value); its id. It has no password: it signs in
    through the provider, or gets a link to set one.

    :raises InvalidInput: a value is wrong or taken (``username``, ``display_name``,
        ``email``, ``unit_id``, ``role``, ``subject``).
    """
    access.require(session, by, "admin.staff.create")
    name = people.username(username)
    shown = people.display_name(display_name)
    address = people.email(email)
    target = _unit_for(session, unit_id)
    chosen = people.role(role)
    claim = people.subject(subject)
    people.username_free(session, name)
    if claim:
        people.subject_free(session, claim)
    user = StaffUser(username=name, display_name=shown, email=address)
    session.add(user)
    session.flush()
    session.add(Membership(user_id=user.id, unit_id=target.id, role=chosen))
    if claim:
        session.add(StaffIdentity(user_id=user.id, subject=claim))
    access.record(
        session,
        by,
        "admin.staff.create",
        f"user={user.id} unit={target.id} role={chosen.value} identity={int(bool(claim))}",
    )
    return user.id


def update_staff(
    session: Session,
    *,
    by: Actor,
    user_id: int,
    display_name: str,
    email: str | None,
    totp_required: bool,
) -> None:
    """Set the name, the e-mail address and whether the second factor is required."""
    access.require(session, by, "admin.staff.update")
    user = _staff_user(session, by, user_id)
    user.display_name = people.display_name(display_name)
    user.email = people.email(email)
    user.totp_required = bool(totp_required)
    session.add(user)
    access.record(
        session, by, "admin.staff.update", f"user={user_id} totp_required={int(totp_required)}"
    )


def add_role(session: Session, *, by: Actor, user_id: int, unit_id: int | None, role: str) -> None:
    """Give the account ``role`` in one of the municipality's units."""
    access.require(session, by, "admin.role.add")
    _staff_user(session, by, user_id)
    target = _unit_for(session, unit_id)
    chosen = people.role(role)
    exists = session.exec(
        select(Membership.id).where(
            Membership.user_id == user_id,
            Membership.unit_id == target.id,
            Membership.role == chosen,
        )
    ).first()
    if exists:
        raise InvalidInput("role", _l("The person already has this role in this unit."))
    session.add(Membership(user_id=user_id, unit_id=target.id, role=chosen))
    session.flush()
    access.record(
        session, by, "admin.role.add", f"user={user_id} unit={target.id} role={chosen.value}"
    )


def remove_role(session: Session, *, by: Actor, user_id: int, membership_id: int) -> None:
    """Take a role away; the municipality's last administrator role of an active account
    stays.

    :raises Refused: ``last_administrator``.
    """
    access.require(session, by, "admin.role.remove")
    _staff_user(session, by, user_id)
    membership = session.get(Membership, membership_id)
    if membership is None or membership.user_id != user_id or not _here(session, membership):
        raise access.not_found(session, by, "admin.role.remove", "membership")
    if membership.role == Role.ADMINISTRATOR and not access.other_active_administrators(
        session, membership_id=membership_id
    ):
        raise Refused("last_administrator", LAST_ADMINISTRATOR)
    session.delete(membership)
    access.record(
        session,
        by,
        "admin.role.remove",
        f"user={user_id} unit={membership.unit_id} role={membership.role}",
    )


LAST_ADMINISTRATOR = _l(
    "The municipality must keep at least one administrator. Give someone else the "
    "administrator role first."
)


def set_identity(session: Session, *, by: Actor, user_id: int, subject: str) -> None:
    """Register the provider's claim value for the account in this municipality (replacing
    the one registered before)."""
    access.require(session, by, "admin.identity.set")
    _staff_user(session, by, user_id)
    claim = people.subject(subject)
    if claim is None:
        raise InvalidInput("subject", _l("Write the value of the sign-in identity."))
    current = _identity(session, user_id)
    if current is not None and current.subject == claim:
        return
    people.subject_free(session, claim)
    if current is None:
        current = StaffIdentity(user_id=user_id, subject=claim)
    current.subject = claim
    session.add(current)
    access.record(session, by, "admin.identity.set", f"user={user_id}")


def remove_identity(session: Session, *, by: Actor, user_id: int) -> None:
    """Take away the provider's claim value: the account no longer signs in through it."""
    access.require(session, by, "admin.identity.remove")
    _staff_user(session, by, user_id)
    current = _identity(session, user_id)
    if current is not None:  # removing twice (two tabs) changes nothing
        session.delete(current)
    access.record(session, by, "admin.identity.remove", f"user={user_id}")


def deactivate(session: Session, *, by: Actor, user_id: int) -> int:
    """Disable the account and end every session it holds (:func:`bti.services.accounts.
    disable`); how many sessions were ended. Its roles stay, so reactivating gives them
    back.

    :raises Refused: ``self`` (one's own account), ``last_administrator``.
    """
    access.require(session, by, "admin.staff.deactivate")
    user = _staff_user(session, by, user_id)
    if user_id == by.user_id:
        raise Refused("self", _l("You cannot deactivate your own account."))
    if _is_administrator(session, user_id) and not access.other_active_administrators(
        session, user_id=user_id
    ):
        raise Refused("last_administrator", LAST_ADMINISTRATOR)
    ended = accounts.disable(session, user, now=clock.now()) if user.active else 0
    access.record(session, by, "admin.staff.deactivate", f"user={user_id} sessions={ended}")
    return ended


def reactivate(session: Session, *, by: Actor, user_id: int) -> None:
    access.require(session, by, "admin.staff.reactivate")
    user = _staff_user(session, by, user_id)
    user.active = True
    session.add(user)
    access.record(session, by, "admin.staff.reactivate", f"user={user_id}")


def _staff_user(session: Session, by: Actor, user_id: int) -> StaffUser:
    """The account, if it has a role in the session's municipality (else a denial)."""
    user = session.get(StaffUser, user_id)
    member = session.exec(_members(session).where(Membership.user_id == user_id)).first()
    if user is None or not member:
        raise access.not_found(session, by, "admin.staff", "user")
    return user


def _here(session: Session, row) -> bool:
    return row.municipality_id == session.info["municipality_id"]


def _identity(session: Session, user_id: int) -> StaffIdentity | None:
    return session.exec(select(StaffIdentity).where(StaffIdentity.user_id == user_id)).first()


def _is_administrator(session: Session, user_id: int) -> bool:
    return bool(
        session.exec(
            select(Membership.id).where(
                Membership.user_id == user_id, Membership.role == Role.ADMINISTRATOR
            )
        ).first()
    )


def _unit_for(session: Session, unit_id: int | None) -> Unit:
    found = session.get(Unit, unit_id) if unit_id else None
    if found is None or not _here(session, found):
        raise InvalidInput("unit_id", _l("Choose a unit."))
    return found


def password_link(session: Session, *, by: Actor, user_id: int) -> str:
    """A one-time link for the person to set a new password (:mod:`bti.services.
    password_reset`: it works once, for a limited time, and ends the older ones); the raw
    token, which the page shows the administrator once. Audited as ``account.reset_issued``.
    """
    access.require(session, by, "account.reset_issued")
    _staff_user(session, by, user_id)
    return password_reset.issue_in(
        session,
        by=by,
        account_kind=password_reset.STAFF,
        account_id=user_id,
        municipality_id=session.info["municipality_id"],
    )
