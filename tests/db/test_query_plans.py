"""The queries that grow with a deployment read through an index, on SQLite and PostgreSQL.

A database migrated to the newest schema gets a few hundred rows in two municipalities,
with statistics of them all (``ANALYZE``), statistics taken before they were written (as
``bti db upgrade`` leaves a new deployment), or none. The services that «Mine saker», «Min
enhet», the coordinator's queue, the case page and the audit trail rely on then run, every
statement they send is captured, and the database's own plan of each is checked: SQLite's
``EXPLAIN QUERY PLAN`` may not ``SCAN`` a table (read all of it, or all of one of its
indexes), and PostgreSQL's ``EXPLAIN``, with sequential scans priced out
(``enable_seqscan = off``), may not fall back to a ``Seq Scan`` on one: which it does only
where no index serves the query.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import SQLModel, select

from bti.config import MunicipalityConfig
from bti.db import Database
from bti.errors import NotFound
from bti.migrate import analyze
from bti.models import (
    AuditEvent,
    Case,
    CaseParticipant,
    Deadline,
    Meeting,
    MeetingInvitee,
    Membership,
    MunicipalityRecord,
    Role,
    StafettloggEntry,
    StaffUser,
    Subject,
    TeamMeeting,
    TeamRecord,
    TeamReferral,
    Unit,
    UnitKind,
)
from bti.plugins import build_registry
from bti.rules.access import Actor, Post
from bti.services import access, overview, unit_overview
from bti.services.case_page import around, rows
from bti.services.stafettlogg.reading import visible_entries
from bti.services.teams import queue

pytestmark = pytest.mark.database

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
CASES_PER_UNIT = 40
UNITS = 4


class World:
    """Two municipalities of cases; ``busy`` in the first takes part in some, holds the
    baton of some, is invited to meetings, owns overdue deadlines and leads one unit. Each
    municipality has a standing team with a queue of referrals and meeting days."""

    def __init__(self, db: Database):
        self.db = db
        self.mid: int = 0
        self.busy: Actor | None = None
        self.case_id = ""
        self.team_id = 0

    def build(self, *, statistics: str) -> None:
        with self.db.engine.begin() as conn:
            mids = [
                conn.execute(
                    sa.insert(MunicipalityRecord.__table__).values(
                        slug=slug, name=slug, kommunenummer="0000", created_at=NOW
                    )
                ).inserted_primary_key[0]
                for slug in ("forste", "andre")
            ]
        if statistics == "taken when small":  # as `bti db upgrade` on a new deployment
            analyze(self.db.engine)
        with self.db.engine.begin() as conn:
            for mid in mids:
                self._municipality(conn, mid)
        self.mid = mids[0]
        if statistics == "fresh":  # every table's, as on a database grown large
            analyze(self.db.engine, small_table=0)

    def _municipality(self, conn: sa.Connection, mid: int) -> None:
        def insert(model: type[SQLModel], rows: list[dict]) -> list:
            rows = [{"municipality_id": mid, **row} for row in rows]
            return list(conn.execute(sa.insert(model.__table__).returning(model.id), rows))

        staff = [
            conn.execute(
                sa.insert(StaffUser.__table__).values(
                    username=f"{mid}.{n}", display_name=f"Ansatt {n}", created_at=NOW
                )
            ).inserted_primary_key[0]
            for n in range(20)
        ]
        busy = staff[0]
        units = [
            row.id
            for row in insert(Unit, [{"name": f"Skole {n}", "kind": "skole"} for n in range(UNITS)])
        ]
        insert(
            Membership,
            [{"user_id": busy, "unit_id": units[0], "role": "leder", "title": ""}]
            + [
                {"user_id": user, "unit_id": units[n % UNITS], "role": "ansatt", "title": ""}
                for n, user in enumerate(staff[1:])
            ],
        )
        cases, participants, entries, meetings, deadlines = [], [], [], [], []
        for n in range(UNITS * CASES_PER_UNIT):
            holder = busy if n % 17 == 0 else staff[1 + n % 19]
            subject = insert(
                Subject,
                [{"kind": "barn", "given_name": f"Barn {n}", "family_name": "Test",
                  "unit_id": units[n % UNITS], "created_at": NOW, "version": 1}],
            )[0].id  # fmt: skip
            case_id = f"m{mid}sak{n:04d}"
            cases.append(
                {"id": case_id, "subject_id": subject, "unit_id": units[n % UNITS],
                 "stafettholder_id": holder, "opened_by_id": holder,
                 "status": "open" if n % 5 else "closed", "opened_at": NOW - timedelta(days=n),
                 "version": 1}
            )  # fmt: skip
            people = {holder, staff[1 + (n * 7) % 19]} | ({busy} if n % 11 == 0 else set())
            participants += [
                {"case_id": case_id, "user_id": user, "role": "participant", "joined_at": NOW}
                for user in people
            ]
            entries += [
                {"case_id": case_id, "kind": "note", "text": f"Notat {k}", "author_id": holder,
                 "created_at": NOW - timedelta(hours=k)}
                for k in range(4)
            ]  # fmt: skip
            meetings.append(
                {"case_id": case_id, "kind": "samarbeidsmote", "organiser_id": holder,
                 "starts_at": NOW + timedelta(days=n % 60 - 30), "created_at": NOW,
                 "version": 1}
            )  # fmt: skip
            deadlines.append(
                {"case_id": case_id, "code": "beslutning", "owner_id": holder,
                 "due_at": NOW + timedelta(days=n % 40 - 20), "created_at": NOW}
            )  # fmt: skip
        insert(Case, cases)
        insert(CaseParticipant, participants)
        insert(StafettloggEntry, entries)
        insert(Deadline, deadlines)
        for meeting, row in zip(meetings, insert(Meeting, meetings), strict=True):
            invited = {p["user_id"] for p in participants if p["case_id"] == meeting["case_id"]}
            insert(MeetingInvitee, [{"meeting_id": row.id, "user_id": u} for u in invited])
        insert(
            AuditEvent,
            [
                {"at": NOW, "actor_id": busy, "case_ref": case["id"], "action": "case.read",
                 "outcome": "allowed", "purpose": "casework", "detail": "", "prev_hash": "",
                 "hash": ""}
                for case in cases
                for _ in range(3)
            ],
        )  # fmt: skip
        [team] = insert(
            TeamRecord, [{"code": "tit", "name": "TIT", "created_at": NOW, "version": 1}]
        )
        days = insert(
            TeamMeeting,
            [{"team_id": team.id, "starts_at": NOW + timedelta(days=14 * k - 28),
              "ends_at": NOW + timedelta(days=14 * k - 28, hours=4), "created_by_id": busy,
              "created_at": NOW}
             for k in range(8)],
        )  # fmt: skip
        insert(
            TeamReferral,
            [{"case_id": case["id"], "team_id": team.id, "referred_by_id": case["opened_by_id"],
              "unit_id": case["unit_id"], "referred_at": NOW - timedelta(days=n),
              "status": ("received", "scheduled", "closed")[n % 3],
              "team_meeting_id": days[n % 8].id if n % 3 == 1 else None,
              "starts_at": NOW if n % 3 == 1 else None, "minutes": 30, "version": 1}
             for n, case in enumerate(cases[::2])],
        )  # fmt: skip
        if self.busy is None:
            self.busy = Actor(busy, "Ansatt 0", (Post(units[0], UnitKind.SKOLE, Role.LEDER),))
            self.case_id = cases[11]["id"]
            self.team_id = team.id


@pytest.fixture(params=["fresh", "taken when small", "none"])
def world(request, database_url) -> Iterator[World]:
    """The world with statistics of all its rows, statistics taken before its rows were
    written (``bti db upgrade`` on a new deployment, then years of use), or none: the
    indexes must serve every way."""
    db = Database(database_url)
    world = World(db)
    world.build(statistics=request.param)
    yield world
    db.dispose()


@contextmanager
def captured(engine: sa.Engine) -> Iterator[list[tuple[str, object]]]:
    """The SELECT statements sent while the block runs, with their parameters."""
    sent: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def plans(engine: sa.Engine, statements: list[tuple[str, object]]) -> list[str]:
    """The database's plan of each statement, as text."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return [
                "\n".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", p))
                for sql, p in statements
            ]
        conn.exec_driver_sql("SET enable_seqscan = off")
        return [
            "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}", p))
            for sql, p in statements
        ]


