"""SQL statements per page: the pages staff use most, on the demo of all four
municipalities, each within a fixed number of statements, whatever the data holds.

A page's cost should grow with what it shows, not with the tables behind it: a query per
participant, entry or meeting (an «N+1») turns a case page of 50 entries into 50 round trips
to the database. Here each page is requested once, signed in as someone who uses it, and the
statements the application's engine runs for it are counted (SQLite's ``BEGIN``/``COMMIT``
and savepoints left out: they are the transaction, not the page's reads). :data:`BOUNDS` is
the table of what each page may cost, and why; the last test adds 30 participants, entries,
meetings and measures to the richest case and checks its page costs exactly what it did.
The counts are SQLite's; PostgreSQL's are the same (its audit chain is locked by the row
its head is read from).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from bti import clock, create_app
from bti.models import (
    ActionPlanItem,
    CaseParticipant,
    EntryKind,
    Meeting,
    MeetingInvitee,
    Membership,
    MinutesPart,
    ParticipantRole,
    Role,
    StafettloggEntry,
    StaffUser,
)
from tests.security.routes import (
    CITIZEN,
    citizen_case,
    copy_database,
    demo_database,
    form_token,
    sign_in,
)

#: Statements that are the transaction around a page, not its reads or writes.
TRANSACTION = re.compile(r"\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b", re.I)
MUNICIPALITIES = ("baerum", "jevnaker", "tromso", "vestby")

#: The most each page may run. Every page pays a fixed toll first: the sign-in session with its
#: user and their posts in the chosen municipality (1: bti.services.signin.current, the actor built
#: from it), the count of their unread notifications beside «Varsler» in the header of every page
#: drawn with it (1: bti.services.notifications.inbox.unread_count; the bounds below were one lower
#: before it), where a case is read, the case with the access facts (participants, emergency
#: accesses: 1), and the one audit event joining the chain (read the chain's head, insert, move the
#: head: 3). Before the toll was cut it was 10: the session and its user (2), the user and their
#: posts again (2), the case and its facts (3) and the audit (3).
BOUNDS = {
    # The case page reads each of the case's tables once, and a table with the small
    # tables under it in one: the case with its subject, the participants with their units,
    # the emergency accesses and the guardians (whether the record names them) in one
    # (bti.services.case_page.around); then (bti.services.case_page.rows) the names of
    # everyone the case names, the consents with their services and signatures, the
    # meetings (then the invitees, the minutes), the stafettlogg and the action plan, the
    # decisions with their services and who took part, deadlines, documents, plans, a
    # pending hand-over, the leaders' tasks — and the people who may be brought in. A
    # municipality's own panels add theirs: Tromsø's checklist of steps (the ticks of the
    # round), Bærum's team (referral, teams, the unit's team). The copies for the archive,
    # the newest counted with them in one. 59-76 before the page kept the rows it reads
    # (bti.case_panels.CaseRead), 29-33 before the toll was cut and the small tables read
    # with theirs.
    "case page, Bærum": 20,
    "case page, Jevnaker": 21,
    "case page, Tromsø": 22,
    "case page, Vestby": 21,
    # The session, the user's cases (a page of them, counted), their subjects, meetings
    # and deadlines ahead, offers of the baton, the facts of the page's cases in one; each
    # audit event is inserted on its own (4 here).
    "Mine saker": 16,
    # The leader's units, their cases (a page, counted) and the tasks waiting for them.
    "Min enhet": 8,
    # The guide is the municipality's configuration: the sign-in session and the header's
    # unread count only.
    "the guide": 2,
    # The session and the children registered at the user's units to choose from.
    "new concern": 6,
    # The team, its referrals waiting (a page), the consent check of the whole page (the
    # cases' units, the valid consents with their services, the guests: 3), the team's
    # meeting days and members. 25 when each referral was checked on its own.
    "the team's queue": 15,
    # The session, the case with its access facts, the entry, the audit events (2).
    "a stafettlogg entry (POST)": 7,
    # The consent, its services and signatures, the case, subject and guardians (each
    # once), audited.
    "a consent PDF": 11,
    # The citizen's session, their cases through the guardian rows, the visible entries,
    # and the count of their unread notices beside «Varsler» in their menu (19 before it).
    "the citizen's view of a case": 20,
}


@dataclass(frozen=True)
class Demo:
    app: object
    cases: dict[str, tuple[str, str]]  # municipality -> (the richest case, who reads it)

    @property
    def engine(self) -> sa.Engine:
        return self.app.extensions["bti_db"].engine


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """All four municipalities' demo, loaded once for this module; copy it before use."""
    return demo_database(tmp_path_factory.mktemp("query-count-demo"))


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory) -> Iterator[Demo]:
    """The demo served by an application of its own, for the pages that only read."""
    yield from _served(demo_file, tmp_path_factory.mktemp("query-counts"))


