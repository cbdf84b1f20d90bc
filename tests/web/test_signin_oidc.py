"""Staff sign in through their municipality's OpenID Connect provider (issue 19, point 2):
the whole authorization code flow against a real provider on 127.0.0.1 (PKCE with S256,
``state``, ``nonce``), the ID token's checks, the refusals, and signing out there too."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import func, select

from bti.models import AuditEvent, AuditOutcome, LoginSession, StaffUser
from bti.services import signin_oidc
from tests.support.deployment import Deployment
from tests.support.oidc_provider import follow, forwarded_to, staff_settings
from tests.support.web import csrf
from tests.support.world import World

START = "/vestby/logg-inn/oidc"


@pytest.fixture
def world(make_app, oidc_provider) -> World:
    """Vestby signs its staff in through the provider; Kari is registered there as
    ``kari-sub``, Truls works in Vestby but nobody registered him."""
    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=staff_settings(oidc_provider))
    world = World(deployment, kommune_name="Vestby")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    with world.transaction() as session:
        signin_oidc.register_staff_identity(
            session, user_id=world.staff["Kari"], subject="kari-sub"
        )
    oidc_provider.add_person("kari-sub", name="Kari Nordmann")
    oidc_provider.add_person("truls-sub", name="Truls Sørby")
    return world


def _events(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def _sessions(world: World) -> list[LoginSession]:
    with world.db.unscoped() as session:
        return list(session.exec(select(LoginSession)))


def test_the_sign_in_page_offers_the_municipality_s_login(world: World) -> None:
    page = world.deployment.client().get("/logg-inn").get_data(as_text=True)
    assert "Logg inn med Testkommunens innlogging" in page
    assert f'href="{START}"' in page
    assert 'name="password"' in page  # the local form stays


def test_a_registered_employee_signs_in_through_the_provider(world, oidc_provider) -> None:
    client = world.deployment.client()
    oidc_provider.sign_in_as = "kari-sub"

    page = follow(client, START)

    assert page.status == 200, page.text[:2000]
    assert urlsplit(page.url).path == "/vestby/saker"
    assert "Mine saker" in page.text
    authorize = parse_qs(urlsplit(page.trail[1]).query)
    assert page.trail[1].startswith(f"{oidc_provider.issuer}/authorize?")
    assert authorize["code_challenge_method"] == ["S256"]
    assert len(authorize["code_challenge"][0]) == 43
    assert authorize["state"][0] and authorize["nonce"][0]
    assert authorize["redirect_uri"] == ["http://localhost/vestby/logg-inn/oidc/svar"]
    (login,) = _sessions(world)
    assert (login.user_id, login.method) == (world.staff["Kari"], "oidc")
    assert login.id_token and login.id_token.count(".") == 2
    assert [e.outcome for e in _events(world, "signin.oidc")] == [AuditOutcome.ALLOWED]


def _refused(world: World, page, reason: str) -> None:
    """The sign-in was refused with the Norwegian page, nobody is signed in, and the
    refusal is in the municipality's audit trail with its reason."""
    assert page.status == 400, page.text[:2000]
    assert "Innloggingen ble avvist" in page.text
    assert "Innloggingen kunne ikke bekreftes, eller den var allerede brukt." in page.text
    assert _sessions(world) == []
    events = _events(world, "signin.oidc_refused")
    assert [(e.outcome, e.detail) for e in events] == [(AuditOutcome.DENIED, f"reason={reason}")]


@pytest.mark.parametrize(
    "switch",
    [
        pytest.param(("issuer_claim", "http://127.0.0.1:1/en-annen"), id="wrong-issuer"),
        pytest.param(("audience", "en-annen-klient"), id="wrong-audience"),
        pytest.param(("expired", True), id="expired"),
        pytest.param(("tamper", True), id="tampered-signature"),
        pytest.param(("wrong_nonce", True), id="wrong-nonce"),
    ],
)
def test_an_id_token_that_fails_its_checks_is_refused(world, oidc_provider, switch) -> None:
    setattr(oidc_provider, *switch)
    oidc_provider.sign_in_as = "kari-sub"
    client = world.deployment.client()

    page = follow(client, START)

    _refused(world, page, "token")
    assert client.get("/vestby/saker").status_code == 302  # still not signed in


def test_the_same_answer_cannot_be_used_twice(world, oidc_provider) -> None:
    oidc_provider.sign_in_as = "kari-sub"
    client = world.deployment.client()
    page = follow(client, START)
    callback = next(url for url in page.trail if "/logg-inn/oidc/svar?" in url)
    client.post("/logg-ut", data={"csrf_token": csrf(client, "/vestby/saker")})
    assert len([s for s in _sessions(world) if s.ended_at is None]) == 0

    again = follow(client, urlsplit(callback).path + "?" + urlsplit(callback).query)

    assert again.status == 400
    assert "Innloggingen kunne ikke bekreftes, eller den var allerede brukt." in again.text
    assert [e.detail for e in _events(world, "signin.oidc_refused")] == ["reason=state"]
    assert len(_sessions(world)) == 1


