"""The web layer: blueprints, the municipality in the URL, error pages.

Every municipality's pages live under ``/<slug>/``. The core's blueprints take the slug as
the URL value ``municipality``; :func:`_resolve_municipality` turns it into ``g.municipality``
(the :class:`bti.plugins.Municipality`) and ``g.municipality_id``, or answers 404. A plugin's
own blueprints are mounted under its municipality's slug only.
"""

from __future__ import annotations

import logging
import traceback
import uuid

from flask import Flask, abort, g, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException

from bti import i18n, labels
from bti.db import get_db
from bti.plugins import Registry

log = logging.getLogger("bti.web")


def init_app(app: Flask, registry: Registry) -> None:
    from bti.web import (
        access_log,
        administration,
        auth,
        case,
        case_view,
        cases,
        citizen,
        concern,
        consultation,
        fields,
        formatting,
        guide,
        health,
        home,
        notifications,
        oidc,
        reports,
        rules_page,
        security,
        teams,
        throttle,
    )

    # Every <int:…> in a route is an id within the database's range (before any route).
    app.url_map.converters["int"] = fields.IdConverter
    # The case page's panels, by hook; first, so a panel this municipality lacks is a 404
    # before anything else looks at the request.
    case_view.register_panels(app, registry)
    CSRFProtect(app)
    security.init_app(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(home.bp)
    auth.init_app(app)
    oidc.init_app(app, registry)
    app.register_blueprint(home.municipality_bp, url_prefix="/<municipality>")
    for module in (
        cases, case, concern, consultation, guide, citizen, teams, reports, access_log,
        administration, notifications, rules_page,
    ):  # fmt: skip
        app.register_blueprint(module.bp, url_prefix="/<municipality>")
    app.register_blueprint(administration.central.bp)

    domains = app.extensions.setdefault("bti_domains", {})
    plugin_blueprints = app.extensions.setdefault("bti_plugin_blueprints", {})
    for municipality in registry:
        domains[municipality.slug] = i18n.municipality_domain(municipality.translation_dirs)
        for bp in municipality.blueprints():
            name = f"{municipality.slug}_{bp.name}"
            app.register_blueprint(bp, name=name, url_prefix=f"/{municipality.slug}")
            plugin_blueprints[name] = municipality.slug
    # After the sign-in pages are registered: it wraps them.
    throttle.init_app(app)

    app.url_value_preprocessor(_resolve_municipality)
    app.url_defaults(_keep_municipality)
    app.context_processor(lambda: {"municipality": g.get("municipality")})
    app.jinja_env.filters["last_day"] = formatting.last_day
    app.jinja_env.globals["team_status"] = labels.team_status
    app.jinja_env.globals["team_role"] = labels.team_role
    # Over Flask-Babel's filters of the same names: unambiguous short dates in English.
    app.jinja_env.filters["dateformat"] = formatting.dateformat
    app.jinja_env.filters["datetimeformat"] = formatting.datetimeformat
    _register_error_pages(app)


def _resolve_municipality(endpoint: str | None, values: dict | None) -> None:
    from flask import current_app

    slug = (values or {}).pop("municipality", None)
    if slug is None:
        # A plugin's page: mounted for one municipality only.
        slug = current_app.extensions["bti_plugin_blueprints"].get(request.blueprint)
    if slug is None:
        return
    municipality = current_app.extensions["bti"].get(slug)
    if municipality is None:
        abort(404)
    g.municipality = municipality
    g.municipality_id = _municipality_id(slug)
    i18n.use_domain(current_app.extensions["bti_domains"][slug])


def _municipality_id(slug: str) -> int:
    from flask import current_app

    cache: dict[str, int] = current_app.extensions.setdefault("bti_municipality_ids", {})
    if slug not in cache:
        db = get_db()
        ids = db.municipality_ids()
        if slug not in ids:
            ids = db.sync_municipalities(current_app.extensions["bti"])
        cache.update(ids)
    return cache[slug]


def _keep_municipality(endpoint: str | None, values: dict) -> None:
    if "municipality" in values or not g.get("municipality"):
        return
    from flask import current_app

    if endpoint and current_app.url_map.is_endpoint_expecting(endpoint, "municipality"):
        values["municipality"] = g.municipality.slug


def _register_error_pages(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return render_template("errors/csrf.html"), 400

    @app.errorhandler(SQLAlchemyError)
    def database_error(error: SQLAlchemyError):
        correlation_id = uuid.uuid4().hex[:12]
        # The exception class only: a database error can carry the values of a row.
        log.error("database error %s: %s", correlation_id, type(error).__name__)
        return render_template("errors/503.html", correlation_id=correlation_id), 503

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code == 404:
            return render_template("errors/404.html"), 404
        return render_template("errors/generic.html", error=error), error.code or 500

    @app.errorhandler(Exception)
    def server_error(error: Exception):
        correlation_id = uuid.uuid4().hex[:12]
        # Where it happened, but not the exception's message: messages can carry the
        # values of a case, and no personal data goes to the logs.
        where = "\n".join(
            f"  {frame.filename}:{frame.lineno} in {frame.name}"
            for frame in traceback.extract_tb(error.__traceback__)
        )
        log.error(
            "unhandled error %s: %s at %s\n%s",
            correlation_id,
            type(error).__name__,
            request.url_rule.rule if request.url_rule else "?",
            where,
        )
        return render_template("errors/500.html", correlation_id=correlation_id), 500
