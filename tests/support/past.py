"""Cases from the past: opened and closed through the services with the platform's clock set
back, for the tests of what happens to old cases (retention)."""

from __future__ import annotations

from datetime import datetime

from bti import clock
from bti.services import cases
from tests.support.world import World


def case_opened_and_closed(
    world: World,
    by: str,
    child: str,
    *,
    opened_at: datetime,
    closed_at: datetime | None = None,
    rationale: str = "Ikke grunn til bekymring lenger",
) -> str:
    """``by`` opened a case about ``child`` at ``opened_at`` and, given ``closed_at``, closed
    it then; the case's id (also ``world.case_id``)."""
    app = world.deployment.start()
    with clock.frozen(opened_at, app):
        world.open_case(by, child)
    if closed_at is not None:
        with clock.frozen(closed_at, app):
            world.act_ok(
                by, cases.decide, case_id=world.case_id, outcome="close", rationale=rationale
            )
    return world.case_id