def test_a_replayed_answer_with_the_old_cookie_is_refused_by_the_provider(
    world, oidc_provider
) -> None:
    """Even with the browser session of before the answer (which still holds the state),
    the code was spent: the provider refuses it, and so does the platform."""
    oidc_provider.sign_in_as = "kari-sub"
    client = world.deployment.client()
    before = follow(client, START, stop_at="/logg-inn/oidc/svar")
    cookie = client.get_cookie("bti_session").value
    first = follow(client, before.url)
    assert first.status == 200
    client.set_cookie("bti_session", cookie)

    again = follow(client, before.url)

    assert again.status == 400
    assert oidc_provider.refused == ["invalid_grant"]
    assert [e.detail for e in _events(world, "signin.oidc_refused")] == ["reason=provider_error"]
    assert len(_sessions(world)) == 1


def test_an_unknown_person_is_refused_and_it_is_logged(world, oidc_provider, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    oidc_provider.sign_in_as = "truls-sub"
    with world.db.unscoped() as session:
        users_before = session.exec(select(func.count()).select_from(StaffUser)).one()

    page = follow(world.deployment.client(), START)

    assert page.status == 403
    assert (
        "Du er ikke registrert som ansatt i Vestby kommune. Kontakt administratoren." in page.text
    )
    assert _sessions(world) == []
    (event,) = _events(world, "signin.oidc_unknown")
    assert (event.outcome, event.actor_id) == (AuditOutcome.DENIED, None)
    assert "truls-sub" not in event.detail
    with world.db.unscoped() as session:
        assert session.exec(select(func.count()).select_from(StaffUser)).one() == users_before
    assert "truls-sub" not in caplog.text


def test_a_disabled_account_is_refused(world, oidc_provider) -> None:
    with world.db.unscoped() as session, session.begin():
        kari = session.get(StaffUser, world.staff["Kari"])
        kari.active = False
        session.add(kari)
    oidc_provider.sign_in_as = "kari-sub"

    page = follow(world.deployment.client(), START)

    assert page.status == 403
    assert _sessions(world) == []


def test_an_identity_registered_in_another_municipality_does_not_sign_in_here(
    make_app, oidc_provider
) -> None:
    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=staff_settings(oidc_provider))
    deployment.take_into_use("Tromsø", plugin="tromso", staff_oidc=staff_settings(oidc_provider))
    tromso = World(deployment, kommune_name="Tromsø")
    tromso.employee("Kari", "Prestvannet skole")
    with tromso.transaction() as session:
        signin_oidc.register_staff_identity(
            session, user_id=tromso.staff["Kari"], subject="kari-sub"
        )
    oidc_provider.add_person("kari-sub")
    oidc_provider.sign_in_as = "kari-sub"
    client = deployment.client()

    assert follow(client, START).status == 403
    page = follow(client, "/tromso/logg-inn/oidc")
    assert page.status == 200 and urlsplit(page.url).path == "/tromso/saker"


def test_signing_out_ends_the_session_at_the_provider_too(world, oidc_provider) -> None:
    oidc_provider.sign_in_as = "kari-sub"
    client = world.deployment.client()
    follow(client, START)
    (login,) = _sessions(world)

    response = client.post("/logg-ut", data={"csrf_token": csrf(client, "/vestby/saker")})

    assert response.status_code == 200
    target = forwarded_to(response.get_data(as_text=True))
    assert target.startswith(f"{oidc_provider.issuer}/logout?")
    page = follow(client, target)
    assert oidc_provider.logouts == [
        {"id_token_hint": login.id_token, "post_logout_redirect_uri": "http://localhost/logg-inn"}
    ]
    assert urlsplit(page.url).path == "/logg-inn"
    assert "Du er logget ut." in page.text
    (login,) = _sessions(world)
    assert login.ended_at is not None
    assert client.get("/vestby/saker").status_code == 302


def test_without_an_end_session_endpoint_signing_out_stays_here(world, oidc_provider) -> None:
    oidc_provider.end_session = False
    oidc_provider.sign_in_as = "kari-sub"
    client = world.deployment.client()
    follow(client, START)

    response = client.post("/logg-ut", data={"csrf_token": csrf(client, "/vestby/saker")})

    assert response.status_code == 302
    assert response.headers["Location"] == "/logg-inn"
    assert oidc_provider.logouts == []