def scans(plan: str) -> set[str]:
    """The tables the plan reads whole, or the whole municipality's part of: SQLite's
    ``SCAN <table>`` (with or without an index, which then is read whole), PostgreSQL's
    ``Seq Scan on <table>``, and on either an index on the municipality alone (named
    ``ix_<table>_municipality_id``: what the tables had before migration 0015)."""
    tables = set(SQLModel.metadata.tables)
    found = re.findall(r"\bSCAN (\w+)", plan) + re.findall(r"Seq Scan on \"?(\w+)", plan)
    found += [
        table
        for index in re.findall(
            r"INDEX (ix_\w+)|Index (?:Only )?Scan(?: Backward)? using (ix_\w+)", plan
        )
        for name in index
        if name.endswith("_municipality_id")
        for table in [name.removeprefix("ix_").removesuffix("_municipality_id")]
    ]
    return {name for name in found if name in tables}


#: A municipality's guide, for the level names and deadline labels «Min enhet» shows.
VESTBY = build_registry([MunicipalityConfig(slug="vestby", plugin="vestby")])["vestby"]

QUERIES: dict[str, Callable] = {
    "one case's stafettlogg": lambda s, w: visible_entries(
        s, municipality=None, by=None, case=s.get(Case, w.case_id)
    ),
    "«Mine saker»: my cases": lambda s, w: access.my_cases(s, by=w.busy),
    "«Mine saker»: my cases, a page past the end": lambda s, w: access.my_cases(
        s, by=w.busy, page=99
    ),
    "«Mine saker»: upcoming meetings": lambda s, w: overview.upcoming_meetings(
        s, by=w.busy, now=NOW
    ),
    "«Mine saker»: overdue deadlines": lambda s, w: overview.overdue_deadlines(
        s, by=w.busy, now=NOW
    ),
    "«Mine saker»: offers of the baton": lambda s, w: overview.offers_to_answer(s, by=w.busy),
    "«Min enhet»": lambda s, w: unit_overview.my_unit(s, by=w.busy, municipality=VESTBY, now=NOW),
    "the coordinator's queue": lambda s, w: s.exec(queue.waiting(w.team_id).limit(20)).all(),
    "the team's meeting days": lambda s, w: queue._days(s, s.get(TeamRecord, w.team_id)),
    "a case with its access facts": lambda s, w: _reached(s, w),
    "the access facts of a page of cases": lambda s, w: access.case_facts_for(
        s, s.exec(select(Case).limit(20)).all()
    ),
    "the case page: the case with the people around it": lambda s, w: around.read(s, w.case_id),
    "the case page: consents with their services and signatures": lambda s, w: rows.consents(
        s, w.case_id
    ),
    "the case page: decisions with their services and who took part": lambda s, w: rows.decisions(
        s, w.case_id
    ),
    "the audit chain's last events": lambda s, w: s.exec(
        select(AuditEvent).order_by(AuditEvent.id.desc()).limit(10)
    ).all(),
    "who read a case": lambda s, w: s.exec(
        select(AuditEvent).where(AuditEvent.case_ref == w.case_id).order_by(AuditEvent.id)
    ).all(),
}


