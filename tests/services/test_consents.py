"""Consent through the service layer: refusals write nothing, every step is audited, and no
service is ever covered without a given consent, valid today, that names it."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import given as for_all
from hypothesis import strategies as st
from sqlmodel import select

from bti import clock, hookimpl
from bti.errors import InvalidInput, NotFound, Refused
from bti.models import (
    AuditEvent,
    Case,
    CaseParticipant,
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Custody,
)
from bti.rules import consent as rules
from bti.services import audit, consents, participants
from tests.support.deployment import Deployment
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database


def _world(make_world, database_url, *plugins: object) -> World:
    world = make_world(database_url=database_url, plugins=plugins)
    world.employee("Kari", "Nordby skole")
    world.employee("Hege", "Nordby helsestasjon")
    world.employee("Truls", "Sørby skole")
    return world


def _child_with_parents(world: World, name: str, *, age: int = 9, custody=Custody.DELT_OMSORG):
    world.child(name, birth_date=birth_date_for(age))
    world.set_custody(name, custody)
    world.guardian(f"Per {name}", name, daily_care=custody != Custody.DAGLIG_OMSORG)
    world.guardian(f"Lise {name}", name, daily_care=True)
    return world.open_case("Kari", name)


@pytest.fixture
def world(make_world, database_url) -> World:
    world = _world(make_world, database_url)
    _child_with_parents(world, "Ola")
    return world


def today(world: World):
    return clock.today(world.kommune)


def register(world: World, by: str = "Kari", **kwargs):
    defaults = {
        "case_id": world.case_id,
        "services": ["helsestasjon"],
        "valid_from": today(world),
        "valid_to": today(world) + timedelta(days=180),
    }
    return world.act(by, consents.register, **{**defaults, **kwargs})


def sign(world: World, consent_id: int, signer, by: str = "Kari", **kwargs):
    return world.act(
        by,
        consents.sign,
        consent_id=consent_id,
        signer=signer,
        signed_on=kwargs.pop("signed_on", today(world)),
    )


def rows(world: World, model, *where):
    with world.scoped() as session:
        return list(session.exec(select(model).where(*where)))


def events(world: World, **match) -> list[AuditEvent]:
    found = rows(world, AuditEvent)
    return [e for e in found if all(getattr(e, k) == v for k, v in match.items())]


# ---------------------------------------------------------------------------------------------
# Nothing half-written
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"services": []}, "services"),
        ({"services": ["helsestasjon", "tannlege"]}, "services"),
        ({"valid_to_days": -1, "valid_from_days": 10}, "valid_to"),
        ({"valid_to_days": -1, "valid_from_days": -30}, "valid_to"),
    ],
    ids=["ingen tjenester", "ukjent tjeneste", "slutter før start", "allerede utløpt"],
)
def test_a_refused_registration_writes_nothing(world, kwargs, field):
    kwargs = dict(kwargs)
    if "valid_to_days" in kwargs:
        kwargs["valid_to"] = today(world) + timedelta(days=kwargs.pop("valid_to_days"))
        kwargs["valid_from"] = today(world) + timedelta(days=kwargs.pop("valid_from_days"))
    assert register(world, **kwargs) is None
    assert isinstance(world.error, InvalidInput) and world.error.field == field
    assert rows(world, Consent) == []
    assert rows(world, ConsentService) == []


def test_a_failing_reaction_to_a_given_consent_leaves_no_signature(make_world, database_url):
    class Failing:
        @hookimpl
        def bti_on_consent_given(self, case, consent, session):
            raise RuntimeError("the archive is down")

    world = _world(make_world, database_url, Failing())
    _child_with_parents(world, "Ola", custody=Custody.SAMMEN)
    consent = register(world)
    with pytest.raises(RuntimeError):
        sign(world, consent.id, world.guardians["Per Ola"])
    assert rows(world, ConsentSignature) == []
    (kept,) = rows(world, Consent)
    assert kept.status == ConsentStatus.DRAFT and kept.given_at is None


def test_a_refused_participant_is_not_written(world):
    world.act(
        "Kari",
        participants.add,
        case_id=world.case_id,
        user_id=world.staff["Hege"],
        unit_id=min(world.actor("Hege").unit_ids),
    )
    assert isinstance(world.error, Refused) and world.error.reason == "no_consent_for_service"
    assert "health station" in str(world.error.message)  # the service by name, not code
    added = rows(world, CaseParticipant, CaseParticipant.user_id == world.staff["Hege"])
    assert added == []


# ---------------------------------------------------------------------------------------------
# Audit
# ---------------------------------------------------------------------------------------------


def test_each_consent_step_is_audited_and_the_chain_holds(world):
    consent = register(world)
    sign(world, consent.id, world.guardians["Per Ola"])
    sign(world, consent.id, world.guardians["Lise Ola"])
    world.act_ok("Kari", consents.withdraw, consent_id=consent.id, note="Trakk seg.")
    kari = world.staff["Kari"]
    for action, count in [("consent.register", 1), ("consent.sign", 2), ("consent.withdraw", 1)]:
        found = events(world, action=action, outcome="allowed", case_ref=world.case_id)
        assert len(found) == count, action
        assert all(e.actor_id == kari for e in found)
    with world.scoped() as session:
        report = audit.verify(session)
    assert report.count > 0 and report.problems == []


def test_a_refusal_is_audited_though_nothing_else_is_kept(world):
    consent = register(world)
    sign(world, consent.id, world.guardians["Per Ola"])
    sign(world, consent.id, world.guardians["Per Ola"])
    assert isinstance(world.error, Refused) and world.error.reason == "already_signed"
    (denied,) = events(world, action="case.refused", outcome="denied")
    assert (denied.case_ref, denied.detail, denied.actor_id) == (
        world.case_id,
        "already_signed",
        world.staff["Kari"],
    )
    assert len(rows(world, ConsentSignature)) == 1
    with world.scoped() as session:
        assert audit.verify(session).problems == []


def test_someone_without_a_role_in_the_case_cannot_sign_and_is_audited(world):
    consent = register(world)
    sign(world, consent.id, world.guardians["Per Ola"], by="Truls")
    assert isinstance(world.error, NotFound)
    (denied,) = events(world, action="consent.sign", outcome="denied")
    assert denied.actor_id == world.staff["Truls"] and denied.case_ref == world.case_id
    assert rows(world, ConsentSignature) == []


def test_an_unknown_consent_looks_like_a_missing_case(world):
    sign(world, 987654, world.guardians["Per Ola"])
    assert isinstance(world.error, NotFound)
    assert events(world, action="consent.sign", outcome="denied")


def test_a_consent_in_another_municipality_cannot_be_reached(make_app, database_url):
    deployment = Deployment(make_app, database_url=database_url)
    deployment.take_into_use("Eksempel", name="Eksempel kommune", kommunenummer="9999")
    deployment.take_into_use("Annen", name="Annen kommune", kommunenummer="9998")
    here, there = World(deployment), World(deployment, kommune_name="Annen")
    here.employee("Kari", "Nordby skole")
    _child_with_parents(here, "Ola")
    consent = register(here)
    there.employee("Truls", "Sørby skole")
    there.child("Emil", birth_date=birth_date_for(9))
    there.open_case("Truls", "Emil")
    for action, kwargs in [
        (consents.sign, {"signer": here.guardians["Per Ola"], "signed_on": today(here)}),
        (consents.withdraw, {}),
        (consents.refuse, {}),
    ]:
        there.act("Truls", action, consent_id=consent.id, **kwargs)
        assert isinstance(there.error, NotFound), action.__name__
    (kept,) = rows(here, Consent)
    assert kept.status == ConsentStatus.DRAFT
    assert rows(here, ConsentSignature) == []


# ---------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------


def test_signing_twice_is_refused(world):
    consent = register(world)
    sign(world, consent.id, world.guardians["Per Ola"])
    assert world.error is None
    sign(world, consent.id, world.guardians["Per Ola"])
    assert isinstance(world.error, Refused) and world.error.reason == "already_signed"
    (kept,) = rows(world, Consent)
    assert kept.status == ConsentStatus.DRAFT


@pytest.mark.parametrize("who", ["barnet selv", "en annen forelder", "en som ikke finnes"])
def test_someone_who_is_not_a_signer_is_refused(world, who):
    olas_case = world.case_id
    _child_with_parents(world, "Emil")  # a second child, with its own parents
    signer = {
        "barnet selv": rules.SUBJECT,
        "en annen forelder": world.guardians["Per Emil"],
        "en som ikke finnes": 10_000_000,
    }[who]
    world.case_id = olas_case
    consent = register(world)
    sign(world, consent.id, signer)
    assert isinstance(world.error, Refused) and world.error.reason == "not_a_signer"
    assert rows(world, ConsentSignature) == []


def test_a_parent_does_not_sign_for_an_adult(world):
    world.case_id = _child_with_parents(world, "Jonas", age=19, custody=Custody.SAMMEN)
    consent = register(world)
    sign(world, consent.id, world.guardians["Per Jonas"])
    assert isinstance(world.error, Refused) and world.error.reason == "not_a_signer"
    sign(world, consent.id, rules.SUBJECT)
    assert world.error is None and world.result.status == ConsentStatus.GIVEN


def test_a_signature_dated_in_the_future_is_refused(world):
    consent = register(world)
    sign(world, consent.id, world.guardians["Per Ola"], signed_on=today(world) + timedelta(1))
    assert isinstance(world.error, InvalidInput) and world.error.field == "signed_on"
    assert rows(world, ConsentSignature) == []


def test_a_refused_or_withdrawn_consent_cannot_be_signed_or_withdrawn_again(world):
    refused = register(world)
    world.act_ok("Kari", consents.refuse, consent_id=refused.id, note="Nei takk.")
    sign(world, refused.id, world.guardians["Per Ola"])
    assert isinstance(world.error, Refused) and world.error.reason == "consent_not_open"
    world.act("Kari", consents.withdraw, consent_id=refused.id)
    assert isinstance(world.error, Refused) and world.error.reason == "consent_not_active"

    withdrawn = register(world)
    world.act_ok("Kari", consents.withdraw, consent_id=withdrawn.id)
    world.act("Kari", consents.withdraw, consent_id=withdrawn.id)
    assert isinstance(world.error, Refused) and world.error.reason == "consent_not_active"
    world.act("Kari", consents.refuse, consent_id=withdrawn.id)
    assert isinstance(world.error, Refused) and world.error.reason == "consent_not_open"
    statuses = {c.id: c.status for c in rows(world, Consent)}
    assert statuses == {refused.id: ConsentStatus.REFUSED, withdrawn.id: ConsentStatus.WITHDRAWN}


# ---------------------------------------------------------------------------------------------
# Property: random sequences never cover a service without a given consent valid today
# ---------------------------------------------------------------------------------------------

SOME_SERVICES = ("helsestasjon", "ppt", "barnevern")
SIGNERS = ("Per", "Lise", "selv", "fremmed")

register_action = st.tuples(
    st.just("register"),
    st.frozensets(st.sampled_from(SOME_SERVICES), max_size=3),
    st.integers(-5, 5),  # valid from, days from today
    st.integers(-3, 30),  # valid to, days from today
    st.booleans(),  # includes health information
)
sign_action = st.tuples(st.just("sign"), st.integers(0, 3), st.sampled_from(SIGNERS))
end_action = st.tuples(st.sampled_from(["withdraw", "refuse"]), st.integers(0, 3))
add_action = st.tuples(st.just("add_hege"))  # Hege from the health station joins the case


class Model:
    """What the consents of one case should be, computed apart from the services."""

    def __init__(self, requirement_for):
        self.requirement_for = requirement_for
        self.consents: list[dict] = []

    def register(self, consent_id, services, valid_from, valid_to, health):
        self.consents.append(
            {
                "id": consent_id,
                "services": services,
                "from": valid_from,
                "to": valid_to,
                "health": health,
                "status": ConsentStatus.DRAFT,
                "signed": set(),
            }
        )

    def sign(self, consent: dict, signer) -> str | None:
        """The refusal reason expected, or None when the signature is taken."""
        # A valid consent may still take a further signature; refused/withdrawn ones not.
        if consent["status"] not in (ConsentStatus.DRAFT, ConsentStatus.GIVEN):
            return "consent_not_open"
        requirement = self.requirement_for(consent["health"], consent["services"])
        allowed = set().union(*requirement.alternatives) if requirement.alternatives else set()
        if signer not in allowed:
            return "not_a_signer"
        if signer in consent["signed"]:
            return "already_signed"
        consent["signed"].add(signer)
        if requirement.satisfied_by(consent["signed"]):
            consent["status"] = ConsentStatus.GIVEN
        return None

    def covered(self, service, on) -> bool:
        return any(
            c["status"] == ConsentStatus.GIVEN
            and c["from"] <= on <= c["to"]
            and service in c["services"]
            for c in self.consents
        )


@pytest.fixture
def property_world(make_world, database_url) -> World:
    world = _world(make_world, database_url)
    _child_with_parents(world, "Fremmed")  # a guardian of another child, to sign where not allowed
    return world


_examples = itertools.count()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@for_all(
    custody=st.sampled_from([Custody.SAMMEN, Custody.DAGLIG_OMSORG, Custody.DELT_OMSORG]),
    age=st.sampled_from([9, 15, 16, 19]),
    actions=st.lists(st.one_of(register_action, sign_action, end_action, add_action), max_size=8),
)
def test_no_service_is_covered_without_a_given_consent_valid_today(
    property_world, custody, age, actions
):
    world = property_world
    name = f"Barn{next(_examples)}"
    world.case_id = _child_with_parents(world, name, age=age, custody=custody)
    signer_ids = {
        "Per": world.guardians[f"Per {name}"],
        "Lise": world.guardians[f"Lise {name}"],
        "selv": rules.SUBJECT,
        "fremmed": world.guardians["Per Fremmed"],
    }
    day = today(world)

    def requirement_for(health: bool, services) -> rules.Requirement:
        with world.scoped() as session:
            case = session.get(Case, world.case_id)
            return consents.requirement_for(
                session,
                municipality=world.kommune,
                case=case,
                includes_health_information=health,
                services=sorted(services),
            )

    model = Model(requirement_for)
    hege_takes_part = False
    for action, *args in actions:
        if action == "add_hege":
            world.act(
                "Kari",
                participants.add,
                case_id=world.case_id,
                user_id=world.staff["Hege"],
                unit_id=min(world.actor("Hege").unit_ids),
            )
            if hege_takes_part:
                expected = "already_participant"
            elif model.covered("helsestasjon", day):
                expected, hege_takes_part = None, True
            else:
                expected = "no_consent_for_service"
            actual = world.error.reason if isinstance(world.error, Refused) else world.error
            assert actual == expected, model.consents
        elif action == "register":
            services, start, end, health = args
            valid_from, valid_to = day + timedelta(start), day + timedelta(end)
            consent = register(
                world,
                services=sorted(services),
                valid_from=valid_from,
                valid_to=valid_to,
                includes_health_information=health,
            )
            should_refuse = not services or valid_to < valid_from or valid_to < day
            assert (consent is None) == should_refuse, world.error
            if consent is not None:
                model.register(consent.id, services, valid_from, valid_to, health)
        elif model.consents:
            consent = model.consents[args[0] % len(model.consents)]
            if action == "sign":
                signer = signer_ids[args[1]]
                sign(world, consent["id"], signer)
                expected = model.sign(consent, signer)
            elif action == "withdraw":
                world.act("Kari", consents.withdraw, consent_id=consent["id"])
                expected = None
                if consent["status"] in (ConsentStatus.GIVEN, ConsentStatus.DRAFT):
                    consent["status"] = ConsentStatus.WITHDRAWN
                else:
                    expected = "consent_not_active"
            else:
                world.act("Kari", consents.refuse, consent_id=consent["id"])
                expected = None
                if consent["status"] == ConsentStatus.DRAFT:
                    consent["status"] = ConsentStatus.REFUSED
                else:
                    expected = "consent_not_open"
            actual = world.error.reason if isinstance(world.error, Refused) else world.error
            assert actual == expected, (action, args)

        stored = {c.id: c.status for c in rows(world, Consent, Consent.case_id == world.case_id)}
        assert stored == {c["id"]: c["status"] for c in model.consents}
        with world.scoped() as session:
            for service in SOME_SERVICES:
                covered = consents.covers(session, case_id=world.case_id, service=service, on=day)
                assert covered == model.covered(service, day), (service, model.consents)
            valid = consents.valid_consents(session, case_id=world.case_id, on=day)
        for consent in valid:
            signed = {
                rules.SUBJECT if s.guardian_id is None else s.guardian_id
                for s in rows(world, ConsentSignature, ConsentSignature.consent_id == consent.id)
            }
            with world.scoped() as session:
                named = consents.services_of(session, consent.id)
            required = requirement_for(consent.includes_health_information, named)
            assert required.satisfied_by(signed), "a valid consent lacks a signature"
