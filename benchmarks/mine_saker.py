"""«Mine saker», «Min enhet» and a case page on the demo, with a municipality's worth of
other cases beside it: time per request and SQL statements per request.

    .venv/bin/python benchmarks/mine_saker.py [--extra 20000] [--runs 20]
        [--database PATH] [--analyze]

Loads the demo of every municipality into a fresh SQLite file (as ``make demo`` does), then
writes ``--extra`` synthetic open cases in Vestby, each with participants, stafettlogg
entries, meetings with invitees and deadlines, spread over synthetic staff in the demo's
units. The demo's coordinator takes part in one in 100 of them, and the demo's head
teacher leads one of their units, so both lists grow a little while the tables grow a lot:
what is measured is how the pages cope with the tables around them. Statements are counted
with ``before_cursor_execute`` on the app's engine, leaving out SQLite's BEGIN/COMMIT.
``--database`` keeps the loaded file (about 5 minutes to write) and reuses it next time,
migrating it first as ``bti db upgrade`` would: run once with the old code and once with
the new on copies of it to compare the two. Nothing here is a test: it reports figures, it
does not judge them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from render_times import sign_in  # benchmarks/ is on sys.path when run
from sqlalchemy import event
from sqlmodel import select

from bti import create_app
from bti.demo import load_demo_data
from bti.migrate import upgrade_database
from bti.models import (
    Case,
    CaseParticipant,
    Deadline,
    Meeting,
    MeetingInvitee,
    Membership,
    Role,
    StafettloggEntry,
    StaffUser,
    Subject,
    Unit,
    utcnow,
)

CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def add_cases(engine: sa.Engine, mid: int, busy: int, leader: int, extra: int) -> None:
    """``extra`` open cases in municipality ``mid`` among synthetic staff; ``busy`` takes
    part in one in 100 and is invited to their meetings; ``leader`` leads a unit of them."""
    rng = random.Random(18)
    now = utcnow()
    with engine.begin() as conn:
        units = [
            row[0] for row in conn.execute(sa.select(Unit.id).where(Unit.municipality_id == mid))
        ]
        led = conn.execute(
            sa.select(Membership.unit_id).where(
                Membership.user_id == leader, Membership.role == Role.LEDER
            )
        ).scalar()
        staff = []
        for n in range(max(50, extra // 20)):
            staff.append(
                conn.execute(
                    sa.insert(StaffUser.__table__).values(
                        username=f"syn{n}", display_name=f"Syntetisk {n}", created_at=now
                    )
                ).inserted_primary_key[0]
            )
        conn.execute(
            sa.insert(Membership.__table__),
            [
                {"municipality_id": mid, "user_id": u, "unit_id": rng.choice(units),
                 "role": "ansatt", "title": ""}
                for u in staff
            ],
        )  # fmt: skip
        subjects = (
            conn.execute(
                sa.insert(Subject.__table__).returning(Subject.id),
                [
                    {
                        "municipality_id": mid,
                        "kind": "barn",
                        "given_name": f"Barn{n}",
                        "family_name": "Syntetisk",
                        "unit_id": rng.choice(units),
                        "created_at": now,
                        "version": 1,
                    }
                    for n in range(extra)
                ],
            )
            .scalars()
            .all()
        )
        cases, parts, entries, meetings, deadlines = [], [], [], [], []
        for n, subject in enumerate(subjects):
            case_id = f"syn{n:08d}"
            holder = rng.choice(staff)
            unit = led if n % 50 == 0 else rng.choice(units)
            cases.append(
                {"id": case_id, "municipality_id": mid, "subject_id": subject, "unit_id": unit,
                 "stafettholder_id": holder, "opened_by_id": holder, "status": "open",
                 "opened_at": now - timedelta(days=rng.randint(1, 2000)), "version": 1}
            )  # fmt: skip
            people = {holder, *rng.sample(staff, 3)}
            if n % 100 == 0:
                people.add(busy)
            for user in people:
                parts.append(
                    {"municipality_id": mid, "case_id": case_id, "user_id": user,
                     "role": "participant", "joined_at": now}
                )  # fmt: skip
            for k in range(10):
                entries.append(
                    {"municipality_id": mid, "case_id": case_id, "kind": "note",
                     "text": f"Notat {k}", "author_id": holder,
                     "created_at": now - timedelta(days=k)}
                )  # fmt: skip
            for _ in range(2):
                meetings.append(
                    {"municipality_id": mid, "case_id": case_id, "kind": "samarbeidsmote",
                     "starts_at": now + timedelta(days=rng.randint(-300, 300)),
                     "organiser_id": holder, "created_at": now, "version": 1,
                     "_invitees": people}
                )  # fmt: skip
            deadlines.append(
                {"municipality_id": mid, "case_id": case_id, "code": "beslutning",
                 "due_at": now + timedelta(days=rng.randint(-100, 100)), "owner_id": holder,
                 "created_at": now}
            )  # fmt: skip
        conn.execute(sa.insert(Case.__table__), cases)
        conn.execute(sa.insert(CaseParticipant.__table__), parts)
        conn.execute(sa.insert(StafettloggEntry.__table__), entries)
        conn.execute(sa.insert(Deadline.__table__), deadlines)
        invitees = []
        for meeting in meetings:
            people = meeting.pop("_invitees")
            meeting_id = conn.execute(sa.insert(Meeting.__table__).values(**meeting))
            for user in people:
                invitees.append(
                    {"municipality_id": mid, "meeting_id": meeting_id.inserted_primary_key[0],
                     "user_id": user}
                )  # fmt: skip
        conn.execute(sa.insert(MeetingInvitee.__table__), invitees)


def measure(client, engine: sa.Engine, path: str, runs: int) -> tuple[int, int, list[float]]:
    statements = []

    def count(_conn, _cursor, sql, *_args):
        if not sql.lstrip().upper().startswith(CONTROL):
            statements.append(sql)

    client.get(path).get_data()  # warm-up
    times, status = [], 0
    event.listen(engine, "before_cursor_execute", count)
    try:
        for _ in range(runs):
            statements.clear()
            start = time.perf_counter()
            response = client.get(path)
            response.get_data()
            times.append((time.perf_counter() - start) * 1000)
            status = response.status_code
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return status, len(statements), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--extra", type=int, default=20000)
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE after loading")
    parser.add_argument(
        "--database", type=Path, help="keep the loaded database here; reuse it if it exists"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database or Path(tmp) / "bti.sqlite3"
        reuse = path.exists()
        app = create_app(
            {"BTI_ENV": "development", "INSTANCE_PATH": tmp, "DATABASE_URL": f"sqlite:///{path}"}
        )
        with app.app_context():
            upgrade_database(app)
            if not reuse:
                load_demo_data(app)
        db = app.extensions["bti_db"]
        mid = db.municipality_ids()["vestby"]
        with db.unscoped() as session:
            ids = dict(session.exec(select(StaffUser.username, StaffUser.id)).all())
        if not reuse:
            started = time.perf_counter()
            add_cases(db.engine, mid, ids["vestby.koordinator"], ids["vestby.leder"], args.extra)
            print(f"{args.extra} synthetic cases written in {time.perf_counter() - started:.1f} s")
        if args.analyze:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
        with db.scoped(mid) as session:
            case_id = session.exec(
                select(CaseParticipant.case_id).where(
                    CaseParticipant.user_id == ids["vestby.koordinator"]
                )
            ).first()
        print(f"{args.runs} requests per page, SQLite\n")
        print(f"{'page':34} {'status':>6} {'stmts':>6} {'median ms':>10} {'max ms':>8}")
        for account, name, path in (
            ("koordinator", "Mine saker (koordinator)", "/vestby/saker"),
            ("leder", "Mine saker (leder)", "/vestby/saker"),
            ("leder", "Min enhet (leder)", "/vestby/saker/enhet"),
            ("koordinator", "Saken", f"/vestby/sak/{case_id}"),
        ):
            client = app.test_client()
            sign_in(client, f"vestby.{account}")
            status, count, times = measure(client, db.engine, path, args.runs)
            print(
                f"{name:34} {status:>6} {count:>6} {statistics.median(times):>10.1f}"
                f" {max(times):>8.1f}"
            )
        db.dispose()


if __name__ == "__main__":
    main()
