"""Who may see a case: one policy for every view and service.

Participants (while their part is open), the stafettholder, the leader of the case's unit,
barnevern on a case reported to it, and, for a short while, whoever opened it with emergency
access (break-glass, :mod:`bti.services.access_log.break_glass`). Nobody else — not even
staff of the same municipality. An entry marked «Kun for helsepersonell» is shown to health
personnel, and to anyone else only through a service of theirs in the case that a valid
consent including health information names (:func:`may_see_health_entry`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bti.models.organisation import HEALTH_UNIT_KINDS, Role, UnitKind


@dataclass(frozen=True)
class Post:
    """One membership: a role in a unit of a kind."""

    unit_id: int
    unit_kind: UnitKind
    role: Role


@dataclass(frozen=True)
class Actor:
    """A staff user acting in one municipality (the session's)."""

    user_id: int
    display_name: str
    posts: tuple[Post, ...]

    @property
    def unit_ids(self) -> frozenset[int]:
        return frozenset(p.unit_id for p in self.posts)

    @property
    def unit_kinds(self) -> frozenset[UnitKind]:
        return frozenset(p.unit_kind for p in self.posts)

    @property
    def is_health(self) -> bool:
        return bool(self.unit_kinds & HEALTH_UNIT_KINDS)

    @property
    def is_barnevern(self) -> bool:
        return UnitKind.BARNEVERN in self.unit_kinds

    def leads(self, unit_id: int | None) -> bool:
        return any(p.unit_id == unit_id and p.role == Role.LEDER for p in self.posts)

    @property
    def role_label(self) -> str:
        """A short description for the audit trail: roles and unit kinds, no names."""
        return ",".join(sorted(f"{p.role}@{p.unit_kind}" for p in self.posts))[:40]


@dataclass(frozen=True)
class CaseFacts:
    unit_id: int | None
    stafettholder_id: int | None
    reported_to_barnevern: bool
    active_participant_ids: frozenset[int]
    #: Who holds an emergency access (break-glass) to the case that has not yet run out.
    break_glass_ids: frozenset[int] = frozenset()


def may_view(actor: Actor, case: CaseFacts) -> bool:
    return (
        has_a_role(actor, case)
        or actor.leads(case.unit_id)
        or actor.user_id in case.break_glass_ids
    )


def has_a_role(actor: Actor, case: CaseFacts) -> bool:
    """A part in the case itself: participant, stafettholder, or barnevern on a reported case
    (not the unit's leadership, not an emergency access)."""
    return (
        actor.user_id in case.active_participant_ids
        or actor.user_id == case.stafettholder_id
        or (case.reported_to_barnevern and actor.is_barnevern)
    )


def only_as_leader(actor: Actor, case: CaseFacts) -> bool:
    """Whether ``actor`` may see the case only because they lead its unit: no part in it,
    not its stafettholder, not barnevern on a reported case. Such reads are marked in the
    audit trail, so a review of leaders' access can find them."""
    return actor.leads(case.unit_id) and not (
        actor.user_id in case.active_participant_ids
        or actor.user_id == case.stafettholder_id
        or (case.reported_to_barnevern and actor.is_barnevern)
    )


def only_by_break_glass(actor: Actor, case: CaseFacts) -> bool:
    """Whether ``actor`` may see the case only through an emergency access: such reads are
    marked in the audit trail and flagged in the leader's review."""
    return (
        actor.user_id in case.break_glass_ids
        and not has_a_role(actor, case)
        and not actor.leads(case.unit_id)
    )


def may_see_health_entry(
    *, health_personnel: bool, services: Iterable[str], consented: Iterable[str]
) -> bool:
    """Whether a reader may see an entry marked «Kun for helsepersonell».

    Health personnel always may. Anyone else only through a service they take part in the case
    through (``services``, unit kinds) that a consent valid today and including health
    information names (``consented``): the health service decides what it gives away, and
    only to the services the family named. Leading the case's unit, holding the baton without
    taking part, and reading in the citizen portal give no such service.
    """
    return health_personnel or not set(services).isdisjoint(consented)
