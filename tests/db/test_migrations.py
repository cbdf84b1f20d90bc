"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import bti.models  # noqa: F401  (every table on the metadata)
from bti.db import create_engine
from bti.migrate import upgrade_engine

pytestmark = pytest.mark.database


def test_upgrade_head_on_an_empty_database_matches_the_models(empty_database_url):
    engine = create_engine(empty_database_url)
    try:
        upgrade_engine(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, SQLModel.metadata)
            tables = set(sa.inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations disagree; run `bti db revision`: {diff}"
    assert set(SQLModel.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_upgrade_is_safe_to_run_again(empty_database_url):
    engine = create_engine(empty_database_url)
    try:
        upgrade_engine(engine)
        upgrade_engine(engine)
        with engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert len(versions) == 1


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        engine.dispose()


def test_0006_withdraws_the_guardians_from_meetings_of_cases_already_reported(
    make_world, database_url
):
    """A case reported before 0006 keeps the guardians out: its meetings not yet held lose
    their guardian invitations on upgrade, and a conversation with them waits on hold."""
    from datetime import timedelta

    from alembic import command

    from bti.migrate import alembic_config
    from bti.models import Case, Meeting, MeetingInvitee, utcnow
    from bti.services import meetings
    from tests.support.world import birth_date_for

    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    per = world.guardian("Per", "Ola")
    world.open_case("Kari", "Ola")
    planned = {}
    for kind in ("undringssamtale", "samarbeidsmote"):
        planned[kind] = world.act_ok(
            "Kari",
            meetings.plan,
            case_id=world.case_id,
            kind=kind,
            starts_at=utcnow() + timedelta(days=3),
            place="Skolen",
            agenda="Samtale",
            guardian_ids=[per],
        ).id
    with world.transaction() as session:  # reported the way the platform did before 0006
        case = session.get(Case, world.case_id)
        case.guardians_kept_out = True
        session.add(case)
    engine = world.db.engine
    command.downgrade(alembic_config(engine), "0005")
    upgrade_engine(engine)

    with world.scoped() as session:
        invited = session.exec(
            sa.select(MeetingInvitee.meeting_id).where(MeetingInvitee.guardian_id == per)
        ).all()
        conversation = session.get(Meeting, planned["undringssamtale"])
        cooperation = session.get(Meeting, planned["samarbeidsmote"])
    assert invited == []
    assert conversation.on_hold and conversation.guardians_withdrawn_at is not None
    assert not cooperation.on_hold and cooperation.guardians_withdrawn_at is not None


def test_0007_gives_subjects_their_own_contact_details_and_keeps_the_rest(make_world, database_url):
    """Subjects registered before 0007 keep what they had and get no phone or e-mail; the
    columns go again on downgrade."""
    from alembic import command

    from bti.migrate import alembic_config
    from bti.models import Subject
    from tests.support.world import birth_date_for

    world = make_world(database_url=database_url)
    world.child("Ola", birth_date=birth_date_for(16))
    engine = world.db.engine
    command.downgrade(alembic_config(engine), "0006")
    with engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("subject")}
    assert "phone" not in columns and "email" not in columns
    upgrade_engine(engine)

    ola = world.subject("Ola")
    assert (ola.given_name, ola.birth_date) == ("Ola", birth_date_for(16))
    assert (ola.phone, ola.email) == (None, None)
    with world.transaction() as session:
        subject = session.get(Subject, ola.id)
        subject.phone, subject.email = "987 65 432", "ola@example.no"
        session.add(subject)
    assert world.subject("Ola").email == "ola@example.no"


def test_0011_keeps_older_audit_chains_whole_and_gives_them_a_head(make_world, database_url):
    """Events written before 0011 have no purpose, and their hashes leave it out: after the
    upgrade they still verify, and each chain's head is where the chain ends."""
    from datetime import UTC, datetime

    from alembic import command

    from bti.migrate import alembic_config
    from bti.models import AuditChainHead, AuditEvent
    from bti.services import audit

    world = make_world(database_url=database_url)
    engine = world.db.engine
    command.downgrade(alembic_config(engine), "0010")
    previous = ""
    with engine.begin() as conn:
        for n in range(3):
            event = AuditEvent(
                municipality_id=world.mid,
                at=datetime(2026, 11, 1, 12, n, tzinfo=UTC),
                action="case.read",
                outcome="allowed",
                case_ref=f"sak{n}",
                purpose="",
                prev_hash=previous,
            )
            event.hash = previous = audit._digest(event)
            conn.execute(
                sa.text(
                    "INSERT INTO auditevent (municipality_id, at, actor_role, case_ref, action,"
                    " outcome, detail, prev_hash, hash) VALUES (:m, :at, '', :c, 'case.read',"
                    " 'allowed', '', :p, :h)"
                ),
                {
                    "m": world.mid,
                    "at": event.at
                    if engine.dialect.name != "sqlite"
                    else event.at.replace(tzinfo=None),
                    "c": event.case_ref,
                    "p": event.prev_hash,
                    "h": event.hash,
                },
            )
    upgrade_engine(engine)
    with world.scoped() as session:
        report = audit.verify(session)
        head = session.get(AuditChainHead, world.mid)
    assert (report.count, report.problems) == (3, [])
    assert (head.count, head.last_hash) == (3, previous)


def test_0013_gives_every_record_edited_in_place_version_1(make_world, database_url):
    """Rows written before 0013 start at version 1, as new ones do, so a form opened after
    the upgrade saves from version 1 (bti.services.versions)."""
    from alembic import command

    from bti.migrate import alembic_config
    from bti.models import Case, Guardian, Subject
    from tests.support.world import birth_date_for

    world = make_world(database_url=database_url)
    world.employee("Kari", "Nordby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    per = world.guardian("Per", "Ola")
    world.open_case("Kari", "Ola")
    engine = world.db.engine
    command.downgrade(alembic_config(engine), "0012")  # to just before 0013
    with engine.connect() as conn:
        assert "version" not in {c["name"] for c in sa.inspect(conn).get_columns("case")}
    upgrade_engine(engine)
    with world.scoped() as session:
        versions = (
            session.get(Case, world.case_id).version,
            session.get(Subject, world.children["Ola"]).version,
            session.get(Guardian, per).version,
        )
    assert versions == (1, 1, 1)
