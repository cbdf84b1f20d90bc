"""The demo data: what a person trying the demo, or checking it, would look for.

Loading the four municipalities takes a few seconds, so most checks share one load on
SQLite (``demo``); the load itself, and loading twice, run on each database backend.
Bærum and Jevnaker run the national model; Vestby and Tromsø their own guides, whose demos
have cases of their own (see the Vestby and Tromsø sections below).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from contextlib import contextmanager
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select
from wtforms.fields.core import UnboundField

import bti.demo.loader
from bti import create_app
from bti.demo import DEMO_PASSWORD, DemoRefusedError, load_demo_data
from bti.demo.cases import story_for
from bti.demo.identity import K1_WEIGHTS, age_on, check_digit, make_fodselsnummer
from bti.demo.scenarios import NATIONAL, TROMSO, VESTBY
from bti.errors import InvalidInput, NotFound
from bti.guide_text import in_language
from bti.migrate import upgrade_database
from bti.models import (
    ActionPlanItem,
    Case,
    CaseDocument,
    CaseParticipant,
    CaseStatus,
    CaseStep,
    Citizen,
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Custody,
    Deadline,
    Decision,
    DecisionService,
    EntryKind,
    Guardian,
    HandOver,
    HandOverStatus,
    Meeting,
    MeetingInvitee,
    Membership,
    MinutesPart,
    ParticipantRole,
    Role,
    SignerKind,
    StafettloggEntry,
    StaffUser,
    Subject,
    SubjectKind,
    Unit,
    UnitKind,
    utcnow,
)
from bti.passwords import verify_password
from bti.rules.child import in_target_group
from bti.rules.consent import YouthRule
from bti.rules.identity import birth_date_of, check_fodselsnummer, is_synthetic
from bti.rules.levels import find_outcome
from bti.services import cases as case_service
from bti.services import citizens as citizen_service
from bti.services import consents as consent_service
from bti.services import overview, plans, steps
from bti.services.actors import load_actor
from bti.services.meetings import COORDINATOR_ANSWERS

SLUGS = ("baerum", "jevnaker", "tromso", "vestby")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """All four municipalities on one SQLite file, loaded once for this module."""
    path = tmp_path_factory.mktemp("demo")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
        }
    )
    with app.app_context():
        upgrade_database(app)
    app.config["DEMO_ACCOUNTS"] = load_demo_data(app)
    yield app
    app.extensions["bti_db"].dispose()


def municipalities(app):
    """(registry entry, scoped session) for each enabled municipality."""
    db = app.extensions["bti_db"]
    ids = db.municipality_ids()
    for municipality in app.extensions["bti"]:
        with db.scoped(ids[municipality.slug]) as session:
            yield municipality, session


def all_rows(session, model):
    return list(session.exec(select(model)))


def row_counts(app) -> dict[str, int]:
    with app.extensions["bti_db"].engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in SQLModel.metadata.tables.items()
            if name != "alembic_version"
        }


def age(subject: Subject) -> int:
    return age_on(subject.birth_date, date.today())


def decisions_outside_the_guide(municipality, session) -> list[tuple[int, str]]:
    """(from level, outcome) of every decision whose outcome the level does not have."""
    wrong = []
    for decision in all_rows(session, Decision):
        try:
            level = municipality.level(decision.from_level)
        except KeyError:
            level = None
        if level is None or find_outcome(level, decision.outcome) is None:
            wrong.append((decision.from_level, decision.outcome))
    return wrong


# --- loading ---------------------------------------------------------------------------------


def test_loading_twice_gives_the_same_data(db_app):
    first_accounts = load_demo_data(db_app)
    first = row_counts(db_app)
    second_accounts = load_demo_data(db_app)

    assert row_counts(db_app) == first
    assert second_accounts == first_accounts
    assert first["staffuser"] == 12 * len(SLUGS) + 1
    for municipality, session in municipalities(db_app):
        cases = all_rows(session, Case)
        assert {case.level for case in cases} == {0, 1, 2, 3}, municipality.slug
        assert {unit.kind for unit in all_rows(session, Unit)} == set(UnitKind)
        assert not decisions_outside_the_guide(municipality, session), municipality.slug
        assert all_rows(session, Decision)


def test_every_account_is_listed_and_signs_in_with_the_demo_password(demo):
    accounts = demo.config["DEMO_ACCOUNTS"]
    usernames = {username for _name, username, _description in accounts}
    # Tromsø gives guardians and youth read access: their accounts are listed too, with the
    # page they sign in on.
    citizens = {"tromso.foresatt", "tromso.ungdom"}
    assert citizens <= usernames
    for _name, username, description in accounts:
        if username in citizens:
            assert "/tromso/innsyn/logg-inn" in description
    usernames -= citizens
    for slug in SLUGS:
        for key in (
            "laerer",
            "barnehage",
            "helsesykepleier",
            "ppt",
            "barnevern",
            "leder",
            "koordinator",
            "admin",
        ):
            assert f"{slug}.{key}" in usernames
    assert "demo.flere" in usernames
    assert all(description for _n, _u, description in accounts)
    with demo.extensions["bti_db"].unscoped() as session:
        users = all_rows(session, StaffUser)
    assert {user.username for user in users} == usernames
    assert len({user.password_hash for user in users}) == 1  # hashed once, on purpose
    assert verify_password(users[0].password_hash, DEMO_PASSWORD)


def test_demo_flere_must_choose_between_all_municipalities(demo):
    member_of = set()
    for municipality, session in municipalities(demo):
        user = session.exec(select(StaffUser).where(StaffUser.username == "demo.flere")).one()
        if session.exec(select(Membership).where(Membership.user_id == user.id)).first():
            member_of.add(municipality.slug)
    assert member_of == set(SLUGS)


def test_demo_refuses_production(make_app):
    app = make_app(BTI_ENV="production", BTI_SECRET_KEY="x" * 40, BTI_MUNICIPALITIES="vestby")
    with pytest.raises(DemoRefusedError, match="production"):
        load_demo_data(app)
    assert isinstance(DemoRefusedError("x"), RuntimeError)


def test_a_failing_municipality_leaves_nothing_half_written(make_app, monkeypatch):
    app = make_app(BTI_MUNICIPALITIES="vestby,tromso")
    with app.app_context():
        upgrade_database(app)
    real = bti.demo.loader.create_cases

    def fail_in_tromso(ctx, scenarios):
        real(ctx, scenarios)
        if ctx.slug == "tromso":
            raise RuntimeError("disk full")

    monkeypatch.setattr(bti.demo.loader, "create_cases", fail_in_tromso)
    with pytest.raises(RuntimeError, match="disk full"):
        load_demo_data(app)
    loaded = {m.slug: len(all_rows(s, Unit)) for m, s in municipalities(app)}
    assert loaded["vestby"] > 0
    assert loaded["tromso"] == 0
    with app.extensions["bti_db"].unscoped() as session:
        usernames = {u.username for u in all_rows(session, StaffUser)}
    assert not any(name.startswith("tromso.") for name in usernames)

    monkeypatch.setattr(bti.demo.loader, "create_cases", real)
    load_demo_data(app)  # the retry completes what failed
    assert all(len(all_rows(s, Case)) == 20 for _m, s in municipalities(app))


def test_bti_demo_no_serve_prints_the_accounts(app):
    result = app.test_cli_runner().invoke(args=["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    for username in ("vestby.laerer", "tromso.koordinator", "baerum.admin", "demo.flere"):
        assert username in result.output
    assert DEMO_PASSWORD in result.output
    assert "Serving" not in result.output


# --- organisation ----------------------------------------------------------------------------


def test_every_municipality_has_units_of_every_kind_and_staff_in_every_role(demo):
    for municipality, session in municipalities(demo):
        assert {u.kind for u in all_rows(session, Unit)} == set(UnitKind), municipality.slug
        memberships = all_rows(session, Membership)
        assert {m.role for m in memberships} == set(Role)
        kinds_of = {u.id: u.kind for u in all_rows(session, Unit)}
        served = {kinds_of[m.unit_id] for m in memberships}
        for needed in ("barnehage", "skole", "ppt", "barnevern"):
            assert needed in served
        assert served & {"helsestasjon", "skolehelsetjeneste"}


# --- people ----------------------------------------------------------------------------------


def test_subjects_cover_every_age_from_0_to_23_and_pregnant_women(demo):
    today = date.today()
    for municipality, session in municipalities(demo):
        subjects = all_rows(session, Subject)
        ages = {age(s) for s in subjects if s.kind != SubjectKind.GRAVID}
        assert set(range(24)) <= ages, municipality.slug
        assert all(s.birth_date <= today for s in subjects)
        pregnant = [s for s in subjects if s.kind == SubjectKind.GRAVID]
        assert pregnant and all(s.due_date and s.due_date > today for s in pregnant)


def test_every_case_is_about_someone_in_the_target_group_on_the_day_it_was_opened(demo):
    """A new concern about someone outside the municipality's target group is refused
    (Jevnaker 0–18 and gravide, Tromsø 0–23 without gravide …); the demo obeys the same."""
    for municipality, session in municipalities(demo):
        group = municipality.profile.target_group
        opened = 0
        for case in all_rows(session, Case):
            subject = session.get(Subject, case.subject_id)
            day = case.opened_at.astimezone(municipality.profile.tz).date()
            assert in_target_group(
                group, kind=subject.kind, birth_date=subject.birth_date, on=day
            ), (municipality.slug, subject.kind, subject.birth_date, day)
            opened += 1
        assert opened, municipality.slug


def test_every_fodselsnummer_is_valid_and_matches_the_birth_date(demo):
    numbers = []
    for _municipality, session in municipalities(demo):
        for subject in all_rows(session, Subject):
            if subject.fodselsnummer:
                number = subject.fodselsnummer
                # Synthetic (month + 80): valid check digits, and nobody's real number.
                assert is_synthetic(number)
                assert check_fodselsnummer(number, allow_synthetic=True) == number
                assert birth_date_of(number) == subject.birth_date
                with pytest.raises(InvalidInput):
                    check_fodselsnummer(number)  # refused where only real numbers go
                numbers.append(number)
    assert len(numbers) > 50
    assert len(set(numbers)) == len(numbers)


def test_guardians_follow_every_custody_arrangement(demo):
    expected = {  # (guardians, of whom with daily care)
        Custody.SAMMEN: (2, 2),
        Custody.DAGLIG_OMSORG: (2, 1),
        Custody.DELT_OMSORG: (2, 2),
        Custody.ENE: (1, 1),
        Custody.OFFENTLIG: (0, 0),
    }
    for municipality, session in municipalities(demo):
        guardians = all_rows(session, Guardian)
        seen = set()
        for subject in all_rows(session, Subject):
            own = [g for g in guardians if g.subject_id == subject.id]
            if subject.custody is None:
                assert not own and (age(subject) >= 18 or subject.kind == SubjectKind.GRAVID)
                continue
            seen.add(subject.custody)
            assert (len(own), sum(g.daily_care for g in own)) == expected[subject.custody]
            assert all(g.parental_responsibility for g in own)
        assert seen == set(Custody), municipality.slug


# --- cases -----------------------------------------------------------------------------------


def test_cases_at_every_level_have_consents_meetings_and_stafettlogg(demo):
    for municipality, session in municipalities(demo):
        cases = all_rows(session, Case)
        with_consent = {c.case_id for c in all_rows(session, Consent)}
        with_meeting = {m.case_id for m in all_rows(session, Meeting)}
        with_entries = {e.case_id for e in all_rows(session, StafettloggEntry)}
        for level in range(4):
            here = {c.id for c in cases if c.level == level}
            assert len(here) >= 3, (municipality.slug, level)
            assert here & with_consent and here & with_meeting and here & with_entries
            assert any(c.status == CaseStatus.CLOSED for c in cases if c.level == level)
        for case in cases:
            opener = session.exec(
                select(CaseParticipant).where(
                    CaseParticipant.case_id == case.id,
                    CaseParticipant.role == ParticipantRole.OPENED_BY,
                )
            ).one()
            assert opener.user_id == case.opened_by_id
            if case.level >= 2:
                assert case.stafettholder_id is not None


def test_open_cases_at_level_2_and_up_share_only_under_a_given_consent(demo):
    for _municipality, session in municipalities(demo):
        consents = all_rows(session, Consent)
        services = all_rows(session, ConsentService)
        for case in all_rows(session, Case):
            if case.acute or case.level < 2 or case.status == CaseStatus.CLOSED:
                continue
            given = [c for c in consents if c.case_id == case.id and c.status == "given"]
            assert given, case.concern
            assert all(c.valid_from <= date.today() <= c.valid_to for c in given)
            assert any(s.consent_id == given[0].id for s in services)


def test_consents_carry_the_signatures_age_and_custody_require(demo):
    statuses = Counter()
    for municipality, session in municipalities(demo):
        rule = municipality.youth_consent_rule()
        subjects = {s.id: s for s in all_rows(session, Subject)}
        cases = {c.id: c for c in all_rows(session, Case)}
        guardians = all_rows(session, Guardian)
        signatures = all_rows(session, ConsentSignature)
        for consent in all_rows(session, Consent):
            statuses[consent.status] += 1
            subject = subjects[cases[consent.case_id].subject_id]
            signed = [s for s in signatures if s.consent_id == consent.id]
            if consent.status in (ConsentStatus.REFUSED, ConsentStatus.DRAFT):
                assert len(signed) < len(_required(subject, guardians, rule)) or not signed
                continue
            assert sorted((s.signer_kind, s.guardian_id) for s in signed) == sorted(
                _required(subject, guardians, rule)
            ), subject.custody
            assert consent.given_at is not None
            if consent.status == ConsentStatus.WITHDRAWN:
                assert consent.withdrawn_at and consent.withdrawal_note
    assert set(statuses) == set(ConsentStatus)


def _required(
    subject: Subject, guardians: list[Guardian], youth_rule: YouthRule
) -> list[tuple[str, int | None]]:
    """The rule as the design states it, written out independently of the loader. Where
    the youth from 15 signs «og/eller» the guardians (Jevnaker), the demo has the youth
    sign alone."""
    years = age(subject)
    if years >= 18 or (years >= 15 and youth_rule is YouthRule.OR):
        return [(SignerKind.SUBJECT, None)]
    own = [g for g in guardians if g.subject_id == subject.id]
    if subject.custody == Custody.SAMMEN:
        own = own[:1]
    elif subject.custody == Custody.DAGLIG_OMSORG:
        own = [g for g in own if g.daily_care]
    signers = [(SignerKind.GUARDIAN, g.id) for g in own]
    return [*signers, (SignerKind.SUBJECT, None)] if years >= 15 else signers


def test_the_acute_case_went_straight_to_barnevern_without_the_guardians(demo):
    for municipality, session in municipalities(demo):
        acute = session.exec(select(Case).where(Case.acute)).one()
        assert acute.reported_to_barnevern_at is not None
        reports = {
            o.code
            for level in municipality.levels
            for o in level.outcomes
            if o.reports_to_barnevern
        }
        decisions = all_rows(session, Decision)
        assert any(d.case_id == acute.id and d.outcome in reports for d in decisions)
        assert not [c for c in all_rows(session, Consent) if c.case_id == acute.id]
        meetings = {m.id for m in all_rows(session, Meeting) if m.case_id == acute.id}
        invitees = all_rows(session, MeetingInvitee)
        assert not [i for i in invitees if i.meeting_id in meetings and i.guardian_id]


def test_decisions_follow_the_municipalitys_level_definitions(demo):
    for municipality, session in municipalities(demo):
        decisions = sorted(all_rows(session, Decision), key=lambda d: d.decided_at)
        for case in all_rows(session, Case):
            level = 0
            own = [d for d in decisions if d.case_id == case.id]
            for decision in own:
                assert decision.from_level == level
                outcome = {o.code: o for o in municipality.level(level).outcomes}[decision.outcome]
                assert decision.to_level == outcome.to_level
                level = outcome.to_level if outcome.to_level is not None else level
            assert level == case.level
            if case.status == CaseStatus.CLOSED:
                assert own and own[-1].outcome in {
                    o.code for o in municipality.level(level).outcomes if o.closes_case
                }
                assert case.closed_at is not None


def test_meetings_are_held_with_minutes_and_the_childs_voice(demo):
    """Every meeting kind the municipality's story holds is held; the guardians are invited
    unless the case has been reported to barnevern (then nothing reaches them)."""
    now = utcnow()
    for municipality, session in municipalities(demo):
        story = story_for(municipality)
        subjects = {s.id: s for s in all_rows(session, Subject)}
        cases = {c.id: c for c in all_rows(session, Case)}
        parts = Counter(p.meeting_id for p in all_rows(session, MinutesPart))
        invitees = all_rows(session, MeetingInvitee)
        meetings = all_rows(session, Meeting)
        kinds = {m.kind for m in meetings}
        assert kinds <= {kind.code for kind in municipality.meeting_kinds}
        assert kinds >= {kind for level in story.meetings for kind in level} | {"overgangsmote"}
        assert any(m.starts_at > now and m.held_at is None for m in meetings)
        for meeting in (m for m in meetings if m.held_at):
            assert meeting.held_at <= now and parts[meeting.id] >= 3
            subject = subjects[cases[meeting.case_id].subject_id]
            if subject.kind != SubjectKind.GRAVID and 7 <= age(subject) < 18:
                assert meeting.child_voice or meeting.child_voice_missing_reason
            guardians = [i for i in invitees if i.meeting_id == meeting.id and i.guardian_id]
            reported = cases[meeting.case_id].reported_to_barnevern_at
            if reported is not None and reported <= meeting.starts_at:
                assert not guardians, municipality.slug
            elif subject.custody not in (None, Custody.OFFENTLIG):
                assert guardians


def test_stafettlogg_action_plan_deadlines_and_hand_overs(demo):
    now = utcnow()
    for _municipality, session in municipalities(demo):
        entries = all_rows(session, StafettloggEntry)
        assert {e.kind for e in entries} == set(EntryKind)
        assert any(e.health_internal for e in entries)
        assert any(e.child_voice for e in entries)
        assert all(e.created_at <= now for e in entries)
        assert all_rows(session, ActionPlanItem)
        open_deadlines = [d for d in all_rows(session, Deadline) if d.met_at is None]
        assert any(d.due_at > now for d in open_deadlines)
        assert any(d.due_at < now for d in open_deadlines)  # overdue, shown to the owner
        hand_overs = all_rows(session, HandOver)
        assert {h.status for h in hand_overs} >= {HandOverStatus.OFFERED, HandOverStatus.ACCEPTED}
        cases = {c.id: c for c in all_rows(session, Case)}
        for hand_over in hand_overs:
            holder = cases[hand_over.case_id].stafettholder_id
            if hand_over.status == HandOverStatus.ACCEPTED:
                assert holder == hand_over.to_user_id and hand_over.answered_at
            else:  # the baton passes only when the receiver accepts
                assert holder == hand_over.from_user_id


def test_meetings_and_decisions_are_on_working_days_in_working_hours(demo):
    """The README's walk and the browser tests show upcoming meetings; staff meet and
    decide Monday to Friday, 08–16."""
    for municipality, session in municipalities(demo):
        tz = municipality.profile.tz
        acute = {c.id for c in all_rows(session, Case) if c.acute}
        moments = [m.starts_at for m in all_rows(session, Meeting)]
        moments += [d.decided_at for d in all_rows(session, Decision) if d.case_id not in acute]
        for moment in moments:
            local = moment.astimezone(tz)
            assert local.weekday() < 5 and 8 <= local.hour < 16, (municipality.slug, local)


# --- the guide's decisions, consents and deadlines --------------------------------------------


def test_each_municipality_gets_the_story_its_guide_can_walk(demo):
    stories = {m.slug: story_for(m).name for m in demo.extensions["bti"]}
    assert stories == {
        "baerum": NATIONAL.name,
        "jevnaker": NATIONAL.name,
        "tromso": TROMSO.name,
        "vestby": VESTBY.name,
    }


def test_every_decision_has_an_outcome_its_level_has(demo):
    """Vestby's codes at Vestby's levels (level 2: change, continue, more_services …),
    Tromsø's at Tromsø's (level 3 only with a report), the national model's elsewhere: no
    demo decision carries a code its level lacks."""
    expected = {
        NATIONAL.name: {"level_1", "level_2", "level_3", "close", "report_barnevern"},
        VESTBY.name: {"level_1", "level_2", "level_3", "more_services", "close"}
        | {"report_barnevern"},
        TROMSO.name: {"level_1", "level_2", "continue", "level_3_report", "close"},
    }
    for municipality, session in municipalities(demo):
        assert not decisions_outside_the_guide(municipality, session), municipality.slug
        codes = {d.outcome for d in all_rows(session, Decision)}
        assert expected[story_for(municipality).name] <= codes, municipality.slug


def test_services_a_decision_names_are_covered_by_a_consent_valid_that_day(demo):
    for municipality, session in municipalities(demo):
        decisions = {d.id: d for d in all_rows(session, Decision)}
        named = all_rows(session, DecisionService)
        names_services = {
            (level.number, o.code)
            for level in municipality.levels
            for o in level.outcomes
            if o.names_services
        }
        for decision in decisions.values():
            wanted = (decision.from_level, decision.outcome) in names_services
            assert wanted == any(n.decision_id == decision.id for n in named), decision.outcome
        for row in named:
            decision = decisions[row.decision_id]
            day = decision.decided_at.astimezone(municipality.profile.tz).date()
            assert consent_service.covers(
                session, case_id=decision.case_id, service=row.service, on=day
            ), (municipality.slug, decision.outcome, row.service)


def test_deadlines_are_the_guides_own_where_it_sets_any(demo):
    for municipality, session in municipalities(demo):
        rules = {rule.code: rule for level in municipality.levels for rule in level.deadlines}
        if not rules:
            continue
        for deadline in all_rows(session, Deadline):
            assert deadline.code in rules
            rule = rules[deadline.code]
            assert deadline.met_by == rule.met_by
            # A reminder only where the rule has one (Tromsø's 14 days have none).
            assert (deadline.remind_at is None) == (rule.remind_days is None)
            if deadline.remind_at is not None:
                assert deadline.remind_at < deadline.due_at


# --- Vestby: its own guide in the demo --------------------------------------------------------


@pytest.fixture(scope="module")
def vestby(demo):
    """Vestby's registry entry and a session scoped to it."""
    db = demo.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        yield demo.extensions["bti"]["vestby"], session


