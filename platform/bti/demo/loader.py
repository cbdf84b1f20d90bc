"""Loading the demo: every enabled municipality, its people, then its stories replayed."""

from __future__ import annotations

from flask import Flask

from bti.db import BtiSession, Database
from bti.demo import citizens
from bti.demo.context import DemoContext
from bti.demo.organisation import (
    MARKER_KEY,
    MULTI_DESCRIPTION,
    MULTI_USERNAME,
    accounts,
    create_staff,
    create_units,
    ensure_multi_member,
    find_user,
    username,
)
from bti.demo.people import create_people
from bti.demo.replay import replay
from bti.guide_text import in_language
from bti.passwords import require_new_password
from bti.plugins import Municipality

#: The password of every demo account. Printed by ``bti demo``; never used in production.
DEMO_PASSWORD = "demo-bti-2026"  # nosec B105 # the public demo password; demo data is refused in production


class DemoRefusedError(RuntimeError):
    """Demo data was asked for where it must never go (a production deployment)."""


def load_demo_data(app: Flask) -> list[tuple[str, str, str]]:
    """Fill every enabled municipality with fictional demo data, once.

    First the organisation and the people (written directly: there is no service for them
    yet), then the municipality's stories (``bti_register_demo_stories``) replayed through
    the services, one transaction per step (:func:`bti.demo.replay.replay`), and last the
    citizens' accounts and the marker account ``<slug>.admin``: a municipality that has it
    is left as it is, so loading twice changes nothing. ``demo.flere`` gets any membership
    it lacks. The municipality rows must exist (``bti db upgrade`` creates them).

    :return: the demo accounts as (municipality name, username, description), for the
        operator to read: the staff's, then the citizens'.
    :raises DemoRefusedError: the configuration says production.
    """
    if app.extensions["bti_settings"].is_production:
        raise DemoRefusedError(
            "Refusing to load demo data: the configuration says production (BTI_ENV)."
        )
    db: Database = app.extensions["bti_db"]
    registry = app.extensions["bti"]
    municipality_ids = db.municipality_ids()
    # argon2 is slow on purpose: one hash serves every demo account. The demo's password
    # meets the same rules as any other (bti.passwords.check_new_password).
    password_hash = require_new_password(DEMO_PASSWORD)
    result: list[tuple[str, str, str]] = []
    with app.app_context():
        for municipality in registry:
            if municipality.slug not in municipality_ids:
                raise RuntimeError(
                    f"{municipality.slug} has no row in the database; run 'bti db upgrade' first."
                )
            _load_municipality(app, db, municipality, password_hash)
            name = str(municipality.name)
            result += accounts(name, municipality.slug)
            if municipality.citizen_access is not None:
                result += citizens.accounts(name, municipality.slug, municipality.demo_stories())
    if len(registry):
        result.append(("(all)", MULTI_USERNAME, MULTI_DESCRIPTION))
    return result


def _load_municipality(
    app: Flask, db: Database, municipality: Municipality, password_hash: str
) -> None:
    municipality_id = db.municipality_ids()[municipality.slug]
    with db.transaction(municipality_id) as session:
        if _loaded(session, municipality.slug):
            ensure_multi_member(session, password_hash)
            return
        ctx = DemoContext.start(session, municipality, password_hash)
        create_units(ctx)
        create_staff(ctx, marker=False)
        create_people(ctx)
        stories = municipality.demo_stories()
        # Before the stories: a guardian with an account is told of the meetings they are
        # invited to, and finds the notices under «Varsler» in the citizens' pages.
        citizens.create_citizens(ctx, stories, DEMO_PASSWORD)
    with in_language(municipality, municipality.profile.malform.value):
        replay(app, db, ctx, stories)
    with db.transaction(municipality_id) as session:
        ctx.session = session
        create_staff(ctx, marker=True)
        ensure_multi_member(session, password_hash)


def _loaded(session: BtiSession, slug: str) -> bool:
    """Whether the demo is in place (its marker account exists). A load that stopped half
    way, having written the staff but not the marker, cannot be completed: say so."""
    if find_user(session, username(slug, MARKER_KEY)) is not None:
        return True
    if find_user(session, username(slug, "laerer")) is not None:
        raise RuntimeError(
            f"An earlier demo load of {slug} stopped half way; delete the database "
            "(instance/bti.sqlite3) and load again."
        )
    return False
