"""Retention (``bti retention run``) on the demo's data, on SQLite and PostgreSQL: Bærum
deletes its closed cases after five years, Vestby anonymises them; open cases and cases
closed more recently are left alone; the audit chain verifies afterwards; a second run does
nothing. The rules in Norwegian are in features/core/oppbevaring*.feature.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from bti import clock
from bti.config_retention import RetentionPolicy
from bti.demo import load_demo_data
from bti.migrate import upgrade_database
from bti.models import (
    AuditEvent,
    AuditPurpose,
    Case,
    CaseStatus,
    Decision,
    Guardian,
    Meeting,
    StafettloggEntry,
    Subject,
)
from bti.services import retention
from tests.support.past import case_opened_and_closed
from tests.support.world import birth_date_for

POLICIES = [
    {"slug": "baerum", "plugin": "baerum", "retention": {"years": 5, "action": "delete"}},
    {"slug": "vestby", "plugin": "vestby", "retention": {"years": 5}},
]
#: The demo's cases closed long ago, at the first run's moment; a few stay open, a few were
#: closed four years ago (kept).
LONG_AGO, RECENTLY = timedelta(days=6 * 365), timedelta(days=4 * 365)
KEPT_OPEN, KEPT_CLOSED = 3, 2


@pytest.fixture
def demo(make_app, database_url):
    app = make_app(DATABASE_URL=database_url, BTI_MUNICIPALITIES=POLICIES)
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    return app


def _close_the_demo_cases(app) -> dict[str, dict[str, list[str]]]:
    """Close the demo's cases as if long ago, but for a few: {slug: {"expired"|"kept": ids}}."""
    db = app.extensions["bti_db"]
    now = clock.now()
    table = Case.__table__
    result = {}
    for slug, municipality_id in db.municipality_ids().items():
        with db.engine.begin() as conn:
            ids = (
                conn.execute(
                    sa.select(table.c.id)
                    .where(table.c.municipality_id == municipality_id)
                    .order_by(table.c.opened_at, table.c.id)
                )
                .scalars()
                .all()
            )
            recent = ids[KEPT_OPEN : KEPT_OPEN + KEPT_CLOSED]
            expired = ids[KEPT_OPEN + KEPT_CLOSED :]
            for chosen, ago in ((recent, RECENTLY), (expired, LONG_AGO)):
                conn.execute(
                    sa.update(table)
                    .where(table.c.id.in_(chosen))
                    .values(status=CaseStatus.CLOSED, closed_at=now - ago)
                )
        result[slug] = {"expired": list(expired), "kept": ids[: KEPT_OPEN + KEPT_CLOSED]}
    return result


def _rows_with_case_id(app, case_ids: list[str]) -> dict[str, int]:
    """Every table with a case_id column (and the case table): rows naming these cases."""
    found = {}
    with app.extensions["bti_db"].engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            column = table.c.id if table.name == "case" else table.c.get("case_id")
            if column is None:
                continue
            count = conn.execute(
                sa.select(sa.func.count()).select_from(table).where(column.in_(case_ids))
            ).scalar_one()
            if count:
                found[table.name] = count
    return found


def _texts(app, slug: str, case_ids: list[str]) -> set[str]:
    """What was written in these cases: the concern, the stafettlogg, the meetings'
    agendas and the decisions' reasons."""
    db = app.extensions["bti_db"]
    texts: set[str] = set()
    with db.scoped(db.municipality_ids()[slug]) as session:
        for column, case_column in (
            (Case.concern, Case.id),
            (StafettloggEntry.text, StafettloggEntry.case_id),
            (Meeting.agenda, Meeting.case_id),
            (Decision.rationale, Decision.case_id),
        ):
            texts |= set(session.exec(select(column).where(case_column.in_(case_ids))).all())
    return {text for text in texts if len(text) > 12}


def _written_anywhere(app, slug: str, texts: set[str]) -> list[str]:
    """The tables and columns of the municipality where any of ``texts`` is still written."""
    db = app.extensions["bti_db"]
    municipality_id = db.municipality_ids()[slug]
    found = []
    with db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if "municipality_id" not in table.c or table.name == "auditevent":
                continue
            for row in conn.execute(
                sa.select(table).where(table.c.municipality_id == municipality_id)
            ):
                found += [
                    f"{table.name}.{key}"
                    for key, value in row._mapping.items()
                    if isinstance(value, str) and value in texts
                ]
    return found


def _free_text_left(app, slug: str, case_ids: list[str]) -> list[str]:
    """Free text (a ``Text`` column) still written in a row of these cases, but for the
    protocol Bærum keeps anonymised."""
    db = app.extensions["bti_db"]
    municipality_id = db.municipality_ids()[slug]
    found = []
    with db.engine.connect() as conn:
        for table in (Case.__table__, *retention.case_tables()):
            texts = [c for c in table.c if isinstance(c.type, sa.Text) and c.name != "protocol"]
            for case_id in case_ids if texts else ():
                where = retention.rows_of_case(
                    table, case_id=case_id, municipality_id=municipality_id
                )
                for row in conn.execute(sa.select(*texts).where(where)):
                    found += [
                        f"{table.name}.{key}"
                        for key, value in row._mapping.items()
                        if value not in ("", "{}", None)
                    ]
    return sorted(set(found))