@contextmanager
def in_bokmal(app, municipality):
    """Translate as the stafettlogg and the case page do in Vestby (bokmål)."""
    with app.app_context(), in_language(municipality, "nb"):
        yield


def form_fields(form_class) -> list[str]:
    """A WTForms class's field names, in the order they are declared."""
    unbound = [(name, f) for name, f in vars(form_class).items() if isinstance(f, UnboundField)]
    return [name for name, _f in sorted(unbound, key=lambda pair: pair[1].creation_counter)]


def _user(session, username: str) -> StaffUser:
    return session.exec(select(StaffUser).where(StaffUser.username == username)).one()


def _level_at(decisions: list[Decision], case_id: str, moment: datetime) -> int:
    level = 0
    for decision in sorted(decisions, key=lambda d: d.decided_at):
        if decision.case_id == case_id and decision.decided_at <= moment:
            level = decision.to_level if decision.to_level is not None else level
    return level


def test_vestby_level_0_has_an_undringsnotat_and_an_observation_by_the_teacher(vestby):
    municipality, session = vestby
    teacher = _user(session, "vestby.laerer")
    documents = all_rows(session, CaseDocument)
    assert {d.kind for d in documents} == {"undringsnotat", "observation"}
    case_ids = {d.case_id for d in documents}
    assert len(case_ids) == 1
    case = session.get(Case, case_ids.pop())
    assert case.level == 0 and case.status == CaseStatus.OPEN
    assert case.opened_by_id == teacher.id
    for document in documents:
        assert document.author_id == teacher.id
        answers = json.loads(document.answers)
        fields = form_fields(municipality.fillable_form(document.kind).form_class)
        assert list(answers) == fields  # every field, in the form's order
        assert all(answers.values())
        assert document.created_at >= case.opened_at
    observation = next(d for d in documents if d.kind == "observation")
    answers = json.loads(observation.answers)
    start, end = (date.fromisoformat(answers[k]) for k in ("period_from", "period_to"))
    assert case.opened_at.date() <= start < end < date.today()


