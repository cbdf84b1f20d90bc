"""The stafettlogg and the action plan beyond the scenarios: refusals leave nothing behind,
every call is audited, and who sees health-internal entries.

Runs once on SQLite and once on PostgreSQL (the ``world`` fixture follows ``database_url``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import func, select

from bti import clock, hookimpl
from bti.defaults.levels import LEVELS
from bti.errors import InvalidInput, Refused
from bti.guide import DeadlineRule
from bti.models import (
    ActionPlanItem,
    AuditEvent,
    AuditOutcome,
    Case,
    Custody,
    Deadline,
    EntryKind,
    Meeting,
    MeetingKind,
    StafettloggEntry,
)
from bti.services import cases, consents, stafettlogg
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database

HEALTH_NOTE = "Ola har hatt vondt i magen i flere uker"


# ---------------------------------------------------------------------------------------------
# A case about Ola, 9, opened by Kari at Nordby skole (shared with test_handover)
# ---------------------------------------------------------------------------------------------


def build(world: World, *, age: int = 9, plugins: tuple = ()) -> World:
    """Eksempel kommune without its own adaptation; staff from school, health, barnevern and
    PPT; Ola with parents who live together; Kari's case about Ola."""
    world.deployment.plugins.extend(plugins)
    world.deployment.take_into_use("Eksempel", name="Eksempel kommune", kommunenummer="9999")
    world.employee("Kari", "Nordby skole")
    world.employee("Kjell", "Nordby skole")
    world.employee("Liv", "Nordby skole", "leder")
    world.employee("Hege", "Nordby helsestasjon")
    world.employee("Bjørn", "Eksempel barnevernstjeneste")
    world.employee("Nils", "Eksempel ppt")
    world.child("Ola", birth_date=birth_date_for(age), unit_name="Nordby skole")
    world.set_custody("Ola", Custody.SAMMEN)
    world.guardian("Per", "Ola")
    world.guardian("Lise", "Ola")
    world.open_case("Kari", "Ola")
    return world


def open_log(world: World, holder: str = "Kari") -> None:
    world.act_ok(
        holder, stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff[holder]
    )


def rows(world: World, model) -> list:
    with world.scoped() as session:
        return list(session.exec(select(model).order_by(model.id)))


def audit_events(world: World, action: str | None = None, outcome=None) -> list[AuditEvent]:
    with world.scoped() as session:
        query = select(AuditEvent).where(AuditEvent.case_ref == world.case_id)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        if outcome is not None:
            query = query.where(AuditEvent.outcome == outcome)
        return list(session.exec(query.order_by(AuditEvent.id)))


def audit_count(world: World) -> int:
    with world.scoped() as session:
        return session.exec(select(func.count()).select_from(AuditEvent)).one()


@pytest.fixture
def ola(world: World) -> World:
    return build(world)


@pytest.fixture
def ola_with_log(ola: World) -> World:
    open_log(ola)
    return ola


# ---------------------------------------------------------------------------------------------
# Opening the stafettlogg
# ---------------------------------------------------------------------------------------------


def test_opening_makes_one_stafettholder_and_is_audited(ola: World):
    open_log(ola)
    with ola.scoped() as session:
        assert session.get(Case, ola.case_id).stafettholder_id == ola.staff["Kari"]
    assert audit_events(ola, "stafettlogg.open", AuditOutcome.ALLOWED)
    assert audit_events(ola, "stafettlogg.opened")


def test_a_second_opening_is_refused_audited_and_changes_nothing(ola_with_log: World):
    world = ola_with_log
    world.bring_in("Kjell", "Nordby skole")
    world.act(
        "Kjell", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kjell"]
    )
    world.refused_because("stafettlogg_already_open")
    with world.scoped() as session:
        assert session.get(Case, world.case_id).stafettholder_id == world.staff["Kari"]
    (denied,) = audit_events(world, "case.refused", AuditOutcome.DENIED)
    assert denied.detail == "stafettlogg_already_open"


def test_the_stafettholder_must_take_part_in_the_case(ola: World):
    ola.act("Kari", stafettlogg.open_stafettlogg, case_id=ola.case_id, holder_id=ola.staff["Kjell"])
    ola.invalid_field("holder_id")
    with ola.scoped() as session:
        assert session.get(Case, ola.case_id).stafettholder_id is None


