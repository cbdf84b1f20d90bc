"""``bti admin``: the administrator's commands on the server.

For what must work without the web UI, or at once: making an account (the first
administrator of a fresh database among them) and listing the accounts
(:mod:`bti.services.administration`), and disabling an account, which also ends every
session it holds (:mod:`bti.services.accounts`). Messages are for operators, in English, and
name accounts by username and internal id only.
"""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import force_locale

from bti.errors import InvalidInput, NotFound
from bti.models import Role, UnitKind
from bti.passwords import WeakPassword


@click.group("admin", help="Administer staff accounts.")
def admin_group() -> None:
    pass


#: The account is a citizen's, in that municipality (else a staff member's).
_CITIZEN = click.option(
    "--citizen",
    "citizen_of",
    metavar="SLUG",
    help="The account is a citizen's (guardian or youth) in this municipality.",
)


@admin_group.command(
    "deactivate-user",
    help="Disable an account and end every session it holds, on every device. Staff by "
    "default; a guardian's or youth's account with --citizen SLUG.",
)
@click.argument("username")
@_CITIZEN
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
    "import-staff",
    help="Import staff accounts, units and memberships from the HR system's CSV file (see "
    "docs/staff-import.md). Every row is checked first: a file with any problem imports "
    "nothing. Importing the same file again changes nothing.",
)
@click.argument("file", type=click.File("rb"))
@click.option(
    "--municipality", "slug", required=True, metavar="SLUG", help="The municipality's slug."
)
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option(
    "--remove-missing",
    is_flag=True,
    help="The file is the whole staff: remove this municipality's memberships that it does "
    "not name, and disable accounts left with no membership anywhere.",
)
@with_appcontext
def import_staff(file, slug: str, dry_run: bool, remove_missing: bool) -> None:
    from bti.cli import _require_database
    from bti.services.staff_import import ImportRefused
    from bti.services.staff_import import import_staff as run_import

    _require_database()
    db = current_app.extensions["bti_db"]
    municipality_id = db.municipality_ids().get(slug)
    if municipality_id is None:
        known = ", ".join(sorted(db.municipality_ids())) or "none; run 'bti db upgrade'"
        raise click.ClickException(f"No municipality {slug!r} in the database (known: {known}).")
    try:
        summary = run_import(
            db,
            municipality_id=municipality_id,
            data=file.read(),
            dry_run=dry_run,
            remove_missing=remove_missing,
        )
    except ImportRefused as refused:
        for problem in refused.problems:
            click.echo(f"{file.name}: {problem}", err=True)
        raise click.ClickException(
            f"{len(refused.problems)} problem(s) in {file.name}; nothing was imported."
        ) from None
    if dry_run:
        for line in summary.changes:
            click.echo(line)
    _report_import(summary, remove_missing=remove_missing)


def _report_import(summary, *, remove_missing: bool) -> None:
    if summary.written:
        head = f"Imported {summary.rows} row(s):"
    else:
        head = f"Dry run, nothing written. Importing {summary.rows} row(s) would give:"
    click.echo(
        f"{head} {summary.units_created} unit(s) created, "
        f"{summary.accounts_created} account(s) created, {summary.accounts_updated} updated, "
        f"{summary.identities_set} sign-in identit(ies) set, "
        f"{summary.memberships_added} membership(s) added, {summary.memberships_updated} "
        f"updated, {summary.memberships_removed} removed, {summary.accounts_deactivated} "
        "account(s) disabled."
    )
    if not summary.changes:
        click.echo("Nothing to change: the database already holds what the file says.")
    if summary.memberships_kept and not remove_missing:
        click.echo(
            f"{summary.memberships_kept} membership(s) in this municipality are not in the "
            "file and were kept (--remove-missing removes them)."
        )
    if summary.disabled_in_file:
        click.echo(
            "Disabled accounts in the file, left disabled: " + ", ".join(summary.disabled_in_file)
        )


