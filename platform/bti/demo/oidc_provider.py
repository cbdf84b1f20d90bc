"""A small OpenID Connect provider for the tests and the demo (``make demo OIDC=1``).

It speaks the parts of the protocol the platform uses, over real HTTP on the machine itself:
discovery (``/.well-known/openid-configuration``), the authorization endpoint (the
authorization code flow, PKCE with S256 required, ``state`` and ``nonce`` carried through),
the token endpoint (``client_secret_basic``, ``client_secret_post`` or ``private_key_jwt``;
each code works once), the signing keys (``/jwks``, RS256) and RP-initiated logout
(``/logout``). ID tokens are signed with Authlib's JOSE library (joserfc).

Who signs in: :attr:`OidcTestProvider.sign_in_as` names the person the next authorization
request signs in without asking (tests); otherwise the page lists the known people
(:meth:`OidcTestProvider.add_person`) with a button each (the demo).

Switches for the failures a relying party must refuse (each affects the ID tokens issued
from then on): :attr:`~OidcTestProvider.issuer_claim` (another ``iss``),
:attr:`~OidcTestProvider.audience` (another ``aud``), :attr:`~OidcTestProvider.expired`
(``exp`` ten minutes ago), :attr:`~OidcTestProvider.tamper` (the signature altered),
:attr:`~OidcTestProvider.wrong_nonce`, :attr:`~OidcTestProvider.acr` (the level reported:
``None``, the default, reports the one asked for; ``""`` reports none).

Never for production: it signs in whoever is named, without a password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlencode, urlsplit

from flask import Flask, jsonify, redirect, request
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, RSAKey
from werkzeug.serving import WSGIRequestHandler, make_server

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
#: The type of the access tokens it hands out.
BEARER = "Bearer"


class _Quiet(WSGIRequestHandler):
    """No access log: a logout request carries the ID token, and ID-porten's holds the
    fødselsnummer."""

    def log_request(self, code="-", size="-") -> None:
        pass


@dataclass
class Client:
    """A relying party registered with the provider."""

    client_id: str
    secret: str | None = None
    #: The public key of a client that authenticates with ``private_key_jwt``.
    public_key: RSAKey | None = None
    #: Where it may be sent back to; empty: anywhere on the machine itself.
    redirect_uris: list[str] = field(default_factory=list)


@dataclass
class _Grant:
    client_id: str
    redirect_uri: str
    code_challenge: str
    nonce: str
    claims: dict
    acr: str | None
    used: bool = False


class OidcTestProvider:
    """The provider; :meth:`start` serves it on 127.0.0.1 on a free port (or ``port``)."""

    def __init__(self, *, name: str = "Testinnlogging") -> None:
        self.name = name
        self.key = RSAKey.generate_key(
            2048, parameters={"kid": secrets.token_hex(8), "alg": "RS256", "use": "sig"}
        )
        self.clients: dict[str, Client] = {}
        self.people: dict[str, dict] = {}
        self.sign_in_as: str | None = None
        self.issuer_claim: str | None = None
        self.audience: str | None = None
        self.expired = False
        self.tamper = False
        self.wrong_nonce = False
        self.acr: str | None = None
        #: Whether discovery offers RP-initiated logout.
        self.end_session = True
        #: The logout requests received: their ``id_token_hint`` and
        #: ``post_logout_redirect_uri``.
        self.logouts: list[dict[str, str]] = []
        #: Token requests refused, with the OAuth error code.
        self.refused: list[str] = []
        self._grants: dict[str, _Grant] = {}
        self._lock = threading.Lock()
        self._server = None
        self._thread: threading.Thread | None = None
        self.issuer = ""
        self.app = self._build_app()

    # -- setting it up -------------------------------------------------------------------

    def add_client(
        self,
        client_id: str,
        *,
        secret: str | None = None,
        public_key_pem: bytes | None = None,
        redirect_uris: list[str] | None = None,
    ) -> Client:
        key = RSAKey.import_key(public_key_pem) if public_key_pem else None
        client = Client(client_id, secret, key, list(redirect_uris or []))
        self.clients[client_id] = client
        return client

    def add_person(self, sub: str, **claims: object) -> None:
        """Someone who can sign in: ``sub`` and the other claims their ID token carries
        (``name``, ``email``, ``oid``, ``pid`` …)."""
        self.people[sub] = {"sub": sub, **claims}

    def start(self, port: int = 0) -> str:
        """Serve on 127.0.0.1 in a thread; the issuer (``http://127.0.0.1:<port>``)."""
        self._server = make_server(
            "127.0.0.1", port, self.app, threaded=True, request_handler=_Quiet
        )
        self.issuer = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self.issuer

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def jwks(self) -> dict:
        return KeySet([self.key]).as_dict(private=False)

    # -- the endpoints -------------------------------------------------------------------

    def _build_app(self) -> Flask:
        app = Flask(__name__)
        app.add_url_rule("/.well-known/openid-configuration", view_func=self._discovery)
        app.add_url_rule("/authorize", view_func=self._authorize, methods=["GET", "POST"])
        app.add_url_rule("/token", view_func=self._token, methods=["POST"])
        app.add_url_rule("/jwks", view_func=lambda: jsonify(self.jwks()))
        app.add_url_rule("/logout", view_func=self._logout)
        return app

    def _discovery(self):
        document = {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": [
                "client_secret_basic",
                "client_secret_post",
                "private_key_jwt",
            ],
            "scopes_supported": ["openid", "profile", "email"],
            "acr_values_supported": ["idporten-loa-substantial", "idporten-loa-high"],
        }
        if self.end_session:
            document["end_session_endpoint"] = f"{self.issuer}/logout"
        return jsonify(document)

    def _authorize(self):
        args = request.values
        client = self.clients.get(args.get("client_id", ""))
        redirect_uri = args.get("redirect_uri", "")
        if client is None or not self._may_return_to(client, redirect_uri):
            return _page("Ukjent klient eller adresse", "<p>invalid_request</p>"), 400
        problem = _authorization_problem(args)
        if problem:
            return redirect(_with_query(redirect_uri, error=problem, state=args.get("state")))
        sub = args.get("sub") if request.method == "POST" else self.sign_in_as
        if sub is None or sub not in self.people:
            return self._choose_person(args)
        code = secrets.token_urlsafe(24)
        asked = (args.get("acr_values") or "").split(" ")[0] or None
        acr = asked if self.acr is None else (self.acr or None)
        with self._lock:
            self._grants[code] = _Grant(
                client.client_id,
                redirect_uri,
                args["code_challenge"],
                args.get("nonce", ""),
                dict(self.people[sub]),
                acr,
            )
        return redirect(_with_query(redirect_uri, code=code, state=args.get("state")))

    def _choose_person(self, args):
        hidden = "".join(
            f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
            for k, v in args.items()
            if k != "sub"
        )
        buttons = "".join(
            f'<li><button type="submit" name="sub" value="{escape(sub)}">'
            f"{escape(str(claims.get('name') or sub))}</button></li>"
            for sub, claims in self.people.items()
        )
        body = (
            f"<p>Testinnlogging: velg hvem du vil logge inn som.</p>"
            f'<form method="post" action="/authorize">{hidden}<ul>{buttons}</ul></form>'
        )
        return _page(self.name, body)

    def _token(self):
        form = request.form
        client = self._authenticated_client()
        if client is None:
            return self._refuse("invalid_client", 401)
        if form.get("grant_type") != "authorization_code":
            return self._refuse("unsupported_grant_type")
        with self._lock:
            grant = self._grants.get(form.get("code", ""))
            fresh = grant is not None and not grant.used
            if grant is not None:
                grant.used = True
        if not fresh or grant.client_id != client.client_id:
            return self._refuse("invalid_grant")
        if form.get("redirect_uri") != grant.redirect_uri:
            return self._refuse("invalid_grant")
        if _s256(form.get("code_verifier", "")) != grant.code_challenge:
            return self._refuse("invalid_grant")
        return jsonify(
            {
                "access_token": secrets.token_urlsafe(24),
                "token_type": BEARER,
                "expires_in": 300,
                "id_token": self._id_token(client, grant),
            }
        )

    def _refuse(self, error: str, status: int = 400):
        self.refused.append(error)
        return jsonify({"error": error}), status

    def _authenticated_client(self) -> Client | None:
        form = request.form
        if form.get("client_assertion_type") == ASSERTION_TYPE:
            return self._assertion_client(form.get("client_assertion", ""))
        if request.authorization and request.authorization.type == "basic":
            client_id = request.authorization.username or ""
            secret = request.authorization.password or ""
        else:
            client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        client = self.clients.get(client_id)
        if client is None or not client.secret:
            return None
        return client if hmac.compare_digest(client.secret, secret) else None

    def _assertion_client(self, assertion: str) -> Client | None:
        # The client names itself in the assertion; its own key must have signed it.
        claims = _unverified_claims(assertion)
        client = self.clients.get(str(claims.get("iss", "")))
        if client is None or client.public_key is None:
            return None
        try:
            token = jwt.decode(assertion, client.public_key, algorithms=["RS256"])
        except JoseError:
            return None
        audience = token.claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if token.claims.get("sub") != client.client_id or not (
            {self.issuer, f"{self.issuer}/token"} & set(audiences)
        ):
            return None
        if float(token.claims.get("exp", 0)) < time.time():
            return None
        return client

    def _id_token(self, client: Client, grant: _Grant) -> str:
        now = int(time.time())
        claims = {
            **grant.claims,
            "iss": self.issuer_claim or self.issuer,
            "aud": self.audience or client.client_id,
            "iat": now - 600 if self.expired else now,
            "exp": now - 600 if self.expired else now + 300,
            "auth_time": now,
            "nonce": "not-the-one-you-sent" if self.wrong_nonce else grant.nonce,
        }
        if grant.acr:
            claims["acr"] = grant.acr
        header = {"alg": "RS256", "kid": self.key.kid, "typ": "JWT"}
        token = jwt.encode(header, claims, self.key)
        if self.tamper:
            head, body, signature = token.split(".")
            flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
            token = ".".join((head, body, flipped))
        return token

    def _logout(self):
        self.logouts.append(
            {
                "id_token_hint": request.args.get("id_token_hint", ""),
                "post_logout_redirect_uri": request.args.get("post_logout_redirect_uri", ""),
            }
        )
        target = request.args.get("post_logout_redirect_uri")
        if target:
            return redirect(_with_query(target, state=request.args.get("state")))
        return _page(self.name, "<p>Du er logget ut.</p>")

    def _may_return_to(self, client: Client, uri: str) -> bool:
        if client.redirect_uris:
            return uri in client.redirect_uris
        parts = urlsplit(uri)
        return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost")


def _authorization_problem(args) -> str | None:
    """The OAuth error for an authorization request this provider will not grant."""
    if args.get("response_type") != "code":
        return "unsupported_response_type"
    if "openid" not in (args.get("scope") or "").split():
        return "invalid_scope"
    if not args.get("code_challenge") or args.get("code_challenge_method") != "S256":
        return "invalid_request"
    if not args.get("state") or not args.get("nonce"):
        return "invalid_request"
    return None


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _unverified_claims(token: str) -> dict:
    try:
        body = token.split(".")[1]
        return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (IndexError, ValueError):
        return {}


def _with_query(uri: str, **params: str | None) -> str:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return f"{uri}{'&' if '?' in uri else '?'}{query}"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="nb"><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<h1>{escape(title)}</h1>{body}</html>"
    )
