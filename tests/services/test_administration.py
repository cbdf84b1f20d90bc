"""The administration services without the web pages: lists paginated in the database at a
fixed cost, the filter, the guard rails, one municipality's staff apart from another's, and
the audit events (ids, never names)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bti.errors import InvalidInput, NotFound, Refused
from bti.models import AuditEvent, Membership, StaffUser, Unit
from bti.services import administration
from bti.services.administration import staff, units
from tests.services.test_unit_overview import counted_statements
from tests.support.world import World

pytestmark = pytest.mark.database


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world("Vestby", "Tromsø", database_url=database_url)
    world.employee("Vera", "Vestby administrasjon", "administrator")
    world.employee("Kari", "Nordby skole")
    world.employee("Lise", "Nordby skole", "leder")
    tromso = world.db.municipality_ids()["tromso"]
    administration.create_user(
        world.db, username="tore", display_name="Tore", municipality_id=tromso,
        subject="same-value",
    )  # fmt: skip
    return world


def _many(world: World, count: int) -> None:
    unit = world.unit("Nordby skole")
    with world.db.unscoped() as session, session.begin():
        users = [
            StaffUser(username=f"ansatt{n:03d}", display_name=f"Ansatt {n:03d}")
            for n in range(count)
        ]
        session.add_all(users)
        session.flush()
        ids = [u.id for u in users]
    with world.transaction() as session:
        session.add_all(Membership(user_id=i, unit_id=unit, role="ansatt") for i in ids)


def test_the_staff_list_is_paginated_in_the_database_at_a_fixed_cost(world):
    # Out of the way: the actor's own queries, and the municipality's first audit event (on
    # PostgreSQL it creates the chain's head under an advisory lock, once).
    world.look("Vera", staff.staff, per_page=10)
    with counted_statements(world) as few:
        first = world.look("Vera", staff.staff, per_page=10)
    assert [r.display_name for r in first.rows] == ["Kari", "Lise", "Vera"]
    _many(world, 40)
    with counted_statements(world) as many:
        page = world.look("Vera", staff.staff, page=2, per_page=10)
    assert page.total == 43 and page.pages == 5 and len(page.rows) == 10
    assert page.rows[0].display_name == "Ansatt 010"
    assert len(many) == len(few), many


def test_the_filter_matches_part_of_the_name_or_the_username(world):
    assert [r.display_name for r in world.look("Vera", staff.staff, query="LI").rows] == ["Lise"]
    assert [r.display_name for r in world.look("Vera", staff.staff, query="kari").rows] == ["Kari"]
    assert world.look("Vera", staff.staff, query="tore").rows == [], "Tromsø's staff"
    assert world.look("Vera", staff.staff, query="%").total == 0, "a wildcard is text"
    assert world.look("Vera", staff.staff, query="_").total == 0


def test_only_an_administrator_reads_or_changes_and_the_attempt_is_on_record(world):
    for service, kwargs in (
        (staff.staff, {}),
        (units.units, {}),
        (units.create_unit, {"name": "Ny skole", "kind": "skole"}),
        (staff.deactivate, {"user_id": 1}),
    ):
        world.act("Lise", service, **kwargs)
        assert isinstance(world.error, NotFound), service
    with world.scoped() as session:
        denied = session.exec(select(AuditEvent).where(AuditEvent.outcome == "denied")).all()
        assert len(denied) == 4 and {e.actor_id for e in denied} == {world.staff["Lise"]}
        assert session.exec(select(Unit).where(Unit.name == "Ny skole")).first() is None


def test_tromsos_staff_and_units_are_not_found_from_vestby(world):
    tore = _tore(world)
    for service, kwargs in (
        (staff.member, {"user_id": tore}),
        (
            staff.update_staff,
            {"user_id": tore, "display_name": "X", "email": None, "totp_required": True},
        ),
        (staff.deactivate, {"user_id": tore}),
        (
            staff.add_role,
            {"user_id": tore, "unit_id": world.unit("Nordby skole"), "role": "ansatt"},
        ),
    ):
        world.act("Vera", service, **kwargs)
        assert isinstance(world.error, NotFound), service
    with world.db.unscoped() as session:
        user = session.get(StaffUser, tore)
    assert (user.display_name, user.active, user.totp_required) == ("Tore", True, False)


def _tore(world: World) -> int:
    with world.db.unscoped() as session:
        return session.exec(select(StaffUser.id).where(StaffUser.username == "tore")).one()


def test_a_claim_value_is_unique_within_a_municipality_only(world):
    world.act_ok("Vera", staff.set_identity, user_id=world.staff["Kari"], subject="same-value")
    world.act("Vera", staff.set_identity, user_id=world.staff["Lise"], subject="same-value")
    assert isinstance(world.error, InvalidInput) and world.error.field == "subject"


def test_the_last_active_administrator_stays(world):
    vera = world.staff["Vera"]
    world.employee("Olav", "Vestby administrasjon", "administrator")
    olav = world.staff["Olav"]
    world.act_ok("Vera", staff.deactivate, user_id=olav)
    # Olav is deactivated: Vera is the last active administrator.
    with world.scoped() as session:
        role = session.exec(
            select(Membership).where(Membership.user_id == vera, Membership.role == "administrator")
        ).one()
    world.act("Vera", staff.remove_role, user_id=vera, membership_id=role.id)
    assert isinstance(world.error, Refused) and world.error.reason == "last_administrator"
    world.act("Vera", staff.deactivate, user_id=vera)
    assert isinstance(world.error, Refused) and world.error.reason == "self"
    world.act_ok("Vera", staff.reactivate, user_id=olav)
    world.act_ok("Vera", staff.remove_role, user_id=vera, membership_id=role.id)


def test_a_role_is_given_once_per_unit_and_only_in_the_municipalitys_units(world):
    kari = world.staff["Kari"]
    world.act_ok(
        "Vera", staff.add_role, user_id=kari, unit_id=world.unit("Nordby skole"), role="leder"
    )
    world.act(
        "Vera", staff.add_role, user_id=kari, unit_id=world.unit("Nordby skole"), role="leder"
    )
    assert isinstance(world.error, InvalidInput) and world.error.field == "role"
    with world.db.scoped(world.db.municipality_ids()["tromso"]) as session:
        tromso_unit = session.exec(select(Unit.id)).one()
    world.act("Vera", staff.add_role, user_id=kari, unit_id=tromso_unit, role="ansatt")
    assert isinstance(world.error, InvalidInput) and world.error.field == "unit_id"
    world.act("Vera", staff.add_role, user_id=kari, unit_id=world.unit("Nordby skole"), role="sjef")
    assert isinstance(world.error, InvalidInput) and world.error.field == "role"


def test_units_are_created_renamed_and_listed_with_their_roles(world):
    unit_id = world.act_ok("Vera", units.create_unit, name="  Østby   barnehage ", kind="barnehage")
    world.act("Vera", units.create_unit, name="Østby barnehage", kind="barnehage")
    assert isinstance(world.error, InvalidInput) and world.error.field == "name"
    world.act("Vera", units.create_unit, name="Sørby", kind="slott")
    assert isinstance(world.error, InvalidInput) and world.error.field == "kind"
    world.act("Vera", units.update_unit, unit_id=unit_id, name="Nordby skole", kind="skole")
    assert isinstance(world.error, InvalidInput) and world.error.field == "name"
    world.act_ok("Vera", units.update_unit, unit_id=unit_id, name="Østby barnehage", kind="annet")
    listing = world.look("Vera", units.units)
    assert [(r.name, r.kind.value, r.members) for r in listing.rows] == [
        ("Nordby skole", "skole", 2),
        ("Vestby administrasjon", "annet", 1),
        ("Østby barnehage", "annet", 0),
    ]
    with world.scoped() as session:
        details = [
            e.detail
            for e in session.exec(
                select(AuditEvent)
                .where(AuditEvent.action.startswith("admin.unit."))
                .order_by(AuditEvent.id)
            )
        ]
    assert details == [f"unit={unit_id} kind=barnehage", f"unit={unit_id} kind=annet"]


def test_list_users_pages_through_the_deployment(world):
    page = administration.list_users(world.db, page=1, per_page=2)
    assert page.total == 4 and page.pages == 2
    second = administration.list_users(world.db, page=2, per_page=2)
    names = [r.username for r in page.rows + second.rows]
    assert names == sorted(names) and "tore" in names
    tore = next(r for r in second.rows + page.rows if r.username == "tore")
    assert tore.roles == (("tromso", "Administrasjon", "administrator"),)