def _reached(session, world):
    try:
        return access.get_case(session, by=world.busy, case_id=world.case_id)
    except NotFound:  # not the busy user's case: the same statement was sent
        return None


@pytest.mark.parametrize("name", QUERIES)
def test_the_query_reads_through_an_index(world, name):
    with world.db.scoped(world.mid) as session, captured(world.db.engine) as sent:
        QUERIES[name](session, world)
    assert sent, "the service sent no query"
    for (statement, _), plan in zip(sent, plans(world.db.engine, sent), strict=True):
        assert not scans(plan), f"{name}: reads a table whole\n{statement}\n{plan}"


def test_the_lists_find_what_they_found_with_or(world):
    """The ``UNION`` lookups return what the ``OR`` across two tables did."""
    busy = world.busy
    with world.db.scoped(world.mid) as session:
        mine = access.my_cases(session, by=busy, per_page=100)
        meetings = overview.upcoming_meetings(session, by=busy, now=NOW, limit=100)
        overdue = overview.overdue_deadlines(session, by=busy, now=NOW, limit=100)
        taking_part = select(CaseParticipant.case_id).where(
            CaseParticipant.user_id == busy.user_id, CaseParticipant.own_part_closed_at.is_(None)
        )
        expected_cases = session.exec(
            select(Case.id)
            .where(
                sa.or_(Case.stafettholder_id == busy.user_id, Case.id.in_(taking_part)),
                Case.status == "open",
            )
            .order_by(Case.opened_at.desc(), Case.id)
        ).all()
        invited = select(MeetingInvitee.meeting_id).where(MeetingInvitee.user_id == busy.user_id)
        expected_meetings = session.exec(
            select(Meeting.id)
            .join(Case, Case.id == Meeting.case_id)
            .where(
                sa.or_(Meeting.organiser_id == busy.user_id, Meeting.id.in_(invited)),
                Meeting.held_at.is_(None),
                Meeting.starts_at >= NOW - overview.STILL_GOING_ON,
                Case.status == "open",
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        led = [post.unit_id for post in busy.posts if post.role == Role.LEDER]
        expected_deadlines = session.exec(
            select(Deadline.id)
            .join(Case, Case.id == Deadline.case_id)
            .where(
                sa.or_(Deadline.owner_id == busy.user_id, Case.unit_id.in_(led)),
                Deadline.met_at.is_(None),
                Deadline.due_at <= NOW,
                Case.status == "open",
            )
            .order_by(Deadline.due_at, Deadline.id)
        ).all()
    assert [case.id for case in mine.items] == expected_cases
    assert mine.total == len(expected_cases) > 10
    assert [item.meeting.id for item in meetings] == expected_meetings
    assert len(expected_meetings) > 3
    assert [item.deadline.id for item in overdue] == expected_deadlines
    assert {item.own for item in overdue} == {True, False}
