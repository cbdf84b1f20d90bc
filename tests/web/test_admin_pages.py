"""The municipality's administration through the browser's eyes (HTTP): units and staff
accounts kept by an administrator of Vestby, who sees nothing of Tromsø's; the guard rails;
errors beside the field with what was typed kept; one audit event per action."""

from __future__ import annotations

import re

import pytest
from sqlmodel import col, select

from bti.models import AuditEvent, LoginSession, Membership, StaffIdentity, StaffUser, Unit
from bti.services import administration
from tests.support.web import csrf, give_passwords, sign_in, signed_in
from tests.support.world import World

pytestmark = pytest.mark.database

ADMIN = "/vestby/administrasjon"


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world("Vestby", "Tromsø", database_url=database_url)
    world.employee("Vera", "Administrasjon", "administrator")
    world.employee("Kari", "Nordby skole")
    world.employee("Lise", "Nordby skole", "leder")
    tromso = world.db.municipality_ids()["tromso"]
    administration.create_user(
        world.db, username="tore", display_name="Tore", municipality_id=tromso,
        unit="Tromsø barnevern", kind="barnevern", role="employee", subject="t-1",
    )  # fmt: skip
    give_passwords(world)
    return world


def _post(client, path: str, data: dict, *, page: str | None = None):
    token = csrf(client, page or path)
    return client.post(path, data={**data, "csrf_token": token})


def _done(client, response) -> str:
    """The page an action sent the user on to (a 303, as after every saved form)."""
    assert response.status_code == 303, response.get_data(as_text=True)[:3000]
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    return page.get_data(as_text=True)


def _events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def _user(world: World, username: str) -> StaffUser:
    with world.db.unscoped() as session:
        return session.exec(select(StaffUser).where(StaffUser.username == username)).one()


def test_the_header_links_the_administration_for_administrators_only(world):
    vera = signed_in(world, "vera").get("/vestby/saker").get_data(as_text=True)
    assert f'href="{ADMIN}/"' in vera
    kari = signed_in(world, "kari").get("/vestby/saker").get_data(as_text=True)
    assert "administrasjon" not in kari
    start = signed_in(world, "vera").get(f"{ADMIN}/").get_data(as_text=True)
    assert "Tjenestesteder" in start and "Ansattkontoer" in start
    assert "/vestby/team" not in start, "Vestby has no standing teams"


def test_an_administrator_creates_renames_and_changes_the_kind_of_a_unit(world):
    client = signed_in(world, "vera")
    created = _post(
        client,
        f"{ADMIN}/tjenestesteder",
        {"unit-name": "Østby barnehage", "unit-kind": "barnehage"},
    )
    page = _done(client, created)
    assert "Tjenestestedet er opprettet." in page and "Østby barnehage" in page
    with world.scoped() as session:
        unit = session.exec(select(Unit).where(Unit.name == "Østby barnehage")).one()
    assert unit.kind == "barnehage"
    path = f"{ADMIN}/tjenestesteder/{unit.id}"
    saved = _post(client, path, {"unit-name": "Østby naturbarnehage", "unit-kind": "annet"})
    assert "Tjenestestedet er lagret." in _done(client, saved)
    with world.scoped() as session:
        renamed = session.get(Unit, unit.id)
    assert (renamed.name, renamed.kind) == ("Østby naturbarnehage", "annet")
    assert [e.detail for e in _events(world, "admin.unit.update")] == [f"unit={unit.id} kind=annet"]


def test_a_unit_name_taken_or_missing_is_shown_beside_the_field_with_what_was_typed(world):
    client = signed_in(world, "vera")
    taken = _post(
        client, f"{ADMIN}/tjenestesteder", {"unit-name": "Nordby skole", "unit-kind": "skole"}
    )
    assert taken.status_code == 400
    page = taken.get_data(as_text=True)
    assert "Kommunen har allerede et tjenestested med dette navnet." in page
    assert 'id="unit-name-error"' in page and 'value="Nordby skole"' in page
    blank = _post(client, f"{ADMIN}/tjenestesteder", {"unit-name": " ", "unit-kind": ""})
    assert blank.status_code == 400
    assert "Skriv navnet på tjenestestedet." in blank.get_data(as_text=True)
    with world.scoped() as session:
        assert len(session.exec(select(Unit)).all()) == 2  # Administrasjon, Nordby skole


