"""«Min enhet» in the browser: the page, its links, its 404 for those who lead nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bti.models import AuditEvent, Deadline, utcnow
from tests.support.web import signed_in
from tests.support.world import World, birth_date_for

UNIT = "/vestby/saker/enhet"


@pytest.fixture
def world(world_with_case) -> World:
    """Kari has opened a case about Ola at Nordby skole, which Anne leads; Truls works at
    Sørby skole."""
    return world_with_case("Vestby", colleagues=[("Anne", "Nordby skole", "leder")])


def add_case(world: World, by: str, child: str) -> str:
    world.child(child, birth_date=birth_date_for(8))
    return world.open_case(by, child)


def test_a_leader_finds_her_units_cases_from_my_cases_and_the_header(world):
    anne = signed_in(world, "anne")
    mine = anne.get("/vestby/saker").get_data(as_text=True)
    assert "Ola Testesen" not in mine, "Anne has no part in the case"
    assert mine.count(f'href="{UNIT}"') == 2, "linked from the page and from the header menu"
    page = anne.get(UNIT)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "<h1>Min enhet</h1>" in html
    assert "Nordby skole" in html
    assert f'href="/vestby/sak/{world.case_id}"' in html and "Ola Testesen" in html
    assert anne.get(f"/vestby/sak/{world.case_id}").status_code == 200


def test_another_units_case_is_not_listed(world):
    add_case(world, "Truls", "Per")
    html = signed_in(world, "anne").get(UNIT).get_data(as_text=True)
    assert "Per Testesen" not in html and "Ola Testesen" in html


def test_an_employee_who_leads_nothing_gets_404_and_no_link(world):
    kari = signed_in(world, "kari")
    assert kari.get(UNIT).status_code == 404
    assert UNIT not in kari.get("/vestby/saker").get_data(as_text=True)


def test_another_municipalitys_unit_page_is_404(world):
    assert signed_in(world, "anne").get("/tromso/saker/enhet").status_code == 404


def test_overdue_deadline_is_flagged_and_sorted_first(world):
    late = add_case(world, "Kari", "Berit")
    with world.transaction() as session:
        session.add(
            Deadline(
                case_id=late,
                code="oppfolgingsmote_niva_1",
                due_at=utcnow() - timedelta(days=1),
                owner_id=world.staff["Kari"],
            )
        )
    html = signed_in(world, "anne").get(UNIT).get_data(as_text=True)
    assert html.index("Berit Testesen") < html.index("Ola Testesen")
    assert "Oppfølgingsmøte innen 2–4 uker" in html
    assert html.count('class="overdue"') == 1
    by_name = signed_in(world, "anne").get(f"{UNIT}?sorter=navn").get_data(as_text=True)
    assert by_name.index("Berit Testesen") < by_name.index("Ola Testesen")
    assert '<option value="navn" selected>' in by_name


def test_the_page_is_paginated_with_links_that_keep_the_order(world):
    for number in range(26):
        add_case(world, "Kari", f"Barn{number:02}")
    anne = signed_in(world, "anne")
    first = anne.get(f"{UNIT}?sorter=navn").get_data(as_text=True)
    assert "27 saker" in first and first.count("<tr>") == 25 + 1
    assert 'href="/vestby/saker/enhet?side=2&amp;sorter=navn"' in first
    second = anne.get(f"{UNIT}?side=2&sorter=navn").get_data(as_text=True)
    assert second.count("<tr>") == 2 + 1 and "Ola Testesen" in second


def test_the_listing_and_a_leaders_read_are_audited(world):
    anne = signed_in(world, "anne")
    anne.get(UNIT)
    anne.get(f"/vestby/sak/{world.case_id}")
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.actor_id == world.staff["Anne"])
        ).all()
    assert [e.detail for e in events if e.action == "unit.list"] == ["count=1"]
    reads = [e for e in events if e.action == "case.read"]
    assert reads and all(e.detail == "via=leader" for e in reads)
