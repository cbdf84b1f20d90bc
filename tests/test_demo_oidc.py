"""``make demo OIDC=1`` (``bti demo --oidc``): test providers start beside the demo, and a
newcomer signs in through them: a Vestby employee through «the municipality's login», a
Tromsø guardian through «ID-porten», each by choosing themselves on the provider's page."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
import requests

from bti import create_app
from bti.demo import load_demo_data
from bti.demo.oidc import start_demo_providers
from bti.migrate import upgrade_database
from tests.support.oidc_provider import follow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo-oidc")
    app = create_app(
        {
            "BTI_ENV": "test",
            "BTI_MUNICIPALITIES": "vestby,tromso",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
        }
    )
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    providers = start_demo_providers(app)
    yield app, providers
    providers.stop()
    app.extensions["bti_db"].dispose()


def _choose(page_text: str, provider_url: str, who: str) -> str:
    """Click the button for ``who`` on the provider's page: where it sends the browser."""
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page_text))
    buttons = re.findall(
        r'<button type="submit" name="sub" value="([^"]+)">([^<]+)</button>', page_text
    )
    sub = next(value for value, label in buttons if who in unescape(label))
    answer = requests.post(
        f"{provider_url}/authorize",
        data={**{k: unescape(v) for k, v in form.items()}, "sub": unescape(sub)},
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302, answer.text
    return answer.headers["Location"]


def test_a_vestby_employee_signs_in_through_the_demo_login(demo) -> None:
    app, providers = demo
    client = app.test_client()
    assert "Logg inn med Vestby kommune (testinnlogging)" in client.get("/logg-inn").get_data(
        as_text=True
    )

    chooser = follow(client, "/vestby/logg-inn/oidc")
    assert chooser.url.startswith(providers.staff.issuer)
    assert "vestby.laerer" in chooser.text and "tromso." not in chooser.text
    back = _choose(chooser.text, providers.staff.issuer, "(vestby.laerer)")
    page = follow(client, back)

    assert page.status == 200, page.text[:2000]
    assert urlsplit(page.url).path == "/vestby/saker"
    assert "Mine saker" in page.text


def test_a_tromso_guardian_signs_in_through_the_demo_id_porten(demo) -> None:
    app, providers = demo
    client = app.test_client()

    chooser = follow(client, "/tromso/innsyn/logg-inn/id-porten")
    assert chooser.url.startswith(providers.citizens.issuer)
    back = _choose(chooser.text, providers.citizens.issuer, "(tromso.foresatt)")
    page = follow(client, back)

    assert page.status == 200, page.text[:2000]
    assert urlsplit(page.url).path == "/tromso/innsyn/"
    assert "Stafettloggen for" in page.text


def test_bti_demo_with_oidc_prints_where_to_sign_in(make_app) -> None:
    app = make_app(BTI_MUNICIPALITIES="vestby,tromso")
    result = app.test_cli_runner().invoke(args=["demo", "--no-serve", "--oidc"])
    assert result.exit_code == 0, result.output
    assert "Test login for Vestby's staff: http://127.0.0.1:" in result.output
    assert "Test ID-porten for Tromsø's citizens: http://127.0.0.1:" in result.output
