"""The application factory."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from flask import Flask
from werkzeug.routing import Rule

from bti import clock, i18n, logs, passwords, proxy
from bti.config import load_settings
from bti.db import Database
from bti.plugins import build_registry
from bti.web import template_cache

log = logging.getLogger("bti")


class LazyRule(Rule):
    """A URL rule whose ``url_for`` builder is compiled when first used, not at start-up:
    Werkzeug compiles two Python functions for each of the app's two hundred-odd rules,
    most of which a worker never builds a link to."""

    def _compile_builder(self, append_unknown: bool = True):
        attribute = "_build_unknown" if append_unknown else "_build"

        def build(rule: Rule, **values):
            compiled = Rule._compile_builder(rule, append_unknown).__get__(rule, None)
            setattr(rule, attribute, compiled)
            return compiled(**values)

        return build


class BtiFlask(Flask):
    url_rule_class = LazyRule


def create_app(
    config: Mapping[str, object] | None = None, *, plugins: Iterable[object] = ()
) -> Flask:
    """Build the application.

    :param config: overrides for the configuration (tests pass a dict); see
        :mod:`bti.config` for the keys and the other sources.
    :param plugins: extra plugin objects registered for every municipality (tests).
    :raises bti.config.ConfigurationError: the configuration is wrong or names a plugin
        that is not installed.
    """
    config = dict(config or {})
    # The instance folder (SQLite file, secret key, bti.toml): ./instance where the command
    # runs, unless configured; not Flask's default beside the package.
    instance_path = (
        config.pop("INSTANCE_PATH", None) or os.environ.get("BTI_INSTANCE_PATH") or "instance"
    )
    app = BtiFlask(
        "bti",
        template_folder="web/templates",
        static_folder="web/static",
        instance_path=str(Path(instance_path).resolve()),
        instance_relative_config=True,
    )
    template_cache.use_shared_cache(app)
    settings = load_settings(app.instance_path, config)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        BTI_ENV=settings.env,
        TESTING=settings.env == "test" or bool(settings.extra.get("TESTING")),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # In production the cookie is «__Host-»: sent over HTTPS only, for the whole site
        # and this host alone (no Domain), so no other host under the domain can set or
        # shadow it. Development and tests run over plain HTTP, where the prefix cannot work.
        SESSION_COOKIE_SECURE=settings.is_production,
        SESSION_COOKIE_NAME="__Host-bti_session" if settings.is_production else "bti_session",
        SESSION_COOKIE_PATH="/",
        SESSION_COOKIE_DOMAIN=None,
        # No uploads: the largest form (a kept form's text areas at their limits) stays far
        # below this; a bigger request is a 413 before anything reads it.
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        MAX_FORM_MEMORY_SIZE=2 * 1024 * 1024,
    )
    app.config.update(settings.extra)
    app.extensions["bti_settings"] = settings
    logs.init_app(app, settings)
    proxy.init_app(app, settings.proxy_fix)
    clock.init_app(app)
    passwords.configure_hashing(
        app.config.get("BTI_HASH_CONCURRENCY", os.environ.get("BTI_HASH_CONCURRENCY")),
        app.config.get("BTI_HASH_WAIT_SECONDS", os.environ.get("BTI_HASH_WAIT_SECONDS")),
    )

    registry = build_registry(settings.municipalities, plugins)
    app.extensions["bti"] = registry

    if settings.database_url.startswith("sqlite:///") and ":memory:" not in settings.database_url:
        Path(settings.database_url.removeprefix("sqlite:///")).parent.mkdir(
            parents=True, exist_ok=True
        )
    Database(settings.database_url).init_app(app)

    i18n.init_app(app)

    from bti import web

    web.init_app(app, registry)

    from bti.cli import register_commands

    register_commands(app)
    log.info("BTI-plattform started with %d municipalities", len(registry))
    return app
