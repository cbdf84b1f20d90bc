"""The ``bti`` command line (also ``flask --app bti …``).

Messages here are for operators and are in English; errors exit non-zero with one line that
says what to do, never a stack trace.
"""

from __future__ import annotations

import os
import sys

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from bti.config import ConfigurationError


def register_commands(app: Flask) -> None:
    app.cli.add_command(audit_group)
    app.cli.add_command(db_group)
    app.cli.add_command(municipalities_command)
    app.cli.add_command(demo_command)


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


@click.group("audit", help="The audit trail.")
def audit_group() -> None:
    pass


@audit_group.command("verify", help="Check every municipality's audit chain for tampering.")
@with_appcontext
def audit_verify() -> None:
    from bti.services import audit

    _require_database()
    db = current_app.extensions["bti_db"]
    broken = 0
    for slug, municipality_id in sorted(db.municipality_ids().items()):
        with db.scoped(municipality_id) as session:
            count, problems = audit.verify(session)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        click.echo(f"{slug}: {count} events, {status}")
        for problem in problems:
            click.echo(f"  event {problem.event_id}: {problem.problem}")
        broken += len(problems)
    if broken:
        raise click.ClickException("The audit trail has been tampered with (see above).")


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
@with_appcontext
def demo_command(host: str, port: int, no_serve: bool) -> None:
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
    if no_serve:
        return
    click.echo(f"Serving the demo on http://{host}:{port}/  (Ctrl+C stops it)")
    # Werkzeug's server directly: Flask ignores app.run() inside a CLI command.
    from werkzeug.serving import run_simple

    run_simple(host, port, current_app._get_current_object(), threaded=True)


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


def main() -> None:
    """Entry point of the ``bti`` script: build the app once, with a clear error if the
    configuration is wrong."""
    from bti.app import create_app

    try:
        app = create_app()
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
