"""The reverse proxy in front: which ``X-Forwarded-*`` headers the app believes.

Behind nginx (``deploy/nginx.conf``) every request reaches gunicorn from the proxy's address
over plain HTTP. Werkzeug's ``ProxyFix`` makes the app see the client's address
(``request.remote_addr``: the sign-in throttle counts by it) and the ``https`` scheme and
host the client used (links, redirects, the ``__Host-`` cookie) from the headers the proxy
sets. The headers are believed only when configured: without a proxy anyone could write them.

``BTI_PROXY_FIX`` (environment, ``proxy_fix`` in bti.toml, or ``create_app(config)``):

* empty, ``0`` or ``off`` (the default): headers ignored;
* a whole number *n*: *n* proxies set ``X-Forwarded-For``, ``-Proto``, ``-Host`` and
  ``-Port`` (``1`` for one nginx in front);
* ``x_for=1,x_proto=1,x_host=1`` (any of ``x_for``, ``x_proto``, ``x_host``, ``x_port``,
  ``x_prefix``): the number of proxies for each header, 0 for headers to ignore.
"""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from bti.config import ConfigurationError

HEADERS = ("x_for", "x_proto", "x_host", "x_port", "x_prefix")
_OFF = {"", "0", "off", "false", "no"}


def parse(value: object) -> dict[str, int] | None:
    """``BTI_PROXY_FIX``'s value as ProxyFix's keyword arguments, or ``None`` for off."""
    text = str(value if value is not None else "").strip().lower()
    if text in _OFF:
        return None
    if text.isdigit():
        hops = int(text)
        return {"x_for": hops, "x_proto": hops, "x_host": hops, "x_port": hops, "x_prefix": 0}
    counts = dict.fromkeys(HEADERS, 0)
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, number = (s.strip() for s in part.partition("="))
        if not sep or name not in HEADERS or not number.isdigit():
            raise ConfigurationError(
                f"BTI_PROXY_FIX is {value!r}; write a number of proxies (e.g. 1) or "
                f"header=count pairs from {', '.join(HEADERS)} (e.g. x_for=1,x_proto=1,x_host=1)."
            )
        counts[name] = int(number)
    return counts if any(counts.values()) else None


def init_app(app: Flask, value: object) -> None:
    """Wrap the app's WSGI callable in ProxyFix when ``value`` turns it on."""
    counts = parse(value)
    app.extensions["bti_proxy_fix"] = counts
    if counts is not None:
        app.wsgi_app = ProxyFix(app.wsgi_app, **counts)  # type: ignore[method-assign]
