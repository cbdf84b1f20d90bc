"""Registering the guardians and the custody arrangement (services.custody): the arrangement
is registered only when the guardians fit it, as the consent rules read it; a change that
breaks it clears it; a guardian the record names cannot be removed; every change audited
once, without names; closed cases and guardians kept out refuse.

Source: 000_0e1a3820b93a5dea.txt (Bærum), «Samtykkeerklæring»: «Der foreldre bor sammen, er
det tilstrekkelig at den ene skriver under. Der foreldre ikke bor sammen, er det den som har
den daglige omsorgen som skal skrive under. Er det delt omsorg skal begge skrive under.»
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlmodel import select

from bti.demo.identity import make_fodselsnummer
from bti.models import (
    AuditEvent,
    Case,
    Custody,
    Guardian,
    Meeting,
    MeetingInvitee,
    utcnow,
)
from bti.rules.consent import GuardianFacts
from bti.rules.custody import mismatch
from bti.services import cases, consents, custody, meetings
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database

SYNTHETIC = make_fodselsnummer(date(1985, 1, 17), female=True, rng=random.Random(3))


@pytest.fixture
def world(make_world, database_url) -> World:
    """Kari has opened a case about Ola (9); nothing is registered about his guardians."""
    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.open_case("Kari", "Ola")
    return world


def add(world: World, name: str, by: str = "Kari", **kwargs) -> int | None:
    change = world.act(by, custody.add_guardian, case_id=world.case_id, name=name, **kwargs)
    if change is not None:
        world.guardians[name] = change.guardian_id
        return change.guardian_id
    return None


def arrangement(world: World) -> Custody | None:
    return world.subject("Ola").custody


def rows(world: World) -> list[Guardian]:
    with world.scoped() as session:
        return list(session.exec(select(Guardian).order_by(Guardian.id)))


def changes(world: World) -> list[tuple[str, str]]:
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent)
            .where(AuditEvent.case_ref == world.case_id, AuditEvent.action.like("guardians.%"))
            .order_by(AuditEvent.id)
        )
        return [(e.action, e.detail) for e in events]


# -- the rule ---------------------------------------------------------------------------------

P, C = True, True  # parental responsibility, daily care


@pytest.mark.parametrize(
    ("arrangement_", "guardians", "fits"),
    [
        ("sammen", [(P, False), (P, False)], True),
        ("sammen", [(P, C)], False),  # one parent registered: the other is missing
        ("sammen", [(P, C), (P, C), (P, C)], False),
        ("daglig_omsorg", [(P, C), (P, False)], True),
        ("daglig_omsorg", [(P, C)], True),  # only the one who signs is needed
        ("daglig_omsorg", [(P, C), (P, C)], False),
        ("daglig_omsorg", [(P, False), (False, C)], False),  # care without responsibility
        ("delt_omsorg", [(P, C), (P, C)], True),
        ("delt_omsorg", [(P, C), (P, False)], False),
        ("ene", [(P, C), (False, False)], True),
        ("ene", [(P, C), (P, False)], False),
        ("offentlig", [(P, C)], True),
        ("offentlig", [], False),
        (None, [], True),
    ],
)
def test_the_guardians_fit_the_arrangement_as_the_consent_rules_read_it(
    arrangement_, guardians, fits
):
    facts = [GuardianFacts(i, r, c) for i, (r, c) in enumerate(guardians, start=1)]
    assert (mismatch(arrangement_, facts) is None) is fits


# -- registering --------------------------------------------------------------------------------


def test_guardians_and_arrangement_registered_make_a_consent_possible(world):
    assert not consents_possible(world)
    add(world, "Per", relation="far", daily_care=True, phone="912 34 567")
    add(world, "Lise", relation="mor", daily_care=True, fodselsnummer=SYNTHETIC,
        allow_synthetic=True)  # fmt: skip
    world.act_ok("Kari", custody.set_custody, case_id=world.case_id, custody="delt_omsorg")
    assert arrangement(world) == Custody.DELT_OMSORG
    per, lise = rows(world)
    assert (per.relation, per.phone, per.fodselsnummer) == ("far", "912 34 567", None)
    assert lise.fodselsnummer == SYNTHETIC
    consent = world.give_consent("Kari", ["ppt"], signers=("Per", "Lise"))
    assert consent.status == "given"
    # One event per action, the access itself; no names, numbers or phones.
    assert changes(world) == [
        ("guardians.add", ""),
        ("guardians.add", ""),
        ("guardians.custody", ""),
    ]


def consents_possible(world: World) -> bool:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        return consents.requirement_for(session, municipality=world.kommune, case=case).possible


def test_a_synthetic_number_is_refused_where_synthetic_numbers_are_not_allowed(world):
    add(world, "Lise", fodselsnummer=SYNTHETIC)
    world.invalid_field("fodselsnummer")
    add(world, "Lise", fodselsnummer="1234")
    world.invalid_field("fodselsnummer")
    assert rows(world) == []


def test_a_number_belongs_to_one_guardian_and_not_to_the_child(world):
    add(world, "Lise", fodselsnummer=SYNTHETIC, allow_synthetic=True)
    add(world, "Per", fodselsnummer=SYNTHETIC, allow_synthetic=True)
    world.invalid_field("fodselsnummer")
    per = add(world, "Per")
    world.act(
        "Kari",
        custody.correct_guardian,
        case_id=world.case_id,
        guardian_id=per,
        name="Per",
        fodselsnummer=SYNTHETIC,
        allow_synthetic=True,
    )
    world.invalid_field("fodselsnummer")
    # Lise keeps her own number when she is corrected.
    world.act_ok(
        "Kari",
        custody.correct_guardian,
        case_id=world.case_id,
        guardian_id=world.guardians["Lise"],
        name="Lise Olsen",
        fodselsnummer=SYNTHETIC,
        allow_synthetic=True,
    )
    assert [(g.name, g.fodselsnummer) for g in rows(world)] == [
        ("Lise Olsen", SYNTHETIC),
        ("Per", None),
    ]


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("name", {"name": " "}),
        ("name", {"name": "x" * 161}),
        ("relation", {"relation": "x" * 41}),
        ("phone", {"phone": "ring meg"}),
    ],
)
def test_what_a_person_would_check_is_refused_beside_the_field(world, field, kwargs):
    world.act("Kari", custody.add_guardian, case_id=world.case_id, **{"name": "Lise", **kwargs})
    world.invalid_field(field)
    assert rows(world) == []


def test_an_arrangement_the_guardians_do_not_fit_is_refused(world):
    add(world, "Lise", daily_care=True)
    world.act("Kari", custody.set_custody, case_id=world.case_id, custody="sammen")
    world.invalid_field("custody")
    world.act("Kari", custody.set_custody, case_id=world.case_id, custody="noe annet")
    world.invalid_field("custody")
    assert arrangement(world) is None
    world.act_ok("Kari", custody.set_custody, case_id=world.case_id, custody="ene")
    assert arrangement(world) == Custody.ENE


def test_a_change_that_breaks_the_arrangement_clears_it_and_then_everyone_responsible_signs(
    world,
):
    add(world, "Per", daily_care=False)
    add(world, "Lise", daily_care=True)
    world.act_ok("Kari", custody.set_custody, case_id=world.case_id, custody="daglig_omsorg")
    change = world.act_ok(
        "Kari",
        custody.correct_guardian,
        case_id=world.case_id,
        guardian_id=world.guardians["Per"],
        name="Per",
        daily_care=True,
    )
    assert change.custody_cleared and arrangement(world) is None
    with world.scoped() as session:
        requirement = consents.requirement_for(
            session, municipality=world.kommune, case=session.get(Case, world.case_id)
        )
    assert requirement.rule == "guardians_unknown"
    assert requirement.alternatives == (frozenset(world.guardians.values()),)
    # Now they share daily care, and say so.
    world.act_ok("Kari", custody.set_custody, case_id=world.case_id, custody="delt_omsorg")
    assert [action for action, _detail in changes(world)] == [
        "guardians.add",
        "guardians.add",
        "guardians.custody",
        "guardians.correct",
        "guardians.custody",
    ]


def test_a_change_that_keeps_the_arrangement_keeps_it(world):
    add(world, "Per")
    world.act_ok("Kari", custody.set_custody, case_id=world.case_id, custody="ene")
    add(world, "Stefar", parental_responsibility=False, daily_care=True)
    assert not world.result.custody_cleared
    assert arrangement(world) == Custody.ENE


# -- removing -----------------------------------------------------------------------------------


def test_a_guardian_registered_by_mistake_goes_with_their_invitations_to_meetings_ahead(world):
    per = add(world, "Per")
    world.act_ok(
        "Kari",
        meetings.plan,
        case_id=world.case_id,
        kind="samarbeidsmote",
        starts_at=utcnow() + timedelta(days=3),
        place="Skolen",
        agenda="Samtale",
        guardian_ids=[per],
    )
    world.act_ok("Kari", custody.remove_guardian, case_id=world.case_id, guardian_id=per)
    assert rows(world) == []
    with world.scoped() as session:
        assert (
            session.exec(
                select(MeetingInvitee).where(MeetingInvitee.guardian_id.is_not(None))
            ).all()
            == []
        )
    assert changes(world)[-1] == ("guardians.remove", "")


def test_a_guardian_who_signed_or_met_cannot_be_removed(world):
    per = add(world, "Per", daily_care=True)
    lise = add(world, "Lise", daily_care=True)
    world.act_ok("Kari", custody.set_custody, case_id=world.case_id, custody="sammen")
    world.give_consent("Kari", ["ppt"], signers=("Per",))
    meeting = world.act_ok(
        "Kari",
        meetings.plan,
        case_id=world.case_id,
        kind="samarbeidsmote",
        starts_at=utcnow() + timedelta(days=3),
        place="Skolen",
        agenda="Samtale",
        guardian_ids=[lise],
    )
    with world.transaction() as session:
        held = session.get(Meeting, meeting.id)
        held.held_at = utcnow()
        session.add(held)
    for guardian in (per, lise):
        world.act("Kari", custody.remove_guardian, case_id=world.case_id, guardian_id=guardian)
        world.refused_because("guardian_in_record")
    assert len(rows(world)) == 2


# -- who may ------------------------------------------------------------------------------------


def test_someone_without_a_part_in_the_case_finds_no_case(world):
    add(world, "Per", by="Truls")
    assert type(world.error).__name__ == "NotFound"
    per = add(world, "Per")
    world.act("Truls", custody.remove_guardian, case_id=world.case_id, guardian_id=per)
    assert type(world.error).__name__ == "NotFound"
    assert len(rows(world)) == 1


def test_a_guardian_of_another_child_cannot_be_reached_through_this_case(world):
    world.child("Mia", birth_date=birth_date_for(8))
    other = world.guardian("Mor til Mia", "Mia")
    world.act("Kari", custody.remove_guardian, case_id=world.case_id, guardian_id=other)
    assert type(world.error).__name__ == "NotFound"


def test_a_closed_case_refuses(world):
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.status = "closed"
        session.add(case)
    add(world, "Per")
    world.refused_because("case_closed")
    world.act("Kari", custody.set_custody, case_id=world.case_id, custody="ene")
    world.refused_because("case_closed")


def test_while_a_report_keeps_the_guardians_out_nothing_about_them_changes(world):
    per = add(world, "Per")
    world.act_ok("Kari", cases.report_to_barnevern, case_id=world.case_id, recipient="Mottak")
    for service, kwargs in [
        (custody.add_guardian, {"name": "Lise"}),
        (custody.correct_guardian, {"guardian_id": per, "name": "Per Olsen"}),
        (custody.remove_guardian, {"guardian_id": per}),
        (custody.set_custody, {"custody": "ene"}),
    ]:
        world.act("Kari", service, case_id=world.case_id, **kwargs)
        world.refused_because("guardians_kept_out")
    assert [g.name for g in rows(world)] == ["Per"]
    assert arrangement(world) is None


# -- the youth's own contact details -----------------------------------------------------------


def test_the_youth_gets_own_contact_details_checked_and_audited(world):
    def events() -> list:
        with world.scoped() as session:
            return session.exec(
                select(AuditEvent.action).where(AuditEvent.action == "subject.contact")
            ).all()

    world.act("Kari", custody.set_contact, case_id=world.case_id, email="ola@")
    world.invalid_field("email")
    assert world.subject("Ola").email is None
    tried = len(events())
    world.act_ok(
        "Kari", custody.set_contact, case_id=world.case_id, phone="987 65 432", email="o@x.no"
    )
    ola = world.subject("Ola")
    assert (ola.phone, ola.email) == ("987 65 432", "o@x.no")
    assert len(events()) == tried + 1
