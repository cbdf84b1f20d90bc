"""Languages: Norwegian bokmål by default, nynorsk and English on request.

The core's catalogs live in ``bti/translations``; each municipality gets its own
:class:`flask_babel.Domain` that layers its plugins' catalogs over the core's, so a
municipality can add strings and reword the core's without touching anyone else's pages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flask import Flask, g, has_request_context, request, session
from flask_babel import Babel, Domain, get_locale
from flask_babel import gettext as gettext
from flask_babel import lazy_gettext as lazy_gettext

LOCALES = ("nb", "nn", "en")
DEFAULT_LOCALE = "nb"
CORE_TRANSLATIONS = str(Path(__file__).parent / "translations")

# Browsers say "no" for Norwegian; users expect bokmål then.
_ALIASES = {"no": "nb", "nb-no": "nb", "no-no": "nb", "nn-no": "nn"}


class LocalDate:
    """A day in a message made now and read later (a lazy string's argument): written in
    the reader's language when shown, «03.12.2026» or «3 Dec 2026»."""

    def __init__(self, day: date):
        self.day = day

    def __str__(self) -> str:
        from babel.dates import format_date

        return format_date(self.day, "medium", locale=str(get_locale() or DEFAULT_LOCALE))


def select_locale() -> str:
    """The user's choice (remembered in the session), else the browser's, else bokmål.

    Outside a request (a migration writing a plugin's defaults, a command) there is no user:
    bokmål, the language the plugins' texts are written in."""
    if not has_request_context():
        return DEFAULT_LOCALE
    chosen = session.get("locale")
    if chosen in LOCALES:
        return chosen
    for value, _quality in request.accept_languages:
        tag = _ALIASES.get(value.lower(), value.lower().split("-")[0])
        tag = _ALIASES.get(tag, tag)
        if tag in LOCALES:
            return tag
    return DEFAULT_LOCALE


def municipality_domain(translation_dirs: tuple[str, ...]) -> Domain:
    """A domain whose catalogs are the core's, overridden by the plugins' (merge order:
    later wins, so the core goes first and the municipality's plugin last)."""
    dirs = [CORE_TRANSLATIONS, *(d for d in reversed(translation_dirs) if d != CORE_TRANSLATIONS)]
    return Domain(translation_directories=dirs)


def use_domain(domain: Domain) -> None:
    """Make ``domain`` the one gettext uses for the rest of this request."""
    domain.as_default()
    g.babel_domain = domain


def init_app(app: Flask) -> None:
    Babel(
        app,
        locale_selector=select_locale,
        timezone_selector=lambda: "Europe/Oslo",
        default_locale=DEFAULT_LOCALE,
        default_timezone="Europe/Oslo",
        default_translation_directories=CORE_TRANSLATIONS,
    )
    app.jinja_env.globals["current_locale"] = lambda: str(get_locale() or DEFAULT_LOCALE)
    app.jinja_env.globals["LOCALES"] = LOCALES
