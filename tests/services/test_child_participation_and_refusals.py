"""How the child took part in a held meeting, the minutes the child may read, the services a
form brings in, and the guardians' refusal of help with the leaders' task it gives: nothing
half-written on a mistake, one audit event per action, others do not find what is not
theirs."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import func, select
from wtforms import BooleanField, TextAreaField

from bti import BringsIn, FlaskForm, FormVariant, TaskRule, hookimpl
from bti.defaults.levels import LEVELS
from bti.errors import NotFound, Refused
from bti.guide import Tool
from bti.models import (
    AuditEvent,
    Case,
    ChildParticipation,
    LeaderTask,
    Meeting,
    StafettloggEntry,
)
from bti.services import brought_in, documents, meetings, refusals
from tests.services.test_meetings import _hold, _invitees, _plan
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database

TASK = TaskRule(
    "tiltaksplan",
    "Vurder tiltaksplan",
    answers=(("made", "Skal lages"), ("not_needed", "Trengs ikke")),
)


class Checklist(FlaskForm):
    suspected = BooleanField("Mistanke")
    seen = TextAreaField("Hva er sett")


class Nivå3Rules:
    """A municipality whose checklist brings in the psychologist, and whose refusal of help
    gives the leaders a task."""

    @hookimpl
    def bti_guardians_decline_task(self, profile):
        return TASK

    @hookimpl
    def bti_form_variant(self, kind, profile):
        if kind == "sjekkliste":
            return FormVariant(
                "sjekkliste",
                "Sjekkliste",
                form_class=Checklist,
                brings_in=(BringsIn("suspected", "yes", "kommunepsykolog", "Psykolog", "Fordi"),),
            )
        return None

    @hookimpl
    def bti_levels(self, profile):
        first, *rest = LEVELS
        return [replace(first, tools=(*first.tools, Tool("Sjekkliste", form="sjekkliste"))), *rest]


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world(database_url=database_url, plugins=[Nivå3Rules()])
    world.employee("Kari", "Nordby skole")
    world.employee("Mari", "Nordby skole")
    world.employee("Randi", "Nordby skole", "leder")
    world.employee("Truls", "Sørby skole", "leder")
    world.employee("Siri", "Jevnaker kommunepsykolog")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.guardian("Lise", "Ola")
    world.open_case("Kari", "Ola")
    world.bring_in("Mari", "Nordby skole")
    return world


def _count(world: World, table) -> int:
    with world.scoped() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def _actions(world: World) -> list[str]:
    with world.scoped() as session:
        return [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]


# ---------------------------------------------------------------------------------------------
# How the child took part
# ---------------------------------------------------------------------------------------------


def test_another_arena_keeps_where_and_who_carries_the_view(world):
    meeting = _plan(world, invite_subject=False)
    _hold(
        world,
        meeting,
        child_present=False,
        child_participation=ChildParticipation.OTHER_ARENA,
        child_voice_arena="Eget møte med kontaktlæreren",
        child_voice_carrier_id=world.staff["Mari"],
    )
    seen = world.act_ok("Kari", meetings.read, meeting_id=meeting.id).meeting
    assert seen.child_participation == "other_arena"
    assert seen.child_voice_arena == "Eget møte med kontaktlæreren"
    assert seen.child_voice_carrier_id == world.staff["Mari"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"child_voice_carrier_id": None}, "child_voice_carrier"),
        ({"child_voice_arena": "  "}, "child_voice_arena"),
        ({"child_voice": ""}, "child_voice"),
    ],
)
def test_another_arena_needs_the_place_the_carrier_and_the_view(world, fields, field):
    meeting = _plan(world, invite_subject=False)
    arguments = {
        "child_present": False,
        "child_participation": ChildParticipation.OTHER_ARENA,
        "child_voice_arena": "Eget møte",
        "child_voice_carrier_id": world.staff["Mari"],
    }
    _hold(world, meeting, **{**arguments, **fields})
    world.invalid_field(field)
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None  # nothing half-written


def test_the_carrier_must_take_part_in_the_case(world):
    meeting = _plan(world, invite_subject=False)
    _hold(
        world,
        meeting,
        child_present=False,
        child_participation=ChildParticipation.OTHER_ARENA,
        child_voice_arena="Eget møte",
        child_voice_carrier_id=world.staff["Truls"],
    )
    world.invalid_field("child_voice_carrier")


def test_invited_but_declined_is_a_valid_record_without_a_view(world):
    meeting = _plan(world)
    _hold(world, meeting, child_voice="", child_participation=ChildParticipation.DECLINED)
    assert world.error is None, world.error
    seen = world.act_ok("Kari", meetings.read, meeting_id=meeting.id).meeting
    assert seen.child_participation == "declined" and seen.child_voice == ""


def test_not_able_needs_the_reason(world):
    meeting = _plan(world)
    _hold(world, meeting, child_voice="", child_participation=ChildParticipation.NOT_ABLE)
    world.invalid_field("child_voice_missing_reason")


def test_in_the_meeting_when_the_child_was_not_there_is_refused(world):
    meeting = _plan(world)
    rows = _invitees(world, meeting.id)
    _hold(
        world,
        meeting,
        attended={r.id: not r.is_subject for r in rows},
        child_present=False,
        child_participation=ChildParticipation.IN_MEETING,
    )
    world.invalid_field("child_participation")


def test_a_view_without_a_way_reads_as_given_in_the_meeting(world):
    meeting = _plan(world)
    _hold(world, meeting)
    seen = world.act_ok("Kari", meetings.read, meeting_id=meeting.id).meeting
    assert seen.child_participation == "in_meeting"


# ---------------------------------------------------------------------------------------------
# The minutes the child may read
# ---------------------------------------------------------------------------------------------


def test_the_child_is_given_the_minutes_once_audited(world):
    meeting = _plan(world)
    _hold(world, meeting)
    now = meeting.starts_at + timedelta(days=1)
    world.act_ok("Kari", meetings.give_minutes_to_child, meeting_id=meeting.id, now=now)
    seen = world.act_ok("Kari", meetings.read, meeting_id=meeting.id).meeting
    assert seen.minutes_read_by_child_at == now
    assert "meeting.minutes_to_child" in _actions(world)
    world.act("Kari", meetings.give_minutes_to_child, meeting_id=meeting.id)
    assert isinstance(world.error, Refused)


def test_the_minutes_of_a_meeting_not_held_are_not_given(world):
    meeting = _plan(world)
    world.act("Kari", meetings.give_minutes_to_child, meeting_id=meeting.id)
    world.refused_because("meeting_not_held")


def test_someone_outside_the_case_does_not_find_the_meeting(world):
    meeting = _plan(world)
    _hold(world, meeting)
    world.act("Truls", meetings.give_minutes_to_child, meeting_id=meeting.id)
    assert isinstance(world.error, NotFound)


# ---------------------------------------------------------------------------------------------
# Services a form brings in
# ---------------------------------------------------------------------------------------------


def _missing(world: World) -> list[str]:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        return [
            m.name for m in brought_in.still_missing(session, municipality=world.kommune, case=case)
        ]


def test_a_ticked_answer_brings_in_a_service_until_someone_of_its_kind_takes_part(world):
    assert _missing(world) == []
    world.act_ok(
        "Kari",
        documents.fill,
        case_id=world.case_id,
        kind="sjekkliste",
        answers={"suspected": "", "seen": "Borte mye"},
    )
    assert _missing(world) == []
    world.act_ok(
        "Kari",
        documents.fill,
        case_id=world.case_id,
        kind="sjekkliste",
        answers={"suspected": "yes"},
    )
    assert _missing(world) == ["Psykolog"]
    world.give_consent("Kari", ["kommunepsykolog"], signers=("Per", "Lise"))
    world.bring_in("Siri", "Jevnaker kommunepsykolog")
    assert _missing(world) == []


# ---------------------------------------------------------------------------------------------
# The guardians decline help; the leaders' task
# ---------------------------------------------------------------------------------------------


def _decline(world: World, by: str = "Kari", offer: str = "Hjelp fra PPT"):
    return world.act(by, refusals.record_guardians_decline, case_id=world.case_id, offer=offer)


def test_a_refusal_is_a_record_in_the_stafettlogg_and_gives_the_unit_s_leaders_a_task(world):
    entry = _decline(world)
    assert world.error is None, world.error
    assert "Hjelp fra PPT" in entry.text and entry.author_id == world.staff["Kari"]
    with world.scoped() as session:
        task = session.exec(select(LeaderTask)).one()
        case = session.get(Case, world.case_id)
    assert task.unit_id == case.unit_id and task.code == "tiltaksplan" and task.done_at is None
    assert _actions(world)[-1] == "case.guardians_declined"
    _decline(world, offer="Hjelp fra helsestasjonen")
    assert _count(world, LeaderTask) == 1  # one open task at a time


def test_a_refusal_without_what_was_declined_writes_nothing(world):
    _decline(world, offer=" ")
    world.invalid_field("offer")
    assert _count(world, StafettloggEntry) == 0 and _count(world, LeaderTask) == 0


def test_the_leader_sees_the_task_and_records_the_assessment(world):
    _decline(world)
    tasks = world.look("Randi", refusals.open_tasks)
    assert [t.title for t in tasks] == ["Vurder tiltaksplan"]
    assert world.look("Truls", refusals.open_tasks) == []
    task_id = tasks[0].task.id
    world.act("Randi", refusals.assess, task_id=task_id, answer="made", reason="")
    world.invalid_field("reason")
    world.act("Randi", refusals.assess, task_id=task_id, answer="maybe", reason="Fordi")
    world.invalid_field("answer")
    world.act_ok("Randi", refusals.assess, task_id=task_id, answer="made", reason="Trenger det.")
    assert world.look("Randi", refusals.open_tasks) == []
    assert _actions(world)[-1] == "task.list"
    assert "task.assessed" in _actions(world)


def test_another_leader_or_an_employee_does_not_find_the_task(world):
    _decline(world)
    with world.scoped() as session:
        task_id = session.exec(select(LeaderTask)).one().id
    for name in ("Truls", "Kari"):
        world.act(name, refusals.assess, task_id=task_id, answer="made", reason="Fordi")
        assert isinstance(world.error, NotFound)
    with world.scoped() as session:
        assert session.get(LeaderTask, task_id).done_at is None


def test_without_a_rule_a_refusal_gives_no_task(make_world, database_url):
    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.open_case("Kari", "Ola")
    _decline(world)
    assert world.error is None
    assert _count(world, StafettloggEntry) == 1 and _count(world, LeaderTask) == 0
