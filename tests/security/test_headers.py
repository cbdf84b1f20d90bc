"""The security headers on every route: each GET rule of ``app.url_map`` is requested with
real ids from the demo, signed in as someone who may see it, from an application configured
for production, and every response must carry the headers of :mod:`bti.web.security`."""

from __future__ import annotations

import re

import pytest

from bti import create_app
from bti.web.security import CONTENT_SECURITY_POLICY
from tests.security.routes import (
    Target,
    citizen_case,
    copy_database,
    form_token,
    sign_in,
    targets,
)

SECRET = "a-production-secret-that-is-long-enough-0123456789"
HTTPS = {"wsgi.url_scheme": "https", "HTTP_REFERER": "https://localhost/"}

#: What every response carries, in production.
EVERY_RESPONSE = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    ),
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
#: Rules that answer a plain GET with a redirect, and where to.
REDIRECTS = {
    # The advice is shown once, right after it was recorded; a later visit starts anew.
    "/<municipality>/anonym-drofting/lagret": "/baerum/anonym-drofting",
    # The code page is for a sign-in waiting for its second factor; without one, back.
    "/logg-inn/kode": "/logg-inn",
    # A notice opened is marked read and leads to its case.
    "/<municipality>/varsler/<int:notification_id>": re.compile(r"/[a-z]+/sak/[\w-]+$"),
    # A citizen's notice likewise, to the stafettlogg they read.
    "/<municipality>/innsyn/varsler/<int:notification_id>": re.compile(
        r"/tromso/innsyn/stafettlogg/[\w-]+$"
    ),
}
#: Pages that are «not found» here by design: the demo configures no identity provider, and
#: sign-in through one exists only where a municipality has one (tests/web/
#: test_signin_oidc.py and test_citizen_idporten.py check them with a provider).
ABSENT = {
    "/<municipality>/logg-inn/oidc",
    "/<municipality>/logg-inn/oidc/svar",
    "/<municipality>/innsyn/logg-inn/id-porten",
    "/<municipality>/innsyn/logg-inn/id-porten/svar",
}
#: Rules whose plain GET answers another status than 200, and which.
STATUSES = {
    # A one-time password link no one issued: «the link cannot be used».
    "/nytt-passord/<reset_token>": 410,
}
#: Rules whose address holds a secret: no ``Referer`` at all leaves their pages.
NO_REFERRER = {"/nytt-passord/<reset_token>"}
#: What the policy blocks in a page: a script or style element without a file, an event
#: handler or a style attribute.
INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\s(?:on[a-z]+|style)=", re.I)
#: Someone with work in more than one municipality, for the page where they choose.
MULTI = "demo.flere"


@pytest.fixture(scope="module")
def production(demo_file, tmp_path_factory):
    """The demo served by an application configured for production (over HTTPS)."""
    directory = tmp_path_factory.mktemp("production")
    copy_database(demo_file, directory / "bti.sqlite3")
    app = create_app(
        {
            "BTI_ENV": "production",
            # The demo's leaders sign in without a second factor here (tests/security/
            # test_totp.py has it).
            "BTI_TOTP_REQUIRED": False,
            "BTI_SECRET_KEY": SECRET,
            "BTI_AUDIT_KEY": SECRET,
            "BTI_MUNICIPALITIES": "baerum,jevnaker,tromso,vestby",
            "INSTANCE_PATH": str(directory),
            "DATABASE_URL": f"sqlite:///{directory / 'bti.sqlite3'}",
        }
    )
    yield app
    app.extensions["bti_db"].dispose()


def client_for(app, username: str | None, page: str = "/logg-inn"):
    client = app.test_client()
    client.environ_base.update(HTTPS)
    if username:
        sign_in(client, username, page)
    return client


