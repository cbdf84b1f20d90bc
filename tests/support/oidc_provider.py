"""A real OpenID Connect provider for the tests, and a browser that walks to it and back.

The provider is :class:`bti.demo.oidc_provider.OidcTestProvider` (the demo runs the same
one): a Flask app served by Werkzeug on 127.0.0.1 on a free port, in a thread. The
``oidc_provider`` fixture (``tests/conftest.py``) starts one per test with two clients,
:data:`STAFF_CLIENT` and :data:`CITIZEN_CLIENT`; :func:`staff_settings` and
:func:`citizen_settings` give the municipality's configuration for them.

The Flask test client cannot follow a redirect to another server, so :func:`follow` does
what a browser does: the app's pages through the test client, the provider's over real
HTTP (``requests``), until a page answers without redirecting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from urllib.parse import urlsplit

import requests

from bti.demo.oidc_provider import OidcTestProvider

STAFF_CLIENT = ("bti-ansatte", "hemmelig-ansatte-1")
CITIZEN_CLIENT = ("bti-innsyn", "hemmelig-innsyn-1")


@contextmanager
def running_provider() -> Iterator[OidcTestProvider]:
    """A provider serving on 127.0.0.1, with the two test clients registered."""
    provider = OidcTestProvider()
    provider.add_client(STAFF_CLIENT[0], secret=STAFF_CLIENT[1])
    provider.add_client(CITIZEN_CLIENT[0], secret=CITIZEN_CLIENT[1])
    provider.start()
    try:
        yield provider
    finally:
        provider.stop()


def staff_settings(provider: OidcTestProvider, **overrides: object) -> dict[str, object]:
    """A municipality's ``staff_oidc`` block for the provider (claim ``sub``)."""
    return {
        "issuer": provider.issuer,
        "client_id": STAFF_CLIENT[0],
        "client_secret": STAFF_CLIENT[1],
        "name": "Testkommunens innlogging",
        **overrides,
    }


def citizen_settings(provider: OidcTestProvider, **overrides: object) -> dict[str, object]:
    """A municipality's ``citizen_oidc`` block for the provider standing in for
    ID-porten (claim ``pid``, level high)."""
    return {
        "issuer": provider.issuer,
        "client_id": CITIZEN_CLIENT[0],
        "client_secret": CITIZEN_CLIENT[1],
        **overrides,
    }


@dataclass
class Page:
    """Where the browser ended up: the last address, its status and its text."""

    url: str
    status: int
    text: str
    #: Every address the browser visited on the way, in order.
    trail: list[str]


def follow(client, path: str, *, stop_at: str | None = None, limit: int = 12) -> Page:
    """Open ``path`` on the app and follow the redirects as a browser would; with
    ``stop_at``, stop before the first address whose path ends so (the page's
    ``url`` is then that address, not yet opened, and its status 0)."""
    url = path
    trail: list[str] = []
    for _ in range(limit):
        parts = urlsplit(url)
        if stop_at is not None and trail and parts.path.endswith(stop_at):
            return Page(url, 0, "", trail)
        trail.append(url)
        if parts.netloc and parts.hostname != "localhost":
            answer = requests.get(url, allow_redirects=False, timeout=10)
            status, location, text = answer.status_code, answer.headers.get("Location"), answer.text
        else:
            local = parts.path + (f"?{parts.query}" if parts.query else "")
            answer = client.get(local)
            status, location = answer.status_code, answer.headers.get("Location")
            text = answer.get_data(as_text=True)
        if status not in (301, 302, 303, 307, 308):
            return Page(url, status, text, trail)
        url = location
    raise AssertionError(f"more than {limit} redirects: {trail}")


def forwarded_to(text: str) -> str:
    """The address a «signing out» page forwards the browser to (its refresh)."""
    found = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', text)
    assert found, text[:2000]
    return unescape(found[1])