def test_vestby_level_1_has_measures_and_a_follow_up_past_its_reminder(vestby):
    _municipality, session = vestby
    now = utcnow()
    waiting = [
        d
        for d in all_rows(session, Deadline)
        if d.code == "oppfolgingsmote_niva_1" and d.met_at is None and d.remind_at < now < d.due_at
    ]
    assert waiting, "no follow-up deadline shows «påminnelse»"
    case = session.get(Case, waiting[0].case_id)
    assert case.level == 1 and case.status == CaseStatus.OPEN
    assert waiting[0].met_by == "meeting_held:oppfolgingsmote"
    measures = [i for i in all_rows(session, ActionPlanItem) if i.case_id == case.id]
    assert measures and all(i.created_at <= waiting[0].remind_at for i in measures)
    # Not yet followed up: no follow-up meeting held since the measures were agreed.
    assert not [
        m
        for m in all_rows(session, Meeting)
        if m.case_id == case.id and m.kind == "oppfolgingsmote" and m.held_at
    ]
    overdue = [
        d
        for d in all_rows(session, Deadline)
        if d.code == "oppfolgingsmote_niva_1" and d.met_at is None and d.due_at < now
    ]
    assert overdue


def test_vestby_level_2_names_two_services_under_consent_and_the_coordinator_continues(vestby):
    municipality, session = vestby
    decisions = all_rows(session, Decision)
    named = all_rows(session, DecisionService)
    meetings = all_rows(session, Meeting)
    found = False
    for case in all_rows(session, Case):
        if case.level != 2 or case.status != CaseStatus.OPEN:
            continue
        into = [d for d in decisions if d.case_id == case.id and d.outcome == "level_2"]
        services = {n.service for n in named if into and n.decision_id == into[0].id}
        held = [m for m in meetings if m.case_id == case.id and m.kind == "samarbeidsmote"]
        if services == {"skolehelsetjeneste", "familieveiledning"} and held:
            found = True
            assert held[0].coordinator_change == "continues"
            assert len(case_service.services_involved(session, case=case)) == 2
            assert (
                case_service.service_count_warning(session, municipality=municipality, case=case)
                is None
            )
    assert found