@pytest.fixture
def changed_demo(demo_file, tmp_path) -> Iterator[Demo]:
    """The demo on a copy of its own, for a test that adds rows."""
    yield from _served(demo_file, tmp_path)


def _served(source: Path, directory: Path) -> Iterator[Demo]:
    copy_database(source, directory / "bti.sqlite3")
    app = create_app(
        {
            "BTI_ENV": "test",
            "BTI_MUNICIPALITIES": ",".join(MUNICIPALITIES),
            "INSTANCE_PATH": str(directory),
            "DATABASE_URL": f"sqlite:///{directory / 'bti.sqlite3'}",
        }
    )
    with app.extensions["bti_db"].engine.connect() as conn:
        cases = _richest_cases(conn)
    yield Demo(app, cases)
    app.extensions["bti_db"].dispose()


def _richest_cases(conn) -> dict[str, tuple[str, str]]:
    """Each municipality's case with the most entries, meetings, consents and participants
    (guardians involved, so every panel shows), and its stafettholder or else the first
    who takes part."""
    rows = conn.execute(
        sa.text(
            "SELECT m.slug, c.id, coalesce(h.username, ("
            "  SELECT u.username FROM caseparticipant p JOIN staffuser u ON u.id = p.user_id"
            "  WHERE p.case_id = c.id AND p.own_part_closed_at IS NULL ORDER BY p.id LIMIT 1))"
            ' FROM "case" c JOIN municipality m ON m.id = c.municipality_id'
            " LEFT JOIN staffuser h ON h.id = c.stafettholder_id"
            " WHERE NOT c.guardians_kept_out ORDER BY"
            " (SELECT count(*) FROM stafettloggentry x WHERE x.case_id = c.id)"
            " + (SELECT count(*) FROM meeting x WHERE x.case_id = c.id)"
            " + (SELECT count(*) FROM consent x WHERE x.case_id = c.id)"
            " + (SELECT count(*) FROM caseparticipant x WHERE x.case_id = c.id) DESC, c.id"
        )
    ).all()
    richest: dict[str, tuple[str, str]] = {}
    for slug, case_id, username in rows:
        richest.setdefault(slug, (case_id, username))
    return richest


