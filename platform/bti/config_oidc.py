"""Each municipality's identity providers: OpenID Connect for staff, ID-porten for citizens.

A municipality may sign its staff in through its employer's provider (Microsoft Entra ID or
any other OpenID Connect provider) and the citizens of its portal through ID-porten. Both are
optional; without them the local passwords are the only way in. The keys, in ``bti.toml``
under a municipality (all but ``issuer`` and ``client_id`` optional)::

    [[municipality]]
    slug = "vestby"
    plugin = "vestby"

    [municipality.staff_oidc]            # staff, through the municipality's provider
    issuer = "https://login.microsoftonline.com/<tenant id>/v2.0"
    client_id = "…"
    client_secret = "…"                  # better in the environment, see below
    # private_key_file = "/etc/bti/vestby.pem"   # private_key_jwt instead of a secret
    claim = "oid"                        # the claim matched to a staff account; default "sub"
    scopes = "openid profile email"      # default "openid"
    name = "Vestby kommune"              # «Logg inn med Vestby kommune»; default the
                                         # municipality's name

    [municipality.citizen_oidc]          # the citizen portal, through ID-porten
    issuer = "https://idporten.no"
    client_id = "…"
    private_key_file = "/etc/bti/tromso-idporten.pem"
    # claim = "pid"                      # the fødselsnummer (default)
    # scopes = "openid profile"          # default
    # acr_values = "idporten-loa-high"   # the level asked for and required (default)
    # name = "ID-porten"                 # default
    # passwords = true                   # keep the local passwords beside it (default)

* ``issuer``: the provider's issuer; its discovery document is read from
  ``<issuer>/.well-known/openid-configuration``, and the ID token's ``iss`` must equal it.
  Production refuses anything but ``https``; development and tests also take ``http`` on
  the machine itself (127.0.0.1, ``localhost``, ``::1``).
* ``client_id``, and how the platform proves it is that client: ``client_secret``
  (``client_secret_basic``) or ``private_key_file``, a PEM private key (``private_key_jwt``,
  signed RS256; register its public half with the provider). One of the two is needed.
* ``claim``: which claim of the ID token identifies the person. For staff its value is
  matched to the identities an administrator has registered
  (:class:`bti.models.StaffIdentity`); for citizens it holds the fødselsnummer.
* ``scopes``: space-separated; ``openid`` is always asked for.
* ``acr_values`` (citizens): the security level asked for; an ID token below it is refused.
  ``idporten-loa-substantial`` < ``idporten-loa-high``.
* ``passwords`` (citizens): ``false`` hides the portal's local username and password.
  For staff, ``BTI_STAFF_PASSWORDS`` (``[signin] staff_passwords`` in ``bti.toml``) does the
  same for the deployment's one sign-in page (:mod:`bti.config`).

Every key can also come from the environment, which wins over the file:
``BTI_<SLUG>_STAFF_OIDC_<KEY>`` and ``BTI_<SLUG>_CITIZEN_OIDC_<KEY>``, the slug in capitals
with ``-`` as ``_`` (``BTI_VESTBY_STAFF_OIDC_CLIENT_SECRET``,
``BTI_TROMSO_CITIZEN_OIDC_ISSUER``). Keep the client secret there rather than in the file.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

#: The two kinds of sign-in a municipality can hand to a provider.
KINDS = ("staff_oidc", "citizen_oidc")
KEYS = (
    "issuer",
    "client_id",
    "client_secret",
    "private_key_file",
    "claim",
    "scopes",
    "name",
    "acr_values",
    "passwords",
)
#: ID-porten's levels, lowest first (an ID token's ``acr`` must reach the one asked for).
IDPORTEN_LEVELS = ("idporten-loa-low", "idporten-loa-substantial", "idporten-loa-high")
_DEFAULTS = {
    "staff_oidc": {"claim": "sub", "scopes": "openid"},
    "citizen_oidc": {
        "claim": "pid",
        "scopes": "openid profile",
        "acr_values": "idporten-loa-high",
        "name": "ID-porten",
    },
}


class ProviderError(ValueError):
    """A provider's settings are wrong; :mod:`bti.config` turns it into a configuration
    error naming the municipality."""


@dataclass(frozen=True)
class OidcProvider:
    """One OpenID Connect provider, as one municipality uses it for one kind of sign-in."""

    issuer: str
    client_id: str
    client_secret: str | None = None
    private_key_file: str | None = None
    claim: str = "sub"
    scopes: str = "openid"
    #: Shown on the button («Logg inn med …»); ``None``: the municipality's name.
    name: str | None = None
    #: Asked for, and required of the ID token's ``acr`` (ID-porten).
    acr_values: str | None = None
    #: Citizens: the local username and password stay offered beside the provider.
    passwords: bool = True

    @property
    def metadata_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"

    @property
    def auth_method(self) -> str:
        return "private_key_jwt" if self.private_key_file else "client_secret_basic"

    @property
    def scope(self) -> str:
        scopes = self.scopes.split()
        return " ".join(scopes if "openid" in scopes else ["openid", *scopes])

    def acr_reached(self, acr: object) -> bool:
        """Whether an ID token's ``acr`` meets :attr:`acr_values` (always without one)."""
        if not self.acr_values:
            return True
        if acr == self.acr_values:
            return True
        if acr in IDPORTEN_LEVELS and self.acr_values in IDPORTEN_LEVELS:
            return IDPORTEN_LEVELS.index(acr) >= IDPORTEN_LEVELS.index(self.acr_values)
        return False