def test_vestby_has_a_level_2_case_with_three_services_and_its_warning(vestby):
    municipality, session = vestby
    more = [d for d in all_rows(session, Decision) if d.outcome == "more_services"]
    assert more
    case = session.get(Case, more[0].case_id)
    assert case.level == 2 and case.status == CaseStatus.OPEN
    assert len(case_service.services_involved(session, case=case)) == 3
    assert case_service.service_count_warning(session, municipality=municipality, case=case)
    # The third service came in under a new consent naming it.
    consents = [c for c in all_rows(session, Consent) if c.case_id == case.id]
    assert len(consents) == 2 and all(c.status == ConsentStatus.GIVEN for c in consents)


def test_vestby_level_3_barnevern_takes_part_another_holds_the_baton_and_is_offered_it(
    demo, vestby
):
    municipality, session = vestby
    barnevern = _user(session, "vestby.barnevern")
    units = {u.id: u.kind for u in all_rows(session, Unit)}
    now = utcnow()
    matches = []
    for case in all_rows(session, Case):
        if case.level != 3 or case.status != CaseStatus.OPEN:
            continue
        people = [
            p
            for p in all_rows(session, CaseParticipant)
            if p.case_id == case.id and p.own_part_closed_at is None
        ]
        kinds = {p.user_id: units[p.unit_id] for p in people}
        if "barnevern" in kinds.values() and kinds.get(case.stafettholder_id) != "barnevern":
            matches.append((case, kinds))
    assert matches
    case, kinds = matches[0]
    advice = municipality.coordinator_advice(
        level=3,
        holder_service=kinds[case.stafettholder_id],
        services=frozenset(kinds.values()),
    )
    with in_bokmal(demo, municipality):
        assert "naturlig at barnevernet koordinerer" in str(advice)
    meeting = next(
        m
        for m in all_rows(session, Meeting)
        if m.case_id == case.id and m.kind == "tverrfaglig_mote" and m.held_at
    )
    assert meeting.coordinator_change == "changes"
    offer = session.exec(
        select(HandOver).where(
            HandOver.case_id == case.id, HandOver.status == HandOverStatus.OFFERED
        )
    ).one()
    assert offer.to_user_id == barnevern.id and offer.from_user_id == case.stafettholder_id
    assert offer.offered_at > meeting.held_at
    follow_up = session.exec(
        select(Deadline).where(
            Deadline.case_id == case.id, Deadline.code == "oppfolgingsmote_niva_3"
        )
    ).one()
    assert follow_up.met_at is None and follow_up.due_at > now
    assert follow_up.created_at == meeting.held_at


