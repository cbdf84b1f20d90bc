"""A standing team from the referral to the protocol: the team that follows from the age
on the meeting date, the chair's queue, the consent check before the invitations, the six
parts of the meeting, the metarefleksjon kept from the family, the anonymised protocol and
the family's evaluation. One municipality with two teams, built here so the core is tested
without a plugin."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import select

from bti import AgendaPart, Team, TeamSeat, hookimpl
from bti.errors import InvalidInput, NotFound
from bti.models import (
    ActionPlanItem,
    AuditEvent,
    Meeting,
    MeetingInvitee,
    TeamDiscussion,
    TeamEvaluation,
    TeamMember,
    TeamRecord,
)
from bti.services import consents
from bti.services.teams import evaluation, meeting, plan, protocol, queue, referrals, roster
from tests.support.world import World

pytestmark = pytest.mark.database

PARTS = [
    AgendaPart("presentation", "Presentasjon", 5, 10),
    AgendaPart("case", "Framlegg av sak", 10, 15),
    AgendaPart("discussion", "Drøftingsdel", 30, 30),
    AgendaPart("closing", "Avrunding", 15, 15),
    AgendaPart("reflection", "Metarefleksjon", 10, 10, fixed_members_only=True),
    AgendaPart("protocol", "Protokoll"),
]


class TwoTeams:
    @hookimpl
    def bti_register_teams(self, profile):
        return [
            Team("small", "Team 0–1 år", 0, 0, includes_pregnant=True, weekday=0,
                 seats=(TeamSeat("helsestasjon", "helsestasjon"),
                        TeamSeat("barnevern", "barnevern"))),
            Team("school", "Team 6–15 år", 6, 15, weekday=2,
                 seats=(TeamSeat("skolehelsetjeneste", "skolehelsetjenesten"),
                        TeamSeat("barnevern", "barnevern"), TeamSeat("ppt", "PPT"),
                        TeamSeat("skole", "ledelsen ved skolen", from_referring_unit=True))),
        ]  # fmt: skip

    @hookimpl
    def bti_register_team_agenda(self, profile):
        return PARTS


def _age_on(today: date, years: int, days_after_birthday: int = 30) -> date:
    return date(today.year - years, today.month, 1) - timedelta(days=days_after_birthday)


@pytest.fixture
def world(make_world, database_url) -> World:
    world = make_world(database_url=database_url, plugins=[TwoTeams()])
    world.employee("Kari", "Nordby skole")
    world.employee("Mari", "Nordby skole")
    world.employee("Kim", "Bærum barnevern")  # the chair
    world.employee("Hege", "Nordby skolehelsetjeneste")
    world.employee("Pål", "Bærum ppt")
    world.employee("Ane", "Bærum barnevern")
    world.child("Ola", birth_date=date(2016, 3, 3))
    world.guardian("Per Olsen", "Ola")
    with world.transaction() as session:
        roster.seed_defaults(session, municipality=world.kommune)
        school = session.exec(select(TeamRecord).where(TeamRecord.code == "school")).one()
        school.coordinator_id = world.staff["Kim"]
        school.leader_id = world.staff["Ane"]
        session.add(school)
        session.add(
            TeamMember(team_id=school.id, user_id=world.staff["Hege"], service="skolehelsetjeneste")
        )
        session.add(TeamMember(team_id=school.id, user_id=world.staff["Pål"], service="ppt"))
    world.open_case("Kari", "Ola")
    world.bring_in("Mari", "Nordby skole")
    return world


def _refer(world: World, **kwargs):
    arguments = {
        "case_id": world.case_id,
        "referrer_contact": "kari@example.no",
        "case_types": ["learning", "psychosocial"],
        "family_attends": True,
    }
    return world.act("Kari", referrals.refer, **{**arguments, **kwargs})


def _team(world: World, code: str) -> TeamRecord:
    with world.scoped() as session:
        return session.exec(select(TeamRecord).where(TeamRecord.code == code)).one()


def _day(world: World, *, days: int = 10) -> int:
    starts = datetime.combine(date.today() + timedelta(days=days), time(9, 0))
    day = world.act_ok(
        "Kim", queue.plan_day, team_id=_team(world, "school").id, starts_at=starts, place="Rådhuset"
    )
    return day.id


def _scheduled(world: World) -> int:
    referral = _refer(world)
    assert world.error is None, world.error
    day_id = _day(world)
    world.act_ok("Kim", queue.assess, referral_id=referral.id, urgency="urgent")
    world.act_ok(
        "Kim", queue.place, referral_id=referral.id, team_meeting_id=day_id,
        starts_at=time(9, 30), minutes=60, interpreter_needed=True, interpreter_language="arabisk",
    )  # fmt: skip
    return referral.id


def _invited(world: World) -> int:
    rid = _scheduled(world)
    world.act_ok("Kim", queue.invite, referral_id=rid)
    return rid


def _closed(world: World, *, family: bool = True) -> int:
    rid = _invited(world)
    world.act_ok(
        "Kim", meeting.record_presentation, referral_id=rid, confidentiality_stated=True,
        guardians_present=family, youth_present=False, referrer_present=True,
    )  # fmt: skip
    world.act_ok(
        "Hege",
        meeting.record_case,
        referral_id=rid,
        presentation="Uro i klassen.",
        earlier_measures="Samtaler.",
    )
    world.act_ok("Hege", meeting.record_discussion, referral_id=rid, text="Trenger struktur.")
    world.act_ok(
        "Kim", meeting.record_closing, referral_id=rid, summary="Tett oppfølging på skolen.",
        family_view="Foreldrene er enige." if family else "",
        plan=[meeting.PlanRow("Ro i timene", "Fast plass og pauser", "Kontaktlærer",
                              date.today() + timedelta(days=40))],
        follow_up_coordinator_id=world.staff["Mari"],
        follow_up_at=datetime.combine(date.today() + timedelta(days=42), time(14, 0)),
        follow_up_place="Nordby skole", family_feedback="Godt å bli hørt.",
    )  # fmt: skip
    return rid


def test_the_referral_goes_to_the_team_for_the_age_and_moves_the_case_on(world):
    referral = _refer(world)
    assert world.error is None
    assert referral.team_id == _team(world, "school").id
    assert referral.number == 1
    case = world.case()
    assert case.level == 1


def test_a_pregnant_woman_goes_to_the_team_that_includes_pregnant_women(world):
    from bti.models import SubjectKind

    world.child("Lina", kind=SubjectKind.GRAVID, due_date=date.today() + timedelta(days=90))
    world.open_case("Kari", "Lina")
    referral = _refer(world)
    assert referral.team_id == _team(world, "small").id


def test_the_team_follows_the_age_on_the_meeting_date_exact_at_the_edge(world):
    subject = world.subject("Ola")
    with world.scoped() as session:
        team = session.exec(select(TeamRecord).where(TeamRecord.code == "school")).one()
        birthday_16 = date(subject.birth_date.year + 16, 3, 3)
        assert roster.serves(team, subject, birthday_16 - timedelta(days=1))
        assert not roster.serves(team, subject, birthday_16)
        six = date(subject.birth_date.year + 6, 3, 3)
        assert roster.serves(team, subject, six)
        assert not roster.serves(team, subject, six - timedelta(days=1))


def test_only_the_chair_sees_the_queue_others_get_not_found(world):
    _refer(world)
    page = world.look("Kim", queue.queue, team_id=_team(world, "school").id)
    assert page.total == 1 and page.items[0].subject.given_name == "Ola"
    with pytest.raises(NotFound):
        world.look("Kari", queue.queue, team_id=_team(world, "school").id)


def test_no_case_on_the_agenda_without_written_consent_unless_the_family_attends(world):
    referral = _refer(world, family_attends=False)
    day_id = _day(world)
    place = {"referral_id": referral.id, "team_meeting_id": day_id, "starts_at": time(9, 0),
             "minutes": 45}  # fmt: skip
    world.act("Kim", queue.place, **place)
    world.invalid_field("referral")
    world.give_consent("Kari", ["skolehelsetjeneste", "barnevern"], signers=("Per Olsen",))
    world.act("Kim", queue.place, **place)
    world.invalid_field("referral")  # PPT sits in the team too: the consent must name it
    world.give_consent("Kari", ["skolehelsetjeneste", "barnevern", "ppt"], signers=("Per Olsen",))
    world.act_ok("Kim", queue.place, **place)
    world.act_ok("Kim", queue.invite, referral_id=referral.id)
    assert world.case().level == 2


def test_a_guest_needs_the_consent_even_when_the_family_attends(world):
    world.employee("Siri", "Nordby helsestasjon")
    consent = world.give_consent("Kari", ["helsestasjon"], signers=("Per Olsen",))
    world.bring_in("Siri", "Nordby helsestasjon")
    referral = _refer(world, guest_ids=[world.staff["Siri"]])
    world.act_ok("Kari", consents.withdraw, consent_id=consent.id, note="Ombestemt seg")
    place = {"referral_id": referral.id, "team_meeting_id": _day(world), "starts_at": time(9, 0),
             "minutes": 45}  # fmt: skip
    world.act("Kim", queue.place, **place)
    world.invalid_field("referral")
    assert "consent must name their service" in str(world.error.message)


def test_the_invitation_reaches_fixed_members_referrer_and_guardians(world):
    rid = _invited(world)
    with world.scoped() as session:
        referral = session.get(
            __import__("bti.models", fromlist=["TeamReferral"]).TeamReferral, rid
        )
        invitees = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == referral.meeting_id)
        ).all()
    users = {i.user_id for i in invitees if i.user_id}
    assert {world.staff[n] for n in ("Kim", "Ane", "Hege", "Pål", "Kari")} <= users
    assert any(i.guardian_id == world.guardians["Per Olsen"] for i in invitees)


def test_a_case_does_not_fit_outside_the_meeting_day_or_on_another_case(world):
    referral = _refer(world)
    day_id = _day(world)
    world.act(
        "Kim",
        queue.place,
        referral_id=referral.id,
        team_meeting_id=day_id,
        starts_at=time(12, 30),
        minutes=60,
    )
    world.invalid_field("starts_at")


def test_the_avrunding_makes_the_plan_the_follow_up_meeting_and_the_evaluation(world):
    rid = _closed(world)
    assert world.case().level == 3
    items = world.in_case(ActionPlanItem)
    assert [i.measure for i in items] == ["Fast plass og pauser"]
    kinds = [m.kind for m in world.in_case(Meeting)]
    assert kinds == ["tit", "oppfolgingsmote"]
    with world.scoped() as session:
        assert session.exec(select(TeamEvaluation).where(TeamEvaluation.referral_id == rid)).one()


def test_the_metarefleksjon_waits_until_the_family_and_referrer_have_left(world):
    rid = _closed(world)
    world.act("Hege", meeting.record_reflection, referral_id=rid, text="Bra møte.")
    world.invalid_field("reflection")
    world.act_ok("Kim", meeting.family_left, referral_id=rid)
    world.act_ok("Hege", meeting.record_reflection, referral_id=rid, text="Bra møte.")
    seen = world.look("Kari", meeting.read, referral_id=rid)
    assert seen.discussion.reflection == ""
    assert world.look("Hege", meeting.read, referral_id=rid).discussion.reflection == "Bra møte."


def test_the_protocol_refuses_names_and_birth_dates(world):
    rid = _closed(world)
    for text in (
        "Ola har uro.",
        "Født 03.03.2016.",
        "Per Olsen var med.",
        "Tlf 912 34 567",
        "Bor i Storgata 5",
    ):
        world.act("Kim", protocol.finalise, referral_id=rid, text=text)
        world.invalid_field("protocol")
    world.act_ok(
        "Kim", protocol.finalise, referral_id=rid, text="Sak 1: uro i klassen, plan om pauser."
    )
    with world.scoped() as session:
        d = session.exec(select(TeamDiscussion).where(TeamDiscussion.referral_id == rid)).one()
    assert d.protocol_finalised_at is not None


def test_the_family_answers_through_a_link_once(world):
    rid = _closed(world)
    with world.scoped() as session:
        token = (
            session.exec(select(TeamEvaluation).where(TeamEvaluation.referral_id == rid))
            .one()
            .token
        )
    answers = evaluation.Answers(4, "Trygt", "yes", "partly", "")
    with world.transaction() as session:
        evaluation.answer_by_link(session, token=token, answers=answers)
    with pytest.raises(InvalidInput), world.transaction() as session:
        evaluation.answer_by_link(session, token=token, answers=answers)


def test_the_follow_up_coordinator_evaluates_the_plan(world):
    _closed(world)
    answers = {code: "Svar" for code in plan.QUESTIONS}
    world.act("Kari", plan.evaluate, case_id=world.case_id, answers=answers)
    world.refused_because("not_follow_up_coordinator")
    world.act_ok("Mari", plan.evaluate, case_id=world.case_id, answers=answers)


def test_each_action_leaves_one_audit_event_on_the_case(world):
    rid = _scheduled(world)
    with world.scoped() as session:
        before = session.exec(select(AuditEvent.id).order_by(AuditEvent.id.desc())).first()
    world.act_ok("Kim", queue.assess, referral_id=rid, urgency="ordinary")
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.id > before)).all()
    assert [e.action for e in events] == ["team.assess"]
    assert events[0].case_ref == world.case_id
    assert world.case().status == "open"
