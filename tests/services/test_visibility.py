"""A list's cases are filtered by the access policy in one query, whatever their number,
and exactly as case by case (the case page reads the same facts with its case):
participants, the stafettholder, the unit's leader and an emergency access (break-glass)
see the case; a colleague without a part and staff of
another unit do not."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event
from sqlmodel import select

from bti.errors import NotFound
from bti.models import Case
from bti.services.access import admit, case_facts, case_facts_for, get_case, may_see, visible_to
from bti.services.access_log import break_glass
from bti.services.case_page import around
from tests.support.world import World, birth_date_for, case_about_ola


@pytest.fixture
def world(make_world) -> World:
    """Vestby: Kari has opened a case about Ola at Nordby skole, which Anne leads; Siv works
    there with no part in it until she opens it with emergency access; Ulla has no part and
    no emergency access; Truls has opened a case about Mia at Sørby skole."""
    world = case_about_ola(
        make_world("Vestby"),
        colleagues=[("Anne", "Nordby skole", "leder"), ("Siv", "Nordby skole"),
                    ("Ulla", "Nordby skole")],
    )  # fmt: skip
    world.act_ok(
        "Siv", break_glass.open_case, case_ref=world.case_id, reason="Barnet er skadet i dag."
    )
    world.child("Mia", birth_date=birth_date_for(7))
    world.open_case("Truls", "Mia")
    return world


@contextmanager
def counted(engine):
    sent: list[str] = []

    def keep(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append(statement)

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def test_each_sees_the_cases_the_policy_lets_them_see(world):
    with world.scoped() as session:
        cases = session.exec(select(Case)).all()
        ola, mia = sorted(cases, key=lambda case: case.subject_id)
        seen = {
            name: visible_to(session, by=world.actor(name), cases=cases)
            for name in ("Kari", "Anne", "Siv", "Ulla", "Truls")
        }
    assert seen == {
        "Kari": {ola.id},  # opened it: a participant
        "Anne": {ola.id},  # leads Nordby skole
        "Siv": {ola.id},  # emergency access, not yet run out
        "Ulla": set(),  # same unit, no part in it
        "Truls": {mia.id},
    }


def test_the_facts_of_a_list_are_those_of_each_case_in_one_query(world):
    with world.scoped() as session:
        cases = session.exec(select(Case)).all()
        one_by_one = {case.id: case_facts(session, case) for case in cases}
        with counted(world.db.engine) as sent:
            together = case_facts_for(session, cases)
        with counted(world.db.engine) as none_sent:
            assert case_facts_for(session, []) == {}
        per_case = {
            name: [may_see(session, by=world.actor(name), case=case) for case in cases]
            for name in ("Kari", "Anne", "Siv", "Ulla", "Truls")
        }
        listed = {
            name: [case.id in visible_to(session, by=world.actor(name), cases=cases)
                   for case in cases]
            for name in per_case
        }  # fmt: skip
    assert together == one_by_one
    assert len(sent) == 1, sent
    assert none_sent == []
    assert listed == per_case


def test_the_case_page_reads_the_same_facts_with_its_case_in_one_query(world):
    """The case page reads its case with the people around it (``case_page.around``) and
    applies the policy to that (``access.admit``): the same facts and the same answer for
    everyone as :func:`get_case`, in one statement."""
    names = ("Kari", "Anne", "Siv", "Ulla", "Truls")
    with world.scoped() as session:
        for case in session.exec(select(Case)).all():
            with counted(world.db.engine) as sent:
                found = around.read(session, case.id)
            assert len(sent) == 1, sent
            assert found.case is case
            assert found.facts == case_facts(session, case)
            for name in names:
                by = world.actor(name)
                alone = _answer(get_case, session, by=by, case_id=case.id)
                read_with_the_page = _answer(
                    admit, session, by=by, case_id=case.id, case=found.case, facts=found.facts
                )
                assert read_with_the_page == alone, name
        assert around.read(session, "no-such-case") is None


def _answer(service, session, **kwargs) -> str:
    try:
        return service(session, **kwargs).id
    except NotFound:
        return "not found"