def test_every_get_route_carries_the_security_headers(production):
    clients = {}
    citizen = client_for(production, "tromso.foresatt", "/tromso/innsyn/logg-inn")
    found = targets(production, "GET", citizen_case=citizen_case(citizen))
    problems = []
    checked = 0
    for target in found:
        username = MULTI if target.rule == "/velg-kommune" else target.username
        if username not in clients:
            clients[username] = client_for(production, username, target.sign_in_page)
        response = clients[username].get(target.path)
        problems += check(target, response)
        checked += len(EVERY_RESPONSE) + 3
    assert not problems, "\n".join(problems)
    rules = [r for r in production.url_map.iter_rules() if "GET" in r.methods]
    assert {t.rule for t in found} == {r.rule for r in rules}
    print(f"{len(found)} GET rules, {checked} header checks")


def check(target: Target, response) -> list[str]:
    where = f"{target.rule} ({target.path} as {target.username})"
    problems = []
    expected = REDIRECTS.get(target.rule)
    if expected:
        if isinstance(expected, re.Pattern):
            arrived = bool(expected.search(response.location or ""))
        else:
            arrived = response.location.endswith(expected)
        if response.status_code != 302 or not arrived:
            problems.append(f"{where}: {response.status_code}, not a redirect to {expected}")
    elif response.status_code != (404 if target.rule in ABSENT else STATUSES.get(target.rule, 200)):
        problems.append(f"{where}: {response.status_code}")
    for name, value in EVERY_RESPONSE.items():
        if name == "Referrer-Policy" and target.rule in NO_REFERRER:
            value = "no-referrer"
        if response.headers.get(name) != value:
            problems.append(f"{where}: {name} is {response.headers.get(name)!r}")
    if not response.headers.get("Permissions-Policy", "").startswith("camera=()"):
        problems.append(f"{where}: no Permissions-Policy")
    caching = response.headers.get("Cache-Control", "")
    if target.rule.startswith("/static/"):
        if "no-store" in caching:
            problems.append(f"{where}: a static file is not cached")
    elif caching != "no-store":
        problems.append(f"{where}: Cache-Control is {caching!r}")
    if "Server" in response.headers:
        problems.append(f"{where}: Server is {response.headers['Server']!r}")
    if response.mimetype == "text/html":
        inline = INLINE.findall(response.get_data(as_text=True))
        if inline:
            problems.append(f"{where}: inline code the policy would block: {inline[:3]}")
    return problems


def test_the_policy_allows_nothing_unsafe():
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert "script-src" not in CONTENT_SECURITY_POLICY  # 'self' only, from default-src
    assert EVERY_RESPONSE["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_the_inline_check_finds_what_the_policy_blocks():
    page = (
        '<script src="/static/x.js"></script><script>alert(1)</script>'
        '<p style="color:red" onclick="x()">'
    )
    assert len(INLINE.findall(page)) == 3
    assert not INLINE.findall('<link rel="stylesheet" href="/x.css"><p class="onclick">')


@pytest.fixture
def bare_production(make_app):
    """An application configured for production, without data: for the pages that need
    none."""
    return make_app(
        BTI_ENV="production",
        BTI_SECRET_KEY=SECRET,
        BTI_AUDIT_KEY=SECRET,
        BTI_MUNICIPALITIES="vestby",
    )


def test_error_pages_and_refused_forms_carry_the_headers_too(bare_production):
    client = client_for(bare_production, None)
    missing = client.get("/finnes-ikke/")
    refused = client.post("/logg-inn", data={"username": "x", "password": "y"})
    for response, status in ((missing, 404), (refused, 400)):
        assert response.status_code == status
        for name, value in EVERY_RESPONSE.items():
            assert response.headers[name] == value
        assert response.headers["Cache-Control"] == "no-store"


def test_the_session_cookie_is_host_only_and_secure_in_production(bare_production):
    client = client_for(bare_production, None)
    token = form_token(client, "/logg-inn")
    cookie = client.get_cookie("__Host-bti_session")
    assert token and cookie is not None
    assert cookie.secure and cookie.path == "/" and cookie.domain in ("", "localhost")
    assert cookie.http_only and cookie.same_site == "Lax"
    assert client.get_cookie("bti_session") is None


def test_outside_production_no_hsts_and_a_plain_cookie_name(make_app):
    app = make_app()
    client = app.test_client()
    response = client.get("/logg-inn")
    assert "Strict-Transport-Security" not in response.headers
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert client.get_cookie("bti_session") is not None
    assert not client.get_cookie("bti_session").secure