def test_the_stafettholder_comes_from_the_service_that_opens_the_log(ola: World):
    ola.give_consent("Kari", ["helsestasjon"])
    ola.bring_in("Hege", "Nordby helsestasjon")
    ola.act("Kari", stafettlogg.open_stafettlogg, case_id=ola.case_id, holder_id=ola.staff["Hege"])
    ola.invalid_field("holder_id")


def test_nobody_outside_the_case_can_open_its_log(ola: World):
    ola.act("Nils", stafettlogg.open_stafettlogg, case_id=ola.case_id, holder_id=ola.staff["Nils"])
    assert type(ola.error).__name__ == "NotFound"
    assert audit_events(ola, "stafettlogg.open", AuditOutcome.DENIED)


def test_a_closed_case_gets_no_new_stafettlogg_and_no_entries(ola_with_log: World):
    world = ola_with_log
    world.act_ok(
        "Kari", cases.decide, case_id=world.case_id, outcome="close", rationale="Ola trives igjen."
    )
    world.act("Kari", stafettlogg.add_entry, case_id=world.case_id, kind="note", text="Etterpå")
    world.refused_because("case_closed")


# ---------------------------------------------------------------------------------------------
# Entries
# ---------------------------------------------------------------------------------------------


def test_nothing_is_written_in_a_log_that_is_not_open(ola: World):
    ola.act("Kari", stafettlogg.add_entry, case_id=ola.case_id, kind="note", text="Et notat")
    ola.refused_because("no_stafettlogg")
    assert rows(ola, StafettloggEntry) == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": "diary", "text": "Et notat"}, "kind"),
        ({"kind": "note", "text": "   "}, "text"),
        ({"kind": "note", "text": "Et notat", "meeting_id": 999_999}, "meeting_id"),
    ],
)
def test_bad_entries_are_refused_and_nothing_is_written(ola_with_log: World, kwargs, field):
    ola_with_log.act("Kari", stafettlogg.add_entry, case_id=ola_with_log.case_id, **kwargs)
    ola_with_log.invalid_field(field)
    assert rows(ola_with_log, StafettloggEntry) == []


def test_only_health_roles_mark_an_entry_health_internal(ola_with_log: World):
    world = ola_with_log
    world.act(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="note",
        text=HEALTH_NOTE,
        health_internal=True,
    )
    world.refused_because("health_internal_needs_health_role")
    assert rows(world, StafettloggEntry) == []
    (denied,) = audit_events(world, "case.refused", AuditOutcome.DENIED)
    assert denied.detail == "health_internal_needs_health_role"


def test_an_entry_can_be_part_of_a_meetings_minutes(ola_with_log: World):
    world = ola_with_log
    with world.transaction() as session:
        meeting = Meeting(
            case_id=world.case_id,
            kind=MeetingKind.SAMARBEIDSMOTE,
            starts_at=clock.now(),
            organiser_id=world.staff["Kari"],
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    world.act_ok(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="decision",
        text="Nytt møte om fire uker",
        meeting_id=meeting_id,
    )
    world.act_ok("Kari", stafettlogg.add_entry, case_id=world.case_id, kind="note", text="Utenom")
    minutes = world.act_ok(
        "Kari", stafettlogg.minutes_of, case_id=world.case_id, meeting_id=meeting_id
    )
    assert [e.text for e in minutes] == ["Nytt møte om fire uker"]


def test_every_entry_is_audited_without_its_text(ola_with_log: World):
    world = ola_with_log
    world.act_ok(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="goal",
        text="Ola trives på skolen",
    )
    assert audit_events(world, "stafettlogg.add_entry", AuditOutcome.ALLOWED)
    (added,) = audit_events(world, "stafettlogg.entry_added")
    assert added.detail == "goal"


def test_the_timeline_is_in_order_and_reading_it_is_audited(ola_with_log: World):
    world = ola_with_log
    for text in ("Først", "Så", "Til sist"):
        world.act_ok("Kari", stafettlogg.add_entry, case_id=world.case_id, kind="note", text=text)
    before = len(audit_events(world, "stafettlogg.read"))
    timeline = world.act_ok("Kari", stafettlogg.timeline, case_id=world.case_id)
    assert [e.text for e in timeline] == ["Først", "Så", "Til sist"]
    assert len(audit_events(world, "stafettlogg.read")) == before + 1


# ---------------------------------------------------------------------------------------------
# The child's voice
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "voice", "reason", "accepted"),
    [
        (9, "", "", False),
        (9, "Jeg liker friminuttene nå", "", True),
        (9, "", "Ola ville ikke snakke om det", True),
        (7, "", "", False),
        (6, "", "", True),
        (5, "", "", True),
        (13, "", "", False),
    ],
)
def test_an_evaluation_carries_the_childs_voice_from_7(world, age, voice, reason, accepted):
    build(world, age=age)
    open_log(world)
    world.act(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="evaluation",
        text="Tiltakene virker.",
        child_voice=voice,
        child_voice_missing_reason=reason,
    )
    if accepted:
        assert world.error is None
        (entry,) = rows(world, StafettloggEntry)
        assert (entry.child_voice, entry.child_voice_missing_reason) == (voice, reason)
    else:
        world.invalid_field("child_voice")
        assert rows(world, StafettloggEntry) == []


