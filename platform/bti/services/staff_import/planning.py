"""Comparing the rows with the database: what the import would change, or why it cannot.

Everything the comparison needs is loaded once, before any row is looked at: the
municipality's units, memberships and sign-in identities, the file's accounts (by username,
in chunks), and which accounts work in other municipalities too. A file of thousands of
rows costs a handful of queries, not some per row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, select

from bti.models import Membership, Role, StaffIdentity, StaffUser, Unit, UnitKind
from bti.services.staff_import.reading import Problem, Row, unit_key

#: Usernames per ``IN (…)`` list: well under every database's limit on parameters.
CHUNK = 500


@dataclass
class Person:
    """One account as the file describes it (its rows merged)."""

    username: str
    name: str
    email: str | None
    identity: str | None
    totp_required: bool | None
    line: int
    user: StaffUser | None = None


@dataclass
class NewUnit:
    name: str
    kind: UnitKind


@dataclass
class Plan:
    """What the import changes; ``problems`` non-empty means it changes nothing."""

    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    new_units: dict[str, NewUnit] = field(default_factory=dict)
    new_accounts: list[Person] = field(default_factory=list)
    #: Existing accounts whose details change: the person and the fields that change.
    updated_accounts: list[tuple[Person, tuple[str, ...]]] = field(default_factory=list)
    #: (person, unit key, role, title) of each membership to add.
    memberships_added: list[tuple[Person, str, Role, str]] = field(default_factory=list)
    #: Existing memberships whose title changes, with the new title.
    memberships_retitled: list[tuple[Membership, str]] = field(default_factory=list)
    memberships_removed: list[Membership] = field(default_factory=list)
    #: Memberships here that the file does not name, left as they are.
    memberships_kept: int = 0
    #: (person, subject): the person's sign-in identity here becomes ``subject``.
    identities_set: list[tuple[Person, str]] = field(default_factory=list)
    #: This municipality's identities to remove, replaced by those set.
    identities_replaced: list[StaffIdentity] = field(default_factory=list)
    accounts_deactivated: list[StaffUser] = field(default_factory=list)
    #: Usernames in the file whose account is disabled: not enabled again by an import.
    disabled_in_file: list[str] = field(default_factory=list)
    #: Existing units by key, and every account by id, for the report and the writing.
    units: dict[str, Unit] = field(default_factory=dict)
    units_by_id: dict[int, Unit] = field(default_factory=dict)
    users_by_id: dict[int, StaffUser] = field(default_factory=dict)


def people(rows: list[Row]) -> dict[str, Person]:
    """The accounts the rows describe, each with what any of its rows states."""
    found: dict[str, Person] = {}
    for row in rows:
        person = found.setdefault(
            row.username, Person(row.username, row.name, None, None, None, row.line)
        )
        person.email = person.email or row.email
        person.identity = person.identity or row.identity
        if person.totp_required is None:
            person.totp_required = row.totp_required
    return found


def plan(
    session: Session,
    *,
    rows: list[Row],
    elsewhere: set[int],
    remove_missing: bool,
) -> Plan:
    """What importing ``rows`` into the session's municipality would change.

    :param elsewhere: ids of the accounts with a membership in another municipality: their
        name, e-mail and second factor are not this municipality's to change.
    :param remove_missing: the file is the whole staff: memberships here that it does not
        name are removed, and accounts left with no membership anywhere are disabled.
    """
    result = Plan(rows=len(rows))
    persons = people(rows)
    _plan_units(session, rows, result)
    _plan_accounts(session, persons, elsewhere, result)
    _plan_identities(session, persons, result)
    _plan_memberships(session, rows, persons, elsewhere, remove_missing, result)
    result.problems.sort(key=lambda p: (p.line or 0, p.message))
    return result


def _plan_units(session: Session, rows: list[Row], result: Plan) -> None:
    existing: dict[str, list[Unit]] = defaultdict(list)
    for unit in session.exec(select(Unit)):
        existing[unit_key(unit.name)].append(unit)
        result.units_by_id[unit.id] = unit
    lines: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        lines[row.unit_key].append(row)
    for key, unit_rows in lines.items():
        first = unit_rows[0]
        kind_row = next((r for r in unit_rows if r.unit_kind is not None), None)
        matches = existing.get(key, [])
        exact = [u for u in matches if u.name == first.unit]
        if len(matches) > 1 and not exact:
            result.problems.append(
                Problem(first.line, f"unit {first.unit!r} matches more than one unit by name")
            )
        elif matches:
            unit = (exact or matches)[0]
            result.units[key] = unit
            if kind_row is not None and kind_row.unit_kind != unit.kind:
                result.problems.append(
                    Problem(
                        kind_row.line,
                        f"unit {unit.name!r} exists as a {unit.kind}, not a "
                        f"{kind_row.unit_kind.value} (its kind is not changed by an import)",
                    )
                )
        elif kind_row is None:
            also = ", ".join(str(r.line) for r in unit_rows[1:4])
            result.problems.append(
                Problem(
                    first.line,
                    f"unit {first.unit!r} is new: give its unit_kind"
                    + (f" (also lines {also})" if also else ""),
                )
            )
        else:
            result.new_units[key] = NewUnit(first.unit, kind_row.unit_kind)


def _plan_accounts(
    session: Session, persons: dict[str, Person], elsewhere: set[int], result: Plan
) -> None:
    usernames = list(persons)
    for start in range(0, len(usernames), CHUNK):
        chunk = usernames[start : start + CHUNK]
        for user in session.exec(select(StaffUser).where(StaffUser.username.in_(chunk))):
            persons[user.username].user = user
            result.users_by_id[user.id] = user
    for person in persons.values():
        user = person.user
        if user is None:
            result.new_accounts.append(person)
            continue
        if not user.active:
            result.disabled_in_file.append(person.username)
        if user.id in elsewhere:
            if " ".join(user.display_name.split()) != person.name:
                result.problems.append(
                    Problem(
                        person.line,
                        f"username {person.username!r} is an account in another municipality "
                        "with another name: is it the same person?",
                    )
                )
            continue
        changed = []
        if user.display_name != person.name:
            changed.append("name")
        if person.email is not None and user.email != person.email:
            changed.append("e-mail")
        if person.totp_required is not None and user.totp_required != person.totp_required:
            changed.append("second factor")
        if changed:
            result.updated_accounts.append((person, tuple(changed)))


def _plan_identities(session: Session, persons: dict[str, Person], result: Plan) -> None:
    identities = list(session.exec(select(StaffIdentity)))
    by_subject = {identity.subject: identity for identity in identities}
    by_user: dict[int, list[StaffIdentity]] = defaultdict(list)
    for identity in identities:
        by_user[identity.user_id].append(identity)
    clashes: list[tuple[Person, int]] = []
    for person in persons.values():
        if person.identity is None:
            continue
        user_id = person.user.id if person.user else None
        holder = by_subject.get(person.identity)
        if holder is not None and holder.user_id != user_id:
            clashes.append((person, holder.user_id))
        elif holder is None:
            result.identities_set.append((person, person.identity))
            if user_id is not None:
                result.identities_replaced += by_user.get(user_id, [])
    _load_users(session, {holder for _, holder in clashes}, result)
    for person, holder in clashes:
        other = result.users_by_id[holder].username
        result.problems.append(
            Problem(person.line, f"the identity is already registered for username {other!r}")
        )


def _plan_memberships(
    session: Session,
    rows: list[Row],
    persons: dict[str, Person],
    elsewhere: set[int],
    remove_missing: bool,
    result: Plan,
) -> None:
    existing = {(m.user_id, m.unit_id, m.role): m for m in session.exec(select(Membership))}
    named: set[tuple[int, int, str]] = set()
    for row in rows:
        person = persons[row.username]
        unit = result.units.get(row.unit_key)
        if person.user is not None and unit is not None:
            key = (person.user.id, unit.id, row.role)
            named.add(key)
            membership = existing.get(key)
            if membership is not None:
                if row.title is not None and membership.title != row.title:
                    result.memberships_retitled.append((membership, row.title))
                continue
        result.memberships_added.append((person, row.unit_key, row.role, row.title or ""))
    missing = [m for key, m in existing.items() if key not in named]
    if not remove_missing:
        result.memberships_kept = len(missing)
        return
    result.memberships_removed = missing
    admins_before = sum(1 for m in existing.values() if m.role == Role.ADMINISTRATOR)
    admins_after = sum(1 for row in rows if row.role == Role.ADMINISTRATOR)
    if admins_before and not admins_after:
        result.problems.append(
            Problem(
                None,
                "--remove-missing would leave the municipality without an administrator: "
                "the file names none",
            )
        )
    staying = {key[0] for key in named} | {p.user.id for p in persons.values() if p.user}
    leaving = {m.user_id for m in missing} - staying - elsewhere
    _load_users(session, {m.user_id for m in missing}, result)
    result.accounts_deactivated = sorted(
        (
            result.users_by_id[user_id]
            for user_id in leaving
            if result.users_by_id[user_id].active and not result.users_by_id[user_id].central_admin
        ),
        key=lambda user: user.username,
    )


def _load_users(session: Session, ids: set[int], result: Plan) -> None:
    """Add the accounts ``ids`` not loaded yet to ``result.users_by_id``."""
    wanted = sorted(ids - set(result.users_by_id))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for user in session.exec(select(StaffUser).where(StaffUser.id.in_(chunk))):
            result.users_by_id[user.id] = user
