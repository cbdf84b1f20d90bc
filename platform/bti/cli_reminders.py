"""``bti reminders run``: queue the reminders that are due (run it from cron or a systemd
timer; see docs/operations.md «Reminders»).

Idempotent: every reminder has a key the outbox keeps unique, so running it twice, or every
few minutes, queues nothing twice. ``--dry-run`` writes nothing and prints one line per
reminder it would queue: the kind, the municipality, an opaque reference (the deadline's or
consent's id) and the recipient's user id and role, never a name. Messages are for
operators, in English.
"""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from bti import clock


@click.group("reminders", help="Reminders of deadlines and consents running out.")
def reminders_group() -> None:
    pass


@reminders_group.command(
    "run",
    help="Queue the reminders that are due, by each municipality's own rules. Safe to run "
    "again: nothing is queued twice.",
)
@click.option("--municipality", "slug", default=None, help="Only this municipality (its slug).")
@click.option(
    "--dry-run", is_flag=True, help="Write nothing; list what would be queued, without names."
)
@with_appcontext
def run_command(slug: str | None, dry_run: bool) -> None:
    from bti.cli import _municipality, _require_database
    from bti.cli_admin import _municipality_id
    from bti.services import reminders

    _require_database()
    db = current_app.extensions["bti_db"]
    chosen = (
        [_municipality(slug)]
        if slug
        else sorted(current_app.extensions["bti"], key=lambda m: m.slug)
    )
    now = clock.now()
    total = 0
    for municipality in chosen:
        summary = reminders.run(
            db,
            municipality=municipality,
            municipality_id=_municipality_id(municipality.slug),
            now=now,
            dry_run=dry_run,
            show=(lambda r, s=municipality.slug: click.echo(r.line(s))) if dry_run else None,
        )
        verb = "would queue" if dry_run else "queued"
        click.echo(
            f"{municipality.slug}: {verb} {summary.queued} reminder(s); "
            f"{summary.already} queued before"
        )
        total += summary.queued
    click.echo(f"{'would queue' if dry_run else 'queued'} {total} reminder(s) in all")
