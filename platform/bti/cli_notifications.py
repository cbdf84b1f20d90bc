"""``bti notifications send``: the outbox worker (:mod:`bti.services.notifications.sending`).

Run it from a timer every minute (``deploy/systemd/bti-notifications.timer``), or keep it
running with ``--loop``. It prints numbers only: no address, no name.
"""

from __future__ import annotations

import time

import click
from flask import current_app
from flask.cli import with_appcontext


@click.group("notifications", help="Notifications: the outbox and its worker.")
def notifications_group() -> None:
    pass


@notifications_group.command(
    "send",
    help="Send every notification that is due, and the daily summaries that are due, then "
    "exit (for a timer). A failed send is tried again later with back-off.",
)
@click.option(
    "--loop",
    is_flag=True,
    help="Keep running: a pass every --interval seconds, until stopped.",
)
@click.option("--interval", default=60, show_default=True, type=click.IntRange(5, 3600))
@with_appcontext
def send_command(loop: bool, interval: int) -> None:
    from bti.cli import _require_database

    _require_database()
    while True:
        _one_pass()
        if not loop:
            return
        time.sleep(interval)


def _one_pass() -> None:
    from bti.services.notifications import sending

    settings = current_app.extensions["bti_settings"]
    result = sending.send_due(
        current_app.extensions["bti_db"],
        current_app.extensions["bti"],
        settings.mail,
        key=settings.secret_key.encode(),
    )
    if not result.configured:
        click.echo(
            f"No mail server is configured ([mail] in bti.toml or BTI_MAIL_HOST): nothing "
            f"is sent; {result.waiting} notification(s) wait in the outbox."
        )
        return
    click.echo(
        f"{result.sent} sent, {result.summaries} daily summaries sent, "
        f"{result.retrying} to be tried again, {result.failed} failed."
    )