def _subjects_only_in(app, slug: str, expired: list[str], kept: list[str]) -> list[int]:
    db = app.extensions["bti_db"]
    with db.scoped(db.municipality_ids()[slug]) as session:
        gone = set(session.exec(select(Case.subject_id).where(Case.id.in_(expired))).all())
        needed = set(session.exec(select(Case.subject_id).where(Case.id.in_(kept))).all())
    return sorted(gone - needed)


def _retention_events(app) -> list[AuditEvent]:
    db = app.extensions["bti_db"]
    events = []
    for municipality_id in db.municipality_ids().values():
        with db.scoped(municipality_id) as session:
            events += session.exec(
                select(AuditEvent).where(AuditEvent.purpose == AuditPurpose.RETENTION)
            ).all()
    return events


def _run(app, tmp_path, name: str, *args: str) -> dict:
    path = tmp_path / f"{name}.json"
    result = app.test_cli_runner().invoke(args=["retention", "run", "--report", str(path), *args])
    assert result.exit_code == 0, result.output
    return json.loads(path.read_text(encoding="utf-8"))


def _counts(report: dict) -> dict[str, dict[str, int]]:
    return {m["slug"]: m["counts"] for m in report["municipalities"]}


@pytest.mark.slow
def test_the_demo_through_retention_leaves_nothing_of_deleted_cases_and_no_text_in_anonymised(
    demo, tmp_path
):
    chosen = _close_the_demo_cases(demo)
    baerum, vestby = chosen["baerum"], chosen["vestby"]
    assert len(baerum["expired"]) > 10 and len(vestby["expired"]) > 10
    before = _rows_with_case_id(demo, baerum["expired"])
    # The demo's Bærum cases reach the tables a case owns only through another row too.
    assert {"teamreferral", "meeting", "consent", "stafettloggentry"} <= set(before)
    vestby_texts = _texts(demo, "vestby", vestby["expired"]) - _texts(
        demo, "vestby", vestby["kept"]
    )
    assert vestby_texts
    assert _free_text_left(demo, "vestby", vestby["expired"])
    vestby_children = _subjects_only_in(demo, "vestby", vestby["expired"], vestby["kept"])
    baerum_children = _subjects_only_in(demo, "baerum", baerum["expired"], baerum["kept"])

    dry = _run(demo, tmp_path, "dry", "--dry-run")
    assert dry["dry_run"] is True
    assert _counts(dry)["baerum"]["deleted"] == len(baerum["expired"])
    assert _rows_with_case_id(demo, baerum["expired"]) == before
    assert not _retention_events(demo)

    report = _run(demo, tmp_path, "run")
    assert _counts(report)["baerum"]["deleted"] == len(baerum["expired"])
    assert _counts(report)["vestby"]["anonymised"] == len(vestby["expired"])
    assert {case["case"] for m in report["municipalities"] for case in m["cases"]} == set(
        baerum["expired"] + vestby["expired"]
    )

    # Bærum: no row of a deleted case anywhere, nor the children only they were about.
    assert _rows_with_case_id(demo, baerum["expired"]) == {}
    db = demo.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["baerum"]) as session:
        assert not session.exec(select(Subject).where(Subject.id.in_(baerum_children))).all()
        assert not session.exec(
            select(Guardian).where(Guardian.subject_id.in_(baerum_children))
        ).all()

    # Vestby: the cases are still there, closed, with nothing written in them left, and the
    # children and guardians only they were about have no names.
    assert _written_anywhere(demo, "vestby", vestby_texts) == []
    assert _free_text_left(demo, "vestby", vestby["expired"]) == []
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        anonymised = session.exec(select(Case).where(Case.id.in_(vestby["expired"]))).all()
        assert all(c.anonymised_at and c.status == CaseStatus.CLOSED for c in anonymised)
        assert len(anonymised) == len(vestby["expired"])
        for child in session.exec(select(Subject).where(Subject.id.in_(vestby_children))):
            assert (child.given_name, child.family_name, child.fodselsnummer) == ("", "", None)
            assert child.birth_date is None or (child.birth_date.month, child.birth_date.day) == (
                1,
                1,
            )
        for guardian in session.exec(
            select(Guardian).where(Guardian.subject_id.in_(vestby_children))
        ):
            assert (guardian.name, guardian.phone, guardian.fodselsnummer) == ("", None, None)
        kept = session.exec(select(Case).where(Case.id.in_(vestby["kept"]))).all()
        assert all(c.anonymised_at is None and c.concern for c in kept)

    # The audit trail: one event per case, counts only, and the chain verifies.
    events = _retention_events(demo)
    assert len(events) == len(baerum["expired"]) + len(vestby["expired"])
    assert all(re.fullmatch(r"rows=\d+ subject=(yes|no)", e.detail) for e in events)
    verified = demo.test_cli_runner().invoke(args=["audit", "verify"])
    assert verified.exit_code == 0, verified.output
    assert verified.output.rstrip().endswith("0 problem(s)")

    # Running it again finds nothing to do.
    again = _run(demo, tmp_path, "again")
    assert all(c["anonymised"] == c["deleted"] == 0 for c in _counts(again).values())
    assert len(_retention_events(demo)) == len(events)