@contextmanager
def counted(engine: sa.Engine) -> Iterator[list[str]]:
    """The statements ``engine`` runs inside the block, transaction control left out."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _executemany):
        if not TRANSACTION.match(statement):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def signed_in(demo: Demo, username: str):
    client = demo.app.test_client()
    sign_in(client, username)
    client.get("/velg-kommune")
    return client


def statements_for(demo: Demo, request: Callable[[], object]) -> tuple[int, list[str]]:
    with counted(demo.engine) as statements:
        response = request()
    assert response.status_code in (200, 302), response.status_code
    return len(statements), statements


# -- the pages --------------------------------------------------------------------------------


def _case_page(slug: str) -> Callable[[Demo], Callable[[], object]]:
    def page(demo: Demo):
        case_id, username = demo.cases[slug]
        client = signed_in(demo, username)
        return lambda: client.get(f"/{slug}/sak/{case_id}")

    return page


def _mine(demo):
    client = signed_in(demo, "baerum.laerer")  # takes part in the most cases of the demo
    return lambda: client.get("/baerum/saker")


def _unit(demo):
    client = signed_in(demo, "baerum.leder")
    return lambda: client.get("/baerum/saker/enhet")


def _guide(demo):
    client = signed_in(demo, "vestby.laerer")
    return lambda: client.get("/vestby/veileder")


def _new_concern(demo):
    client = signed_in(demo, "vestby.laerer")
    return lambda: client.get("/vestby/ny-bekymring/skjema")


def _queue(demo):
    with demo.engine.connect() as conn:
        team_id = conn.execute(
            sa.text(
                "SELECT r.team_id FROM teamreferral r JOIN municipality m"
                " ON m.id = r.municipality_id WHERE m.slug = 'baerum' AND r.status != 'closed'"
                " ORDER BY r.id"
            )
        ).scalar()
    client = signed_in(demo, "baerum.titkoordinator")
    return lambda: client.get(f"/baerum/team/{team_id}/koe")


def _entry(demo):
    case_id, username = demo.cases["vestby"]
    client = signed_in(demo, username)
    path = f"/vestby/sak/{case_id}"
    data = {
        "csrf_token": form_token(client, path),
        "log-entry-kind": "note",
        "log-entry-text": "Samtale med kontaktlærer om friminuttene.",
    }
    return lambda: client.post(f"{path}/stafettlogg/innforing", data=data)


def _consent_pdf(demo):
    case_id, username = demo.cases["vestby"]
    with demo.engine.connect() as conn:
        consent_id = conn.execute(
            sa.text("SELECT id FROM consent WHERE case_id = :c ORDER BY id"), {"c": case_id}
        ).scalar()
    client = signed_in(demo, username)
    return lambda: client.get(f"/vestby/sak/{case_id}/utskrift/samtykke/{consent_id}.pdf")


def _citizen(demo):
    client = demo.app.test_client()
    sign_in(client, CITIZEN, "/tromso/innsyn/logg-inn")
    case_id = citizen_case(client)
    return lambda: client.get(f"/tromso/innsyn/stafettlogg/{case_id}")


PAGES: dict[str, Callable[[Demo], Callable[[], object]]] = {
    "case page, Bærum": _case_page("baerum"),
    "case page, Jevnaker": _case_page("jevnaker"),
    "case page, Tromsø": _case_page("tromso"),
    "case page, Vestby": _case_page("vestby"),
    "Mine saker": _mine,
    "Min enhet": _unit,
    "the guide": _guide,
    "new concern": _new_concern,
    "the team's queue": _queue,
    "a stafettlogg entry (POST)": _entry,
    "a consent PDF": _consent_pdf,
    "the citizen's view of a case": _citizen,
}


def test_every_page_in_the_table_has_a_bound():
    assert set(PAGES) == set(BOUNDS)


@pytest.mark.parametrize("page", list(PAGES))
def test_the_page_runs_no_more_statements_than_its_bound(demo, page):
    count, statements = statements_for(demo, PAGES[page](demo))
    assert count <= BOUNDS[page], "\n".join([f"{page}: {count} > {BOUNDS[page]}", *statements])


# -- no N+1 -----------------------------------------------------------------------------------


def test_thirty_more_people_entries_and_meetings_cost_the_case_page_nothing(changed_demo):
    """The case page of the richest case costs as many statements after 30 more
    participants (each a new employee), 30 more stafettlogg entries and measures by them,
    and 30 more meetings (half held, with minutes) inviting them."""
    demo = changed_demo
    page = _case_page("vestby")(demo)
    before, _ = statements_for(demo, page)
    _add_thirty_of_each(demo, "vestby")
    after, statements = statements_for(demo, page)
    assert after == before, "\n".join([f"{before} before, {after} after", *statements])


def _add_thirty_of_each(demo: Demo, slug: str) -> None:
    case_id, _ = demo.cases[slug]
    db = demo.app.extensions["bti_db"]
    with demo.engine.connect() as conn:
        municipality_id, unit_id = conn.execute(
            sa.text('SELECT municipality_id, unit_id FROM "case" WHERE id = :c'), {"c": case_id}
        ).one()
    now = clock.now()
    with db.unscoped() as session, session.begin():
        users = [StaffUser(username=f"ny.{n}", display_name=f"Ny Ansatt {n}") for n in range(30)]
        session.add_all(users)
        session.flush()
        user_ids = [user.id for user in users]
    with db.scoped(municipality_id) as session, session.begin():
        for n, user_id in enumerate(user_ids):
            session.add(Membership(user_id=user_id, unit_id=unit_id, role=Role.ANSATT))
            session.add(
                CaseParticipant(
                    case_id=case_id,
                    user_id=user_id,
                    unit_id=unit_id,
                    role=ParticipantRole.PARTICIPANT,
                )
            )
            session.add(
                StafettloggEntry(
                    case_id=case_id, kind=EntryKind.NOTE, text=f"Notat {n}", author_id=user_id
                )
            )
            session.add(
                ActionPlanItem(
                    case_id=case_id, goal=f"Mål {n}", measure=f"Tiltak {n}", responsible_id=user_id
                )
            )
            held = n % 2 == 0
            starts = now + timedelta(days=n - 15 if held else n + 1)
            meeting = Meeting(
                case_id=case_id,
                kind="samarbeidsmote",
                starts_at=starts,
                organiser_id=user_id,
                held_at=starts if held else None,
            )
            session.add(meeting)
            session.flush()
            session.add(MeetingInvitee(meeting_id=meeting.id, user_id=user_id, attended=held))
            if held:
                session.add(MinutesPart(meeting_id=meeting.id, heading="Status", text="Bra."))