def test_units_are_listed_a_page_at_a_time(world):
    client = signed_in(world, "vera")
    with world.transaction() as session:
        for n in range(30):
            session.add(Unit(name=f"Skole {n:02d}", kind="skole"))
    first = client.get(f"{ADMIN}/tjenestesteder").get_data(as_text=True)
    assert "32 tjenestesteder" in first and "Side 1 av 2" in first
    assert "Administrasjon" in first and "Skole 22" in first and "Skole 23" not in first
    second = client.get(f"{ADMIN}/tjenestesteder?side=2").get_data(as_text=True)
    assert "Skole 23" in second and "Skole 29" in second
    assert ">Administrasjon</a></td>" in first and ">Administrasjon</a></td>" not in second


def test_an_administrator_creates_an_account_with_its_first_role_and_identity(world):
    client = signed_in(world, "vera")
    nordby = world.unit("Nordby skole")
    created = _post(
        client,
        f"{ADMIN}/ansatte/ny",
        {
            "staff-username": "Ola.Nordmann", "staff-display_name": "Ola Nordmann",
            "staff-email": "ola@vestby.kommune.no", "staff-unit_id": str(nordby),
            "staff-role": "koordinator", "staff-subject": "00u-ola",
        },
    )  # fmt: skip
    page = _done(client, created)
    assert "Kontoen er opprettet." in page and "Ola Nordmann" in page
    ola = _user(world, "ola.nordmann")
    assert ola.password_hash is None and ola.email == "ola@vestby.kommune.no"
    with world.scoped() as session:
        role = session.exec(select(Membership).where(Membership.user_id == ola.id)).one()
        identity = session.exec(select(StaffIdentity).where(StaffIdentity.user_id == ola.id)).one()
    assert (role.unit_id, role.role, identity.subject) == (nordby, "koordinator", "00u-ola")
    (event,) = _events(world, "admin.staff.create")
    assert event.purpose == "administration" and event.actor_id == world.staff["Vera"]
    assert "Ola" not in event.detail


def test_a_taken_username_keeps_what_was_typed_and_writes_nothing(world):
    client = signed_in(world, "vera")
    response = _post(
        client,
        f"{ADMIN}/ansatte/ny",
        {
            "staff-username": "tore", "staff-display_name": "Tore Vestby",
            "staff-email": "ikke en adresse", "staff-unit_id": str(world.unit("Nordby skole")),
            "staff-role": "ansatt",
        },
    )  # fmt: skip
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    # The first mistake the service finds is named beside its field; the rest is kept.
    assert "Skriv en e-postadresse, for eksempel navn@kommune.no." in page
    assert 'value="Tore Vestby"' in page and 'value="tore"' in page
    fixed = _post(
        client,
        f"{ADMIN}/ansatte/ny",
        {
            "staff-username": "tore", "staff-display_name": "Tore Vestby",
            "staff-unit_id": str(world.unit("Nordby skole")), "staff-role": "ansatt",
        },
    )  # fmt: skip
    assert fixed.status_code == 400
    assert "Dette brukernavnet er allerede i bruk." in fixed.get_data(as_text=True)
    with world.db.unscoped() as session:
        assert len(session.exec(select(StaffUser)).all()) == 4
    assert _events(world, "admin.staff.create") == []


def test_the_staff_list_filters_by_name_and_shows_only_this_municipalitys_staff(world):
    client = signed_in(world, "vera")
    everyone = client.get(f"{ADMIN}/ansatte").get_data(as_text=True)
    assert "3 kontoer" in everyone
    assert "Kari" in everyone and "Lise" in everyone and "Vera" in everyone
    assert "Tore" not in everyone and "Tromsø barnevern" not in everyone
    found = client.get(f"{ADMIN}/ansatte?q=LIS").get_data(as_text=True)
    assert "1 kontoer" in found and "Lise" in found and "Kari" not in found
    assert client.get(f"{ADMIN}/ansatte?q=tore").get_data(as_text=True).count("tore") <= 1
    tore = _user(world, "tore")
    assert client.get(f"{ADMIN}/ansatte/{tore.id}").status_code == 404


