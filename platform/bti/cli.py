"""The ``bti`` command line (also ``flask --app bti …``).

Messages here are for operators and are in English; errors exit non-zero with one line that
says what to do, never a stack trace. ``guide`` and ``contacts`` print a municipality's guide
itself, so they write in the language asked for (``--lang``), through its catalogs.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from bti import clock
from bti.config import ConfigurationError
from bti.i18n import DEFAULT_LOCALE, LOCALES

if TYPE_CHECKING:
    from bti.plugins import Municipality

log = logging.getLogger("bti.cli")


def register_commands(app: Flask) -> None:
    from bti.cli_admin import admin_group
    from bti.cli_audit import audit_group
    from bti.cli_notifications import notifications_group
    from bti.cli_reminders import reminders_group
    from bti.cli_retention import retention_group
    from bti.cli_rules import rules_command

    app.cli.add_command(admin_group)
    app.cli.add_command(notifications_group)
    app.cli.add_command(reminders_group)
    app.cli.add_command(audit_group)
    app.cli.add_command(db_group)
    app.cli.add_command(municipalities_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(guide_command)
    app.cli.add_command(contacts_command)
    app.cli.add_command(retention_group)
    app.cli.add_command(rules_command)
    for municipality in app.extensions["bti"]:
        if municipality.commands:
            _mount(app, municipality)


@dataclass(frozen=True)
class CommandContext:
    """The click context object of a municipality's own command (``bti <slug> <name>``):
    the application, and the municipality the command was run for."""

    app: Flask
    municipality: Municipality


def _mount(app: Flask, municipality: Municipality) -> None:
    """Mount ``municipality``'s commands (``bti_register_commands``) as the group
    ``bti <slug>``; a slug that is already a core command keeps the core's."""
    if municipality.slug in app.cli.commands:
        log.warning(
            "%s's own commands are not mounted: a core command has its name", municipality.slug
        )
        return

    @click.group(municipality.slug, help=f"{municipality.name}'s own commands.")
    @click.pass_context
    def group(ctx: click.Context) -> None:
        if not current_app or current_app._get_current_object() is not app:
            ctx.with_resource(app.app_context())
        ctx.obj = CommandContext(app=app, municipality=municipality)

    for command in municipality.commands:
        group.add_command(command)
    app.cli.add_command(group)


@click.group("db", help="Database schema and migrations.")
def db_group() -> None:
    pass


@db_group.command("upgrade", help="Create or upgrade the database schema to the newest version.")
@with_appcontext
def db_upgrade() -> None:
    from bti.migrate import upgrade_database

    _require_database()
    upgrade_database(current_app)
    click.echo("The database is up to date.")


