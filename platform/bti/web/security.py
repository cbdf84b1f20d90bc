"""The security headers every response carries, and what may be cached.

One ``after_request`` hook (:func:`init_app`) sets them on every response the application
gives, pages, downloads, redirects and error pages alike:

* ``Content-Security-Policy`` (:data:`CONTENT_SECURITY_POLICY`): scripts, styles, fonts,
  frames and forms from this site only; no inline script, no inline style (the pages keep
  their styles in ``static/*.css``), no plugins, no ``<base>``, and no other site may frame
  a page. ``img-src`` also allows ``data:`` for the small SVG icons inside Designsystemet's
  stylesheet. Nothing ``'unsafe-*'``.
* ``Strict-Transport-Security`` in production (development and tests run over plain HTTP).
* ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: same-origin`` (a case's address
  never leaves the site in a ``Referer``), ``X-Frame-Options: DENY`` for browsers older than
  ``frame-ancestors``, and a ``Permissions-Policy`` that turns off the device features the
  platform never uses.
* ``Referrer-Policy: no-referrer`` instead on the pages whose address holds a secret
  (:data:`SECRET_IN_PATH`: the one-time password link), so not even this site's own
  requests from them (the stylesheets, the form) carry it in a ``Referer``.
* ``Cache-Control: no-store`` on everything but the static files: any page, printout, PDF or
  calendar file may hold personal data, and none of them may stay in a shared or a browser
  cache. The static files (stylesheets, fonts, icons) keep Flask's revalidated caching.
* No ``Server`` header from the application. The production server (gunicorn behind a
  reverse proxy) writes its own: the proxy must hide it (nginx does not pass the upstream's
  ``Server`` and says only ``nginx`` with ``server_tokens off``). Werkzeug's development
  server names itself, but it only serves ``bti demo``, which production refuses.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request

#: The policy of every response. ``default-src 'self'`` covers scripts, styles, fonts,
#: connections and frames; the rest close what ``default-src`` does not.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    )
)

#: One year, subdomains included: a municipality's address serves nothing over plain HTTP.
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
    )
)

#: What every response carries, whatever it is.
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
}


#: Endpoints whose address holds a secret token: their pages send no ``Referer`` at all.
SECRET_IN_PATH = frozenset({"passwords.redeem"})


def init_app(app: Flask) -> None:
    app.after_request(secure_headers)


def secure_headers(response: Response) -> Response:
    """Set the security headers and the caching rule on ``response`` (see the module)."""
    for name, value in HEADERS.items():
        response.headers[name] = value
    if request.endpoint in SECRET_IN_PATH:
        response.headers["Referrer-Policy"] = "no-referrer"
    if current_app.extensions["bti_settings"].is_production:
        response.headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
        response.headers.pop("Expires", None)
        response.headers.pop("Last-Modified", None)
        response.headers.pop("ETag", None)
    response.headers.pop("Server", None)
    return response
