"""The version claim (bti.services.versions) when two saves really race: both transactions
have read the record at the same version before either writes. The explicit comparison
with the form passes for both; the ``UPDATE … WHERE version = :seen`` lets one through.
PostgreSQL only: there the second UPDATE waits for the first's row lock and then finds the
version moved on. (SQLite runs one writing transaction at a time.)"""

from __future__ import annotations

import threading

import pytest

from bti.models import Case
from bti.services import versions
from tests.support.world import case_about_ola


def test_of_two_racing_saves_from_the_same_version_one_is_written(make_world, postgres_url):
    world = case_about_ola(make_world(database_url=postgres_url))
    both_read = threading.Barrier(2, timeout=10)
    outcome: dict[str, object] = {}

    def save(relation: str) -> None:
        try:
            with world.db.transaction(world.mid) as session:
                case = session.get(Case, world.case_id)
                assert case.version == 1
                both_read.wait()
                versions.claim(session, case, seen=1, by=world.actor("Kari"), case_id=world.case_id)
                case.next_of_kin_relation = relation
                session.add(case)
            outcome[relation] = "saved"
        except versions.ChangedMeanwhile as error:
            outcome[relation] = error

    threads = [threading.Thread(target=save, args=(r,)) for r in ("forelder", "sosken")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    saved = [r for r, result in outcome.items() if result == "saved"]
    refused = [result for result in outcome.values() if result != "saved"]
    assert len(saved) == 1 and len(refused) == 1, outcome
    assert isinstance(refused[0], versions.ChangedMeanwhile) and refused[0].current == 2
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
    assert (case.next_of_kin_relation, case.version) == (saved[0], 2)


@pytest.mark.parametrize("seen", [None, 1])
def test_a_save_without_a_form_still_moves_the_version_on(make_world, seen):
    """The demo and scripted callers pass no version: nothing is compared, but a form open
    elsewhere still learns of the change."""
    world = case_about_ola(make_world())
    with world.db.transaction(world.mid) as session:
        case = session.get(Case, world.case_id)
        versions.claim(session, case, seen=seen, by=world.actor("Kari"), case_id=world.case_id)
    with world.scoped() as session:
        assert session.get(Case, world.case_id).version == 2
