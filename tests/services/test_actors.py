"""Who acts on a signed-in request: the sign-in session, its user and their posts in the
chosen municipality are read in one statement, and the actor built from them is the one
:func:`load_actor` reads. A post given or taken away counts from the next request."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlmodel import delete

from bti.errors import NotFound
from bti.models import LoginSession, Membership
from bti.services import signin
from bti.services.actors import load_actor
from tests.support.world import World


@pytest.fixture
def world(make_world) -> World:
    """Vestby and Tromsø: Kari works at Nordby skole and leads Sørby skole in Vestby; Per
    works in Tromsø only."""
    world = make_world("Vestby", "Tromsø")
    world.employee("Kari", "Nordby skole")
    world.employee("Kari", "Sørby skole", "leder")
    world.employee("Per", "Nordby skole")
    return world


def _signed_in(world: World, name: str) -> str:
    token = signin.start(world.db, user_id=world.staff[name])
    with world.db.unscoped() as session, session.begin():
        login = session.get(LoginSession, signin.token_hash(token))
        login.municipality_id = world.mid
    return token


def _statements(engine, call):
    sent: list[str] = []

    def keep(_conn, _cursor, statement, *_args):
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", keep)
    try:
        result = call()
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return result, [s for s in sent if not s.lstrip().upper().startswith(("BEGIN", "COMMIT"))]


def test_the_sign_in_is_read_with_the_posts_in_one_statement(world):
    token = _signed_in(world, "Kari")
    current, sent = _statements(world.db.engine, lambda: signin.current(world.db, token=token))
    assert len(sent) == 1, sent
    with world.scoped() as session:
        read = load_actor(session, world.staff["Kari"])
        built, more = _statements(world.db.engine, lambda: current.actor(session))
    assert more == []
    assert built == read
    assert {(p.unit_id, str(p.role)) for p in built.posts} == {
        (world.units["Nordby skole"], "ansatt"),
        (world.units["Sørby skole"], "leder"),
    }


def test_in_another_municipality_the_posts_are_read_there(world):
    token = _signed_in(world, "Kari")
    current = signin.current(world.db, token=token)
    tromso = world.deployment.municipality_id("Tromsø")
    with world.db.scoped(tromso) as session, pytest.raises(NotFound):
        current.actor(session)  # no post in Tromsø: as if there were no such user


def test_a_post_taken_away_is_gone_on_the_next_request(world):
    token = _signed_in(world, "Kari")
    with world.transaction() as session:
        session.exec(
            delete(Membership).where(
                Membership.user_id == world.staff["Kari"],
                Membership.unit_id == world.units["Sørby skole"],
            )
        )
    current = signin.current(world.db, token=token)
    with world.scoped() as session:
        actor = current.actor(session)
    assert not actor.leads(world.units["Sørby skole"])
    assert actor.unit_ids == {world.units["Nordby skole"]}


def test_without_a_post_left_the_user_acts_nowhere(world):
    token = _signed_in(world, "Per")
    with world.transaction() as session:
        session.exec(delete(Membership).where(Membership.user_id == world.staff["Per"]))
    current = signin.current(world.db, token=token)
    assert isinstance(current, signin.Current)  # still signed in ...
    with world.scoped() as session, pytest.raises(NotFound):
        current.actor(session)  # ... but acts in no case here