def parse_provider(kind: str, value: object, *, production: bool) -> OidcProvider:
    """The settings of one provider block (a mapping from TOML, the environment or a test).

    :raises ProviderError: a key is unknown, missing or unusable.
    """
    if isinstance(value, OidcProvider):
        provider = value
    else:
        if not isinstance(value, Mapping):
            raise ProviderError(f"[{kind}] must be a table of settings.")
        unknown = sorted(set(value) - set(KEYS))
        if unknown:
            raise ProviderError(
                f"[{kind}] has unknown key(s) {', '.join(unknown)}; known: {', '.join(KEYS)}."
            )
        values = {**_DEFAULTS[kind], **{k: v for k, v in value.items() if v not in (None, "")}}
        for key in ("issuer", "client_id"):
            if not values.get(key):
                raise ProviderError(f"[{kind}] needs {key}.")
        if "passwords" in values:
            values["passwords"] = truth(values["passwords"], f"[{kind}] passwords")
        strings = {k: str(v) if k != "passwords" else v for k, v in values.items()}
        provider = OidcProvider(**strings)
    _check(kind, provider, production=production)
    return provider


def providers_for(
    slug: str, blocks: Mapping[str, object], environ: Mapping[str, str], *, production: bool
) -> dict[str, OidcProvider]:
    """The municipality's providers from its blocks and the environment, checked.

    :raises ProviderError: a setting is wrong.
    """
    return {
        kind: parse_provider(kind, block, production=production)
        for kind, block in with_environment(slug, blocks, environ).items()
    }


def with_environment(
    slug: str, blocks: Mapping[str, object], environ: Mapping[str, str]
) -> dict[str, dict[str, object]]:
    """The municipality's provider blocks with ``BTI_<SLUG>_<KIND>_<KEY>`` laid over them."""
    result: dict[str, dict[str, object]] = {}
    for kind in KINDS:
        block = blocks.get(kind)
        values = dict(block) if isinstance(block, Mapping) else {}
        if isinstance(block, OidcProvider):
            values = {k: getattr(block, k) for k in KEYS}
        prefix = f"BTI_{slug.upper().replace('-', '_')}_{kind.upper()}_"
        for key in KEYS:
            if environ.get(prefix + key.upper()):
                values[key] = environ[prefix + key.upper()]
        if values:
            result[kind] = values
    return result


def _check(kind: str, provider: OidcProvider, *, production: bool) -> None:
    parts = urlsplit(provider.issuer)
    secure = parts.scheme == "https" and bool(parts.hostname)
    local = parts.scheme == "http" and not production and _loopback(parts.hostname)
    if secure or local:
        pass
    elif parts.scheme == "http" and production:
        raise ProviderError(
            f"[{kind}] issuer {provider.issuer!r} is plain http; production needs https."
        )
    else:
        raise ProviderError(
            f"[{kind}] issuer {provider.issuer!r} must be an https address (http only on "
            "127.0.0.1 or localhost, outside production)."
        )
    if not provider.client_secret and not provider.private_key_file:
        raise ProviderError(
            f"[{kind}] needs client_secret (or the environment's "
            f"BTI_<SLUG>_{kind.upper()}_CLIENT_SECRET) or private_key_file."
        )
    if provider.private_key_file and not Path(provider.private_key_file).is_file():
        raise ProviderError(
            f"[{kind}] private_key_file {provider.private_key_file!r} is not a readable file."
        )


def _loopback(host: str | None) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def truth(value: object, what: str) -> bool:
    """``true``/``false`` (or ``1``, ``yes``, ``on`` …) as a bool.

    :raises ProviderError: it is neither.
    """
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ProviderError(f"{what} is {value!r}; write true or false.")
