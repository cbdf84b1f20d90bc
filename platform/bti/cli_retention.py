"""``bti retention run``: anonymise or delete the closed cases whose retention period has
passed (:mod:`bti.services.retention`), and write a report of what was done.

Run it from a timer (``deploy/systemd/bti-retention.timer``, or cron); see
``docs/operations.md``, «Retention». Messages are for operators, in English, and name cases
by their opaque ids only.
"""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from bti import clock


@click.group("retention", help="Keep closed cases for the configured period, then let them go.")
def retention_group() -> None:
    pass


@retention_group.command(
    "run",
    help="Anonymise (or delete, where the municipality says so) every closed case whose "
    "retention period has passed, and write a JSON report of what was done. The audit "
    "trail is kept whole. Running it again does nothing more.",
)
@click.option(
    "--municipality",
    "slug",
    metavar="SLUG",
    help="Only this municipality (default: every enabled one).",
)
@click.option("--dry-run", is_flag=True, help="List what would be done; change nothing.")
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report here (default: instance/retention/<time>.json).",
)
@with_appcontext
def retention_run(slug: str | None, dry_run: bool, report_path: Path | None) -> None:
    from bti.cli import _municipality, _require_database
    from bti.services import retention

    _require_database()
    registry = current_app.extensions["bti"]
    chosen = [_municipality(slug)] if slug else list(registry)
    policies = {m.slug: m.config.retention for m in chosen}
    missing = set(policies) - set(current_app.extensions["bti_db"].municipality_ids())
    if missing:
        raise click.ClickException(
            f"No {', '.join(sorted(missing))} in the database yet: run bti db upgrade first."
        )
    report = retention.run(
        current_app.extensions["bti_db"], policies=policies, now=clock.now(), dry_run=dry_run
    )
    if report_path is None:
        stamp = report.at.strftime("%Y%m%dT%H%M%SZ")
        suffix = "-dry-run" if dry_run else ""
        report_path = Path(current_app.instance_path) / "retention" / f"{stamp}{suffix}.json"
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(report.to_json(), encoding="utf-8")
    for line in report.summary():
        click.echo(line)
    click.echo(f"Report: {report_path}")
    if report.failed:
        raise click.ClickException(
            f"{report.failed} case(s) could not be handled (see the report and the log); "
            "they are left as they were and will be tried again on the next run."
        )