def test_vestby_has_an_acute_case_reported_straight_to_barnevern(vestby):
    _municipality, session = vestby
    acute = session.exec(select(Case).where(Case.acute)).one()
    decision = session.exec(select(Decision).where(Decision.case_id == acute.id)).one()
    assert (decision.from_level, decision.outcome) == (0, "report_barnevern")
    assert acute.reported_to_barnevern_at is not None


def test_vestby_meetings_at_levels_2_and_3_clarify_the_coordinator_in_the_stafettlogg(demo, vestby):
    municipality, session = vestby
    decisions = all_rows(session, Decision)
    notes = {
        e.meeting_id: e.text
        for e in all_rows(session, StafettloggEntry)
        if e.kind == EntryKind.NOTE and e.meeting_id
    }
    with in_bokmal(demo, municipality):
        texts = {answer: str(text) for answer, text in COORDINATOR_ANSWERS.items()}
    answers = Counter()
    for meeting in all_rows(session, Meeting):
        if meeting.held_at is None:
            assert meeting.coordinator_change == ""
            continue
        level = _level_at(decisions, meeting.case_id, meeting.held_at)
        if municipality.level(level).clarify_coordinator:
            assert meeting.coordinator_change in ("continues", "changes")
            assert notes[meeting.id] == texts[meeting.coordinator_change]
            answers[(level, meeting.coordinator_change)] += 1
        else:
            assert meeting.coordinator_change == "" and meeting.id not in notes
    assert {level for level, _answer in answers} == {2, 3}
    assert {answer for _level, answer in answers} == {"continues", "changes"}
    assert texts["continues"].startswith("Møtet avklarte")  # bokmål, as staff write it


