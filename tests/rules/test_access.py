"""The access policy and emergency access (break-glass): who may see a case, and which reads
are marked as the leader's or as an emergency access."""

from __future__ import annotations

from bti.models import Role, UnitKind
from bti.rules.access import Actor, CaseFacts, Post, may_view, only_as_leader, only_by_break_glass

SCHOOL, OTHER = 1, 2


def actor(user_id: int, unit_id: int = SCHOOL, role: Role = Role.ANSATT) -> Actor:
    return Actor(user_id, f"user {user_id}", (Post(unit_id, UnitKind.SKOLE, role),))


def facts(*, participants=(), glass=()) -> CaseFacts:
    return CaseFacts(
        unit_id=SCHOOL,
        stafettholder_id=None,
        reported_to_barnevern=False,
        active_participant_ids=frozenset(participants),
        break_glass_ids=frozenset(glass),
    )


def test_a_colleague_without_a_role_sees_the_case_only_while_a_grant_lasts():
    colleague = actor(7)
    assert not may_view(colleague, facts())
    assert may_view(colleague, facts(glass=[7]))
    assert only_by_break_glass(colleague, facts(glass=[7]))


def test_a_grant_does_not_mark_the_reads_of_those_with_a_role_or_the_leader():
    assert not only_by_break_glass(actor(7), facts(participants=[7], glass=[7]))
    leader = actor(8, role=Role.LEDER)
    assert only_as_leader(leader, facts(glass=[8]))
    assert not only_by_break_glass(leader, facts(glass=[8]))


def test_another_users_grant_opens_nothing():
    assert not may_view(actor(9, OTHER), facts(glass=[7]))
