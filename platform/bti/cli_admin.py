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