def test_vestby_meeting_kinds_follow_its_guide(vestby):
    _municipality, session = vestby
    kinds = {m.kind for m in all_rows(session, Meeting)}
    assert {
        "undringssamtale",
        "samarbeidsmote",
        "tverrfaglig_mote",
        "oppfolgingsmote",
        "evalueringsmote",
    } <= kinds


def test_municipalities_on_the_national_model_keep_the_national_demo(demo):
    for municipality, session in municipalities(demo):
        if story_for(municipality) is not NATIONAL:
            continue
        assert not all_rows(session, CaseDocument)
        assert not all_rows(session, DecisionService)
        assert all(m.coordinator_change == "" for m in all_rows(session, Meeting))
        assert "tverrfaglig_mote" not in {m.kind for m in all_rows(session, Meeting)}


def test_the_browser_walks_find_what_they_expect(demo):
    """The browser tests accept the first offer waiting for the health nurse: it must be
    the one they make, so the demo offers the nurse nothing."""
    for municipality, session in municipalities(demo):
        nurse = _user(session, f"{municipality.slug}.helsesykepleier")
        offers = [h for h in all_rows(session, HandOver) if h.status == HandOverStatus.OFFERED]
        assert all(h.to_user_id != nurse.id for h in offers)


# --- Tromsø: its own guide in the demo --------------------------------------------------------


@pytest.fixture(scope="module")
def tromso(demo):
    """Tromsø's registry entry and a session scoped to it."""
    db = demo.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["tromso"]) as session:
        yield demo.extensions["bti"]["tromso"], session


def _participants(session, case_id: str) -> set[int]:
    return {p.user_id for p in all_rows(session, CaseParticipant) if p.case_id == case_id}


def _in_working_hours(moment: datetime, tz) -> bool:
    local = moment.astimezone(tz)
    return local.weekday() < 5 and 8 <= local.hour < 16


def test_tromso_reaches_level_3_only_with_a_report_and_barnevern_holds_the_baton(tromso):
    """«Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3;
    bekymringsmelding til barneverntjenesten», and «Barnevernet skal alltid ha
    Stafettholderansvaret når de er inne med hjelpetiltak»."""
    _municipality, session = tromso
    cases = all_rows(session, Case)
    decisions = all_rows(session, Decision)
    assert Counter(c.level for c in cases) == {0: 5, 1: 5, 2: 6, 3: 4}
    for case in (c for c in cases if c.level == 3):
        assert case.reported_to_barnevern_at is not None
        into = [d for d in decisions if d.case_id == case.id and d.to_level == 3]
        assert [d.outcome for d in into] == ["level_3_report"]
    reported = [c for c in cases if c.reported_to_barnevern_at and not c.acute]
    assert reported, "a case reported on its way, not only the acute one"
    barnevern = _user(session, "tromso.barnevern")
    helping = [c for c in cases if c.barnevern_help and c.status == CaseStatus.OPEN]
    assert helping and all(c.stafettholder_id == barnevern.id for c in helping)
    assert any(not c.acute for c in helping)


