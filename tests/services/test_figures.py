"""The standing teams' figures for a quarter (Bærum's «Måling av effekt»), small cells
suppressed; the indicator page and the quarter's protocols for the coordinator of «Sammen
for barn og unge», and who may see them.

Referrals and discussions are written straight into the tables: the figures read what the
team's pages record, whichever way it got there.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

import bti_baerum.plugin
from bti import Indicator, hookimpl
from bti.errors import NotFound
from bti.models import (
    AuditEvent,
    TeamDiscussion,
    TeamEvaluation,
    TeamRecord,
    TeamReferral,
)
from bti.services.figures import SMALL, Count, Figures, Share
from bti.services.quarters import InvalidQuarter, Quarter
from bti.services.reports import indicators_page, quarter_protocols
from bti_baerum import reports as baerum_reports
from tests.support.web import give_passwords, signed_in
from tests.support.world import World, birth_date_for

OSLO = ZoneInfo("Europe/Oslo")
Q4 = Quarter(2026, 4)
# A Tuesday in the quarter, 09.00 in Bærum.
MEETING = datetime(2026, 11, 10, 9, tzinfo=OSLO)

# Until the Bærum plugin imports its reports module, register that module beside it.
BAERUM_EXTRA = [] if hasattr(bti_baerum.plugin, "bti_register_indicators") else [baerum_reports]


def people(world: World) -> World:
    """Bærum: Kari teaches at Solsikken barnehage, Anne leads it, Siri is the coordinator of
    «Sammen for barn og unge», Truls teaches at Bekkestua skole; Kari has a case about Ola."""
    world.employee("Kari", "Solsikken barnehage")
    world.employee("Anne", "Solsikken barnehage", "leder")
    world.employee("Siri", "Familieveiledning Bærum", "koordinator")
    world.employee("Truls", "Bekkestua skole")
    world.child("Ola", birth_date=birth_date_for(4))
    world.open_case("Kari", "Ola")
    return world


@pytest.fixture
def world(make_world, database_url) -> World:
    return people(make_world("Bærum", database_url=database_url, plugins=BAERUM_EXTRA))


def team(world: World, name: str = "TIT barnehage", *, min_age=0, max_age=5, pregnant=True):
    with world.transaction() as session:
        record = TeamRecord(
            code=name.lower().replace(" ", "-"),
            name=name,
            min_age=min_age,
            max_age=max_age,
            includes_pregnant=pregnant,
        )
        session.add(record)
        session.flush()
        return record.id


def discussed(
    world: World,
    team_id: int,
    *,
    at: datetime = MEETING,
    guardians: bool | None = True,
    youth: bool | None = None,
    types: str = "learning",
    unit: str = "Solsikken barnehage",
    days_before: float = 14,
    protocol: str = "",
    case_id: str | None = None,
    closed: bool = True,
) -> int:
    """A case discussed in the team at ``at`` (the avrunding recorded unless ``closed`` is
    false); with ``protocol``, its finalised protocol."""
    with world.transaction() as session:
        number = len(session.exec(select(TeamReferral.id)).all()) + 1
        referral = TeamReferral(
            case_id=case_id or world.case_id,
            team_id=team_id,
            number=number,
            referred_by_id=world.staff["Kari"],
            unit_id=world.unit(unit),
            referred_at=at.astimezone(UTC) - timedelta(days=days_before),
            case_types=types,
            status="closed" if protocol else "discussed",
            starts_at=at.astimezone(UTC),
        )
        session.add(referral)
        session.flush()
        session.add(
            TeamDiscussion(
                referral_id=referral.id,
                guardians_present=guardians,
                youth_present=youth,
                closed_at=at.astimezone(UTC) + timedelta(hours=1) if closed else None,
                protocol=protocol,
                protocol_finalised_at=at.astimezone(UTC) + timedelta(days=1) if protocol else None,
                recorded_by_id=world.staff["Siri"],
            )
        )
        return referral.id


def figure(world: World, name: str, quarter: Quarter = Q4):
    """``Figures.<name>()`` for ``quarter``, read in a session of its own."""
    with world.scoped() as session:
        return getattr(Figures(session, world.kommune, quarter, today=date(2026, 12, 5)), name)()


# -- small cells ------------------------------------------------------------------------------


def test_a_count_from_one_to_four_reads_under_five():
    assert [str(Count(n)) for n in (0, 1, 4, 5, 12)] == ["0", "under 5", "under 5", "5", "12"]
    assert Count(3).value is None and Count(0).value == 0 and Count(SMALL).value == 5


def test_a_share_needs_five_and_no_small_numerator_or_complement():
    assert Share(5, 10).value == 50.0
    assert Share(0, 7).value == 0.0 and Share(7, 7).value == 100.0
    for numerator, denominator in ((2, 4), (3, 10), (6, 10), (9, 10), (4, 4)):
        share = Share(numerator, denominator)
        assert share.suppressed and share.value is None, (numerator, denominator)
    assert Share(0, 0).value is None and not Share(0, 0).suppressed


def test_four_discussed_cases_are_under_five_and_five_are_shown(world):
    tit = team(world)
    for _ in range(4):
        discussed(world, tit)
    assert str(figure(world, "discussed")) == "under 5"
    discussed(world, tit)
    assert str(figure(world, "discussed")) == "5"


def test_the_participation_share_counts_a_consent_only_case_as_not_taking_part(world):
    tit = team(world)
    for _ in range(4):
        discussed(world, tit, guardians=True)
    discussed(world, tit, guardians=False, youth=True)
    # Discussed on the written consent alone: neither the guardians nor the youth came.
    for _ in range(5):
        discussed(world, tit, guardians=False, youth=False)
    discussed(world, tit, closed=False)  # on the day, not rounded off yet: not counted
    share = figure(world, "participation")
    assert (share.numerator, share.denominator) == (5, 10)
    assert share.value == 50.0


def test_a_share_whose_complement_is_under_five_is_not_shown(world):
    tit = team(world)
    for _ in range(5):
        discussed(world, tit, guardians=True)
    discussed(world, tit, guardians=False)
    share = figure(world, "participation")
    assert share.denominator == 6 and share.suppressed and share.value is None


def test_the_meeting_date_in_oslo_decides_the_quarter(world):
    tit = team(world)
    # 22.30 and 23.30 UTC on 31 December: 23.30 on New Year's Eve and 00.30 on New Year's
    # Day in Bærum.
    discussed(world, tit, at=datetime(2026, 12, 31, 23, 30, tzinfo=OSLO))
    discussed(world, tit, at=datetime(2027, 1, 1, 0, 30, tzinfo=OSLO))
    assert figure(world, "discussed").raw == 1
    assert figure(world, "discussed", Quarter(2027, 1)).raw == 1
    assert figure(world, "discussed", Quarter(2026, 3)).raw == 0


def test_the_breakdowns_per_team_type_unit_days_and_evaluation(world):
    small = team(world)
    team(world, "TIT ungdomsskole", min_age=13, max_age=16, pregnant=False)
    ids = [
        discussed(world, small, types="learning,behaviour", days_before=10 + i) for i in range(5)
    ]
    discussed(world, small, types="care", unit="Bekkestua skole")
    with world.transaction() as session:
        for i, referral_id in enumerate(ids):
            session.add(
                TeamEvaluation(
                    referral_id=referral_id,
                    token=f"t{i}",
                    answered_at=MEETING.astimezone(UTC) + timedelta(days=30),
                    experience=4,
                    plan_followed="yes",
                    measures_helped="yes",
                    about_meeting_on=date(2026, 12, 1),
                )
            )
    per_team = {t.name: t for t in figure(world, "per_team")}
    assert str(per_team["TIT barnehage"].cases) == "6"
    assert str(per_team["TIT ungdomsskole"].cases) == "0"
    assert per_team["TIT barnehage"].includes_pregnant
    assert [(code, str(n)) for code, n in figure(world, "per_case_type")] == [
        ("learning", "5"),
        ("behaviour", "5"),
        ("care", "under 5"),
    ]
    assert [(u.name, str(u.cases)) for u in figure(world, "per_unit")] == [
        ("Solsikken barnehage", "5"),
        ("Bekkestua skole", "under 5"),
    ]
    assert str(figure(world, "units_using_team")) == "under 5"
    days = figure(world, "days_to_meeting")
    assert (days.cases, days.median, days.mean) == (6, 12.5, 12.3)
    evaluations = figure(world, "evaluations")
    assert str(evaluations.answered) == "5"
    assert evaluations.experience_mean == 4.0
    assert dict(evaluations.experience)[4] == Count(5)
    assert evaluations.helped.value == 100.0


# -- quarters ---------------------------------------------------------------------------------


def test_a_quarter_is_written_like_2026q4():
    assert Quarter.parse("2026Q4") == Q4 == Quarter.parse(" 2026-q4 ")
    assert (Q4.start, Q4.end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert Q4.previous() == Quarter(2026, 3) and Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert [str(q) for q in Q4.last(4)] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert Quarter.of(date(2027, 1, 1)) == Q4.next() == Quarter(2027, 1)
    for bad in ("2026Q5", "Q4 2026", "2026", "", None, "26Q1"):
        with pytest.raises(InvalidQuarter, match=r"e\.g\. 2026Q4"):
            Quarter.parse(bad)


# -- the indicator page and the protocols -----------------------------------------------------


def test_the_indicator_page_has_the_plan_s_columns(make_world, database_url):
    quarters = {Quarter(2026, 2): 40.0, Q4: 55.0}

    class Shares:
        @hookimpl
        def bti_register_indicators(self, profile):
            return [
                Indicator(
                    code="prove",
                    name="Prøveandel",
                    compute=lambda f: quarters.get(f.quarter),
                    unit="%",
                    target=100.0,
                    chart=True,
                )
            ]

    world = people(
        make_world("Bærum", database_url=database_url, plugins=[*BAERUM_EXTRA, Shares()])
    )
    tit = team(world)
    for _ in range(5):
        discussed(world, tit, guardians=True)
    page = world.look("Anne", indicators_page, quarter=Q4)
    rows = {row.code: row for row in page.rows}
    row = rows["prove"]
    assert (row.zero_point.number, row.zero_point_quarter, row.status.number) == (
        40.0,
        Quarter(2026, 2),
        55.0,
    )
    assert row.improvement == 15.0 and row.target == 100.0
    assert [str(q) for q, _v in row.series] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    # Bærum's own: every case had the guardians there, but five is the smallest shown.
    parents = rows["tit_foreldre_deltatt"]
    assert parents.status.number == 100.0 and parents.target == 100.0 and parents.chart
    assert "Måling av effekt" in parents.source
    assert rows["tit_saker"].status.number == 5
    assert rows["tit_barnehager_skoler"].status.suppressed


def test_an_employee_sees_neither_page_and_a_leader_not_the_protocols(world):
    for who, service in (
        ("Kari", indicators_page),
        ("Kari", quarter_protocols),
        ("Anne", quarter_protocols),
    ):
        with pytest.raises(NotFound):
            world.look(who, service, quarter=Q4)
    assert world.look("Anne", indicators_page, quarter=Q4).quarter == Q4
    assert world.look("Siri", quarter_protocols, quarter=Q4).rows == []
    with world.scoped() as session:
        denied = session.exec(
            select(AuditEvent.action, AuditEvent.outcome).where(
                AuditEvent.action.in_(("report.indicators", "report.quarterly"))
            )
        ).all()
    assert sorted((a, str(o)) for a, o in denied) == [
        ("report.indicators", "allowed"),
        ("report.indicators", "denied"),
        ("report.quarterly", "allowed"),
        ("report.quarterly", "denied"),
        ("report.quarterly", "denied"),
    ]


def test_the_pages_answer_404_to_those_who_may_not_see_them(world):
    give_passwords(world)
    employee, leader, coordinator = (signed_in(world, who) for who in ("kari", "anne", "siri"))
    assert employee.get("/baerum/indikatorer").status_code == 404
    assert employee.get("/baerum/protokoller").status_code == 404
    assert leader.get("/baerum/protokoller?kvartal=2026Q4").status_code == 404
    page = leader.get("/baerum/indikatorer?kvartal=2026Q4")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Andel saker i tidlig innsatsteam der foreldre har deltatt" in text
    assert "<svg" in text and "<caption>" in text
    assert coordinator.get("/baerum/protokoller?kvartal=2026Q4").status_code == 200
    bad = leader.get("/baerum/indikatorer?kvartal=2026Q9")
    assert bad.status_code == 400 and "2026Q9" in bad.get_data(as_text=True)
    assert 'href="/baerum/indikatorer"' in leader.get("/baerum/").get_data(as_text=True)
    assert 'href="/baerum/indikatorer"' not in employee.get("/baerum/").get_data(as_text=True)


DISTINCTIVE = ("Zebulon", "Quixtrudsen", "Ysolde Vimmerfjell", "Bortenfor-Stien 17")


def protocol_world(world: World) -> None:
    """A case about Zebulon Quixtrudsen (born 29 February 2016), whose mother Ysolde
    Vimmerfjell lives at Bortenfor-Stien 17, discussed and its protocol finalised."""
    world.child("Zebulon", birth_date=date(2016, 2, 29))
    with world.transaction() as session:
        from bti.models import Subject

        subject = session.get(Subject, world.children["Zebulon"])
        subject.family_name = "Quixtrudsen"
        session.add(subject)
    world.guardian("Ysolde Vimmerfjell", "Zebulon")
    case_id = world.open_case("Kari", "Zebulon", concern="Bor i Bortenfor-Stien 17.")
    tit = team(world, "TIT barneskole", min_age=6, max_age=12, pregnant=False)
    discussed(
        world,
        tit,
        case_id=case_id,
        guardians=True,
        types="learning,care",
        protocol="Sak drøftet. Tiltak: samtale med helsesykepleier og tett oppfølging i klassen.",
    )
    discussed(world, tit, guardians=False, protocol="")  # no protocol yet: not in the report


def test_the_quarterly_report_names_no_one(world):
    protocol_world(world)
    report = world.look("Siri", quarter_protocols, quarter=Q4)
    (row,) = report.rows
    assert (row.team, row.meeting_on, row.min_age, row.max_age) == (
        "TIT barneskole",
        date(2026, 11, 10),
        6,
        12,
    )
    assert row.case_types == ("learning", "care") and row.family_took_part
    assert row.referred_by_kind == "barnehage"
    text = repr(report)
    for word in (*DISTINCTIVE, "2016-02-29", "29.02.2016"):
        assert word not in text


def test_the_command_writes_the_quarter_s_protocols_to_a_file(world, tmp_path):
    protocol_world(world)
    app = world.deployment.start()
    runner = app.test_cli_runner()
    for fmt in ("md", "html"):
        out = tmp_path / f"tit.{fmt}"
        result = runner.invoke(
            args=[
                "baerum",
                "quarterly-report",
                "--quarter",
                "2026Q4",
                "-o",
                str(out),
                "--format",
                fmt,
            ]
        )
        assert result.exit_code == 0, result.output
        written = out.read_text(encoding="utf-8")
        assert "TIT barneskole" in written and "helsesykepleier" in written
        assert "6–12" in written
        for word in (*DISTINCTIVE, "2016-02-29", "29.02.2016"):
            assert word not in written
    with world.scoped() as session:
        actors = session.exec(
            select(AuditEvent.actor_id).where(AuditEvent.action == "report.quarterly")
        ).all()
    assert actors == [None, None]
    bad = runner.invoke(args=["baerum", "quarterly-report", "--quarter", "2026Q5"])
    assert bad.exit_code == 2 and "2026Q4" in bad.output
