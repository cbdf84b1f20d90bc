"""Object-level access: every route that takes an id answers a case (or team, referral,
task) the user has no part in exactly as it answers one that does not exist — the same 404
page — and leaves exactly one denied audit event naming the user, with its purpose.

The routes are found in the application's URL map, so a new route with an id is tested the
day it is added: it must deny through an audited access check (``access.get_case`` and its
siblings), or be named in :data:`NOT_CASE_DATA` with the reason it touches no case data.

Each route is requested (GET, and POST with a valid form token) by a user signed in to Bærum
(which has standing teams) and to Vestby (which has fillable forms), with (a) an id that does
not exist, (b) the case of a colleague in the same municipality she has no part in (for team
routes: a team she does not sit in), and (c) a case (or team) of the other municipality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from flask import Blueprint, abort
from sqlmodel import select

from bti import hookimpl
from bti.models import AuditEvent, AuditOutcome, AuditPurpose, Case, TeamRecord
from bti.services.teams import roster
from tests.support.web import csrf, give_passwords, sign_in
from tests.support.world import World, birth_date_for

#: Routes with an id-like variable that touch no case data, each with the reason.
NOT_CASE_DATA = {
    "static": "static files: no data",
    "citizen.show": "the citizen portal: only a signed-in guardian or youth gets past its "
    "sign-in, and citizens.read audits a denied id (tests/web/test_citizen.py)",
    "citizen.access_log": "the citizen portal's access list: as citizen.show",
    "citizen.open_notice": "the citizen portal's notice: as citizen.show; another person's "
    "notice is denied on record as notification.open (tests/web/test_citizen.py)",
    "teams.family_evaluation": "the family's link by token, no one signed in: a wrong token "
    "is audited with no actor (tests/web/test_teams.py)",
    "passwords.redeem": "a one-time password link, no one signed in and no case data: every "
    "unusable link gets the same 410 page, a refused known one is audited, and unusable ones "
    "are throttled per address (tests/web/test_passwords.py)",
}

#: URL variables that name a record; the rest (``kind``, ``name``) say which form or print.
ID_VARIABLES = {
    "case_id",
    "meeting_id",
    "consent_id",
    "guardian_id",
    "item_id",
    "plan_id",
    "handover_id",
    "document_id",
    "copy_id",
    "number",
    "task_id",
    "team_id",
    "member_id",
    "day_id",
    "referral_id",
    "token",
    # The administration's staff accounts, their roles, and units.
    "user_id",
    "membership_id",
    "unit_id",
    "reset_token",
    # A person's own notification (another's is denied, on record, as a missing one).
    "notification_id",
}
#: The variables that are not ids (a form's kind, a printout's name, a municipality's slug on
#: the deployment-wide administrator's page): given real values, so the id is what is refused.
OTHER_VALUES = ("kind", "name", "filename", "slug")


def _other_values(municipality) -> dict[str, str]:
    from bti.web.teams.printing import DOCUMENTS

    forms = municipality.fillable_forms
    return {
        "kind": forms[0].kind if forms else "",
        "name": next(iter(DOCUMENTS)),
        "filename": "x",
        "slug": municipality.slug,
    }


@dataclass
class Ids:
    """What the user tries: one value per id variable, per scenario."""

    case_id: str
    team_id: int
    purpose: AuditPurpose


#: Who signs in where, whose case she has no part in, and the other municipality.
HOMES = {
    "Bærum": ("Kari", "Truls", "Vestby"),
    "Vestby": ("Vera", "Viggo", "Bærum"),
}


@pytest.fixture
def world(make_world) -> World:
    """Bærum (standing teams, no fillable forms) and Vestby (forms, no teams): in each, a
    user and a colleague's case she has no part in."""
    world = make_world("Bærum", "Vestby")
    for kommune, (user, colleague, _other) in HOMES.items():
        world.kommune_name = kommune
        world.employee(user, f"{user}s skole")
        world.employee(colleague, f"{colleague}s skole")
        world.child(
            f"Barn i {kommune}", birth_date=birth_date_for(9), unit_name=f"{colleague}s skole"
        )
        world.open_case(colleague, f"Barn i {kommune}")
        with world.transaction() as session:
            # Vestby has no teams of its own: a copy of Bærum's gives it team ids.
            roster.seed_defaults(session, municipality=world.deployment.municipality("Bærum"))
    world.kommune_name = "Bærum"
    give_passwords(world)
    return world


def _first(world: World, kommune: str, column):
    """The first id of ``column`` in ``kommune`` (a stand-in when there is none)."""
    with world.db.scoped(world.deployment.municipality_id(kommune)) as session:
        return session.exec(select(column).order_by(column)).first() or 987653


def _scenarios(world: World, home: str) -> dict[str, Ids]:
    other = HOMES[home][2]
    return {
        "missing": Ids("finnes-ikke-0000000000", 987654, AuditPurpose.SECURITY),
        "colleague's": Ids(
            _first(world, home, Case.id), _first(world, home, TeamRecord.id), AuditPurpose.CASEWORK
        ),
        "other municipality's": Ids(
            _first(world, other, Case.id),
            _first(world, other, TeamRecord.id),
            AuditPurpose.SECURITY,
        ),
    }


