"""Random sequences of user actions on a case keep the rules that hold in every municipality.

After every action, whatever it was and whether it was refused:

* there is at most one stafettholder, and the baton is with someone taking part in the case,
  with at most one hand-over waiting for an answer;
* no service from outside the case's own unit takes part without a consent that named it
  and was given before they joined;
* the action left at least one audit event (allowed or denied);
* a refused action wrote nothing but its audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel, select

from bti.models import (
    AuditEvent,
    Case,
    CaseParticipant,
    Consent,
    ConsentService,
    HandOver,
    HandOverStatus,
    TenantScoped,
    Unit,
)
from bti.services import access, cases, consents, handover, participants, stafettlogg
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database

TODAY = date.today()


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.employee("Hege", "Nordby helsestasjon")
    world.employee("Pål", "Eksempel PPT")
    world.employee("Truls", "Sørby skole")
    return world


def _new_case(world: World, number: int) -> None:
    child = f"Barn{number}"
    world.child(child, birth_date=birth_date_for(9))
    world.set_custody(child, "sammen")
    world.guardians.clear()
    world.guardian(f"Mor{number}", child)
    world.guardian(f"Far{number}", child)
    world.open_case("Kari", child)


def _latest(world: World, model, **where):
    with world.scoped() as session:
        query = select(model).where(model.case_id == world.case_id)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return session.exec(query.order_by(model.id.desc())).first()


def _register(world: World, service: str) -> None:
    world.act(
        "Kari",
        consents.register,
        case_id=world.case_id,
        services=[service],
        valid_from=TODAY,
        valid_to=TODAY + timedelta(days=90),
    )


def _sign(world: World, guardian: int) -> None:
    """One guardian signs the newest consent (one action, like one signature on paper)."""
    consent = _latest(world, Consent)
    if consent is None:  # still an action on the case: a read
        world.act("Kari", access.get_case, case_id=world.case_id)
        return
    signer = list(world.guardians.values())[guardian]
    world.act("Kari", consents.sign, consent_id=consent.id, signer=signer, signed_on=TODAY)


def _withdraw(world: World) -> None:
    given_consent = _latest(world, Consent, status="given")
    if given_consent is None:
        world.act("Kari", access.get_case, case_id=world.case_id)
    else:
        world.act("Kari", consents.withdraw, consent_id=given_consent.id, note="Trukket")


def _add(world: World, name: str, unit: str) -> None:
    world.act(
        "Kari",
        participants.add,
        case_id=world.case_id,
        user_id=world.staff[name],
        unit_id=world.units[unit],
    )


def _decide(world: World, outcome: str) -> None:
    world.act("Kari", cases.decide, case_id=world.case_id, outcome=outcome, rationale="Vurdert")


def _holder(world: World) -> str:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
    by_id = {v: k for k, v in world.staff.items()}
    return by_id.get(case.stafettholder_id, "Kari")


def _offer(world: World, to: str) -> None:
    world.act(_holder(world), handover.offer, case_id=world.case_id, to_user_id=world.staff[to])


def _answer(world: World, service: Callable) -> None:
    pending = _latest(world, HandOver, status=HandOverStatus.OFFERED)
    if pending is None:
        world.act("Hege", access.get_case, case_id=world.case_id)
        return
    receiver = {v: k for k, v in world.staff.items()}[pending.to_user_id]
    world.act(receiver, service, case_id=world.case_id, handover_id=pending.id)


ACTIONS: dict[str, Callable[[World], None]] = {
    "read by an outsider": lambda w: w.act("Truls", access.get_case, case_id=w.case_id),
    "read": lambda w: w.act("Kari", access.get_case, case_id=w.case_id),
    "consent for the health station": lambda w: _register(w, "helsestasjon"),
    "consent for PPT": lambda w: _register(w, "ppt"),
    "mother signs": lambda w: _sign(w, 0),
    "father signs": lambda w: _sign(w, 1),
    "consent withdrawn": _withdraw,
    "health nurse added": lambda w: _add(w, "Hege", "Nordby helsestasjon"),
    "PPT added": lambda w: _add(w, "Pål", "Eksempel PPT"),
    "to level 1": lambda w: _decide(w, "level_1"),
    "to level 2": lambda w: _decide(w, "level_2"),
    "back to level 1": lambda w: _decide(w, "level_1"),
    "stafettlogg opened": lambda w: w.act(
        "Kari",
        stafettlogg.open_stafettlogg,
        case_id=w.case_id,
        holder_id=w.staff["Kari"],
    ),
    "baton offered to the nurse": lambda w: _offer(w, "Hege"),
    "baton offered to oneself": lambda w: _offer(w, _holder(w)),
    "hand-over accepted": lambda w: _answer(w, handover.accept),
    "hand-over declined": lambda w: _answer(w, handover.decline),
}


def _counts(world: World) -> dict[str, int]:
    """Rows per case table, audit events apart."""
    with world.scoped() as session:
        return {
            table.name: session.exec(select(sa.func.count()).select_from(table)).one()
            for table in SQLModel.metadata.sorted_tables
            if table.name != "auditevent" and issubclass(_model_for(table.name), TenantScoped)
        }


def _model_for(name: str) -> type:
    for mapper in SQLModel._sa_registry.mappers:
        if mapper.local_table.name == name:
            return mapper.class_
    raise KeyError(name)


def _audit_count(world: World) -> int:
    with world.scoped() as session:
        return session.exec(select(sa.func.count()).select_from(AuditEvent)).one()


def _check_invariants(world: World) -> None:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        active = session.exec(
            select(CaseParticipant).where(
                CaseParticipant.case_id == case.id, CaseParticipant.own_part_closed_at.is_(None)
            )
        ).all()
        pending = session.exec(
            select(HandOver).where(
                HandOver.case_id == case.id, HandOver.status == HandOverStatus.OFFERED
            )
        ).all()
        assert len(pending) <= 1, "more than one hand-over waits for an answer"
        if case.stafettholder_id is not None:
            assert case.stafettholder_id in {p.user_id for p in active}, "baton outside the case"
        for participant in active:
            unit = session.get(Unit, participant.unit_id)
            if unit.id == case.unit_id:
                continue
            named = session.exec(
                select(Consent)
                .join(ConsentService, ConsentService.consent_id == Consent.id)
                .where(
                    Consent.case_id == case.id,
                    ConsentService.service == unit.kind,
                    Consent.given_at.is_not(None),
                    Consent.given_at <= participant.joined_at,
                )
            ).all()
            assert named, f"{unit.kind} takes part without a consent that named it"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.sampled_from(sorted(ACTIONS)), min_size=1, max_size=10))
def test_random_actions_keep_the_rules(world, steps):
    world.deployment.database()
    number = len(world.children) + 1
    _new_case(world, number)
    for step in steps:
        counts, audited = _counts(world), _audit_count(world)
        ACTIONS[step](world)
        assert _audit_count(world) > audited, f"{step}: no audit event"
        if world.error is not None:
            assert _counts(world) == counts, f"{step}: refused but wrote {world.error!r}"
        _check_invariants(world)
