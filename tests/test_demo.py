"""The demo data: what a person trying the demo, or checking it, would look for.

Loading the four municipalities takes a few seconds, so most checks share one load on
SQLite (``demo``); the load itself, and loading twice, run on each database backend.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

import bti.demo.loader
from bti import create_app
from bti.demo import DEMO_PASSWORD, DemoRefusedError, load_demo_data
from bti.demo.identity import K1_WEIGHTS, age_on, check_digit, make_fodselsnummer
from bti.errors import InvalidInput
from bti.migrate import upgrade_database
from bti.models import (
    ActionPlanItem,
    Case,
    CaseParticipant,
    CaseStatus,
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Custody,
    Deadline,
    Decision,
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
from bti.rules.identity import birth_date_of, check_fodselsnummer, is_synthetic

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


def test_every_account_is_listed_and_signs_in_with_the_demo_password(demo):
    accounts = demo.config["DEMO_ACCOUNTS"]
    usernames = {username for _name, username, _description in accounts}
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
    for _municipality, session in municipalities(demo):
        subjects = {s.id: s for s in all_rows(session, Subject)}
        cases = {c.id: c for c in all_rows(session, Case)}
        guardians = all_rows(session, Guardian)
        signatures = all_rows(session, ConsentSignature)
        for consent in all_rows(session, Consent):
            statuses[consent.status] += 1
            subject = subjects[cases[consent.case_id].subject_id]
            signed = [s for s in signatures if s.consent_id == consent.id]
            if consent.status in (ConsentStatus.REFUSED, ConsentStatus.DRAFT):
                assert len(signed) < len(_required(subject, guardians)) or not signed
                continue
            assert sorted((s.signer_kind, s.guardian_id) for s in signed) == sorted(
                _required(subject, guardians)
            ), subject.custody
            assert consent.given_at is not None
            if consent.status == ConsentStatus.WITHDRAWN:
                assert consent.withdrawn_at and consent.withdrawal_note
    assert set(statuses) == set(ConsentStatus)


def _required(subject: Subject, guardians: list[Guardian]) -> list[tuple[str, int | None]]:
    """The rule as the design states it, written out independently of the loader."""
    years = age(subject)
    if years >= 18:
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
    now = utcnow()
    for _municipality, session in municipalities(demo):
        subjects = {s.id: s for s in all_rows(session, Subject)}
        cases = {c.id: c for c in all_rows(session, Case)}
        parts = Counter(p.meeting_id for p in all_rows(session, MinutesPart))
        invitees = all_rows(session, MeetingInvitee)
        meetings = all_rows(session, Meeting)
        assert {m.kind for m in meetings} == {
            "undringssamtale",
            "samarbeidsmote",
            "oppfolgingsmote",
            "evalueringsmote",
            "overgangsmote",
        }
        assert any(m.starts_at > now and m.held_at is None for m in meetings)
        for meeting in (m for m in meetings if m.held_at):
            assert meeting.held_at <= now and parts[meeting.id] >= 3
            subject = subjects[cases[meeting.case_id].subject_id]
            if subject.kind != SubjectKind.GRAVID and 7 <= age(subject) < 18:
                assert meeting.child_voice or meeting.child_voice_missing_reason
            if subject.custody not in (None, Custody.OFFENTLIG):
                assert any(i.meeting_id == meeting.id and i.guardian_id for i in invitees)


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