def test_a_note_needs_no_childs_voice(ola_with_log: World):
    ola_with_log.act_ok(
        "Kari", stafettlogg.add_entry, case_id=ola_with_log.case_id, kind="note", text="Ringte mor."
    )


@pytest.mark.parametrize(("age", "great"), [(11, False), (12, True), (17, True)])
def test_the_childs_voice_carries_great_weight_from_12(world, age, great):
    build(world, age=age)
    open_log(world)
    entry = world.act_ok(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="evaluation",
        text="Tiltakene virker.",
        child_voice="Jeg vil bestemme mer selv",
    )
    with world.scoped() as session:
        entry = session.get(StafettloggEntry, entry.id)
        assert (
            stafettlogg.voice_has_great_weight(session, municipality=world.kommune, entry=entry)
            is great
        )


# ---------------------------------------------------------------------------------------------
# The action plan
# ---------------------------------------------------------------------------------------------


def measure(world: World, **overrides):
    values = {
        "case_id": world.case_id,
        "goal": "Ola trives i friminuttene",
        "measure": "En voksen er ute i alle friminuttene",
        "responsible_id": world.staff["Kari"],
        "follow_up_on": clock.today(world.kommune) + timedelta(days=14),
    }
    return world.act("Kari", stafettlogg.add_measure, **{**values, **overrides})


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"goal": ""}, "goal"),
        ({"measure": "  "}, "measure"),
        ({"responsible_id": None}, "responsible_id"),
        ({"responsible_id": -1}, "responsible_id"),
        ({"follow_up_on": None}, "follow_up_on"),
        ({"follow_up_on": "yesterday"}, "follow_up_on"),
    ],
)
def test_a_bad_measure_writes_nothing(ola_with_log: World, overrides, field):
    world = ola_with_log
    if overrides.get("follow_up_on") == "yesterday":
        overrides = {"follow_up_on": clock.today(world.kommune) - timedelta(days=1)}
    measure(world, **overrides)
    world.invalid_field(field)
    assert rows(world, ActionPlanItem) == []
    assert rows(world, StafettloggEntry) == []


def test_someone_outside_the_case_cannot_be_responsible(ola_with_log: World):
    measure(ola_with_log, responsible_id=ola_with_log.staff["Nils"])
    ola_with_log.invalid_field("responsible_id")


def test_the_guardians_can_be_responsible_in_words(ola_with_log: World):
    item = measure(ola_with_log, responsible_id=None, responsible_text="Foreldrene")
    assert ola_with_log.error is None
    assert (item.responsible_id, item.responsible_text) == (None, "Foreldrene")


def test_a_goal_is_logged_once_however_many_measures_serve_it(ola_with_log: World):
    world = ola_with_log
    measure(world)
    measure(world, measure="Fast lekegruppe i storefri")
    kinds = [(e.kind, e.text) for e in rows(world, StafettloggEntry)]
    assert kinds.count((EntryKind.GOAL, "Ola trives i friminuttene")) == 1
    assert [k for k, _ in kinds].count(EntryKind.ACTIVITY) == 2