def test_roles_are_added_and_removed_in_this_municipality_only(world):
    client = signed_in(world, "vera")
    kari = world.staff["Kari"]
    path = f"{ADMIN}/ansatte/{kari}"
    added = _post(
        client,
        f"{path}/rolle",
        {"role-unit_id": str(world.unit("Nordby skole")), "role-role": "leder"},
        page=path,
    )
    assert "Rollen er lagt til." in _done(client, added)
    again = _post(
        client,
        f"{path}/rolle",
        {"role-unit_id": str(world.unit("Nordby skole")), "role-role": "leder"},
        page=path,
    )
    assert again.status_code == 400
    assert "Personen har allerede denne rollen ved dette tjenestestedet." in again.get_data(
        as_text=True
    )
    # Tromsø's unit cannot be chosen from Vestby.
    with world.db.scoped(world.db.municipality_ids()["tromso"]) as session:
        tromso_unit = session.exec(select(Unit.id)).one()
    elsewhere = _post(
        client,
        f"{path}/rolle",
        {"role-unit_id": str(tromso_unit), "role-role": "ansatt"},
        page=path,
    )
    assert elsewhere.status_code == 400 and "Velg et tjenestested." in elsewhere.get_data(
        as_text=True
    )
    with world.scoped() as session:
        leader = session.exec(
            select(Membership).where(Membership.user_id == kari, Membership.role == "leder")
        ).one()
    removed = _post(
        client, f"{path}/rolle/{leader.id}/fjern", {f"remove-{leader.id}-submit": ""}, page=path
    )
    assert "Rollen er fjernet." in _done(client, removed)
    with world.scoped() as session:
        assert [
            m.role for m in session.exec(select(Membership).where(Membership.user_id == kari))
        ] == ["ansatt"]


def test_a_multi_municipality_account_keeps_its_roles_elsewhere(world):
    tore = _user(world, "tore")
    with world.transaction() as session:
        session.add(Membership(user_id=tore.id, unit_id=world.unit("Nordby skole"), role="ansatt"))
    client = signed_in(world, "vera")
    page = client.get(f"{ADMIN}/ansatte/{tore.id}").get_data(as_text=True)
    assert "Nordby skole" in page and "Tromsø barnevern" not in page
    with world.scoped() as session:
        here = session.exec(select(Membership).where(Membership.user_id == tore.id)).one()
    path = f"{ADMIN}/ansatte/{tore.id}"
    _post(client, f"{path}/rolle/{here.id}/fjern", {}, page=path)
    with world.db.scoped(world.db.municipality_ids()["tromso"]) as session:
        assert session.exec(select(Membership).where(Membership.user_id == tore.id)).one()
    assert client.get(path).status_code == 404, "no longer one of Vestby's staff"


def test_the_last_administrator_cannot_be_removed_or_deactivated(world):
    client = signed_in(world, "vera")
    vera = world.staff["Vera"]
    path = f"{ADMIN}/ansatte/{vera}"
    with world.scoped() as session:
        role = session.exec(select(Membership).where(Membership.user_id == vera)).one()
    refused = _post(client, f"{path}/rolle/{role.id}/fjern", {}, page=path)
    assert refused.status_code == 400
    assert "Kommunen må ha minst én administrator." in refused.get_data(as_text=True)
    with world.scoped() as session:
        assert session.get(Membership, role.id) is not None
    own = _post(client, f"{path}/deaktiver", {}, page=path)
    assert own.status_code == 400
    assert "Du kan ikke deaktivere din egen konto." in own.get_data(as_text=True)
    # With a second administrator, Vera may give up the role.
    kari = world.staff["Kari"]
    _post(
        client,
        f"{ADMIN}/ansatte/{kari}/rolle",
        {"role-unit_id": str(world.unit("Administrasjon")), "role-role": "administrator"},
        page=f"{ADMIN}/ansatte/{kari}",
    )
    assert _post(client, f"{path}/rolle/{role.id}/fjern", {}, page=path).status_code == 303


