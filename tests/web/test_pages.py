"""Addresses, health check and error pages."""

from __future__ import annotations

import re

import pytest
from flask import Blueprint

from bti.migrate import upgrade_database


def test_each_municipality_has_its_pages_under_its_own_address(client):
    for slug, name in (("vestby", "Vestby kommune"), ("tromso", "Tromsø kommune")):
        response = client.get(f"/{slug}/")
        assert response.status_code == 200
        assert name in response.get_data(as_text=True)


def test_an_unknown_municipality_is_not_found(client):
    response = client.get("/oslo/")
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)


def test_healthz_reports_status_and_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": True, "writable": True}


def test_healthz_says_when_the_database_does_not_answer(make_app):
    app = make_app(DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "error", "database": False, "writable": False}


def test_a_page_whose_database_is_down_answers_503_without_internals(make_app):
    app = make_app(DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none")
    response = app.test_client().get("/vestby/")
    body = response.get_data(as_text=True)
    assert response.status_code == 503
    assert "psycopg" not in body and "127.0.0.1" not in body and "Traceback" not in body
    assert re.search(r"[0-9a-f]{12}", body), "the page gives a reference for IT support"


def _failing_plugin():
    bp = Blueprint("feil", __name__)

    @bp.get("/feil")
    def boom():
        raise RuntimeError("secret internals: Kari Nordmann")

    class Plugin:
        from bti import hookimpl

        @hookimpl
        def bti_register_blueprints(self):
            return [bp]

    return Plugin()


def test_an_unexpected_error_shows_a_friendly_page_with_a_reference(make_app, caplog):
    app = make_app(plugins=[_failing_plugin()], BTI_MUNICIPALITIES="vestby")
    with app.app_context():
        upgrade_database(app)
    response = app.test_client().get("/vestby/feil")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "secret internals" not in body and "Kari" not in body and "Traceback" not in body
    reference = re.search(r"\b([0-9a-f]{12})\b", body).group(1)
    assert reference in caplog.text
    assert "Kari Nordmann" not in caplog.text
    assert "boom" in caplog.text, "the log says where it happened"


def test_a_form_without_its_csrf_token_is_refused_and_explained(client):
    response = client.post("/sprak", data={"locale": "en", "next": "/"})
    assert response.status_code == 400
    assert "form" in response.get_data(as_text=True).lower()


def _csrf(client, path="/") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


@pytest.mark.parametrize(
    ("accept", "lang"),
    [("no", "nb"), ("nb-NO", "nb"), ("nn", "nn"), ("en-GB,en", "en"), ("de", "nb")],
)
def test_the_browser_language_decides_until_the_user_chooses(client, accept, lang):
    page = client.get("/", headers={"Accept-Language": accept}).get_data(as_text=True)
    assert f'<html lang="{lang}">' in page


def test_the_chosen_language_is_remembered(client):
    token = _csrf(client)
    response = client.post("/sprak", data={"locale": "nn", "next": "/vestby/", "csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"] == "/vestby/"
    page = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert '<html lang="nn">' in page


def test_the_language_form_never_redirects_off_site(client):
    token = _csrf(client)
    response = client.post(
        "/sprak", data={"locale": "en", "next": "https://evil.example/", "csrf_token": token}
    )
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize("path", ["/", "/vestby/"])
def test_the_public_pages_show_where_staff_sign_in(client, path):
    page = client.get(path).get_data(as_text=True)
    assert 'href="/logg-inn"' in page
    assert "Logg inn" in page


def test_every_number_on_the_public_page_can_be_dialled_on_its_own(client):
    """Vestby's police: «64 85 16 00 / 02800» is two numbers, each its own ``tel:`` link."""
    page = client.get("/vestby/").get_data(as_text=True)
    assert '<a class="ds-link" href="tel:64851600">64 85 16 00</a>' in page
    assert '<a class="ds-link" href="tel:02800">02800</a>' in page
    assert "tel:64851600/02800" not in page
