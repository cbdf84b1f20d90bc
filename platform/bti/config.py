"""Deployment configuration: which municipalities run here, with which plugin, on which database.

Sources, later ones winning:

1. built-in defaults (development, SQLite file in the instance folder, every installed
   municipality plugin enabled under its own name);
2. ``bti.toml`` in the instance folder (or the file named by ``BTI_CONFIG``), read by
   :mod:`bti.config_file`;
3. environment variables: ``BTI_ENV``, ``DATABASE_URL``, ``BTI_SECRET_KEY``,
   ``BTI_AUDIT_KEY`` (signs the audit chain's checkpoints: keep it outside the database),
   ``BTI_MUNICIPALITIES``, and the session limits ``BTI_IDLE_MINUTES``, ``BTI_SESSION_HOURS``,
   ``BTI_MAX_SESSIONS`` (:class:`SessionLimits`), ``BTI_STAFF_PASSWORDS`` (``false``: the
   staff sign-in page offers only the municipalities' identity providers); the reverse
   proxy's headers ``BTI_PROXY_FIX`` (:mod:`bti.proxy`); the logs ``BTI_LOG_FORMAT`` and
   ``BTI_LOG_LEVEL`` (:mod:`bti.logs`); the SMTP server ``BTI_MAIL_<KEY>``
   (:mod:`bti.config_mail`);
4. the mapping passed to ``create_app(config)`` (tests).

Each municipality may sign people in through OpenID Connect: ``staff_oidc`` (its staff,
through Entra ID or another provider) and ``citizen_oidc`` (its citizen portal, through
ID-porten), each a table under the ``[[municipality]]`` (``issuer``, ``client_id``,
``client_secret`` or ``private_key_file``, ``claim``, ``scopes``, ``name``, ``acr_values``,
``passwords``), or ``BTI_<SLUG>_STAFF_OIDC_<KEY>`` / ``BTI_<SLUG>_CITIZEN_OIDC_<KEY>`` in the
environment (the client secret belongs there). Every key, its default and the rules are in
:mod:`bti.config_oidc`. Production refuses a provider over plain http.

Errors raise :class:`ConfigurationError` with a message an operator can act on.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bti.config_mail import MAIL_KEYS, MailConfigError, MailSettings, mail_settings
from bti.config_oidc import KINDS as OIDC_KINDS
from bti.config_oidc import OidcProvider, ProviderError, providers_for, truth
from bti.config_retention import RetentionError, RetentionPolicy, retention_for

ENVIRONMENTS = ("development", "test", "production")
SLUG_RE = re.compile(r"^[a-z][a-z0-9-]{1,39}$")
# First path segments the core uses itself; a municipality cannot take them.
RESERVED_SLUGS = frozenset(
    {"static", "healthz", "auth", "api", "admin", "login", "logout", "logg-inn", "logg-ut"}
    | {"velg-kommune", "sprak", "tofaktor"}
)


class ConfigurationError(Exception):
    """The deployment's configuration is wrong; the message says what and where."""


@dataclass(frozen=True)
class MunicipalityConfig:
    """One municipality in the deployment.

    ``plugin`` is the entry-point name of its plugin in the group ``bti``; ``None`` runs the
    municipality on the national model alone, which then needs ``name`` and ``kommunenummer``.
    """

    slug: str
    plugin: str | None = None
    name: str | None = None
    kommunenummer: str | None = None
    #: Staff sign in through this OpenID Connect provider too (:mod:`bti.config_oidc`).
    staff_oidc: OidcProvider | None = None
    #: The citizen portal signs in through this provider (ID-porten).
    citizen_oidc: OidcProvider | None = None
    #: How long a closed case is kept, and what happens then (:mod:`bti.config_retention`).
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)


@dataclass(frozen=True)
class SessionLimits:
    """How long a sign-in lasts, and how many a person may hold open at once."""

    #: Signed out after this long without a request.
    idle_minutes: int = 30
    #: Signed out this long after signing in, however active.
    hours: int = 10
    #: A new sign-in ends the oldest beyond this many open ones.
    per_user: int = 5


#: The session limits' configuration keys (environment, ``[session]`` in bti.toml with the
#: field names, or ``create_app(config)``), each a whole number of at least 1.
SESSION_KEYS = {
    "BTI_IDLE_MINUTES": "idle_minutes",
    "BTI_SESSION_HOURS": "hours",
    "BTI_MAX_SESSIONS": "per_user",
}

#: Flask signs the session cookie with the secret key: in production it must be long enough
#: that it cannot be guessed or searched for.
MIN_SECRET_BYTES = 32


