"""Sending e-mail: the deployment's SMTP server, read by :mod:`bti.config`.

``[mail]`` in ``bti.toml``, or ``BTI_MAIL_<KEY>`` in the environment (the password belongs
there: ``BTI_MAIL_PASSWORD``), or ``create_app({"BTI_MAIL_<KEY>": …})`` in tests:

``host``
    the SMTP server; without it nothing is sent (notifications wait in the outbox and the
    in-app list works as before).
``port``
    default 587 with ``starttls``, 465 with ``tls``, 25 with ``none``.
``security``
    ``starttls`` (default), ``tls`` (implicit TLS) or ``none`` (a relay on the same host).
``username``, ``password``
    for SMTP authentication; both or neither.
``sender``
    the From address (no display name), required with ``host``.
``base_url``
    the public address links in e-mails start with (``https://bti.kommune.no``), required
    with ``host``; production refuses plain http.
``summary_hour``
    the hour (0–23, Europe/Oslo) the daily summaries go; default 7.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SECURITIES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
#: The configuration keys: environment variable → field (``[mail]`` uses the field names).
MAIL_KEYS = {
    f"BTI_MAIL_{name.upper()}": name
    for name in (
        "host",
        "port",
        "security",
        "username",
        "password",
        "sender",
        "base_url",
        "summary_hour",
    )
}


class MailConfigError(ValueError):
    """The mail settings are wrong; :mod:`bti.config` turns it into a ConfigurationError."""


@dataclass(frozen=True)
class MailSettings:
    """Where and how the worker sends e-mail. ``host`` empty: nothing is sent."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password: str = ""
    sender: str = ""
    base_url: str = ""
    summary_hour: int = 7

    @property
    def sends(self) -> bool:
        return bool(self.host)

    def __repr__(self) -> str:  # the password never reaches a log or a traceback
        return f"MailSettings(host={self.host!r}, port={self.port}, security={self.security!r})"


def mail_settings(values: Mapping[str, object], *, production: bool) -> MailSettings:
    """The mail settings among ``values`` (keyed by :data:`MAIL_KEYS`), checked."""
    given = {
        name: values[key] for key, name in MAIL_KEYS.items() if values.get(key) not in (None, "")
    }
    security = str(given.get("security", "starttls")).strip().lower()
    if security not in SECURITIES:
        raise MailConfigError(f"mail security is {security!r}; use one of {', '.join(SECURITIES)}.")
    settings = MailSettings(
        host=str(given.get("host", "")).strip(),
        port=_whole(given.get("port", DEFAULT_PORTS[security]), "port", 1, 65535),
        security=security,
        username=str(given.get("username", "")),
        password=str(given.get("password", "")),
        sender=str(given.get("sender", "")).strip(),
        base_url=str(given.get("base_url", "")).strip().rstrip("/"),
        summary_hour=_whole(given.get("summary_hour", 7), "summary_hour", 0, 23),
    )
    if settings.host:
        _check(settings, production=production)
    return settings


def _check(settings: MailSettings, *, production: bool) -> None:
    if not settings.sender or "@" not in settings.sender:
        raise MailConfigError("mail needs sender, the From address (e.g. bti@kommune.no).")
    if not settings.base_url.startswith(("https://", "http://")):
        raise MailConfigError(
            "mail needs base_url, the public address links start with (https://…)."
        )
    if production and not settings.base_url.startswith("https://"):
        raise MailConfigError("production needs mail base_url over https.")
    if bool(settings.username) != bool(settings.password):
        raise MailConfigError("mail needs both username and password, or neither.")


def _whole(value: object, name: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = low - 1
    if isinstance(value, bool) or not low <= number <= high:
        raise MailConfigError(f"mail {name} is {value!r}; it must be a whole number {low}–{high}.")
    return number
