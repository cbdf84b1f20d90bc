"""Handing over the baton beyond the scenarios: who may do what, audit and events, the
municipality's refusals, and the invariant — exactly one stafettholder, whatever happens.

Runs once on SQLite and once on PostgreSQL (the ``world`` fixture follows ``database_url``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from bti import hookimpl
from bti.errors import NotFound, Refused
from bti.models import (
    AuditEvent,
    AuditOutcome,
    Case,
    CaseParticipant,
    EntryKind,
    HandOver,
    HandOverStatus,
    StafettloggEntry,
)
from bti.services import barnevern_help, cases, handover
from tests.services.test_stafettlogg import (
    audit_count,
    audit_events,
    build,
    open_log,
    rows,
)
from tests.support.world import World

pytestmark = pytest.mark.database


def prepare(world: World) -> World:
    """Kari holds the baton; Kjell (same school), Hege (health) and Bjørn (barnevern) take
    part under a consent; Nils (PPT) does not take part."""
    world.give_consent("Kari", ["helsestasjon", "barnevern"])
    world.bring_in("Kjell", "Nordby skole")
    world.bring_in("Hege", "Nordby helsestasjon")
    world.bring_in("Bjørn", "Eksempel barnevernstjeneste")
    open_log(world)
    return world


@pytest.fixture
def team(world: World) -> World:
    return prepare(build(world))


def holder(world: World) -> int | None:
    with world.scoped() as session:
        return session.get(Case, world.case_id).stafettholder_id


def offer(world: World, by: str, to: str):
    return world.act(by, handover.offer, case_id=world.case_id, to_user_id=world.staff[to])


def answer(world: World, by: str, verb: str, handover_id: int, **kwargs):
    service = {
        "accept": handover.accept,
        "decline": handover.decline,
        "withdraw": handover.withdraw,
    }[verb]
    return world.act(by, service, case_id=world.case_id, handover_id=handover_id, **kwargs)


# ---------------------------------------------------------------------------------------------
# Offering
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("by", "to", "reason"),
    [
        ("Kari", "Kari", "handover_to_self"),
        ("Hege", "Kjell", "not_stafettholder"),
        ("Kari", "Nils", "receiver_not_participant"),
    ],
)
def test_an_impossible_offer_is_refused_audited_and_writes_nothing(team: World, by, to, reason):
    offer(team, by, to)
    team.refused_because(reason)
    assert rows(team, HandOver) == []
    assert holder(team) == team.staff["Kari"]
    (denied,) = audit_events(team, "case.refused", AuditOutcome.DENIED)
    assert denied.detail == reason


def test_no_offer_without_an_open_stafettlogg(world: World):
    build(world)
    offer(world, "Kari", "Kari")
    world.refused_because("no_stafettlogg")


def test_one_offer_at_a_time(team: World):
    offer(team, "Kari", "Hege")
    offer(team, "Kari", "Kjell")
    team.refused_because("handover_pending")
    assert [h.to_user_id for h in rows(team, HandOver)] == [team.staff["Hege"]]


def test_an_offer_is_audited_and_announced_to_the_municipality(world: World):
    seen: list[tuple[str, int]] = []

    class Listener:
        @hookimpl
        def bti_on_handover_offered(self, case, handover, session):
            seen.append(("offered", handover.to_user_id))

        @hookimpl
        def bti_on_handover_accepted(self, case, handover, session):
            seen.append(("accepted", case.stafettholder_id))

    prepare(build(world, plugins=(Listener(),)))
    made = offer(world, "Kari", "Hege")
    assert seen == [("offered", world.staff["Hege"])]
    assert audit_events(world, "handover.offered")
    answer(world, "Hege", "accept", made.id)
    assert seen[-1] == ("accepted", world.staff["Hege"])
    assert audit_events(world, "handover.accepted")


# ---------------------------------------------------------------------------------------------
# Answering
# ---------------------------------------------------------------------------------------------


def test_the_baton_passes_only_on_acceptance(team: World):
    made = offer(team, "Kari", "Hege")
    assert holder(team) == team.staff["Kari"]
    accepted = answer(team, "Hege", "accept", made.id)
    assert holder(team) == team.staff["Hege"]
    assert accepted.status == HandOverStatus.ACCEPTED
    assert accepted.answered_at is not None
    # Kari stays in the case (samtidighetsansvar) without the baton.
    with team.scoped() as session:
        kari = session.exec(
            select(CaseParticipant).where(
                CaseParticipant.case_id == team.case_id,
                CaseParticipant.user_id == team.staff["Kari"],
            )
        ).one()
    assert kari.own_part_closed_at is None


@pytest.mark.parametrize(
    ("by", "verb"),
    [("Kjell", "accept"), ("Kari", "accept"), ("Kjell", "decline"), ("Hege", "withdraw")],
)
def test_only_the_receiver_answers_and_only_the_offerer_withdraws(team: World, by, verb):
    made = offer(team, "Kari", "Hege")
    answer(team, by, verb, made.id)
    assert isinstance(team.error, Refused)
    assert team.error.reason in {"not_receiver", "not_offerer"}
    (still,) = rows(team, HandOver)
    assert still.status == HandOverStatus.OFFERED
    assert holder(team) == team.staff["Kari"]


def test_a_declined_offer_keeps_the_baton_and_logs_the_reason(team: World):
    made = offer(team, "Kari", "Hege")
    declined = answer(team, "Hege", "decline", made.id, note="Skolen er nærmest Ola")
    assert declined.status == HandOverStatus.DECLINED
    assert holder(team) == team.staff["Kari"]
    (note,) = rows(team, StafettloggEntry)
    assert (note.kind, note.text, note.author_id) == (
        EntryKind.NOTE,
        "Skolen er nærmest Ola",
        team.staff["Hege"],
    )
    assert audit_events(team, "handover.declined")


@pytest.mark.parametrize("first", ["accept", "decline", "withdraw"])
def test_an_answered_offer_cannot_be_answered_again(team: World, first):
    made = offer(team, "Kari", "Hege")
    answer(team, "Kari" if first == "withdraw" else "Hege", first, made.id)
    assert team.error is None
    answer(team, "Hege", "accept", made.id)
    team.refused_because("handover_not_pending")


def test_an_offer_from_another_case_is_not_found(team: World):
    made = offer(team, "Kari", "Hege")
    team.open_case("Kari", "Ola")
    open_log(team)
    answer(team, "Hege", "accept", made.id)
    assert isinstance(team.error, NotFound)


def test_an_offer_lapses_once_barnevern_has_taken_the_baton(team: World):
    made = offer(team, "Kari", "Hege")
    team.act_ok("Bjørn", barnevern_help.set_barnevern_help, case_id=team.case_id, helping=True)
    (lapsed,) = [h for h in rows(team, HandOver) if h.id == made.id]
    assert lapsed.status == HandOverStatus.WITHDRAWN and lapsed.answered_at is not None
    answer(team, "Hege", "accept", made.id)
    team.refused_because("handover_not_pending")
    assert holder(team) == team.staff["Bjørn"]
    # The stale offer does not block barnevern's own hand-overs once its help has ended.
    team.act_ok("Bjørn", barnevern_help.set_barnevern_help, case_id=team.case_id, helping=False)
    offer(team, "Bjørn", "Kari")
    assert team.error is None


def test_barnevern_keeps_the_baton_while_it_helps_and_the_refusal_is_audited(team: World):
    team.act_ok("Bjørn", barnevern_help.set_barnevern_help, case_id=team.case_id, helping=True)
    before = len(rows(team, HandOver))
    offer(team, "Bjørn", "Kari")
    team.refused_because("barnevern_keeps_baton")
    assert len(rows(team, HandOver)) == before
    (denied,) = audit_events(team, "handover.offer", AuditOutcome.DENIED)
    assert denied.detail == "barnevern_keeps_baton"


def test_the_municipality_is_asked_again_on_acceptance(world: World):
    class NotToHealth:
        """A municipality's own rule, switched on after the offer was made."""

        active = False

        @hookimpl
        def bti_handover_refusal(self, case, from_user_id, to_user_id, session):
            if self.active:
                return Refused("municipal_rule", "Not now.")
            return None

    rule = NotToHealth()
    prepare(build(world, plugins=(rule,)))
    made = offer(world, "Kari", "Hege")
    assert world.error is None
    rule.active = True
    answer(world, "Hege", "accept", made.id)
    world.refused_because("municipal_rule")
    assert holder(world) == world.staff["Kari"]
    assert audit_events(world, "handover.accept", AuditOutcome.DENIED)[0].detail == (
        "municipal_rule"
    )


