"""Steps for retention: a closed case kept for the municipality's period, then anonymised or
deleted (features/core/oppbevaring.feature, oppbevaring_sletting.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_retention``). The cases are opened and
closed through the services with the platform's clock set back («for 5 år siden»), and
retention runs as an operator runs it: ``bti retention run``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from pytest_bdd import given, parsers, then, when
from sqlmodel import SQLModel, select

from bti import clock
from bti.models import AuditEvent, AuditPurpose, Case, CaseStatus, Guardian, Subject
from bti.services.retention import case_tables
from bti.services.retention.runner import cutoff
from tests.support.past import case_opened_and_closed
from tests.support.world import World

ACTIONS = {"anonymiserer": "anonymise", "sletter": "delete"}
CONCERN = "Virker lei seg og trekker seg unna de andre."


@dataclass
class Retention:
    """The cases the scenario named, and what the last run reported."""

    old_case: str | None = None
    report: dict = field(default_factory=dict)
    personal: set[str] = field(default_factory=set)


@pytest.fixture
def retention() -> Retention:
    return Retention()


def ago(text: str, now: datetime) -> datetime:
    """``"3 år og 1 dag"`` → that long before ``now`` (calendar years and months)."""
    months = days = 0
    for number, unit in re.findall(r"(\d+) (år|måned|dag)", text):
        if unit == "år":
            months += 12 * int(number)
        elif unit == "måned":
            months += int(number)
        else:
            days += int(number)
    return cutoff(now, months) - timedelta(days=days)


@given(
    parsers.re(
        r"at kommunen oppbevarer avsluttede saker i (?P<years>\d+) år og deretter "
        r"(?P<action>anonymiserer|sletter) dem$"
    )
)
def _(world: World, years: str, action: str) -> None:
    entry = world.deployment.municipalities[-1]
    entry["retention"] = {"years": int(years), "action": ACTIONS[action]}


@given(
    parsers.re(
        r"at (?P<navn>\w+) åpnet en sak om (?P<barn>\w+) for (?P<opened>.+?) siden"
        r"(?: og avsluttet den for (?P<closed>.+?) siden)?$"
    )
)
def _(
    world: World, retention: Retention, navn: str, barn: str, opened: str, closed: str | None
) -> None:
    now = clock.SystemClock().now()
    retention.old_case = case_opened_and_closed(
        world,
        navn,
        barn,
        opened_at=ago(opened, now),
        closed_at=ago(closed, now) if closed else None,
        rationale="Ola har det bra igjen, sier Per",
    )


@given(parsers.parse("at {navn} har åpnet en ny sak om {barn}"))
def _(world: World, navn: str, barn: str) -> None:
    world.open_case(navn, barn)


@when("oppbevaringstiden for avsluttede saker gjennomgås")
@given("at oppbevaringstiden for avsluttede saker er gjennomgått")
def _(world: World, retention: Retention, tmp_path) -> None:
    retention.personal = _personal_values(world)
    path = tmp_path / "retention.json"
    result = (
        world.deployment.start()
        .test_cli_runner()
        .invoke(args=["retention", "run", "--report", str(path)])
    )
    assert result.exit_code == 0, result.output
    retention.report = json.loads(path.read_text(encoding="utf-8"))


@then("er saken anonymisert, uten Olas navn, fødselsnummer, foreldrenes navn eller bekymringen")
def _(world: World, retention: Retention) -> None:
    case = _case(world, retention.old_case)
    assert case.anonymised_at is not None
    assert case.concern == ""
    found = _strings_left(world, retention.personal)
    assert not found, f"igjen etter anonymisering: {found}"


@then("saken telles fortsatt som en avsluttet sak")
def _(world: World, retention: Retention) -> None:
    case = _case(world, retention.old_case)
    assert case.status == CaseStatus.CLOSED and case.closed_at is not None


@then("loggen viser at saken ble anonymisert, uten navn")
def _(world: World, retention: Retention) -> None:
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent).where(
                AuditEvent.case_ref == retention.old_case,
                AuditEvent.purpose == AuditPurpose.RETENTION,
            )
        ).all()
    assert [event.action for event in events] == ["case.retention.anonymise"]
    assert not any(value in events[0].detail for value in retention.personal)


@then("loggen over hvem som har sett og endret sakene, henger fortsatt sammen")
def _(world: World) -> None:
    result = world.deployment.start().test_cli_runner().invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert "0 problem(s)" in result.output


@then("er saken som før, med Olas navn og bekymringen")
def _(world: World, retention: Retention) -> None:
    counts = [m["counts"] for m in retention.report["municipalities"]]
    assert all(c["anonymised"] == 0 and c["deleted"] == 0 for c in counts), counts
    case = _case(world, retention.old_case)
    assert case.anonymised_at is None and case.concern == CONCERN
    assert world.subject("Ola").given_name == "Ola"


@then("er det som ble skrevet i den gamle saken, borte")
def _(world: World, retention: Retention) -> None:
    case = _case(world, retention.old_case)
    assert case.anonymised_at is not None and case.concern == ""


@then("Ola og foreldrene har fortsatt navnene sine i den nye saken")
def _(world: World) -> None:
    assert _case(world, world.case_id).concern == CONCERN
    assert world.subject("Ola").given_name == "Ola"
    with world.scoped() as session:
        names = session.exec(
            select(Guardian.name).where(Guardian.subject_id == world.children["Ola"])
        ).all()
    assert sorted(names) == ["Lise", "Per"]


@then("kan saken ikke åpnes igjen, fordi den er anonymisert")
def _(world: World) -> None:
    world.refused_because("case_anonymised")


@then("er saken slettet, og ingenting om den, om Ola eller om foreldrene er igjen")
def _(world: World, retention: Retention) -> None:
    assert [c["deleted"] for c in _counts(retention)] == [1]
    with world.db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if "case_id" in table.c:
                left = conn.execute(
                    sa.select(sa.func.count()).where(table.c.case_id == retention.old_case)
                ).scalar_one()
                assert left == 0, table.name
    with world.scoped() as session:
        assert session.exec(select(Case).where(Case.id == retention.old_case)).first() is None
        assert (
            session.exec(select(Subject).where(Subject.id == world.children["Ola"])).first() is None
        )
        assert not session.exec(select(Guardian)).all()


def _counts(retention: Retention) -> list[dict]:
    return [m["counts"] for m in retention.report["municipalities"] if m["cases"]]


def _case(world: World, case_id: str | None) -> Case:
    with world.scoped() as session:
        return session.exec(select(Case).where(Case.id == case_id)).one()


def _personal_values(world: World) -> set[str]:
    """Names, fødselsnummer and free text in the case as it stands, to look for afterwards."""
    values = {CONCERN, "Ola har det bra igjen, sier Per"}
    with world.scoped() as session:
        for subject in session.exec(select(Subject)):
            values |= {subject.given_name, subject.family_name, subject.fodselsnummer or ""}
        values |= set(session.exec(select(Guardian.name)).all())
    return {value for value in values if value}


def _strings_left(world: World, personal: set[str]) -> list[str]:
    """Where any of ``personal`` is still written in the municipality's case data."""
    pattern = re.compile("|".join(rf"\b{re.escape(value)}\b" for value in personal))
    tables = [
        *case_tables(),
        *(SQLModel.metadata.tables[n] for n in ("case", "subject", "guardian")),
    ]
    found = []
    with world.db.engine.connect() as conn:
        for table in tables:
            for row in conn.execute(sa.select(table).where(table.c.municipality_id == world.mid)):
                found += [
                    f"{table.name}.{key}"
                    for key, value in row._mapping.items()
                    if isinstance(value, str) and pattern.search(value)
                ]
    return found
