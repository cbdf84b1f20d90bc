"""No lost update: two people (or one person in two tabs) open the same form, both save.
The first save is kept; the second is refused with «Noen andre har endret dette mens du
skrev …» beside the form, with what its writer typed still in the field, and nothing of it
written. Each record kind a user edits in place has its test here (issue 17, point 7)."""

from __future__ import annotations

import html
import re

import pytest
from sqlmodel import select

from bti.models import AuditEvent, Case
from tests.support.web import case_path, give_passwords, signed_in
from tests.support.world import World, case_about_ola

pytestmark = pytest.mark.database

CHANGED = "Noen andre har endret dette mens du skrev. Se hva som er lagret nå, og lagre på nytt."


@pytest.fixture
def world(make_world, database_url) -> World:
    world = case_about_ola(
        make_world("Tromsø", database_url=database_url),
        colleagues=(("Lise", "Nordby skole"),),
    )
    give_passwords(world)
    return world


class Tab:
    """A browser tab with the case page open: the form token and the version of each form
    as the page showed them when it was opened."""

    def __init__(self, world: World, username: str = "kari", path: str | None = None):
        self.world = world
        self.client = signed_in(world, username)
        self.path = path or case_path(world)
        self.page = self.client.get(self.path).get_data(as_text=True)
        self.token = re.search(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"', self.page)[1]

    def version(self, prefix: str) -> str:
        found = re.search(rf'name="{re.escape(prefix)}-version"[^>]*value="(\d+)"', self.page)
        assert found, f"the form {prefix} carries no version"
        return found[1]

    def save(self, action: str, prefix: str, data: dict, *, base: str | None = None):
        """Post the form ``prefix`` as the tab shows it: with the version it opened at."""
        fields = {**data, "csrf_token": self.token, f"{prefix}-version": self.version(prefix)}
        return self.client.post(f"{base or case_path(self.world)}{action}", data=fields)


def refused_beside_the_form(response, typed: str) -> str:
    """The page of a refused second save: 400, the message, and the writer's text kept."""
    body = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert CHANGED in body
    assert typed in body
    return body


def refusals(world: World) -> int:
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.detail == "changed_meanwhile")
        ).all()
        return len(events)


# ---------------------------------------------------------------------------------------------
# Barn som pårørende
# ---------------------------------------------------------------------------------------------


def test_child_as_next_of_kin_marked_from_two_tabs_keeps_the_first(world):
    first, second = Tab(world), Tab(world, "kari")
    mark = "/barn-som-parorende"
    done = first.save(
        mark, "kin-mark", {"kin-mark-relation": "forelder", "kin-mark-reason": "psykisk_sykdom"}
    )
    assert done.status_code == 302
    late = second.save(
        mark, "kin-mark", {"kin-mark-relation": "sosken", "kin-mark-reason": "dodsfall"}
    )
    body = refused_beside_the_form(late, "Lagre markeringen")
    assert re.search(r'<input checked[^>]*value="sosken"', body), "the second choice is kept"
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        assert (case.next_of_kin_relation, case.next_of_kin_reason) == (
            "forelder",
            "psykisk_sykdom",
        )
    assert refusals(world) == 1
    # Seen what is saved, the second writer saves again on purpose: now it is kept.
    again = second.client.post(
        f"{case_path(world)}{mark}",
        data={
            "csrf_token": second.token,
            "kin-mark-relation": "sosken",
            "kin-mark-reason": "dodsfall",
            "kin-mark-version": re.search(r'name="kin-mark-version"[^>]*value="(\d+)"', body)[1],
        },
    )
    assert again.status_code == 302
    with world.scoped() as session:
        assert session.get(Case, world.case_id).next_of_kin_relation == "sosken"
