"""Issue 19's «done when», in one walk: on a database with nobody in it but the first
administrator, that administrator creates a unit and a staff member in the web UI, registers
the person's identity at the municipality's provider, and the new employee signs in through a
real OpenID Connect provider (on 127.0.0.1) and sees «Mine saker». Nobody set a password for
the new employee, and an unregistered colleague at the same provider is refused."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from sqlmodel import select

from bti.models import LoginSession, Membership, StaffUser, Unit
from bti.services import administration
from tests.support.deployment import Deployment
from tests.support.oidc_provider import follow, staff_settings
from tests.support.web import csrf, sign_in

pytestmark = pytest.mark.database

ADMIN = "/vestby/administrasjon"
PASSWORD = "Langt-og-sjeldent-passord-19"


@pytest.fixture
def deployment(make_app, oidc_provider, database_url) -> Deployment:
    """Vestby taken into use with its staff provider, and one administrator made the way
    ``bti admin create-user`` makes the first one."""
    deployment = Deployment(make_app, database_url=database_url)
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=staff_settings(oidc_provider))
    deployment.start()
    administration.create_user(
        deployment.database(), username="vera", display_name="Vera Vestby",
        municipality_id=deployment.database().municipality_ids()["vestby"],
        password=PASSWORD,
    )  # fmt: skip
    return deployment


def _post(client, path: str, data: dict):
    answer = client.post(path, data={**data, "csrf_token": csrf(client, path)})
    assert answer.status_code == 303, answer.get_data(as_text=True)[:3000]
    return client.get(answer.headers["Location"]).get_data(as_text=True)


def test_the_first_administrator_brings_in_an_employee_who_signs_in_through_the_provider(
    deployment: Deployment, oidc_provider
) -> None:
    db = deployment.database()
    with db.unscoped() as session:
        assert [u.username for u in session.exec(select(StaffUser))] == ["vera"]

    admin = deployment.client()
    sign_in(admin, "vera", PASSWORD)
    page = _post(
        admin, f"{ADMIN}/tjenestesteder", {"unit-name": "Østby skole", "unit-kind": "skole"}
    )
    assert "Østby skole" in page
    vestby = db.municipality_ids()["vestby"]
    with db.scoped(vestby) as session:
        school = session.exec(select(Unit).where(Unit.name == "Østby skole")).one()
    page = _post(
        admin,
        f"{ADMIN}/ansatte/ny",
        {
            "staff-username": "ola.larer", "staff-display_name": "Ola Lærer",
            "staff-email": "ola@vestby.kommune.no", "staff-unit_id": str(school.id),
            "staff-role": "ansatt", "staff-subject": "ola-hos-vestby",
        },
    )  # fmt: skip
    assert "Kontoen er opprettet." in page

    oidc_provider.add_person("ola-hos-vestby", name="Ola Lærer")
    oidc_provider.add_person("ukjent-hos-vestby", name="Ikke Registrert")
    employee = deployment.client()
    oidc_provider.sign_in_as = "ola-hos-vestby"
    arrived = follow(employee, "/vestby/logg-inn/oidc")

    assert arrived.status == 200, arrived.text[:2000]
    assert urlsplit(arrived.url).path == "/vestby/saker"
    assert "Mine saker" in arrived.text and "Ola Lærer" in arrived.text
    with db.scoped(vestby) as session:
        ola = session.exec(select(StaffUser).where(StaffUser.username == "ola.larer")).one()
        (login,) = session.exec(select(LoginSession).where(LoginSession.user_id == ola.id))
        (role,) = session.exec(select(Membership).where(Membership.user_id == ola.id))
    assert ola.password_hash is None and login.method == "oidc"
    assert (role.unit_id, role.role) == (school.id, "ansatt")

    stranger = deployment.client()
    oidc_provider.sign_in_as = "ukjent-hos-vestby"
    refused = follow(stranger, "/vestby/logg-inn/oidc")
    assert refused.status == 403, refused.text[:2000]
    assert "Du er ikke registrert som ansatt i Vestby" in refused.text
    with db.unscoped() as session:
        assert len(list(session.exec(select(StaffUser)))) == 2