def test_deactivating_ends_the_sessions_and_reactivating_lets_the_person_back(world):
    kari_client = signed_in(world, "kari")
    assert kari_client.get("/vestby/saker").status_code == 200
    client = signed_in(world, "vera")
    kari = world.staff["Kari"]
    path = f"{ADMIN}/ansatte/{kari}"
    done = _post(client, f"{path}/deaktiver", {}, page=path)
    assert "Kontoen er deaktivert" in _done(client, done)
    assert kari_client.get("/vestby/saker").status_code == 302
    assert sign_in(world.deployment.start().test_client()).status_code == 401
    with world.db.unscoped() as session:
        assert (
            session.exec(
                select(LoginSession).where(
                    LoginSession.user_id == kari, col(LoginSession.ended_at).is_(None)
                )
            ).all()
            == []
        )
    (event,) = _events(world, "admin.staff.deactivate")
    assert event.detail == f"user={kari} sessions=1"
    back = _post(client, f"{path}/aktiver", {}, page=path)
    assert "Kontoen er aktiv igjen." in _done(client, back)
    assert sign_in(world.deployment.start().test_client()).status_code == 200


def test_name_email_second_factor_and_sign_in_identity_are_kept(world):
    assert sign_in(world.deployment.start().test_client()).request.path == "/vestby/saker"
    client = signed_in(world, "vera")
    kari = world.staff["Kari"]
    path = f"{ADMIN}/ansatte/{kari}"
    saved = _post(
        client,
        path,
        {
            "edit-display_name": "Kari Nordby",
            "edit-email": "kari@vestby.kommune.no",
            "edit-totp_required": "y",
        },
    )
    assert "Kontoen er lagret." in _done(client, saved)
    # From now on Kari's sign-in asks her to set up the second factor (not so before).
    kari_signs_in = sign_in(world.deployment.start().test_client())
    assert kari_signs_in.request.path == "/tofaktor"
    user = _user(world, "kari")
    assert (user.display_name, user.email, user.totp_required) == (
        "Kari Nordby",
        "kari@vestby.kommune.no",
        True,
    )
    taken = _post(client, f"{path}/identitet", {"identity-subject": "t-1"}, page=path)
    # Tromsø's provider gave Tore this value; Vestby's provider is another one.
    assert taken.status_code == 303
    registered = _post(client, f"{path}/identitet", {"identity-subject": "00u-kari"}, page=path)
    assert "Påloggingsidentiteten er lagret." in _done(client, registered)
    with world.scoped() as session:
        assert session.exec(
            select(StaffIdentity.subject).where(StaffIdentity.user_id == kari)
        ).all() == ["00u-kari"]
    lise = world.staff["Lise"]
    clash = _post(
        client,
        f"{ADMIN}/ansatte/{lise}/identitet",
        {"identity-subject": "00u-kari"},
        page=f"{ADMIN}/ansatte/{lise}",
    )
    assert clash.status_code == 400
    assert "allerede registrert på en annen konto" in clash.get_data(as_text=True)
    removed = _post(client, f"{path}/identitet/fjern", {}, page=path)
    assert "Påloggingsidentiteten er fjernet." in _done(client, removed)
    with world.scoped() as session:
        assert session.exec(select(StaffIdentity).where(StaffIdentity.user_id == kari)).all() == []


def test_one_audit_event_per_action(world):
    client = signed_in(world, "vera")
    kari = world.staff["Kari"]
    path = f"{ADMIN}/ansatte/{kari}"
    token = csrf(client, path)
    with world.scoped() as session:
        before = len(session.exec(select(AuditEvent)).all())
    client.post(path, data={"edit-display_name": "Kari N", "csrf_token": token})
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()[before:]
    assert [e.action for e in events] == ["admin.staff.update"]
    assert re.fullmatch(rf"user={kari} totp_required=0", events[0].detail)


def test_the_administration_links_the_teams_where_the_municipality_has_them(make_world):
    world = make_world("Bærum")
    world.employee("Vera", "Bærum administrasjon", "administrator")
    give_passwords(world)
    page = signed_in(world, "vera").get("/baerum/administrasjon/").get_data(as_text=True)
    assert 'href="/baerum/team"' in page and "Tidlig innsatsteam" in page