def test_a_closed_case_hands_nothing_over(team: World):
    made = offer(team, "Kari", "Hege")
    team.act_ok("Kari", cases.decide, case_id=team.case_id, outcome="close", rationale="Ferdig.")
    answer(team, "Hege", "accept", made.id)
    team.refused_because("case_closed")


# ---------------------------------------------------------------------------------------------
# The invariant: exactly one stafettholder, whatever sequence of actions
# ---------------------------------------------------------------------------------------------

# «holder» and «receiver» stand for whoever holds the baton, or was last offered it, when
# the step runs, so that most sequences get somewhere; the rest try what must be refused.
STEPS = (
    ("offer", "holder", "Hege"),
    ("accept", "receiver", None),
    ("offer", "holder", "Kjell"),
    ("decline", "receiver", None),
    ("offer", "holder", "Bjørn"),
    ("withdraw", "holder", "receiver"),
    ("barnevern_help", "Bjørn", True),
    ("barnevern_help", "Bjørn", False),
    ("offer", "holder", "Kari"),
    ("offer", "holder", "holder"),
    ("offer", "holder", "Nils"),
    ("offer", "Hege", "Kjell"),
    ("offer", "Nils", "Kari"),
    ("accept", "Kjell", None),
    ("decline", "Kari", None),
    ("withdraw", "Hege", "receiver"),
    ("withdraw", "Nils", "receiver"),
)