def _applies(rule, municipality) -> bool:
    """Whether the route exists for ``municipality``: team pages where it has standing
    teams, a filled-in form's pages where it has such forms."""
    if rule.endpoint.startswith("teams.") and not municipality.teams:
        return False
    return not ("kind" in rule.arguments and not municipality.fillable_forms)


def id_routes(app) -> list:
    """Every rule with an id variable, by endpoint and path; fails on an unknown variable."""
    found = []
    for rule in app.url_map.iter_rules():
        names = set(rule.arguments) - {"municipality"} - set(rule.defaults or {})
        unknown = names - ID_VARIABLES - set(OTHER_VALUES)
        assert not unknown, f"{rule.rule}: say whether {unknown} is an id (ID_VARIABLES)"
        if not names & ID_VARIABLES or rule.endpoint in NOT_CASE_DATA:
            continue
        found.append(rule)
    return sorted(found, key=lambda r: r.rule)


def _url(rule, slug: str, ids: Ids, others: dict[str, str]) -> str:
    values = {}
    for name in set(rule.arguments) - set(rule.defaults or {}):
        if name == "municipality":
            values[name] = slug
        elif name == "case_id":
            values[name] = ids.case_id
        elif name == "team_id":
            values[name] = ids.team_id
        elif name in others:
            values[name] = others[name]
        else:
            values[name] = 987654
    path = rule.rule
    for name, value in values.items():
        path = re.sub(rf"<(?:\w+:)?{name}>", str(value), path)
    return path


def _events_after(world: World, last: int) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(select(AuditEvent).where(AuditEvent.id > last).order_by(AuditEvent.id))
        )


def _last_id(world: World) -> int:
    with world.scoped() as session:
        return session.exec(select(AuditEvent.id).order_by(AuditEvent.id.desc())).first() or 0


def _page(response) -> str:
    return re.sub(r'value="[^"]*"', "", response.get_data(as_text=True))


def test_every_id_route_is_tried_in_one_of_the_municipalities(world):
    app = world.deployment.start()
    homes = [world.deployment.municipality(kommune) for kommune in HOMES]
    untried = [r.rule for r in id_routes(app) if not any(_applies(r, m) for m in homes)]
    assert untried == []


@pytest.mark.parametrize("home", list(HOMES))
def test_every_id_route_denies_foreign_and_missing_ids_alike_and_audits_once(world, home):
    # The first municipality takes every route it has; the next only the routes it lacks.
    first = world.deployment.municipality(next(iter(HOMES)))
    here = world.deployment.municipality(home)
    failures, routes, requests = _try_routes(
        world,
        home,
        lambda rule: _applies(rule, here) and (here is first or not _applies(rule, first)),
    )
    print(f"{home}: {routes} routes, {requests} requests")
    assert not failures, "\n".join(failures)


class UncheckedRoute:
    """A plugin page that takes a case id and answers 404 without the audited check."""

    @hookimpl
    def bti_register_blueprints(self):
        bp = Blueprint("unchecked", __name__)

        @bp.get("/sak/<case_id>/uten-sjekk")
        def show(case_id: str):
            abort(404)

        return [bp]


def test_a_new_id_route_without_the_audited_check_is_caught(make_world):
    world = make_world("Bærum", "Vestby", plugins=[UncheckedRoute()])
    world.employee("Kari", "Karis skole")
    give_passwords(world)
    failures, routes, _requests = _try_routes(
        world, "Bærum", lambda rule: rule.rule == "/baerum/sak/<case_id>/uten-sjekk"
    )
    assert routes == 1
    assert failures and all("uten-sjekk" in f and "events []" in f for f in failures)


def _try_routes(world: World, home: str, chosen) -> tuple[list[str], int, int]:
    """Request every id route ``chosen`` takes, as the home municipality's user, in each
    scenario: what went wrong, how many routes and how many requests."""
    world.kommune_name = home
    municipality = world.kommune
    user = HOMES[home][0]
    app = world.deployment.start()
    client = app.test_client()
    sign_in(client, user.lower())
    client.get("/velg-kommune")
    token = csrf(client, f"/{municipality.slug}/ny-bekymring")
    scenarios = _scenarios(world, home)
    routes = [rule for rule in id_routes(app) if chosen(rule)]
    others = _other_values(municipality)
    not_found = _page(client.get(f"/{municipality.slug}/sak/finnes-ikke-0000000000"))
    failures, requests = [], 0
    for rule in routes:
        for method in sorted(rule.methods & {"GET", "POST"}):
            for scenario, ids in scenarios.items():
                path = _url(rule, municipality.slug, ids, others)
                last = _last_id(world)
                if method == "GET":
                    response = client.get(path)
                else:
                    response = client.post(path, data={"csrf_token": token})
                requests += 1
                where = f"{method} {rule.rule} ({scenario})"
                if response.status_code != 404 or _page(response) != not_found:
                    failures.append(f"{where}: {response.status_code}, not the 404 page")
                    continue
                events = _events_after(world, last)
                shape = [(e.outcome, e.actor_id, e.purpose) for e in events]
                # A denial that touches no case (a team's id) is a security event.
                purpose = ids.purpose if "case_id" in rule.arguments else AuditPurpose.SECURITY
                if shape != [(AuditOutcome.DENIED, world.staff[user], purpose)]:
                    actions = [e.action for e in events]
                    failures.append(f"{where}: events {list(zip(actions, shape, strict=True))}")
    return failures, len(routes), requests
