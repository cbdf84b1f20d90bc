"""The audit chain holds under concurrency, and truncation is detected.

32 writers append at once through the real service path (stafettlogg entries and case
reads by three users: the stafettholder writing, the unit's leader reading, a colleague with
no part in the case denied, each in its own transaction), on a SQLite file and on PostgreSQL;
``bti audit verify`` then finds 0 problems. Removing the last events below the application,
and rewriting the chain head to hide it, are reported.
"""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from bti.errors import NotFound
from bti.services import audit, stafettlogg
from bti.services.access import get_case
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database

WRITERS = 32


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.employee("Kjell", "Nordby skole")
    world.employee("Liv", "Nordby skole", "leder")
    world.child("Ola", birth_date=birth_date_for(9), unit_name="Nordby skole")
    world.open_case("Kari", "Ola")
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    return world


def _verify(world: World) -> str:
    result = world.deployment.start().test_cli_runner().invoke(args=["audit", "verify"])
    return result.output


def _write_at_once(world: World, writers: int = WRITERS) -> list[BaseException]:
    """``writers`` threads, each one user action in its own transaction, released together."""
    db, mid, kommune, case_id = world.db, world.mid, world.kommune, world.case_id
    people = [world.actor(name) for name in ("Kari", "Kjell", "Liv")]
    start = threading.Barrier(writers)
    failures: list[BaseException] = []

    def write(n: int) -> None:
        by = people[n % len(people)]
        start.wait()
        try:
            with db.transaction(mid) as session:
                if by.display_name == "Kari":
                    stafettlogg.add_entry(
                        session,
                        municipality=kommune,
                        by=by,
                        case_id=case_id,
                        kind="note",
                        text=f"Notat {n}",
                    )
                else:
                    get_case(session, by=by, case_id=case_id)
        except NotFound:
            assert by.display_name == "Kjell"  # not in the case: a denied attempt, audited
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def test_32_concurrent_writers_leave_a_whole_chain(world):
    failures = _write_at_once(world)
    assert failures == []
    output = _verify(world)
    assert "eksempel:" in output and "eksempel: 0 events" not in output
    assert "0 problem(s)" in output.splitlines()[0], output


def _delete_last(world: World, n: int) -> list[int]:
    """Remove the last ``n`` events below the application, as someone with database access
    could; their ids."""
    with world.db.engine.begin() as conn:
        ids = conn.execute(
            sa.text("SELECT id FROM auditevent WHERE municipality_id = :m ORDER BY id DESC"),
            {"m": world.mid},
        ).scalars()
        ids = list(ids)[:n]
        conn.execute(
            sa.text("DELETE FROM auditevent WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"ids": ids},
        )
    return ids


def _report(world: World) -> audit.ChainReport:
    key = world.deployment.start().extensions["bti_settings"].audit_key.encode()
    with world.scoped() as session:
        return audit.verify(session, key=key)


def test_deleting_the_last_event_is_reported(world):
    assert _report(world).problems == []
    [last] = _delete_last(world, 1)
    output = _verify(world)
    assert "eksempel:" in output and "1 problem(s)" in output
    assert f"event {last}: the last event(s) were removed" in output
    assert "(1 missing)" in output


def test_deleting_the_last_three_events_is_reported(world):
    deleted = _delete_last(world, 3)
    problems = _report(world).problems
    assert [p.event_id for p in problems] == [max(deleted)]
    assert "(3 missing)" in problems[0].problem


def test_a_head_rewritten_to_hide_removed_events_is_caught_by_the_signed_checkpoint(world):
    assert "checkpoint signed" in _verify(world)
    signed_last = _report(world).last_event_id
    world.act_ok("Kari", get_case, case_id=world.case_id)
    _delete_last(world, 2)
    # Forge the head to match what is left: the head alone now agrees with the chain.
    with world.db.engine.begin() as conn:
        last_id, last_hash = conn.execute(
            sa.text("SELECT id, hash FROM auditevent WHERE municipality_id = :m ORDER BY id DESC"),
            {"m": world.mid},
        ).first()
        count = conn.execute(
            sa.text("SELECT COUNT(*) FROM auditevent WHERE municipality_id = :m"), {"m": world.mid}
        ).scalar_one()
        conn.execute(
            sa.text(
                "UPDATE auditchainhead SET last_event_id = :i, last_hash = :h, count = :c "
                "WHERE municipality_id = :m"
            ),
            {"i": last_id, "h": last_hash, "c": count, "m": world.mid},
        )
    output = _verify(world)
    assert f"event {signed_last}, signed in checkpoint" in output and "was removed" in output
    assert "1 problem(s)" in output and "checkpoint signed" not in output


def test_a_forged_checkpoint_is_reported(world):
    _verify(world)
    with world.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE auditcheckpoint SET count = count + 5"))
    output = _verify(world)
    assert "has a wrong signature: forged or changed" in output


def test_the_purpose_is_part_of_the_hash(world):
    world.act_ok("Liv", get_case, case_id=world.case_id)
    report = _report(world)
    assert report.problems == []
    with world.db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE auditevent SET purpose = 'casework' WHERE id = :id"),
            {"id": report.last_event_id},
        )
    assert [(p.event_id, p.problem) for p in _report(world).problems] == [
        (report.last_event_id, "the event was changed")
    ]
