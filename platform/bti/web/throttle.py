"""Throttling the sign-in pages with Flask-Limiter: per account and per address, never for
good.

Only failed attempts count (the answer was 401: wrong username, password or code), and a
request over a limit is refused before any password is hashed. The limits, each a moving
window, so a person who waits can always sign in again:

* per account (the username typed, normalised as the sign-in does; for the citizen pages
  within the municipality): :data:`ACCOUNT_LIMITS`;
* per client address: :data:`ADDRESS_LIMITS`;
* the second factor's code, per account waiting for it: :data:`ACCOUNT_LIMITS`;
* changing one's password (:data:`CHANGE_ENDPOINTS`), where a wrong current password is a
  401 too: per signed-in account, :data:`ACCOUNT_LIMITS`, and per address;
* the one-time password link (:data:`LINK_ENDPOINT`), where the failures are the links
  that cannot be used (410, asked for or posted): per address, :data:`ADDRESS_LIMITS`.

A refused request gets 429, a Norwegian page and ``Retry-After``; the first refusal of a key
in its window is audited (``signin.throttled``, see :func:`bti.services.signin.
record_throttled`) with a keyed hash of the account or address, never the username or the
address itself. The limiter's storage holds the same hashes.

Configuration: ``BTI_RATELIMIT_ACCOUNT`` and ``BTI_RATELIMIT_ADDRESS`` (app config) change
the limits, in Flask-Limiter's notation. ``BTI_RATELIMIT_STORAGE`` (environment or app
config) is a ``limits`` storage URI: ``memory://`` (the default; one count per process) or,
when several worker processes serve the app, a shared store such as ``redis://host:6379``
(needs the ``redis`` package). ``RATELIMIT_ENABLED`` turns throttling off; it is off by
default in the test environment only (the throttling tests turn it on). Behind a reverse
proxy the app must see the client's address as ``request.remote_addr`` (``BTI_PROXY_FIX``,
:mod:`bti.proxy`), or every client shares the proxy's.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time

from flask import current_app, g, render_template, request, session, url_for
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address

from bti.db import get_db
from bti.passwords import Busy
from bti.services import signin

ACCOUNT_LIMITS = "5 per minute;20 per hour"
ADDRESS_LIMITS = "50 per 10 minutes"
#: The sign-in pages, and where a throttled person is sent back to.
SIGN_IN_ENDPOINTS = ("auth.sign_in", "citizen.sign_in")
CODE_ENDPOINT = "twofactor.code"
#: Changing the password of the signed-in staff user or citizen.
CHANGE_ENDPOINTS = ("passwords.change", "citizen.change")
#: The one-time link to set a new password.
LINK_ENDPOINT = "passwords.redeem"
#: The browser session's key for the account waiting for its second factor (web.auth).
PENDING = "pending_2fa"
#: A key's refusals are audited once per this many seconds (the longest window).
AUDIT_EVERY = 3600


def init_app(app) -> None:
    """Throttle the sign-in endpoints; call after their blueprints are registered."""
    app.config.setdefault("RATELIMIT_ENABLED", app.config.get("BTI_ENV") != "test")
    app.config.setdefault(
        "RATELIMIT_STORAGE_URI",
        app.config.get("BTI_RATELIMIT_STORAGE")
        or os.environ.get("BTI_RATELIMIT_STORAGE")
        or "memory://",
    )
    app.config.setdefault("RATELIMIT_STRATEGY", "moving-window")
    limiter = Limiter(key_func=_address_key, app=app, on_breach=_audit_breach)
    app.extensions["bti_limiter"] = limiter
    app.extensions["bti_throttle_audited"] = ({}, threading.Lock())
    per_account = app.config.get("BTI_RATELIMIT_ACCOUNT", ACCOUNT_LIMITS)
    per_address = app.config.get("BTI_RATELIMIT_ADDRESS", ADDRESS_LIMITS)
    failed = {"deduct_when": lambda response: response.status_code == 401, "methods": ["POST"]}
    for endpoint in (*SIGN_IN_ENDPOINTS, CODE_ENDPOINT):
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        account = _pending_key if endpoint == CODE_ENDPOINT else _account_key
        view = limiter.limit(per_account, key_func=account, **failed)(view)
        view = limiter.limit(per_address, key_func=_address_key, **failed)(view)
        app.view_functions[endpoint] = view
    for endpoint in CHANGE_ENDPOINTS:
        view = app.view_functions.get(endpoint)
        if view is not None:
            view = limiter.limit(per_account, key_func=_signed_in_key, **failed)(view)
            view = limiter.limit(per_address, key_func=_address_key, **failed)(view)
            app.view_functions[endpoint] = view
    view = app.view_functions.get(LINK_ENDPOINT)
    if view is not None:
        unusable = {"deduct_when": lambda response: response.status_code == 410}
        view = limiter.limit(per_address, key_func=_address_key, **unusable)(view)
        app.view_functions[LINK_ENDPOINT] = view
    app.register_error_handler(RateLimitExceeded, _throttled)
    app.register_error_handler(Busy, _busy)


def _hashed(kind: str, value: str) -> str:
    secret = current_app.config["SECRET_KEY"].encode()
    digest = hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()[:20]
    return f"{kind}:{digest}"


def _account_key() -> str:
    username = (request.form.get("username") or "").strip().lower()
    municipality = g.get("municipality")
    where = municipality.slug if municipality is not None else ""
    return _hashed("konto", f"{where}/{username}")


def _pending_key() -> str:
    pending = session.get(PENDING) or {}
    return _hashed("konto", f"user#{pending.get('user_id', '')}")


def _signed_in_key() -> str:
    """The signed-in account: a citizen in the municipality, or the staff user."""
    citizen = g.get("citizen")
    if citizen is not None:
        return _hashed("konto", f"{g.municipality.slug}/citizen#{citizen.citizen_id}")
    signed_in = g.get("signed_in")
    return _hashed("konto", f"user#{signed_in.user_id if signed_in else ''}")


def _address_key() -> str:
    return _hashed("adresse", get_remote_address() or "")


def _audit_breach(limit) -> None:
    """The first refusal of a key in its window goes to the audit trail."""
    key = limit.request_args[-2]
    audited, lock = current_app.extensions["bti_throttle_audited"]
    now = time.monotonic()
    with lock:
        if now - audited.get(key, -AUDIT_EVERY) < AUDIT_EVERY:
            return
        audited[key] = now
    municipality_id = g.get("municipality_id")
    kind, digest = key.split(":", 1)
    signin.record_throttled(
        get_db(),
        municipality_id=municipality_id,
        detail=f"limit={'account' if kind == 'konto' else 'address'};key={digest}",
    )


def _back() -> str:
    if request.endpoint in CHANGE_ENDPOINTS:
        return url_for(request.endpoint)
    endpoint = "citizen.sign_in" if request.endpoint == "citizen.sign_in" else "auth.sign_in"
    return url_for(endpoint)


def _throttled(error: RateLimitExceeded):
    page = render_template("auth/throttled.html", back=_back())
    return page, 429, {"Retry-After": "60"}


def _busy(error: Busy):
    page = render_template("auth/throttled.html", back=_back())
    return page, 429, {"Retry-After": "5"}
