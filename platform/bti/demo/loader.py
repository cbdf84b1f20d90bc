"""Loading the demo: every enabled municipality, each in one transaction, once."""

from __future__ import annotations

from flask import Flask

from bti.db import BtiSession, Database
from bti.demo import citizens
from bti.demo.cases import create_cases, story_for
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
from bti.passwords import hash_password
from bti.plugins import Municipality

#: The password of every demo account. Printed by ``bti demo``; never used in production.
DEMO_PASSWORD = "demo-bti-2026"


class DemoRefusedError(RuntimeError):
    """Demo data was asked for where it must never go (a production deployment)."""


def load_demo_data(app: Flask) -> list[tuple[str, str, str]]:
    """Fill every enabled municipality with fictional demo data, once.

    A municipality whose marker account ``<slug>.admin`` exists is left as it is, so
    loading twice changes nothing (its guardian and youth accounts, where the guide gives
    citizens access, are written with it); ``demo.flere`` gets any membership it lacks.
    Each municipality is written in one transaction: a failure leaves none of it behind.
    The municipality rows must exist (``bti db upgrade`` creates them).

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
    # argon2 is slow on purpose: one hash serves every demo account.
    password_hash = hash_password(DEMO_PASSWORD)
    result: list[tuple[str, str, str]] = []
    with app.app_context():
        for municipality in registry:
            if municipality.slug not in municipality_ids:
                raise RuntimeError(
                    f"{municipality.slug} has no row in the database; run 'bti db upgrade' first."
                )
            with db.transaction(municipality_ids[municipality.slug]) as session:
                _load_municipality(session, municipality, password_hash)
            name = str(municipality.name)
            result += accounts(name, municipality.slug)
            result += citizens.accounts(
                name,
                municipality.slug,
                story_for(municipality),
                has_access=municipality.citizen_access is not None,
            )
    if len(registry):
        result.append(("(all)", MULTI_USERNAME, MULTI_DESCRIPTION))
    return result


def _load_municipality(session: BtiSession, municipality: Municipality, password_hash: str) -> None:
    if find_user(session, username(municipality.slug, MARKER_KEY)) is None:
        ctx = DemoContext.start(session, municipality, password_hash)
        create_units(ctx)
        create_staff(ctx)
        create_people(ctx)
        story = story_for(municipality)
        create_cases(ctx, story)
        citizens.create_citizens(ctx, story, DEMO_PASSWORD)
    ensure_multi_member(session, password_hash)
