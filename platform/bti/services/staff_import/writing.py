"""Writing a plan (:mod:`.planning`) in the caller's transaction, and describing it."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.models import LoginSession, Membership, StaffIdentity, StaffUser, Unit
from bti.services import signin
from bti.services.staff_import.planning import CHUNK, Person, Plan

#: Rows per bulk insert.
BATCH = 1000


def write(session: Session, plan: Plan, *, now: datetime) -> None:
    """Make the changes of ``plan`` (which has no problems) in the session's municipality.

    Updates and removals first, so a sign-in identity or membership is free before it is
    taken again (accounts disabled have their sessions ended). Then the new units, accounts,
    identities and memberships as bulk inserts, one statement per batch: the ORM's unit of
    work would insert them one row at a time where it must read back each new id (as on
    SQLite); the new ids are read back once instead. A bulk insert passes the tenancy
    guard's stamping, so each row is given the session's municipality here.
    """
    municipality_id = session.info["municipality_id"]
    for person, _fields in plan.updated_accounts:
        user = person.user
        user.display_name = person.name
        if person.email is not None:
            user.email = person.email
        if person.totp_required is not None:
            user.totp_required = person.totp_required
        session.add(user)
    for identity in plan.identities_replaced:
        session.delete(identity)
    for membership in plan.memberships_removed:
        session.delete(membership)
    for membership, title in plan.memberships_retitled:
        membership.title = title
        session.add(membership)
    _disable(session, plan.accounts_deactivated, now=now)
    session.flush()
    unit_ids = {key: unit.id for key, unit in plan.units.items()}
    unit_ids |= _insert_units(session, plan, municipality_id=municipality_id)
    new_ids = _insert_accounts(session, plan, now=now)

    def user_id(person: Person) -> int:
        return person.user.id if person.user else new_ids[person.username]

    _insert(
        session,
        StaffIdentity,
        [
            {
                "municipality_id": municipality_id,
                "user_id": user_id(person),
                "subject": subject,
                "created_at": now,
            }
            for person, subject in plan.identities_set
        ],
    )
    _insert(
        session,
        Membership,
        [
            {
                "municipality_id": municipality_id,
                "user_id": user_id(person),
                "unit_id": unit_ids[key],
                "role": role,
                "title": title,
            }
            for person, key, role, title in plan.memberships_added
        ],
    )


def _insert(session: Session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(sa.insert(model), rows[start : start + BATCH])


def _insert_units(session: Session, plan: Plan, *, municipality_id: int) -> dict[str, int]:
    """Add the new units; their ids by key."""
    new = plan.new_units
    _insert(
        session,
        Unit,
        [
            {"municipality_id": municipality_id, "name": n.name, "kind": n.kind}
            for n in new.values()
        ],
    )
    if not new:
        return {}
    names = {n.name: key for key, n in new.items()}
    found = session.exec(select(Unit.id, Unit.name).where(Unit.name.in_(list(names))))
    return {names[name]: unit_id for unit_id, name in found}


def _insert_accounts(session: Session, plan: Plan, *, now: datetime) -> dict[str, int]:
    """Add the new accounts (no password: they sign in through the provider or set one
    through a reset link); their ids by username."""
    _insert(
        session,
        StaffUser,
        [
            {
                "username": p.username,
                "display_name": p.name,
                "email": p.email,
                "totp_required": bool(p.totp_required),
                "active": True,
                "central_admin": False,
                "created_at": now,
            }
            for p in plan.new_accounts
        ],
    )
    usernames = [p.username for p in plan.new_accounts]
    ids = {}
    for start in range(0, len(usernames), CHUNK):
        chunk = usernames[start : start + CHUNK]
        query = select(StaffUser.id, StaffUser.username).where(StaffUser.username.in_(chunk))
        ids |= {username: user_id for user_id, username in session.exec(query)}
    return ids


def _disable(session: Session, users: list[StaffUser], *, now: datetime) -> None:
    """Disable ``users`` and end every session they hold (as ``bti admin deactivate-user``)."""
    for user in users:
        user.active = False
        session.add(user)
    ids = [user.id for user in users]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        logins = session.exec(
            select(LoginSession).where(
                LoginSession.user_id.in_(chunk), LoginSession.ended_at.is_(None)
            )
        ).all()
        signin.end_all(session, logins, now=now)


def describe(plan: Plan) -> list[str]:
    """One line per change, for the operator: usernames, unit names and roles; never a
    person's name or e-mail address."""
    unit_names = {key: unit.name for key, unit in plan.units.items()}
    unit_names |= {key: new.name for key, new in plan.new_units.items()}
    lines = [f"+ unit {new.name!r} ({new.kind})" for new in plan.new_units.values()]
    lines += [f"+ account {person.username}" for person in plan.new_accounts]
    lines += [
        f"~ account {person.username}: {', '.join(fields)}"
        for person, fields in plan.updated_accounts
    ]
    lines += [f"~ sign-in identity of {person.username}" for person, _ in plan.identities_set]
    lines += [
        f"+ membership {person.username}: {role} in {unit_names[key]!r}"
        for person, key, role, _title in plan.memberships_added
    ]
    lines += [
        f"~ membership {_username(plan, m)}: {m.role} in {_unit(plan, m)!r}: title"
        for m, _title in plan.memberships_retitled
    ]
    lines += [
        f"- membership {_username(plan, m)}: {m.role} in {_unit(plan, m)!r}"
        for m in plan.memberships_removed
    ]
    lines += [
        f"- account {user.username} disabled (no membership left)"
        for user in plan.accounts_deactivated
    ]
    return lines


def _username(plan: Plan, membership: Membership) -> str:
    user = plan.users_by_id.get(membership.user_id)
    return user.username if user else f"#{membership.user_id}"


def _unit(plan: Plan, membership: Membership) -> str:
    unit = plan.units_by_id.get(membership.unit_id)
    return unit.name if unit else f"#{membership.unit_id}"
