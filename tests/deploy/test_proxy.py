"""Behind the reverse proxy: the app believes the X-Forwarded-* headers only when
BTI_PROXY_FIX says how many proxies set them."""

from __future__ import annotations

import pytest
from flask import request, url_for

from bti.config import ConfigurationError
from bti.proxy import parse

FORWARDED = {
    "X-Forwarded-For": "203.0.113.7",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "bti.vestby.kommune.no",
}


def seen_by_the_app(make_app, **config) -> dict[str, str]:
    """What the app sees of a request that came through nginx (from 127.0.0.1)."""
    app = make_app(**config)

    def whoami():
        return {
            "address": request.remote_addr,
            "scheme": request.scheme,
            "link": url_for("health.healthz", _external=True),
        }

    app.add_url_rule("/hvem-er-jeg", "whoami", whoami)
    return app.test_client().get("/hvem-er-jeg", headers=FORWARDED).get_json()


def test_without_configuration_the_headers_are_not_believed(make_app):
    seen = seen_by_the_app(make_app)
    assert seen == {
        "address": "127.0.0.1",
        "scheme": "http",
        "link": "http://localhost/healthz",
    }


@pytest.mark.parametrize("value", ["1", "x_for=1,x_proto=1,x_host=1"])
def test_with_one_proxy_configured_the_app_sees_the_client_and_https(make_app, value):
    seen = seen_by_the_app(make_app, BTI_PROXY_FIX=value)
    assert seen == {
        "address": "203.0.113.7",
        "scheme": "https",
        "link": "https://bti.vestby.kommune.no/healthz",
    }


def test_only_the_headers_named_are_believed(make_app):
    seen = seen_by_the_app(make_app, BTI_PROXY_FIX="x_for=1")
    assert seen["address"] == "203.0.113.7"
    assert seen["scheme"] == "http"


def test_a_client_cannot_add_addresses_in_front_of_the_proxys(make_app):
    app = make_app(BTI_PROXY_FIX="1")
    app.add_url_rule("/hvem-er-jeg", "whoami", lambda: request.remote_addr)
    # The client wrote its own X-Forwarded-For; nginx appended the address it saw.
    answer = app.test_client().get(
        "/hvem-er-jeg", headers={"X-Forwarded-For": "10.0.0.1, 198.51.100.4"}
    )
    assert answer.get_data(as_text=True) == "198.51.100.4"


def test_the_setting_is_read_from_the_environment_and_checked(make_app, monkeypatch):
    monkeypatch.setenv("BTI_PROXY_FIX", "2")
    app = make_app()
    assert app.extensions["bti_proxy_fix"]["x_for"] == 2
    assert parse("off") is None and parse("") is None and parse("0") is None
    assert parse("x_for=1, x_proto=1") == {
        "x_for": 1,
        "x_proto": 1,
        "x_host": 0,
        "x_port": 0,
        "x_prefix": 0,
    }
    for wrong in ("ja", "x_for=en", "x_forwarded=1"):
        with pytest.raises(ConfigurationError, match="BTI_PROXY_FIX"):
            make_app(BTI_PROXY_FIX=wrong)
