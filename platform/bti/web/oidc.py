"""Signing in through OpenID Connect with Authlib: staff through their municipality's
provider (Entra ID or another), citizens through ID-porten.

Each municipality's providers come from the configuration (:mod:`bti.config_oidc`); each
gets an Authlib client that reads the provider's discovery document on first use. The flow is
the authorization code flow with PKCE (S256), ``state`` and ``nonce`` kept in the signed
session cookie until the answer comes back, and used once. The ID token is checked by
Authlib against the provider's keys (``jwks_uri``): signature, issuer (the configured one),
audience (our client id), expiry and nonce; then the level (``acr``) where one is required.
What the token says is matched to an account by :mod:`bti.services.signin_oidc`.

Staff: ``/<slug>/logg-inn/oidc`` starts, ``/<slug>/logg-inn/oidc/svar`` receives; the
session that follows is the ordinary local one (:func:`bti.web.auth.after_first_factor`
with ``method="oidc"``: the provider owns the second factor). Citizens: the same under
``/<slug>/innsyn/logg-inn/id-porten`` (:mod:`bti.web.citizen`).

Signing out ends the local session and, where the provider's discovery document names an
``end_session_endpoint``, sends the browser there with ``id_token_hint`` and
``post_logout_redirect_uri`` (RP-initiated logout), through a page that forwards at once (a
form's redirect to another site would break the pages' ``form-action 'self'`` policy).

Authlib (and ``requests`` and the JOSE and X.509 code under it) is imported when the first
provider is registered or used, not at start-up: a deployment without providers never loads
it, and one with them pays at its first sign-in (``tests/perf/test_startup.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, g, render_template, session, url_for
from flask_babel import get_locale

from bti.config_oidc import KINDS, OidcProvider
from bti.db import get_db
from bti.i18n import DEFAULT_LOCALE
from bti.services import signin_oidc

bp = Blueprint("oidc", __name__)

STAFF = "staff_oidc"
CITIZEN = "citizen_oidc"
#: ``app.extensions`` key: ``{(slug, kind): OidcProvider}``.
EXTENSION = "bti_oidc"
#: ``app.extensions`` key of Authlib's client registry (Authlib's own name for it).
OAUTH = "authlib.integrations.flask_client"
#: The browser session's key for the municipality whose provider began the staff session.
SIGNED_IN_THROUGH = "oidc_from"
#: Seconds to wait for the provider's answers (discovery, keys, token).
TIMEOUT = 10


def init_app(app, registry) -> None:
    """An Authlib client per configured provider, and the staff pages."""
    app.extensions[EXTENSION] = {}
    for municipality in registry:
        for kind in KINDS:
            provider = getattr(municipality.config, kind, None)
            if provider is not None:
                use_provider(app, slug=municipality.slug, kind=kind, provider=provider)
    app.register_blueprint(bp, url_prefix="/<municipality>")


def use_provider(app, *, slug: str, kind: str, provider: OidcProvider) -> None:
    """Let municipality ``slug`` sign people in (``kind``: ``staff_oidc`` or
    ``citizen_oidc``) through ``provider``; at start-up, or later for the demo."""
    from authlib.integrations.flask_client import OAuth
    from authlib.oauth2.rfc7523 import PrivateKeyJWT

    if OAUTH not in app.extensions:
        OAuth(app)
    secret = provider.client_secret
    auth_methods = None
    if provider.private_key_file:
        secret = Path(provider.private_key_file).read_text(encoding="utf-8")
        auth_methods = [PrivateKeyJWT()]
    app.extensions[OAUTH].register(
        _client_name(slug, kind),
        overwrite=True,
        client_id=provider.client_id,
        client_secret=secret,
        server_metadata_url=provider.metadata_url,
        client_auth_methods=auth_methods,
        client_kwargs={
            "scope": provider.scope,
            "code_challenge_method": "S256",
            "token_endpoint_auth_method": provider.auth_method,
            "timeout": TIMEOUT,
        },
    )
    app.extensions[EXTENSION][(slug, kind)] = provider


def provider_for(slug: str, kind: str) -> OidcProvider | None:
    return current_app.extensions[EXTENSION].get((slug, kind))


def staff_choices() -> list[tuple[str, str]]:
    """The sign-in page's buttons: ``(slug, provider name)`` for each municipality whose
    staff may sign in through a provider."""
    registry = current_app.extensions["bti"]
    found = []
    for municipality in registry:
        provider = provider_for(municipality.slug, STAFF)
        if provider is not None:
            found.append((municipality.slug, provider.name or municipality.name))
    return found


def _client(slug: str, kind: str):
    oauth = current_app.extensions[OAUTH]
    return oauth.create_client(_client_name(slug, kind))


def _client_name(slug: str, kind: str) -> str:
    return f"{kind}_{slug}"


# ---------------------------------------------------------------------------------------------
# The flow
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    """A validated answer: the configured claim's value, and the ID token (for signing
    out at the provider)."""

    subject: str
    id_token: str


def begin(kind: str, callback: str):
    """Send the browser to the provider of the page's municipality (404 without one)."""
    import requests

    provider = provider_for(g.municipality.slug, kind)
    if provider is None:
        abort(404)
    # The provider's pages in the reader's language (ID-porten: nb, nn, en).
    extra = {"ui_locales": str(get_locale() or DEFAULT_LOCALE)}
    if provider.acr_values:
        extra["acr_values"] = provider.acr_values
    try:
        return _client(g.municipality.slug, kind).authorize_redirect(
            url_for(callback, _external=True), **extra
        )
    except (requests.RequestException, ValueError, RuntimeError):
        signin_oidc.record_refused(
            get_db(), municipality_id=g.municipality_id, kind=_who(kind), reason="unavailable"
        )
        return refused(kind, "unavailable")