def test_every_table_a_case_owns_is_found_from_the_models():
    names = {table.name for table in retention.case_tables()}
    # Through the case's own rows: a meeting's minutes, a consent's signatures, a
    # referral's discussion and evaluation, a decision's services.
    assert {"minutespart", "consentsignature", "teamdiscussion", "teamevaluation"} <= names
    assert {"decisionservice", "meetinginvitee", "teamreferralguest"} <= names
    with_case_id = {t.name for t in SQLModel.metadata.sorted_tables if "case_id" in t.c}
    assert with_case_id <= names
    # Never the audit trail, nor what a case only points at.
    assert not {"auditevent", "subject", "staffuser", "unit", "team"} & names


def _closed_cases(world, count: int, *, years_ago: int) -> list[str]:
    world.employee("Kari", "Nordby skole")
    closed_at = clock.now() - timedelta(days=365 * years_ago)
    ids = []
    for number in range(count):
        world.child(f"Barn{number}", birth_date=birth_date_for(12))
        ids.append(
            case_opened_and_closed(
                world,
                "Kari",
                f"Barn{number}",
                opened_at=closed_at - timedelta(days=30),
                closed_at=closed_at,
            )
        )
    return ids


def test_cases_are_found_a_batch_at_a_time_and_each_is_handled_once(make_world, database_url):
    world = make_world(database_url=database_url)
    ids = _closed_cases(world, 5, years_ago=6)
    db = world.db
    for policy in (RetentionPolicy(action="anonymise"), RetentionPolicy(action="delete")):
        report = retention.run(db, policies={"eksempel": policy}, now=clock.now(), batch=2)
        handled = [case.case for case in report.municipalities[0].cases]
        assert sorted(handled) == sorted(ids), policy
    with db.scoped(world.mid) as session:
        assert not session.exec(select(Case)).all()
        assert not session.exec(select(Subject)).all()


def test_an_anonymised_case_is_deleted_when_the_municipality_later_chooses_deletion(
    make_world, database_url
):
    world = make_world(database_url=database_url)
    [case_id] = _closed_cases(world, 1, years_ago=6)
    anonymise = {"eksempel": RetentionPolicy(action="anonymise")}
    first = retention.run(world.db, policies=anonymise, now=clock.now())
    assert [c.action for c in first.municipalities[0].cases] == ["anonymised"]
    assert (
        retention.run(world.db, policies=anonymise, now=clock.now()).municipalities[0].cases == []
    )
    delete = {"eksempel": RetentionPolicy(action="delete")}
    last = retention.run(world.db, policies=delete, now=clock.now())
    assert [(c.case, c.action, c.subject) for c in last.municipalities[0].cases] == [
        (case_id, "deleted", True)
    ]


def test_a_case_that_cannot_go_is_left_as_it_was_the_rest_go_on_and_the_next_run_retries(
    make_world, database_url, tmp_path
):
    world = make_world(database_url=database_url)
    world.deployment.municipalities[0]["retention"] = {"years": 5, "action": "delete"}
    first, second = sorted(_closed_cases(world, 2, years_ago=6))  # handled in this order
    # A stafettlogg entry of the second case names a meeting of the first: the first cannot
    # be deleted while the second is there.
    with world.transaction() as session:
        meeting = Meeting(
            case_id=first,
            kind="samarbeidsmote",
            starts_at=clock.now(),
            organiser_id=world.staff["Kari"],
        )
        session.add(meeting)
        session.flush()
        session.add(
            StafettloggEntry(
                case_id=second,
                kind="note",
                text="Se møtet",
                author_id=world.staff["Kari"],
                meeting_id=meeting.id,
            )
        )
    app = world.deployment.start()
    before = _rows_with_case_id(app, [first])

    result = app.test_cli_runner().invoke(args=["retention", "run", "--report", tmp_path / "1"])
    assert result.exit_code == 1
    assert "1 case(s) could not be handled" in result.output
    [eksempel] = json.loads((tmp_path / "1").read_text())["municipalities"]
    assert [(c["case"], c["action"]) for c in eksempel["cases"]] == [
        (first, "failed"),
        (second, "deleted"),
    ]
    assert eksempel["cases"][0]["error"] == "IntegrityError"
    assert _rows_with_case_id(app, [first]) == before

    again = _run(app, tmp_path, "2")
    assert [(c["case"], c["action"]) for c in again["municipalities"][0]["cases"]] == [
        (first, "deleted")
    ]
    assert _rows_with_case_id(app, [first, second]) == {}
    verified = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert verified.exit_code == 0, verified.output