@admin_group.command(
    "create-user",
    help="Create a staff account: with --municipality, a member of a unit there (by default "
    "an administrator of the unit «Administrasjon», created when missing); with --central, a "
    "deployment-wide administrator. The password comes from stdin (--password-stdin, one "
    "line) or is asked for twice; with --subject and no --password-stdin the account has no "
    "password and signs in through the identity provider only.",
)
@click.argument("username")
@click.option("--name", "display_name", required=True, help="The person's name as shown.")
@click.option("--municipality", "slug", metavar="SLUG", help="The municipality to work in.")
@click.option("--unit", help="The unit of the membership (default: «Administrasjon»).")
@click.option(
    "--kind",
    type=click.Choice([kind.value for kind in UnitKind]),
    help="The kind of the unit, when it is created (default: annet).",
)
@click.option(
    "--role",
    type=click.Choice(
        ["administrator", "leader", "coordinator", "employee", "leder", "koordinator", "ansatt"],
        case_sensitive=False,
    ),
    help="The role in the unit (default: administrator); the Norwegian names work too.",
)
@click.option("--central", is_flag=True, help="A deployment-wide administrator.")
@click.option("--email", help="Work e-mail address.")
@click.option(
    "--subject",
    metavar="CLAIMVALUE",
    help="The value of the municipality's identity-provider claim for this person.",
)
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin (one line).")
@with_appcontext
def create_user(
    username: str,
    display_name: str,
    slug: str | None,
    unit: str | None,
    kind: str | None,
    role: str | None,
    central: bool,
    email: str | None,
    subject: str | None,
    password_stdin: bool,
) -> None:
    from bti.cli import _require_database
    from bti.services import administration

    if central == (slug is not None):
        raise click.UsageError("Give either --municipality SLUG or --central.")
    if central and (unit or kind or role):
        raise click.UsageError("--unit, --kind and --role go with --municipality, not --central.")
    if kind and not unit:
        raise click.UsageError("--kind names the kind of the unit given with --unit.")
    _require_database()
    municipality_id = None if central else _municipality_id(slug)
    password = _password(password_stdin, provider_only=bool(subject))
    db = current_app.extensions["bti_db"]
    try:
        created = administration.create_user(
            db,
            username=username,
            display_name=display_name,
            municipality_id=municipality_id,
            unit=unit,
            kind=kind,
            role=role,
            central=central,
            email=email,
            subject=subject,
            password=password,
        )
    except InvalidInput as error:
        option = "USERNAME" if error.field == "username" else f"--{_OPTIONS[error.field]}"
        raise click.ClickException(f"{option}: {_english(error.message)}") from None
    except WeakPassword as error:
        problems = " ".join(_english(problem) for problem in error.problems)
        raise click.ClickException(f"The password cannot be used: {problems}") from None
    if created.central_admin:
        where = "a deployment-wide administrator"
    else:
        made = " (unit created)" if created.unit_created else ""
        where = f"{_ROLE_NAMES[created.role]} in {created.unit_name}{made}, {slug}"
    signs_in = "password" if created.has_password else "no password"
    if created.has_identity:
        signs_in += ", sign-in identity registered"
    click.echo(f"{created.username} (id {created.user_id}) created: {where}; {signs_in}.")


@admin_group.command(
    "list-users",
    help="List staff accounts by username: name, whether active, the second factor, and the "
    "roles per unit. All accounts, or those of one municipality.",
)
@click.option("--municipality", "slug", metavar="SLUG", help="Only this municipality's staff.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@with_appcontext
def list_users(slug: str | None, page: int) -> None:
    from bti.cli import _require_database
    from bti.services import administration

    _require_database()
    municipality_id = None if slug is None else _municipality_id(slug)
    db = current_app.extensions["bti_db"]
    found = administration.list_users(db, municipality_id=municipality_id, page=page)
    table = [("username", "name", "active", "2fa", "roles")]
    for row in found.rows:
        roles = [
            f"{unit}: {_ROLE_NAMES[role]}" if slug else f"{where}/{unit}: {_ROLE_NAMES[role]}"
            for where, unit, role in row.roles
        ]
        if row.central_admin:
            roles.insert(0, "deployment-wide administrator")
        second = "on" if row.totp_enabled else ("required" if row.totp_required else "off")
        active = "yes" if row.active else "no"
        table.append((row.username, row.display_name, active, second, "; ".join(roles) or "-"))
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    for line in table:
        cells = [cell.ljust(width) for cell, width in zip(line[:4], widths, strict=True)]
        click.echo("  ".join([*cells, line[4]]).rstrip())
    click.echo(f"Page {found.page} of {found.pages} ({found.total} account(s)).")


_ROLE_NAMES = {
    Role.ANSATT: "employee",
    Role.LEDER: "leader",
    Role.KOORDINATOR: "coordinator",
    Role.ADMINISTRATOR: "administrator",
}

_OPTIONS = {
    "display_name": "name",
    "email": "email",
    "subject": "subject",
    "name": "unit",
    "unit": "unit",
    "kind": "kind",
    "role": "role",
}


def _municipality_id(slug: str) -> int:
    """The database id of the municipality ``slug``, with an error that says what to do."""
    db = current_app.extensions["bti_db"]
    found = db.municipality_ids().get(slug)
    if found is not None:
        return found
    if slug in current_app.extensions["bti"]:
        raise click.ClickException(
            f"The municipality {slug!r} is configured but not in the database yet: run "
            "`bti db upgrade` first."
        )
    configured = ", ".join(sorted(m.slug for m in current_app.extensions["bti"])) or "none"
    raise click.ClickException(
        f"No municipality {slug!r} in this deployment (configured: {configured})."
    )


def _password(from_stdin: bool, *, provider_only: bool) -> str | None:
    """The new password: one line of stdin, or asked for twice; none for an account that
    signs in through the identity provider only."""
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise click.ClickException("No password on stdin (one line was expected).")
        return line
    if provider_only:
        return None
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


def _english(message: object) -> str:
    """A service's (translatable) message as the operator reads it: in English."""
    with force_locale("en"):
        return str(message)


@admin_group.command(
    "reset-password",
    help="Make a one-time link for setting a new password, and print it: give it to the "
    "person once (it works once, for 24 hours; a new link ends the older ones). Staff by "
    "default; a guardian's or youth's account with --citizen SLUG.",
)
@click.argument("username")
@_CITIZEN
@click.option(
    "--base-url",
    metavar="URL",
    default="",
    help="The service's public address, put before the link's path "
    "(e.g. https://bti.example.kommune.no). Default: [mail] base_url, the address the "
    "e-mails' links start with.",
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
    base_url = base_url or current_app.extensions["bti_settings"].mail.base_url
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
