"""One audit event per access: every page of a case, read by someone who may, leaves
exactly one allowed event for the case — with the purpose of the access: casework for a
participant, oversight for the unit's leader who reads it through the leader role."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bti.models import AuditEvent, AuditOutcome, AuditPurpose
from tests.support.web import give_passwords, sign_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(make_world) -> World:
    world = make_world("Vestby")
    world.employee("Kari", "Nordby skole")
    world.employee("Liv", "Nordby skole", "leder")
    world.child("Ola", birth_date=birth_date_for(9), unit_name="Nordby skole")
    world.open_case("Kari", "Ola")
    give_passwords(world)
    return world


def case_pages(app, world: World) -> list[str]:
    """The GET pages that take the case id alone (HTML, not the PDF copies)."""
    kinds = [v.kind for v in world.kommune.fillable_forms]
    paths = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or (rule.defaults or {}).get("pdf"):
            continue
        if rule.endpoint.startswith("citizen."):  # the portal: guardians and youth only
            continue
        if rule.endpoint.startswith("teams.") and not world.kommune.teams:
            continue
        names = set(rule.arguments) - {"municipality"} - set(rule.defaults or {})
        if "case_id" not in names or names - {"case_id", "kind"}:
            continue
        path = rule.rule.replace("<municipality>", world.kommune.slug)
        path = path.replace("<case_id>", world.case_id)
        paths.append(path.replace("<kind>", kinds[0]))
    return sorted(paths)


def _events_after(world: World, last: int) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.id > last)))


def _last(world: World) -> int:
    with world.scoped() as session:
        return session.exec(select(AuditEvent.id).order_by(AuditEvent.id.desc())).first() or 0


@pytest.mark.parametrize(
    ("user", "purpose"), [("kari", AuditPurpose.CASEWORK), ("liv", AuditPurpose.OVERSIGHT)]
)
def test_each_page_of_a_case_is_one_audited_access(world, user, purpose):
    app = world.deployment.start()
    client = app.test_client()
    sign_in(client, user)
    client.get("/velg-kommune")
    pages = case_pages(app, world)
    assert len(pages) >= 4, pages  # the case page and its printouts
    wrong = []
    for path in pages:
        last = _last(world)
        response = client.get(path)
        assert response.status_code == 200, path
        events = [
            (e.outcome, e.purpose, e.actor_id)
            for e in _events_after(world, last)
            if e.case_ref == world.case_id
        ]
        if events != [(AuditOutcome.ALLOWED, purpose, world.staff[user.title()])]:
            wrong.append(f"{path}: {events}")
    assert wrong == []
