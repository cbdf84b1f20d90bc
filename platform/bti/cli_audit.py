"""``bti audit``: verify the audit trail's chains and sign their state (an operator's
commands; English, like the rest of the command line)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from bti import clock
from bti.cli import _require_database


@click.group("audit", help="The audit trail.")
def audit_group() -> None:
    pass


@audit_group.command(
    "verify",
    help="Check every municipality's audit chain: changed and removed events, the chain "
    "head and the signed checkpoints. Signs a new checkpoint where all is well.",
)
@with_appcontext
def audit_verify() -> None:
    problems = _audit_walk(show=True)
    if problems:
        raise click.ClickException("The audit trail has been tampered with (see above).")


@audit_group.command(
    "checkpoint",
    help="Verify each municipality's audit chain and sign its state (run it from cron).",
)
@with_appcontext
def audit_checkpoint() -> None:
    problems = _audit_walk(show=False)
    if problems:
        raise click.ClickException(
            "Not signed: the audit trail has been tampered with (run bti audit verify)."
        )


def _audit_walk(*, show: bool) -> int:
    """Verify every municipality's chain, sign the sound ones; the number of problems."""
    from bti.services import audit

    _require_database()
    db = current_app.extensions["bti_db"]
    key = current_app.extensions["bti_settings"].audit_key.encode()
    total = 0
    for slug, municipality_id in sorted(db.municipality_ids().items()):
        with db.scoped(municipality_id) as session, session.begin():
            if db.engine.dialect.name == "postgresql":
                # One snapshot for the events, the head and the checkpoints.
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            report = audit.verify(session, key=key)
        with db.transaction(municipality_id) as session:
            signed = audit.checkpoint(session, report=report, key=key, now=clock.now())
        status = f"{report.count} events, {len(report.problems)} problem(s)"
        click.echo(f"{slug}: {status}" + (", checkpoint signed" if signed else ""))
        if show:
            for problem in report.problems:
                where = f"event {problem.event_id}" if problem.event_id else "the chain's end"
                click.echo(f"  {where}: {problem.problem}")
        total += len(report.problems)
    click.echo(f"{total} problem(s)")
    return total
