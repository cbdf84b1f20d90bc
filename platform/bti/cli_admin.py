"""``bti admin``: the administrator's commands on the server.

For what must work without the web UI, or at once: today disabling an account, which also
ends every session it holds (:mod:`bti.services.accounts`). Messages are for operators, in
English, and name accounts by username and internal id only.
"""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from bti.errors import NotFound


@click.group("admin", help="Administer accounts (more commands to come).")
def admin_group() -> None:
    pass


@admin_group.command(
    "deactivate-user",
    help="Disable an account and end every session it holds, on every device. Staff by "
    "default; a guardian's or youth's account with --citizen SLUG.",
)
@click.argument("username")
@click.option(
    "--citizen",
    "citizen_of",
    metavar="SLUG",
    help="The account is a citizen's (guardian or youth) in this municipality.",
)
@with_appcontext
def deactivate_user(username: str, citizen_of: str | None) -> None:
    from bti.cli import _require_database
    from bti.services import accounts

    _require_database()
    db = current_app.extensions["bti_db"]
    try:
        if citizen_of is None:
            done = accounts.deactivate_user(db, username=username)
        else:
            municipality_id = db.municipality_ids().get(citizen_of)
            if municipality_id is None:
                raise click.ClickException(f"No municipality {citizen_of!r} in the database.")
            done = accounts.deactivate_citizen(
                db, municipality_id=municipality_id, username=username
            )
    except NotFound:
        kind = "citizen account" if citizen_of else "staff account"
        raise click.ClickException(f"No {kind} with the username {username!r}.") from None
    state = "disabled" if done.was_active else "was already disabled"
    click.echo(f"{username}: {state}; {done.sessions_ended} open session(s) ended.")


@admin_group.command(
    "reset-password",
    help="Make a one-time link for setting a new password, and print it: give it to the "
    "person once (it works once, for 24 hours; a new link ends the older ones). Staff by "
    "default; a guardian's or youth's account with --citizen SLUG.",
)
@click.argument("username")
@click.option(
    "--citizen",
    "citizen_of",
    metavar="SLUG",
    help="The account is a citizen's (guardian or youth) in this municipality.",
)
@click.option(
    "--base-url",
    metavar="URL",
    default="",
    help="The service's public address, put before the link's path "
    "(e.g. https://bti.example.kommune.no).",
)
@with_appcontext
def reset_password(username: str, citizen_of: str | None, base_url: str) -> None:
    from bti import clock
    from bti.cli import _require_database
    from bti.services import password_reset

    _require_database()
    db = current_app.extensions["bti_db"]
    municipality_id = None
    if citizen_of is not None:
        municipality_id = db.municipality_ids().get(citizen_of)
        if municipality_id is None:
            raise click.ClickException(f"No municipality {citizen_of!r} in the database.")
    kind = "citizen account" if citizen_of else "staff account"
    account_id = password_reset.account_id(
        db,
        account_kind="citizen" if citizen_of else "staff",
        username=username,
        municipality_id=municipality_id,
    )
    if account_id is None:
        raise click.ClickException(f"No active {kind} with the username {username!r}.")
    token = password_reset.issue(
        db,
        by=None,
        account_kind="citizen" if citizen_of else "staff",
        account_id=account_id,
        municipality_id=municipality_id,
    )
    path = password_reset.link(token)
    until = (clock.now() + password_reset.lifetime()).strftime("%Y-%m-%d %H:%M UTC")
    click.echo(f"{username}: a one-time link to set a new password, valid until {until}:")
    click.echo(f"{base_url.rstrip('/')}{path}")


@admin_group.command(
    "require-totp",
    help="Require the second factor (an authenticator app) of a staff account, whatever its "
    "roles: at the next sign-in the person sets it up before anything else, and cannot turn "
    "it off. --off stops requiring it (the person may then turn it off).",
)
@click.argument("username")
@click.option("--off", is_flag=True, help="Stop requiring it.")
@with_appcontext
def require_totp(username: str, off: bool) -> None:
    from bti.cli import _require_database
    from bti.services import password_reset, totp

    _require_database()
    db = current_app.extensions["bti_db"]
    user_id = password_reset.account_id(
        db, account_kind="staff", username=username, municipality_id=None
    )
    if user_id is None:
        raise click.ClickException(f"No active staff account with the username {username!r}.")
    changed = totp.require(db, by=None, user_id=user_id, required=not off, municipality_id=None)
    state = "no longer required" if off else "required"
    click.echo(f"{username}: the second factor is {state}{'' if changed else ' (as before)'}.")