@dataclass
class Model:
    """What the rules say the case should look like."""

    holder: str
    helping: bool = False
    offers: list[dict] = field(default_factory=list)  # {"from", "to", "status"}

    def pending(self) -> dict | None:
        waiting = [o for o in self.offers if o["status"] == "offered" and o["from"] == self.holder]
        assert len(waiting) <= 1
        return waiting[0] if waiting else None

    def latest_to(self, name: str) -> int | None:
        indices = [i for i, o in enumerate(self.offers) if o["to"] == name]
        return indices[-1] if indices else None

    def refused_by_barnevern(self, to: str) -> bool:
        return self.helping and to != "Bjørn"


def _apply(world: World, model: Model, ids: list[int], step: tuple) -> bool:
    """Do one action on the case and on the model; check they agree. False when the
    action had nothing to act on (no offer to answer)."""
    verb, who, other = step
    receiver = model.offers[-1]["to"] if model.offers else None
    who = {"holder": model.holder, "receiver": receiver}.get(who, who)
    other = {"holder": model.holder, "receiver": receiver}.get(other, other)
    if who is None or (verb == "withdraw" and other is None):
        return False
    if verb == "offer":
        ok = (
            who == model.holder
            and other != who
            and model.pending() is None
            and other != "Nils"
            and not model.refused_by_barnevern(other)
        )
        made = offer(world, who, other)
        event(f"offer {'done' if ok else 'refused'}")
        assert (world.error is None) is ok, (step, world.error)
        if ok:
            model.offers.append({"from": who, "to": other, "status": "offered"})
            ids.append(made.id)
    elif verb in ("accept", "decline"):
        index = model.latest_to(who)
        if index is None:
            return False
        o = model.offers[index]
        ok = o["status"] == "offered"
        if verb == "accept":
            ok = ok and o["from"] == model.holder and not model.refused_by_barnevern(who)
        answer(world, who, verb, ids[index])
        assert (world.error is None) is ok, (step, world.error)
        event(f"{verb} {'done' if ok else 'refused'}")
        if ok:
            o["status"] = "accepted" if verb == "accept" else "declined"
            if verb == "accept":
                model.holder = who
    elif verb == "withdraw":
        index = model.latest_to(other)
        if index is None:
            return False
        o = model.offers[index]
        ok = o["status"] == "offered" and o["from"] == who
        answer(world, who, "withdraw", ids[index])
        event(f"withdraw {'done' if ok else 'refused'}")
        assert (world.error is None) is ok, (step, world.error)
        if ok:
            o["status"] = "withdrawn"
    else:
        world.act_ok(
            "Bjørn", barnevern_help.set_barnevern_help, case_id=world.case_id, helping=other
        )
        model.helping = other
        if other:
            model.holder = "Bjørn"
            for waiting in model.offers:  # offers waiting for an answer lapse
                if waiting["status"] == "offered":
                    waiting["status"] = "withdrawn"
    return True


def _check(world: World, model: Model, ids: list[int]) -> None:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        offers = {
            h.id: h for h in session.exec(select(HandOver).where(HandOver.case_id == case.id))
        }
        active = set(
            session.exec(
                select(CaseParticipant.user_id).where(
                    CaseParticipant.case_id == case.id,
                    CaseParticipant.own_part_closed_at.is_(None),
                )
            )
        )
    assert case.stafettholder_id is not None, "the stafettlogg lost its stafettholder"
    assert case.stafettholder_id == world.staff[model.holder]
    assert case.stafettholder_id in active, "the stafettholder does not take part in the case"
    assert sorted(offers) == sorted(ids), "an offer was half-written or lost"
    for hid, expected in zip(ids, model.offers, strict=True):
        assert offers[hid].status == expected["status"]
        assert (offers[hid].answered_at is None) == (expected["status"] == "offered")
    waiting = [
        h
        for h in offers.values()
        if h.status == HandOverStatus.OFFERED and h.from_user_id == case.stafettholder_id
    ]
    assert len(waiting) <= 1


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.sampled_from(STEPS), min_size=1, max_size=10))
def test_exactly_one_stafettholder_after_any_sequence(world: World, steps):
    if not world.staff:
        build(world)
    else:
        world.open_case("Kari", "Ola")  # a fresh case for each example
    prepare(world)
    model, ids = Model(holder="Kari"), []
    for step in [("offer", "holder", "Hege"), *steps]:
        before = audit_count(world)
        if _apply(world, model, ids, step):
            assert audit_count(world) > before, f"no audit event for {step}"
        _check(world, model, ids)


def test_audit_events_name_no_person(team: World):
    made = offer(team, "Kari", "Hege")
    answer(team, "Hege", "decline", made.id, note="Per og Lise ønsker skolen")
    with team.scoped() as session:
        details = [e.detail for e in session.exec(select(AuditEvent))]
    assert not [d for d in details if "Per" in d or "Lise" in d or "Ola" in d]
