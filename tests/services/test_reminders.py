"""Reminders by each municipality's own rules: queued once however often the timer runs,
never for a closed case or a met deadline, the leaders told once a deadline has run out, a
consent's end only where the guide gives a consent a period; and ``bti reminders run`` with
``--dry-run`` listing what it would queue without a name.

Runs once on SQLite and once on PostgreSQL (``make_world`` follows ``database_url``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select

from bti import ReminderRules, hookimpl
from bti.models import Case, CaseStatus, Consent, ConsentStatus, Deadline, Notification
from bti.services import deadlines, reminders
from tests.support.world import World, birth_date_for

pytestmark = pytest.mark.database


def make(make_world, database_url, kommune: str) -> World:
    world = make_world(kommune, database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.employee("Liv", "Nordby skole", "leder")
    world.employee("Truls", "Sørby skole", "leder")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.open_case("Kari", "Ola")
    return world


def start(world: World, trigger: str, *, level: int, kind: str = "", on: date) -> Deadline:
    """The deadline the municipality's guide starts on ``trigger`` at ``level``, owned by
    Kari, counted from ``on``."""
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.level = level
        for old in session.exec(select(Deadline).where(Deadline.case_id == case.id)):
            session.delete(old)
        session.flush()
        [deadline] = deadlines.start(
            session,
            municipality=world.kommune,
            case=case,
            trigger=trigger,
            kind=kind,
            owner_id=world.staff["Kari"],
            on=on,
        )
        session.flush()
        session.expunge(deadline)
        return deadline


def run(world: World, now: datetime, **kwargs) -> reminders.Summary:
    return reminders.run(
        world.db, municipality=world.kommune, municipality_id=world.mid, now=now, **kwargs
    )


def queued(world: World) -> list[tuple[str, str]]:
    """(kind, name of the person told), in order."""
    with world.scoped() as session:
        rows = session.exec(select(Notification).order_by(Notification.id)).all()
    return [(row.kind, world.name_of(row.user_id)) for row in rows]


TODAY = date(2027, 1, 11)  # a Monday, far from summer time and holidays


@pytest.fixture
def tromso(make_world, database_url) -> World:
    return make(make_world, database_url, "Tromsø")


def test_tromso_reminds_the_owner_three_days_before_the_fourteen_days_run_out(tromso):
    deadline = start(tromso, "case_opened", level=0, on=TODAY)
    assert run(tromso, deadline.due_at - timedelta(days=3, minutes=1)).queued == 0
    assert run(tromso, deadline.due_at - timedelta(days=3)).queued == 1
    assert queued(tromso) == [("deadline_soon", "Kari")]


def test_running_twice_queues_nothing_twice(tromso):
    deadline = start(tromso, "case_opened", level=0, on=TODAY)
    first = run(tromso, deadline.due_at - timedelta(days=1))
    again = run(tromso, deadline.due_at - timedelta(hours=1))
    assert (first.queued, again.queued, again.already) == (1, 0, 1)
    late = run(tromso, deadline.due_at + timedelta(hours=1))
    assert run(tromso, deadline.due_at + timedelta(hours=2)).queued == 0
    assert late.queued == 2
    assert queued(tromso) == [
        ("deadline_soon", "Kari"),
        ("deadline_overdue", "Kari"),
        ("deadline_overdue", "Liv"),  # the leader of Kari's unit, not of Truls's
    ]


def test_a_met_deadline_or_a_closed_case_gets_no_reminder(tromso):
    deadline = start(tromso, "case_opened", level=0, on=TODAY)
    with tromso.transaction() as session:
        session.get(Deadline, deadline.id).met_at = deadline.due_at - timedelta(days=5)
    assert run(tromso, deadline.due_at + timedelta(hours=1)).queued == 0
    deadline = start(tromso, "case_opened", level=0, on=TODAY)
    with tromso.transaction() as session:
        session.get(Case, tromso.case_id).status = CaseStatus.CLOSED
    assert run(tromso, deadline.due_at - timedelta(days=1)).queued == 0
    assert queued(tromso) == []


def test_a_dry_run_writes_nothing_and_names_nobody(tromso):
    deadline = start(tromso, "case_opened", level=0, on=TODAY)
    lines: list[str] = []
    summary = run(
        tromso,
        deadline.due_at + timedelta(hours=1),
        dry_run=True,
        show=lambda r: lines.append(r.line("tromso")),
    )
    assert summary.queued == 2 and queued(tromso) == []
    assert lines == [
        f"deadline_overdue\ttromso\tdeadline {deadline.id}\tuser {tromso.staff['Kari']} (owner)",
        f"deadline_overdue\ttromso\tdeadline {deadline.id}\tuser {tromso.staff['Liv']} (leader)",
    ]


def test_many_deadlines_are_read_in_batches(tromso):
    for number in range(5):
        tromso.child(f"Barn{number}", birth_date=birth_date_for(8))
        tromso.open_case("Kari", f"Barn{number}")
    with tromso.scoped() as session:
        due = session.exec(select(Deadline.due_at)).first()
    summary = run(tromso, due - timedelta(days=1), batch=2)
    assert summary.queued == 6  # Ola's case and five more, two at a time


def test_vestby_reminds_at_two_weeks_of_the_follow_up_meetings_two_to_four(
    make_world, database_url
):
    world = make(make_world, database_url, "Vestby")
    deadline = start(world, "measures_set", level=1, on=TODAY)
    assert deadline.due_at - deadline.remind_at == timedelta(days=14)
    assert run(world, deadline.remind_at - timedelta(minutes=1)).queued == 0
    assert run(world, deadline.remind_at).queued == 1
    assert queued(world) == [("deadline_soon", "Kari")]


def test_jevnaker_reminds_the_day_before_the_three_days_run_out(make_world, database_url):
    world = make(make_world, database_url, "Jevnaker")
    deadline = start(world, "decision", kind="avklaring", level=0, on=TODAY)
    assert run(world, deadline.due_at - timedelta(days=1, minutes=1)).queued == 0
    assert run(world, deadline.due_at - timedelta(days=1)).queued == 1


def give_consent(world: World, valid_to: date) -> int:
    with world.transaction() as session:
        consent = Consent(
            case_id=world.case_id,
            valid_from=valid_to - timedelta(days=180),
            valid_to=valid_to,
            status=ConsentStatus.GIVEN,
            registered_by_id=world.staff["Kari"],
        )
        session.add(consent)
        session.flush()
        return consent.id


def test_baerum_warns_one_team_cycle_before_a_consent_ends(make_world, database_url):
    world = make(make_world, database_url, "Bærum")
    give_consent(world, TODAY + timedelta(days=20))
    tz = world.kommune.profile.tz
    assert run(world, datetime(2027, 1, 16, 12, tzinfo=tz)).queued == 0  # 15 days left
    assert run(world, datetime(2027, 1, 17, 12, tzinfo=tz)).queued == 1  # 14 days left
    assert run(world, datetime(2027, 1, 18, 12, tzinfo=tz)).queued == 0
    assert queued(world) == [("consent_expiring", "Kari")]  # who opened it: no baton in Bærum


def test_without_a_consent_period_in_the_guide_no_consent_is_reminded_of(tromso):
    give_consent(tromso, TODAY + timedelta(days=3))
    assert run(tromso, datetime(2027, 1, 11, 12, tzinfo=tromso.kommune.profile.tz)).queued == 0


def test_the_rules_come_from_the_municipalitys_plugin(make_world, database_url):
    class Quiet:
        @hookimpl
        def bti_reminder_rules(self, profile):
            return ReminderRules(days_before=0, leaders_when_overdue=False)

    world = make_world(database_url=database_url, plugins=[Quiet()])
    assert world.kommune.reminder_rules.leaders_when_overdue is False


def test_the_cli_lists_without_names_and_then_queues_once(tromso):
    deadline = start(tromso, "case_opened", level=0, on=date.today() - timedelta(days=16))
    app = tromso.deployment.app
    cli = app.test_cli_runner()
    dry = cli.invoke(args=["reminders", "run", "--dry-run", "--municipality", "tromso"])
    assert dry.exit_code == 0, dry.output
    assert f"deadline {deadline.id}\tuser {tromso.staff['Kari']} (owner)" in dry.output
    assert "tromso: would queue 2 reminder(s)" in dry.output
    for name in ("Kari", "Liv", "Ola", "Per"):
        assert name not in dry.output
    assert queued(tromso) == []
    first = cli.invoke(args=["reminders", "run"])
    second = cli.invoke(args=["reminders", "run"])
    assert "tromso: queued 2 reminder(s); 0 queued before" in first.output
    assert "tromso: queued 0 reminder(s); 2 queued before" in second.output
    assert len(queued(tromso)) == 2