def test_tromso_checklists_show_the_trinn_walked(tromso):
    """Every trinn ticked by someone taking part, in working hours, in order; the decision
    trinn only by a decision; open cases show a checklist in progress."""
    municipality, session = tromso
    now = utcnow()
    tz = municipality.profile.tz
    cases = {c.id: c for c in all_rows(session, Case)}
    decisions = all_rows(session, Decision)
    ticks = all_rows(session, CaseStep)
    assert ticks
    for tick in ticks:
        case = cases[tick.case_id]
        step = municipality.level(tick.level).steps[tick.step - 1]
        assert tick.done_by_id in _participants(session, case.id)
        assert case.opened_at <= tick.done_at <= now
        if step.done_when == steps.DECISION:
            assert any(
                d.case_id == case.id and d.from_level == tick.level and d.decided_at == tick.done_at
                for d in decisions
            )
        else:
            assert _in_working_hours(tick.done_at, tz), tick
    in_progress = 0
    for case in cases.values():
        if case.status != CaseStatus.OPEN:
            continue
        states = steps.states(session, municipality=municipality, case=case)
        assert states, case.concern  # every level of Tromsø's guide is a checklist
        done = [s for s in states if s.done]
        waiting = steps.open_before_decision(session, municipality=municipality, case=case)
        if done and (waiting or states[-1].done is None):
            in_progress += 1
        if case.level >= 2 and not case.acute:
            # «Opprett Stafettlogg. NB! Husk samtykke»: ticked only under consent.
            assert consent_service.has_valid(session, case_id=case.id, on=date.today())
    assert in_progress >= 5
    # «Fortsett fra trinn 4-7 så lenge behovet er til stede»: a new round, ticked again.
    again = [d for d in decisions if d.outcome == "continue"]
    assert {d.from_level for d in again} >= {1, 2}
    for decision in again:
        later = [
            t
            for t in ticks
            if t.case_id == decision.case_id
            and t.level == decision.from_level
            and t.done_at > decision.decided_at
        ]
        assert later and min(t.step for t in later) >= 4


def test_tromso_keeps_no_stafettlogg_below_level_2_and_makes_the_level_1_plan(tromso):
    """«Trinn 2: Opprett Stafettlogg. NB! Husk samtykke» (nivå 2); at nivå 1 «Lag en plan
    for det videre forløpet […] Dokumenter i eget fagsystem» and «Evaluer tiltakene etter
    oppsatt plan. Evalueringen må inneholde barnets/ungdommens stemme»."""
    _municipality, session = tromso
    decisions = all_rows(session, Decision)
    # A decision is on record in the case's history; nothing else is written in a log.
    logged = {
        e.case_id for e in all_rows(session, StafettloggEntry) if e.kind != EntryKind.DECISION
    }
    planned = {i.case_id for i in all_rows(session, ActionPlanItem)}
    documents = all_rows(session, CaseDocument)
    below_2 = [
        c
        for c in all_rows(session, Case)
        if max([c.level, *(d.to_level or 0 for d in decisions if d.case_id == c.id)]) < 2
    ]
    assert below_2
    for case in below_2:
        assert case.stafettholder_id is None, case.concern
        assert case.id not in logged and case.id not in planned, case.concern
    plans = [d for d in documents if d.kind == "plan_niva_1"]
    evaluations = [d for d in documents if d.kind == "evaluering_niva_1"]
    assert plans and evaluations
    for evaluation in evaluations:
        answers = json.loads(evaluation.answers)
        assert answers["barnets_stemme"] or answers["stemme_mangler"]
        assert any(p.case_id == evaluation.case_id and p.created_at < evaluation.created_at
                   for p in plans)  # fmt: skip
    # Trinn 3 and 5 of nivå 1 are ticked by the plan and its evaluation.
    ticks = all_rows(session, CaseStep)
    for plan in plans:
        assert any(t.case_id == plan.case_id and t.level == 1 and t.step == 3 for t in ticks)


def test_tromso_barnevern_helps_only_at_level_3(tromso):
    """«Barn/ungdom med rett på individuell plan (1) er på nivå 3, det samme er barn med
    tiltak fra barneverntjenesten.»"""
    _municipality, session = tromso
    helping = [c for c in all_rows(session, Case) if c.barnevern_help]
    assert helping and all(c.level == 3 for c in helping)


def test_tromso_decision_within_14_days_is_overdue_for_the_employee_and_their_leader(tromso):
    """«Frist for å ta en beslutning 14 dager etter at bekymring oppstår»: «Mine saker» shows
    a case still waiting for its decision to the teacher who owns it and to the head
    teacher, who leads the school; another case at level 0 is still within the 14 days."""
    _municipality, session = tromso
    now = utcnow()
    teacher = load_actor(session, _user(session, "tromso.laerer").id)
    head = load_actor(session, _user(session, "tromso.leder").id)
    assert Role.LEDER in {post.role for post in head.posts}
    own = [
        o
        for o in overview.overdue_deadlines(session, by=teacher, now=now)
        if o.deadline.code == "beslutning_14_dager"
    ]
    assert own and all(o.own for o in own)
    case = own[0].case
    assert case.level == 0 and case.status == CaseStatus.OPEN
    assert (date.today() - case.concern_arose_on).days > 14
    assert not [d for d in all_rows(session, Decision) if d.case_id == case.id]
    led = overview.overdue_deadlines(session, by=head, now=now)
    assert any(o.case.id == case.id and not o.own for o in led)
    cases = {c.id: c for c in all_rows(session, Case)}
    waiting = [
        d
        for d in all_rows(session, Deadline)
        if d.code == "beslutning_14_dager" and d.met_at is None and d.due_at > now
    ]
    assert waiting and all(cases[d.case_id].level == 0 for d in waiting)
    # The others decided in time.
    decided = [d for d in all_rows(session, Deadline) if d.met_at is not None]
    assert decided and all(d.met_at <= d.due_at for d in decided)


def test_tromso_stafettlogg_has_goals_activities_evaluations_and_minutes(tromso):
    """«I Sampro finnes Stafettloggen der det settes det opp målsettinger, og hvem som gjør
    hva for å nå målene … da den også fungerer som et møtereferat»; the evaluation «må
    inneholde barnets/ungdommens stemme»."""
    _municipality, session = tromso
    meetings = {m.id: m for m in all_rows(session, Meeting)}
    entries = all_rows(session, StafettloggEntry)
    items = all_rows(session, ActionPlanItem)
    assert items and all(i.responsible_id or i.responsible_text for i in items)
    assert all(i.follow_up_on for i in items)
    evaluated = [i for i in items if i.evaluated_at]
    assert evaluated and any(i.child_voice for i in evaluated)
    for kind in (EntryKind.GOAL, EntryKind.ACTIVITY, EntryKind.EVALUATION):
        linked = [e for e in entries if e.kind == kind and e.meeting_id]
        assert linked, kind
        for entry in linked:
            meeting = meetings[entry.meeting_id]
            assert meeting.case_id == entry.case_id and meeting.held_at is not None
    assert any(e.kind == EntryKind.EVALUATION and e.child_voice for e in entries)
    health = [e for e in entries if e.health_internal]
    assert health
    for entry in health:
        actor = load_actor(session, entry.author_id)
        assert actor.is_health