@click.command("municipalities", help="List the enabled municipalities and their plugins.")
@with_appcontext
def municipalities_command() -> None:
    registry = current_app.extensions["bti"]
    rows = [("slug", "name", "kommunenummer", "plugin", "version")]
    for m in registry:
        plugin = m.plugin
        rows.append(
            (
                m.slug,
                str(m.name),
                m.profile.kommunenummer,
                plugin.name if plugin else "(national model only)",
                plugin.version if plugin else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


@click.command("demo", help="Migrate, load the demo data and serve the demo.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port",
    default=lambda: int(os.environ.get("PORT", "5000")),
    show_default="5000, or $PORT",
    type=int,
)
@click.option("--no-serve", is_flag=True, help="Prepare the database, then exit.")
@click.option(
    "--oidc",
    is_flag=True,
    help="Also start test OpenID Connect providers: Vestby's staff and Tromsø's citizens "
    "(standing in for ID-porten) sign in through them.",
)
@with_appcontext
def demo_command(host: str, port: int, no_serve: bool, oidc: bool) -> None:
    settings = current_app.extensions["bti_settings"]
    if settings.is_production:
        raise click.ClickException(
            "Refusing to load demo data: the configuration says production (BTI_ENV)."
        )
    try:
        from bti.demo import DEMO_PASSWORD, load_demo_data
    except ImportError as exc:
        raise click.ClickException(
            f"The demo needs its extra packages ({exc.name}): pip install 'bti-plattform[demo]'"
        ) from None
    from bti.migrate import upgrade_database

    _require_database()
    upgrade_database(current_app)
    accounts = load_demo_data(current_app)
    click.echo("")
    click.echo("Demo accounts (fictional data; every password is " + repr(DEMO_PASSWORD) + "):")
    for municipality, username, description in accounts:
        click.echo(f"  {municipality:<18} {username:<28} {description}")
    click.echo("")
    providers = _start_demo_providers(host, port) if oidc else None
    if no_serve:
        if providers is not None:
            providers.stop()
        return
    click.echo(f"Serving the demo on http://{host}:{port}/  (Ctrl+C stops it)")
    # Werkzeug's server directly: Flask ignores app.run() inside a CLI command.
    from werkzeug.serving import run_simple

    run_simple(host, port, current_app._get_current_object(), threaded=True)


def _start_demo_providers(host: str, port: int):
    from bti.demo.oidc import start_demo_providers

    providers = start_demo_providers(current_app._get_current_object())
    if providers.staff is not None:
        click.echo(f"Test login for Vestby's staff: {providers.staff.issuer}")
        click.echo(
            f"  http://{host}:{port}/logg-inn: «Logg inn med Vestby kommune (testinnlogging)»"
        )
    if providers.citizens is not None:
        click.echo(f"Test ID-porten for Tromsø's citizens: {providers.citizens.issuer}")
        click.echo(
            f"  http://{host}:{port}/tromso/innsyn/logg-inn: "
            "«Logg inn med ID-porten (testinnlogging)»"
        )
    click.echo("")
    return providers


def _municipality(slug: str):
    """The enabled municipality named ``slug`` (a usage error, exit code 2, if none is)."""
    registry = current_app.extensions["bti"]
    municipality = registry.get(slug)
    if municipality is None:
        enabled = ", ".join(sorted(m.slug for m in registry)) or "none"
        raise click.BadParameter(
            f"no municipality {slug!r} is enabled (enabled: {enabled}).", param_hint="'SLUG'"
        )
    return municipality


_LANG = click.option(
    "--lang",
    type=click.Choice(LOCALES),
    default=DEFAULT_LOCALE,
    show_default=True,
    help="The language to write in.",
)


_OUTPUT = click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="Write to this file instead of standard output.",
)


@click.command("guide", help="Print a municipality's encoded guide as Markdown.")
@click.argument("slug")
@_LANG
@_OUTPUT
@with_appcontext
def guide_command(slug: str, lang: str, output) -> None:
    from bti.guide_text import guide_markdown, in_language

    municipality = _municipality(slug)
    with in_language(municipality, lang):
        text = guide_markdown(municipality)
    output.write(text)


@click.command(
    "contacts", help="List a municipality's contacts, those that answer at the time first."
)
@click.argument("slug")
@click.option(
    "--at",
    "at",
    metavar="DATETIME",
    help="ISO 8601 date and time, e.g. 2026-11-24T16:30; without an offset it is the "
    "municipality's local time. Default: now.",
)
@_LANG
@with_appcontext
def contacts_command(slug: str, at: str | None, lang: str) -> None:
    from babel.dates import format_date, format_time

    from bti.guide_text import contact_hours, in_language, no_phone
    from bti.i18n import gettext as _
    from bti.rules.contacts import contacts_for

    municipality = _municipality(slug)
    tz = municipality.profile.tz
    moment = _local_time(at, tz) if at else clock.now().astimezone(tz)
    with in_language(municipality, lang):
        day = format_date(moment, "full", locale=lang)
        when = f"{day} {format_time(moment, 'short', locale=lang)}"
        click.echo(
            _(
                "Whom to call in %(name)s, %(when)s (%(timezone)s):",
                name=municipality.name,
                when=when,
                timezone=municipality.profile.timezone,
            )
        )
        rows = [
            (
                str(now.contact.name),
                now.contact.phone,
                _("Answers now") if now.answers else _("Closed now"),
                contact_hours(now.contact, municipality.contacts),
                " ".join(str(now.contact.when_to_use).split()),
            )
            if now.contact.phone
            # No number in the guide yet: said so, never made up; last (see contacts_for).
            else (str(now.contact.name), no_phone(), "–", "", now.contact.url)
            for now in contacts_for(municipality.contacts, moment, municipality.profile.timezone)
        ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        click.echo("  ".join([*cells, row[4]]).rstrip())


def _local_time(text: str, tz) -> datetime:
    """``text`` (ISO 8601) as an aware time in ``tz``; a time without an offset is local."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not an ISO 8601 date and time such as 2026-11-24T16:30.",
            param_hint="'--at'",
        ) from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def _require_database() -> None:
    from bti.db import get_db

    db = get_db()
    if not db.ping():
        raise click.ClickException(
            f"Cannot reach the database at {_redacted(db.url)}. Is the server running, and "
            "is DATABASE_URL right?"
        )


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


#: The commands that serve pages: their request lines are logged at the configured level.
SERVING_COMMANDS = frozenset({"demo", "run"})


def main() -> None:
    """Entry point of the ``bti`` script: build the app once, with a clear error if the
    configuration is wrong. A command that does not serve pages logs warnings and errors
    only, unless ``BTI_LOG_LEVEL`` says otherwise: an operator's terminal shows the command's
    own output, not the app's start-up line."""
    from bti.app import create_app

    serving = len(sys.argv) > 1 and sys.argv[1] in SERVING_COMMANDS
    quiet = {} if serving or "BTI_LOG_LEVEL" in os.environ else {"BTI_LOG_LEVEL": "WARNING"}
    try:
        app = create_app(quiet)
    except ConfigurationError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    cli = FlaskGroup(create_app=lambda: app, add_version_option=False, load_dotenv=False)
    cli.main(prog_name="bti")


@db_group.command("revision", help="Write a new migration from the models (developers).")
@click.option("-m", "--message", required=True)
@with_appcontext
def db_revision(message: str) -> None:
    from bti.migrate import new_revision

    new_revision(current_app.extensions["bti_db"].engine, message)