def receive(kind: str) -> Received | str:
    """The provider's answer on the callback, validated; else the reason it was refused
    (one of :data:`bti.services.signin_oidc.REFUSAL_REASONS`, audited here)."""
    import requests
    from authlib.common.errors import AuthlibBaseError
    from authlib.integrations.base_client import MismatchingStateError, OAuthError
    from joserfc.errors import JoseError

    provider = provider_for(g.municipality.slug, kind)
    if provider is None:
        abort(404)
    reason = None
    try:
        token = _client(g.municipality.slug, kind).authorize_access_token(
            claims_options={
                "iss": {"essential": True, "value": provider.issuer},
                "aud": {"essential": True, "value": provider.client_id},
            }
        )
    except MismatchingStateError:
        reason = "state"
    except OAuthError:
        reason = "provider_error"
    except (JoseError, AuthlibBaseError, ValueError):
        reason = "token"
    except requests.RequestException:
        reason = "unavailable"
    if reason is None:
        claims = token.get("userinfo") or {}
        value = claims.get(provider.claim)
        if not claims:
            reason = "token"
        elif not provider.acr_reached(claims.get("acr")):
            reason = "level"
        elif not isinstance(value, str) or not value:
            reason = "claim_missing"
        else:
            return Received(value, token["id_token"])
    signin_oidc.record_refused(
        get_db(), municipality_id=g.municipality_id, kind=_who(kind), reason=reason
    )
    return reason


def refused(kind: str, reason: str):
    """The Norwegian page for a refused sign-in, and its status."""
    template = "oidc/refused.html" if kind == STAFF else "citizen/oidc_refused.html"
    status = 403 if reason in ("level", "unknown") else 400
    return render_template(template, reason=reason, kind=kind), status


def _who(kind: str) -> str:
    return "citizen" if kind == CITIZEN else "staff"


def sign_out_there(*, slug: str | None, kind: str, id_token: str | None, back: str):
    """After the local session has ended: the page that forwards the browser to the
    provider's ``end_session_endpoint``, or ``None`` where there is none to go to."""
    import requests
    from authlib.common.urls import add_params_to_uri

    if not slug or not id_token or provider_for(slug, kind) is None:
        return None
    try:
        metadata = _client(slug, kind).load_server_metadata()
    except (requests.RequestException, ValueError):
        return None
    endpoint = metadata.get("end_session_endpoint")
    if not endpoint or urlsplit(endpoint).scheme not in ("https", "http"):
        return None
    target = add_params_to_uri(
        endpoint, [("id_token_hint", id_token), ("post_logout_redirect_uri", back)]
    )
    provider = provider_for(slug, kind)
    name = provider.name or current_app.extensions["bti"][slug].name
    return render_template("oidc/signing_out.html", target=target, provider=name)


# ---------------------------------------------------------------------------------------------
# Staff
# ---------------------------------------------------------------------------------------------


@bp.get("/logg-inn/oidc")
def staff_begin():
    return begin(STAFF, "oidc.staff_callback")


@bp.get("/logg-inn/oidc/svar")
def staff_callback():
    from bti.web.auth import after_first_factor

    received = receive(STAFF)
    if isinstance(received, str):
        return refused(STAFF, received)
    user_id = signin_oidc.staff_for(
        get_db(), municipality_id=g.municipality_id, subject=received.subject
    )
    if user_id is None:
        return refused(STAFF, "unknown")
    response = after_first_factor(user_id, method="oidc", id_token=received.id_token)
    session[SIGNED_IN_THROUGH] = g.municipality.slug
    return response