def test_tromso_hand_over_plans_and_barn_som_parorende(tromso):
    municipality, session = tromso
    cases = {c.id: c for c in all_rows(session, Case)}
    accepted = [h for h in all_rows(session, HandOver) if h.status == HandOverStatus.ACCEPTED]
    assert accepted
    for hand_over in accepted:
        assert cases[hand_over.case_id].stafettholder_id == hand_over.to_user_id
        assert hand_over.offered_at < hand_over.answered_at <= utcnow()
    # «et barn/ungdom både kan ha en IUP/IOP og en Stafettlogg/IP i Sampro»
    both = [
        c
        for c in cases.values()
        if {p.kind for p in plans.active(session, case_id=c.id)} >= {"ip", "iop"}
    ]
    assert both and all(c.stafettholder_id for c in both)
    marked = [c for c in cases.values() if c.next_of_kin_relation]
    assert [(c.next_of_kin_relation, c.next_of_kin_reason) for c in marked] == [
        ("forelder", "psykisk_sykdom")
    ]
    subject = session.get(Subject, marked[0].subject_id)
    assert age(subject) <= municipality.next_of_kin_routine.max_age


def _citizen(session, username: str) -> citizen_service.CitizenActor:
    citizen = citizen_service.authenticate_password(
        session, username=username, password=DEMO_PASSWORD
    )
    assert citizen is not None, username
    return citizen_service.CitizenActor(citizen.id, citizen.display_name)


def _reads_exactly_one(municipality, session, username: str, relation: str) -> Case:
    """The citizen's one stafettlogg, read as they may read it; every other case with a
    stafettlogg is «not found» to them."""
    by = _citizen(session, username)
    readable = citizen_service.my_stafettlogger(session, municipality=municipality, by=by)
    assert [r.relation for r in readable] == [relation]
    case = readable[0].case
    view = citizen_service.read(session, municipality=municipality, by=by, case_id=case.id)
    assert view.entries and not [e for e in view.entries if e.health_internal]
    assert any(
        e.health_internal for e in all_rows(session, StafettloggEntry) if e.case_id == case.id
    )
    assert view.activities and all(a.responsible and a.follow_up_on for a in view.activities)
    assert any(held.minutes and held.entries for held in view.meetings)
    assert view.participants and any(p.holder for p in view.participants)
    for other in all_rows(session, Case):
        if other.id != case.id and other.stafettholder_id is not None:
            with pytest.raises(NotFound):
                citizen_service.read(session, municipality=municipality, by=by, case_id=other.id)
    return case


def test_tromso_guardian_reads_their_childs_stafettlogg_and_nothing_else(tromso):
    """«Foreldre og ungdom har tilgang Stafettloggen på lik linje med de tjenesteytere som er
    involvert»: the guardian signs in at /tromso/innsyn/logg-inn with the demo password."""
    municipality, session = tromso
    case = _reads_exactly_one(municipality, session, "tromso.foresatt", "foresatt")
    citizen = session.exec(select(Citizen).where(Citizen.username == "tromso.foresatt")).one()
    guardian = session.exec(
        select(Guardian).where(Guardian.fodselsnummer == citizen.fodselsnummer)
    ).one()
    assert guardian.subject_id == case.subject_id and guardian.parental_responsibility
    assert is_synthetic(citizen.fodselsnummer)
    assert check_fodselsnummer(citizen.fodselsnummer, allow_synthetic=True)
    assert age(session.get(Subject, case.subject_id)) < 18
    # Another child has a stafettlogg the guardian may not read (checked above).
    assert any(
        c.stafettholder_id and c.subject_id != case.subject_id and not c.reported_to_barnevern_at
        for c in all_rows(session, Case)
    )


def test_tromso_youth_reads_their_own_stafettlogg(tromso):
    municipality, session = tromso
    case = _reads_exactly_one(municipality, session, "tromso.ungdom", "ungdom")
    citizen = session.exec(select(Citizen).where(Citizen.username == "tromso.ungdom")).one()
    subject = session.get(Subject, case.subject_id)
    assert subject.fodselsnummer == citizen.fodselsnummer
    assert municipality.citizen_access.youth_from_age <= age(subject) < 18


def test_tromso_no_citizen_sees_a_reported_case(tromso):
    municipality, session = tromso
    reported = [c for c in all_rows(session, Case) if c.reported_to_barnevern_at]
    assert len(reported) >= 2
    for username in ("tromso.foresatt", "tromso.ungdom"):
        by = _citizen(session, username)
        for case in reported:
            with pytest.raises(NotFound):
                citizen_service.read(session, municipality=municipality, by=by, case_id=case.id)


# --- identity helpers ------------------------------------------------------------------------


@pytest.mark.parametrize("born", [date(1901, 1, 1), date(1999, 12, 31), date(2000, 2, 29)])
def test_a_generated_fodselsnummer_carries_its_birth_date_and_gender(born):
    rng = random.Random(7)
    for female in (True, False):
        number = make_fodselsnummer(born, female=female, rng=rng)
        assert birth_date_of(number) == born
        assert (int(number[8]) % 2 == 0) == female  # even for women, as in the register


def test_remainder_1_gives_no_check_digit():
    assert check_digit("100000000", K1_WEIGHTS) == 8  # 3 * 1 = 3; 11 - 3 = 8
    assert check_digit("400000000", K1_WEIGHTS) is None  # 3 * 4 = 12, remainder 1