@dataclass(frozen=True)
class Settings:
    env: str
    database_url: str
    secret_key: str
    municipalities: tuple[MunicipalityConfig, ...] | None
    instance_path: Path
    extra: Mapping[str, object] = field(default_factory=dict)
    sessions: SessionLimits = field(default_factory=SessionLimits)
    audit_key: str = ""
    #: The staff sign-in page offers the local username and password.
    staff_passwords: bool = True
    #: Which X-Forwarded-* headers to believe (:mod:`bti.proxy`); empty: none.
    proxy_fix: str = ""
    #: ``json`` or ``text``; empty: JSON in production, text elsewhere (:mod:`bti.logs`).
    log_format: str = ""
    log_level: str = ""
    #: The SMTP server notifications go through (:mod:`bti.config_mail`); none: not sent.
    mail: MailSettings = field(default_factory=MailSettings)

    @property
    def is_production(self) -> bool:
        return self.env == "production"


def load_settings(
    instance_path: str | os.PathLike[str],
    overrides: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read the configuration from the defaults, the TOML file, the environment and
    ``overrides``. ``municipalities`` is ``None`` when nothing names them (then every
    installed plugin is enabled, outside production)."""
    environ = os.environ if environ is None else environ
    overrides = dict(overrides or {})
    instance = Path(instance_path)

    values: dict[str, object] = {}
    toml_path = Path(environ.get("BTI_CONFIG") or instance / "bti.toml")
    if toml_path.exists():
        from bti import config_file

        values.update(config_file.read_toml(toml_path))

    for key in sorted(_KNOWN_KEYS):
        if environ.get(key):
            values[key] = environ[key]
    values.update({k: v for k, v in overrides.items() if k in _KNOWN_KEYS})

    env = str(values.get("BTI_ENV", "development"))
    if env not in ENVIRONMENTS:
        raise ConfigurationError(
            f"BTI_ENV is {env!r}; it must be one of: {', '.join(ENVIRONMENTS)}."
        )

    database_url = normalise_database_url(
        str(values.get("DATABASE_URL") or f"sqlite:///{instance / 'bti.sqlite3'}")
    )
    municipalities = values.get("BTI_MUNICIPALITIES")
    parsed = None if municipalities is None else parse_municipalities(municipalities)
    if parsed:
        parsed = _with_providers(parsed, environ, production=env == "production")
    if env == "production" and not parsed:
        raise ConfigurationError(
            "Production needs the municipalities named explicitly: add [[municipality]] "
            "tables to bti.toml or set BTI_MUNICIPALITIES (e.g. 'vestby,tromso')."
        )

    secret_key = str(values.get("BTI_SECRET_KEY") or "")
    if not secret_key:
        if env == "production":
            raise ConfigurationError(
                "Production needs BTI_SECRET_KEY (a long random string, e.g. from "
                "'python -c \"import secrets; print(secrets.token_hex(32))\"')."
            )
        secret_key = _development_secret(instance, env)
    elif env == "production" and len(secret_key.encode("utf-8")) < MIN_SECRET_BYTES:
        raise ConfigurationError(
            f"BTI_SECRET_KEY is {len(secret_key.encode('utf-8'))} bytes long; production needs "
            f"at least {MIN_SECRET_BYTES} (e.g. from "
            "'python -c \"import secrets; print(secrets.token_hex(32))\"')."
        )

    extra = {k: v for k, v in overrides.items() if k not in _KNOWN_KEYS}
    sessions = _session_limits(values)
    audit_key = _audit_key(values, instance, env)
    try:
        staff_passwords = truth(values.get("BTI_STAFF_PASSWORDS", True), "BTI_STAFF_PASSWORDS")
    except ProviderError as error:
        raise ConfigurationError(str(error)) from None
    try:
        mail = mail_settings(values, production=env == "production")
    except MailConfigError as error:
        raise ConfigurationError(str(error)) from None
    return Settings(
        env,
        database_url,
        secret_key,
        parsed,
        instance,
        extra,
        sessions,
        audit_key,
        staff_passwords,
        **{name: str(values.get(key) or "") for key, name in SERVING_KEYS.items()},
        mail=mail,
    )


#: Settings of the server around the app, each a string: environment variable → field.
SERVING_KEYS = {
    "BTI_PROXY_FIX": "proxy_fix",
    "BTI_LOG_FORMAT": "log_format",
    "BTI_LOG_LEVEL": "log_level",
}


_KNOWN_KEYS = frozenset(
    {
        "BTI_ENV",
        "DATABASE_URL",
        "BTI_SECRET_KEY",
        "BTI_AUDIT_KEY",
        "BTI_MUNICIPALITIES",
        "BTI_STAFF_PASSWORDS",
        *SESSION_KEYS,
        *SERVING_KEYS,
        *MAIL_KEYS,
    }
)


def _with_providers(
    entries: tuple[MunicipalityConfig, ...], environ: Mapping[str, str], *, production: bool
) -> tuple[MunicipalityConfig, ...]:
    """Each municipality with its identity providers and its retention policy: the file's
    settings, the environment's laid over them, checked for this environment
    (:mod:`bti.config_oidc`, :mod:`bti.config_retention`)."""
    result = []
    for entry in entries:
        blocks = {kind: getattr(entry, kind) for kind in OIDC_KINDS if getattr(entry, kind)}
        try:
            providers = providers_for(entry.slug, blocks, environ, production=production)
            retention = retention_for(entry.slug, entry.retention, environ)
        except (ProviderError, RetentionError) as error:
            raise ConfigurationError(f"Municipality {entry.slug!r}: {error}") from None
        result.append(replace(entry, retention=retention, **providers))
    return tuple(result)


def _session_limits(values: Mapping[str, object]) -> SessionLimits:
    limits = {}
    for key, name in SESSION_KEYS.items():
        if values.get(key) in (None, ""):
            continue
        value = values[key]
        try:
            number = int(str(value).strip())
        except ValueError:
            number = 0
        if isinstance(value, bool) or number < 1:
            raise ConfigurationError(f"{key} is {value!r}; it must be a whole number, at least 1.")
        limits[name] = number
    return SessionLimits(**limits)


def _audit_key(values: Mapping[str, object], instance: Path, env: str) -> str:
    """The key that signs the audit chain's checkpoints. It must not live in the database
    (whoever can rewrite the chain could then re-sign it): production names it; development
    and tests keep one in the instance folder."""
    key = str(values.get("BTI_AUDIT_KEY") or "")
    if key:
        return key
    if env == "production":
        raise ConfigurationError(
            "Production needs BTI_AUDIT_KEY (a long random string, kept outside the database "
            "and its backups): it signs the audit trail's checkpoints."
        )
    return _instance_key(instance, "audit_key")


def parse_municipalities(value: object) -> tuple[MunicipalityConfig, ...]:
    """Accept ``"vestby,tromso"``, ``"oslo=vestby"`` (slug=plugin), ``"eksempel="``
    (national model only) or a list of mappings from TOML."""
    entries: list[MunicipalityConfig] = []
    if isinstance(value, str):
        for part in filter(None, (p.strip() for p in value.split(","))):
            slug, sep, plugin = part.partition("=")
            entries.append(
                MunicipalityConfig(slug.strip(), (plugin.strip() or None) if sep else slug)
            )
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, MunicipalityConfig):
                entries.append(item)
                continue
            if not isinstance(item, Mapping) or "slug" not in item:
                raise ConfigurationError(
                    "Each municipality needs at least a slug, e.g. "
                    '{ slug = "vestby", plugin = "vestby" }.'
                )
            known = {"slug", "plugin", "name", "kommunenummer", "retention", *OIDC_KINDS}
            unknown = set(item) - known
            if unknown:
                raise ConfigurationError(
                    f"Municipality {item['slug']!r}: unknown key(s) {', '.join(sorted(unknown))}."
                )
            entries.append(
                MunicipalityConfig(
                    slug=str(item["slug"]),
                    plugin=item.get("plugin") or None,
                    name=item.get("name"),
                    kommunenummer=item.get("kommunenummer"),
                    **{kind: item[kind] for kind in OIDC_KINDS if item.get(kind)},
                    **({"retention": item["retention"]} if "retention" in item else {}),
                )
            )
    else:
        raise ConfigurationError("BTI_MUNICIPALITIES must be a comma-separated list or a list.")

    seen: set[str] = set()
    for entry in entries:
        if not SLUG_RE.match(entry.slug) or entry.slug in RESERVED_SLUGS:
            raise ConfigurationError(
                f"Municipality slug {entry.slug!r} is not usable in addresses: use 2–40 "
                "lowercase letters, digits or hyphens, not one of "
                f"{', '.join(sorted(RESERVED_SLUGS))}."
            )
        if entry.slug in seen:
            raise ConfigurationError(f"Municipality {entry.slug!r} is listed twice.")
        seen.add(entry.slug)
        if entry.plugin is None and not (entry.name and entry.kommunenummer):
            raise ConfigurationError(
                f"Municipality {entry.slug!r} has no plugin, so it needs name and "
                "kommunenummer in the configuration."
            )
    return tuple(entries)


def normalise_database_url(url: str) -> str:
    """Let operators write the URLs their hosting gives them; we always use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if not (url.startswith("sqlite:") or url.startswith("postgresql+psycopg://")):
        raise ConfigurationError(
            "DATABASE_URL must be a SQLite URL (sqlite:///path) or a PostgreSQL URL "
            "(postgresql+psycopg://user@host:5432/name)."
        )
    return url


def _development_secret(instance: Path, env: str) -> str:
    """Outside production, keep one random key in the instance folder so sessions survive
    a restart of the demo."""
    if env == "test":
        return secrets.token_hex(32)
    return _instance_key(instance, "secret_key")


def _instance_key(instance: Path, name: str) -> str:
    """A random key kept in the file ``name`` of the instance folder (made on first use)."""
    path = instance / name
    try:
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        instance.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        path.write_text(key, encoding="utf-8")
        path.chmod(0o600)
        return key
    except OSError as exc:
        raise ConfigurationError(f"Cannot keep a secret key in {instance}: {exc}") from None