def _measures_deadline_plugin():
    rule = DeadlineRule(
        code="follow_up_measures",
        label="Follow up the measures",
        trigger="measures_set",
        days=28,
        met_by=stafettlogg.MEASURE_EVALUATED,
    )

    class MeasuresDeadline:
        @hookimpl
        def bti_levels(self, profile):
            return [replace(level, deadlines=(*level.deadlines, rule)) for level in LEVELS]

    return MeasuresDeadline()


def test_setting_measures_starts_a_deadline_that_the_evaluation_meets(world: World):
    build(world, plugins=(_measures_deadline_plugin(),))
    open_log(world)
    item = measure(world)
    (deadline,) = rows(world, Deadline)
    assert deadline.code == "follow_up_measures"
    assert deadline.owner_id == world.staff["Kari"]  # the stafettholder
    assert deadline.met_at is None
    world.act_ok(
        "Kari",
        stafettlogg.evaluate_measure,
        case_id=world.case_id,
        item_id=item.id,
        evaluation="Virker.",
        goal_reached=True,
        child_voice="Bra",
    )
    (deadline,) = rows(world, Deadline)
    assert deadline.met_at is not None


def test_an_evaluation_records_goal_new_goal_and_voice(ola_with_log: World):
    world = ola_with_log
    item = measure(world)
    world.act_ok(
        "Kari",
        stafettlogg.evaluate_measure,
        case_id=world.case_id,
        item_id=item.id,
        evaluation="Ola er fortsatt mye alene.",
        goal_reached=False,
        new_goal="Ola har en fast venn",
        child_voice="Det er kjedelig ute",
    )
    (item,) = rows(world, ActionPlanItem)
    assert item.goal_reached is False
    assert item.evaluation == "Ola er fortsatt mye alene."
    assert item.child_voice == "Det er kjedelig ute"
    assert item.evaluated_at is not None
    log = [(e.kind, e.text) for e in rows(world, StafettloggEntry)]
    assert log[-2:] == [
        (EntryKind.EVALUATION, "Ola er fortsatt mye alene."),
        (EntryKind.GOAL, "Ola har en fast venn"),
    ]
    assert audit_events(world, "stafettlogg.measure_evaluated")[0].detail == "goal_not_reached"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"evaluation": ""}, "evaluation"),
        ({"goal_reached": None}, "goal_reached"),
        ({"child_voice": ""}, "child_voice"),
        ({"item_id": 999_999}, "item_id"),
    ],
)
def test_a_bad_evaluation_changes_nothing(ola_with_log: World, overrides, field):
    world = ola_with_log
    item = measure(world)
    entries_before = rows(world, StafettloggEntry)
    values = {
        "case_id": world.case_id,
        "item_id": item.id,
        "evaluation": "Virker.",
        "goal_reached": True,
        "child_voice": "Bra",
        "new_goal": "Nytt mål",
    }
    world.act("Kari", stafettlogg.evaluate_measure, **{**values, **overrides})
    world.invalid_field(field)
    (item,) = rows(world, ActionPlanItem)
    assert (item.evaluation, item.goal_reached, item.evaluated_at) == ("", None, None)
    assert rows(world, StafettloggEntry) == entries_before


def test_a_measure_of_another_case_cannot_be_evaluated_here(world: World):
    build(world)
    open_log(world)
    other = measure(world)
    first_case = world.case_id
    world.open_case("Kari", "Ola")
    open_log(world)
    world.act(
        "Kari",
        stafettlogg.evaluate_measure,
        case_id=world.case_id,
        item_id=other.id,
        evaluation="Virker.",
        goal_reached=True,
        child_voice="Bra",
    )
    world.invalid_field("item_id")
    assert world.case_id != first_case