def test_a_password_session_signs_out_here_only(world, oidc_provider) -> None:
    from tests.support.web import give_passwords, sign_in

    give_passwords(world)
    client = world.deployment.client()
    sign_in(client, "kari")

    response = client.post("/logg-ut", data={"csrf_token": csrf(client, "/vestby/saker")})

    assert response.status_code == 302
    assert oidc_provider.logouts == []


def test_a_municipality_without_a_provider_has_no_button(make_app) -> None:
    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby")
    client = deployment.client()

    assert "Logg inn med" not in client.get("/logg-inn").get_data(as_text=True)
    assert client.get(START).status_code == 404


def test_local_passwords_can_be_turned_off(make_app, oidc_provider) -> None:
    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=staff_settings(oidc_provider))
    app = deployment.start()
    app.extensions["bti_settings"] = app.extensions["bti_settings"].__class__(
        **{**app.extensions["bti_settings"].__dict__, "staff_passwords": False}
    )
    client = deployment.client()

    page = client.get("/logg-inn").get_data(as_text=True)
    assert "Logg inn med Testkommunens innlogging" in page
    assert 'name="password"' not in page
    token = csrf(client, "/vestby/")
    response = client.post(
        "/logg-inn", data={"username": "kari", "password": "x", "csrf_token": token}
    )
    assert response.status_code == 404


def _key_pair(tmp_path, name: str) -> tuple[str, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / f"{name}.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return str(path), public


@pytest.mark.parametrize("registered", ["same key", "another key"])
def test_a_client_proves_itself_with_a_private_key(make_app, oidc_provider, tmp_path, registered):
    """``private_key_jwt`` (ID-porten's way): the token request carries an assertion signed
    with the municipality's key; the provider checks it against the public half it holds."""
    key_file, public = _key_pair(tmp_path, "vestby")
    _, other = _key_pair(tmp_path, "annen")
    oidc_provider.add_client(
        "bti-nokkel", public_key_pem=public if registered == "same key" else other
    )
    settings = {
        "issuer": oidc_provider.issuer,
        "client_id": "bti-nokkel",
        "private_key_file": key_file,
    }
    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=settings)
    world = World(deployment, kommune_name="Vestby")
    world.employee("Kari", "Nordby skole")
    with world.transaction() as session:
        signin_oidc.register_staff_identity(
            session, user_id=world.staff["Kari"], subject="kari-sub"
        )
    oidc_provider.add_person("kari-sub")
    oidc_provider.sign_in_as = "kari-sub"

    page = follow(deployment.client(), START)

    if registered == "same key":
        assert page.status == 200 and urlsplit(page.url).path == "/vestby/saker"
    else:
        assert page.status == 400
        assert oidc_provider.refused == ["invalid_client"]
        assert _sessions(world) == []


def test_a_provider_that_does_not_answer_gets_a_clear_message(make_app) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    settings = {"issuer": f"http://127.0.0.1:{closed}", "client_id": "x", "client_secret": "y"}
    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=settings)
    world = World(deployment, kommune_name="Vestby")

    response = deployment.client().get(START)

    assert response.status_code == 400
    assert "Innloggingstjenesten svarer ikke akkurat nå." in response.get_data(as_text=True)
    assert [e.detail for e in _events(world, "signin.oidc_refused")] == ["reason=unavailable"]


def test_a_sign_in_cancelled_at_the_provider_is_refused(world) -> None:
    client = world.deployment.client()

    response = client.get("/vestby/logg-inn/oidc/svar?error=access_denied&state=abc")

    assert response.status_code == 400
    assert "Innloggingen ble avvist" in response.get_data(as_text=True)
    assert [e.detail for e in _events(world, "signin.oidc_refused")] == ["reason=provider_error"]
    assert _sessions(world) == []


def test_an_e_mail_address_matches_whatever_its_case(make_app, oidc_provider) -> None:
    deployment = Deployment(make_app)
    settings = staff_settings(oidc_provider, claim="email")
    deployment.take_into_use("Vestby", plugin="vestby", staff_oidc=settings)
    world = World(deployment, kommune_name="Vestby")
    world.employee("Kari", "Nordby skole")
    with world.transaction() as session:
        signin_oidc.register_staff_identity(
            session, user_id=world.staff["Kari"], subject="kari.nordmann@vestby.kommune.no"
        )
    oidc_provider.add_person("kari-sub", email="Kari.Nordmann@Vestby.Kommune.no")
    oidc_provider.sign_in_as = "kari-sub"

    page = follow(deployment.client(), START)

    assert page.status == 200 and urlsplit(page.url).path == "/vestby/saker"
