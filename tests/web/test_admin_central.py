"""``/admin``: the deployment-wide administrator adds a municipality of the configuration
that is not in the database yet (its row and its standing teams, once) and creates its
first administrator, who signs in and finds the municipality's administration."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bti.migrate import upgrade_database
from bti.models import AuditEvent, Membership, StaffUser, TeamRecord, Unit
from bti.services import administration
from tests.support.web import PASSWORD, csrf, sign_in

pytestmark = pytest.mark.database

STRONG = "Fjellvann-og-Furu-42"


@pytest.fixture
def app(make_app, database_url):
    """Vestby went live first; Bærum has since been added to the configuration."""
    first = make_app(BTI_MUNICIPALITIES="vestby", DATABASE_URL=database_url)
    with first.app_context():
        upgrade_database(first)
    administration.create_user(
        first.extensions["bti_db"], username="sentral", display_name="Sentral Admin",
        central=True, password=PASSWORD,
    )  # fmt: skip
    return make_app(BTI_MUNICIPALITIES="vestby,baerum", DATABASE_URL=database_url)


@pytest.fixture
def client(app):
    client = app.test_client()
    page = sign_in(client, "sentral")
    assert page.request.path == "/admin", "no municipality to choose: straight to /admin"
    return client


def _post(client, path: str, data: dict):
    return client.post(path, data={**data, "csrf_token": csrf(client, "/admin")})


def test_a_configured_municipality_is_added_with_its_standing_teams(app, client):
    page = client.get("/admin").get_data(as_text=True)
    assert "Bærum kommune" in page and "Vestby kommune" in page
    assert "Legg til Bærum kommune" in page and "Legg til Vestby kommune" not in page
    added = _post(client, "/admin/kommune/baerum/legg-til", {})
    assert added.status_code == 303
    page = client.get("/admin").get_data(as_text=True)
    assert "Kommunen er lagt til." in page and "Legg til Bærum kommune" not in page
    assert "Første administrator i Bærum kommune" in page
    db = app.extensions["bti_db"]
    baerum = db.municipality_ids()["baerum"]
    with db.scoped(baerum) as session:
        assert len(session.exec(select(TeamRecord)).all()) >= 1
        (event,) = session.exec(
            select(AuditEvent).where(AuditEvent.action == "central.municipality.add")
        ).all()
    with db.unscoped() as session:
        central = session.exec(select(StaffUser).where(StaffUser.username == "sentral")).one()
    assert (event.actor_id, event.actor_role, event.purpose) == (
        central.id, "sentral", "administration"
    )  # fmt: skip


def test_the_first_administrator_is_created_and_signs_in(app, client):
    form = {
        "admin-vestby-username": "vera.vestby", "admin-vestby-display_name": "Vera Vestby",
        "admin-vestby-password": STRONG, "admin-vestby-repeat": "noe annet",
    }  # fmt: skip
    differ = _post(client, "/admin/kommune/vestby/administrator", form)
    assert differ.status_code == 400
    page = differ.get_data(as_text=True)
    assert "De to passordene er ulike." in page and 'value="vera.vestby"' in page
    assert STRONG not in page, "a password is never sent back"
    common = {
        **form,
        "admin-vestby-password": "passord123456",
        "admin-vestby-repeat": "passord123456",
    }
    weak = _post(client, "/admin/kommune/vestby/administrator", common)
    assert weak.status_code == 400 and "blant de vanligste" in weak.get_data(as_text=True)
    done = _post(
        client, "/admin/kommune/vestby/administrator", {**form, "admin-vestby-repeat": STRONG}
    )
    assert done.status_code == 303
    assert "Administratoren er opprettet." in client.get("/admin").get_data(as_text=True)
    db = app.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        role, unit = session.exec(select(Membership, Unit).join(Unit)).one()
        events = session.exec(
            select(AuditEvent).where(AuditEvent.action == "account.create").order_by(AuditEvent.id)
        ).all()
    assert (unit.name, role.role) == ("Administrasjon", "administrator")
    # The deployment-wide administrator's own account (made on the server), then Vera's.
    assert [e.actor_role for e in events] == ["drift", "sentral"]
    assert events[1].detail.startswith(f"user={role.user_id} unit={unit.id} role=administrator")
    again = _post(
        client,
        "/admin/kommune/vestby/administrator",
        {**form, "admin-vestby-username": "olav", "admin-vestby-repeat": STRONG},
    )
    assert again.status_code == 400
    assert "Kommunen har en administrator" in again.get_data(as_text=True)

    vera = app.test_client()
    start = sign_in(vera, "vera.vestby", STRONG)
    assert start.request.path == "/vestby/saker"
    assert vera.get("/vestby/administrasjon/").status_code == 200
    assert vera.get("/admin").status_code == 404


def test_without_a_password_the_sign_in_identity_is_needed(client):
    form = {"admin-vestby-username": "vera", "admin-vestby-display_name": "Vera"}
    refused = _post(client, "/admin/kommune/vestby/administrator", form)
    assert refused.status_code == 400
    assert "Oppgi et passord, eller påloggingsidentiteten" in refused.get_data(as_text=True)
    with_identity = _post(
        client, "/admin/kommune/vestby/administrator", {**form, "admin-vestby-subject": "00u-vera"}
    )
    assert with_identity.status_code == 303


def test_a_municipality_outside_the_configuration_is_404(client):
    assert _post(client, "/admin/kommune/oslo/legg-til", {}).status_code == 404
    assert (
        _post(
            client,
            "/admin/kommune/oslo/administrator",
            {"admin-oslo-username": "x", "admin-oslo-display_name": "X", "admin-oslo-subject": "s"},
        ).status_code
        == 404
    )


def test_a_deployment_wide_administrator_who_also_works_in_a_municipality_finds_the_page(app):
    db = app.extensions["bti_db"]
    administration.create_user(
        db, username="both", display_name="Begge", municipality_id=db.municipality_ids()["vestby"],
        role="employee", password=STRONG,
    )  # fmt: skip
    with db.unscoped() as session, session.begin():
        user = session.exec(select(StaffUser).where(StaffUser.username == "both")).one()
        user.central_admin = True
    client = app.test_client()
    page = sign_in(client, "both", STRONG)
    assert page.request.path == "/vestby/saker"
    assert 'href="/admin"' in page.get_data(as_text=True)
    assert client.get("/admin").status_code == 200
    administration.create_user(
        db, username="kari", display_name="Kari", municipality_id=db.municipality_ids()["vestby"],
        role="employee", password=STRONG,
    )  # fmt: skip
    kari = sign_in(app.test_client(), "kari", STRONG)
    assert kari.request.path == "/vestby/saker"
    assert 'href="/admin"' not in kari.get_data(as_text=True)