# ---------------------------------------------------------------------------------------------
# Who sees health-internal entries
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consent", "seen_by"),
    [
        ("no health information", {"Hege"}),
        ("health information for health station and PPT", {"Hege", "Nils"}),
        ("health information for school too", {"Hege", "Nils", "Kari", "Kjell"}),
        ("health information for school, withdrawn", {"Hege"}),
        ("health information for school, expired", {"Hege"}),
    ],
)
def test_who_sees_a_health_internal_entry(
    ola_with_log: World, consent, seen_by, monkeypatch: pytest.MonkeyPatch
):
    """Health personnel always see it; anyone else only through a service of theirs in the
    case that a valid consent including health information names. Kari and Kjell take part
    through the school, Nils through PPT; Liv leads the school without taking part, and
    Bjørn (barnevern) is not in the case at all."""
    world = ola_with_log
    world.give_consent("Kari", ["helsestasjon", "ppt"])
    world.bring_in("Hege", "Nordby helsestasjon")
    world.bring_in("Kjell", "Nordby skole")
    world.bring_in("Nils", "Eksempel ppt")
    if consent != "no health information":
        services = ["helsestasjon", "ppt"] + (["skole"] if "school" in consent else [])
        health = world.give_consent("Kari", services, includes_health_information=True)
        if consent.endswith("withdrawn"):
            world.act_ok("Kari", consents.withdraw, consent_id=health.id)
    world.act_ok(
        "Hege",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="note",
        text=HEALTH_NOTE,
        health_internal=True,
    )
    world.act_ok(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="note",
        text="Alle kan lese dette",
    )
    if consent.endswith("expired"):
        later = clock.FixedClock(clock.now() + timedelta(days=181))
        world.deployment.start().extensions[clock.EXTENSION] = later
        monkeypatch.setattr(clock, "_SYSTEM", later)

    def sees(name: str) -> bool:
        texts = [e.text for e in world.act_ok(name, stafettlogg.timeline, case_id=world.case_id)]
        assert "Alle kan lese dette" in texts
        return HEALTH_NOTE in texts

    assert {name for name in ("Hege", "Kari", "Kjell", "Liv", "Nils") if sees(name)} == seen_by


def test_a_health_internal_entry_is_hidden_from_the_minutes_too(ola_with_log: World):
    world = ola_with_log
    world.give_consent("Kari", ["helsestasjon"])
    world.bring_in("Hege", "Nordby helsestasjon")
    with world.transaction() as session:
        meeting = Meeting(
            case_id=world.case_id,
            kind=MeetingKind.SAMARBEIDSMOTE,
            starts_at=clock.now(),
            organiser_id=world.staff["Kari"],
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    world.act_ok(
        "Hege",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind="note",
        text=HEALTH_NOTE,
        health_internal=True,
        meeting_id=meeting_id,
    )
    for name, expected in (("Kari", []), ("Hege", [HEALTH_NOTE])):
        minutes = world.act_ok(
            name, stafettlogg.minutes_of, case_id=world.case_id, meeting_id=meeting_id
        )
        assert [e.text for e in minutes] == expected


@pytest.mark.parametrize(
    ("service", "kwargs"),
    [
        (stafettlogg.add_entry, {"kind": "note", "text": "Et notat"}),
        (stafettlogg.add_entry, {"kind": "note", "text": "x", "health_internal": True}),
        (stafettlogg.timeline, {}),
        (stafettlogg.action_plan, {}),
    ],
)
def test_every_call_writes_an_audit_event(ola_with_log: World, service, kwargs):
    before = audit_count(ola_with_log)
    ola_with_log.act("Kari", service, case_id=ola_with_log.case_id, **kwargs)
    assert audit_count(ola_with_log) > before


def test_a_call_refused_for_bad_input_still_leaves_its_access_event(ola_with_log: World):
    before = audit_count(ola_with_log)
    ola_with_log.act("Kari", stafettlogg.add_entry, case_id=ola_with_log.case_id, kind="x", text="")
    assert audit_count(ola_with_log) > before


def test_refusals_raise_the_documented_errors(ola: World):
    """Refused for rule breaks, InvalidInput for what a person typed."""
    with pytest.raises(Refused), ola.transaction() as session:
        stafettlogg.add_entry(
            session,
            municipality=ola.kommune,
            by=ola.actor("Kari"),
            case_id=ola.case_id,
            kind="note",
            text="x",
        )
    open_log(ola)
    with pytest.raises(InvalidInput), ola.transaction() as session:
        stafettlogg.add_entry(
            session,
            municipality=ola.kommune,
            by=ola.actor("Kari"),
            case_id=ola.case_id,
            kind="note",
            text="",
        )
