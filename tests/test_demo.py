"""The demo (``bti demo``): it loads, loading twice changes nothing, and every account the
README lists signs in and sees what the README says.

What the stories do is the services' business: every step goes through them (a step they
refuse stops the load), and their rules have their own tests and scenarios.
"""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from bti import clock, create_app
from bti.demo import DEMO_PASSWORD, DemoRefusedError, load_demo_data
from bti.migrate import upgrade_database
from bti.models import (
    Case,
    HandOver,
    HandOverStatus,
    StafettloggEntry,
    StaffUser,
    Subject,
    TeamDiscussion,
    TeamEvaluation,
    TeamMember,
    TeamRecord,
    TeamReferral,
)
from bti.rules.child import age_on
from bti.services import reports
from bti.services.actors import load_actor
from bti.services.quarters import Quarter

SLUGS = ("baerum", "jevnaker", "tromso", "vestby")
#: The README's demo accounts, ``<kommune>.<key>`` in every municipality.
STAFF = (
    "barnehage",
    "styrer",
    "laerer",
    "leder",
    "helsesykepleier",
    "ppt",
    "barnevern",
    "psykolog",
    "kommunepsykolog",
    "ungdomskontakt",
    "familieveileder",
    "titkoordinator",
    "titstedfortreder",
    "avdelingsleder",
    "koordinator",
    "fagadmin",
    "admin",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """All four municipalities on one SQLite file, loaded once for this module."""
    path = tmp_path_factory.mktemp("demo")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        upgrade_database(app)
    app.config["DEMO_ACCOUNTS"] = load_demo_data(app)
    yield app
    app.extensions["bti_db"].dispose()


def row_counts(app) -> dict[str, int]:
    with app.extensions["bti_db"].engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in SQLModel.metadata.tables.items()
            if name != "alembic_version"
        }


def sign_in(app, username: str, page: str = "/logg-inn"):
    client = app.test_client()
    response = client.post(
        page, data={"username": username, "password": DEMO_PASSWORD}, follow_redirects=True
    )
    assert response.status_code == 200, username
    return client, response.get_data(as_text=True)


def in_section(page: str, heading: str) -> str:
    """The text of the ``<section>`` whose heading is ``heading`` («» when there is none)."""
    for section in re.findall(r"<section\b.*?</section>", page, flags=re.S):
        if re.search(rf"<h\d[^>]*>\s*{re.escape(heading)}\s*</h\d>", section):
            return section
    return ""


def scoped(app, slug: str):
    db = app.extensions["bti_db"]
    return db.scoped(db.municipality_ids()[slug])


# --- it loads, once --------------------------------------------------------------------------


#: The levels each municipality's demo cases reach: every level everywhere (Bærum's later
#: levels through its Tidlig innsatsteam: the meldeskjema, the invitations, the avrunding).
LEVELS_REACHED: dict[str, set[int]] = {}


def test_every_municipality_gets_cases_at_every_level_and_the_accounts_are_listed(demo):
    for slug in SLUGS:
        with scoped(demo, slug) as session:
            cases = session.exec(select(Case)).all()
        assert {case.level for case in cases} == LEVELS_REACHED.get(slug, {0, 1, 2, 3}), slug
        assert any(case.status == "closed" for case in cases), slug
        assert any(case.reported_to_barnevern_at for case in cases), slug
    listed = {username for _name, username, _description in demo.config["DEMO_ACCOUNTS"]}
    readme = {f"{slug}.{key}" for slug in SLUGS for key in STAFF}
    assert listed == readme | {"demo.flere", "tromso.foresatt", "tromso.ungdom"}


def test_loading_twice_changes_nothing(make_app, database_url):
    """On each database backend; the national model's stories and Tromsø's, the most
    involved, keep it short."""
    app = make_app(DATABASE_URL=database_url, BTI_MUNICIPALITIES="baerum,tromso")
    with app.app_context():
        upgrade_database(app)
    first_accounts = load_demo_data(app)
    first = row_counts(app)
    assert load_demo_data(app) == first_accounts
    assert row_counts(app) == first
    assert first["case"] > 0


def test_demo_refuses_production(make_app):
    app = make_app(
        BTI_ENV="production",
        BTI_SECRET_KEY="x" * 40,
        BTI_AUDIT_KEY="a" * 40,
        BTI_MUNICIPALITIES="vestby",
    )
    with pytest.raises(DemoRefusedError, match="production"):
        load_demo_data(app)


def test_bti_demo_no_serve_loads_and_prints_the_accounts(make_app):
    app = make_app(BTI_MUNICIPALITIES="tromso")
    result = app.test_cli_runner().invoke(args=["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    for username in ("tromso.laerer", "tromso.foresatt", "demo.flere", DEMO_PASSWORD):
        assert username in result.output
    assert "Serving" not in result.output


# --- every account signs in and sees what the README says -------------------------------------


def test_every_staff_account_signs_in_to_mine_saker(demo):
    for slug in SLUGS:
        for key in STAFF:
            _client, page = sign_in(demo, f"{slug}.{key}")
            assert "<h1" in page and "Mine saker" in page, f"{slug}.{key}"
        # The ones who open concerns have cases on their list, and meetings ahead.
        for key in ("barnehage", "laerer", "helsesykepleier"):
            _client, page = sign_in(demo, f"{slug}.{key}")
            assert f"/{slug}/sak/" in page, f"{slug}.{key}"
            assert in_section(page, "Dine kommende møter"), f"{slug}.{key}"


def test_demo_flere_chooses_a_municipality(demo):
    _client, page = sign_in(demo, "demo.flere")
    for name in ("Bærum kommune", "Jevnaker kommune", "Tromsø kommune", "Vestby kommune"):
        assert name in page


def test_an_offer_of_the_baton_waits_for_an_answer(demo):
    """Each municipality with a stafettlogg has a hand-over waiting (Bærum's method book has
    none: no baton to pass); none is to the health nurse, whose offer comes from the README's
    walk (the browser test accepts the first one waiting)."""
    for slug, receiver in (("tromso", "ppt"), ("vestby", "barnevern")):
        _client, page = sign_in(demo, f"{slug}.{receiver}")
        assert f"/{slug}/sak/" in in_section(page, "Venter på svar fra deg"), slug
    for slug in (slug for slug in SLUGS if slug != "baerum"):
        with scoped(demo, slug) as session:
            nurse = session.exec(
                select(StaffUser).where(StaffUser.username == f"{slug}.helsesykepleier")
            ).one()
            offers = session.exec(
                select(HandOver).where(HandOver.status == HandOverStatus.OFFERED)
            ).all()
        assert offers and all(offer.to_user_id != nurse.id for offer in offers), slug


def test_tromso_laerer_and_leder_see_the_decision_past_its_14_days(demo):
    for key in ("laerer", "leder"):
        _client, page = sign_in(demo, f"tromso.{key}")
        overdue = in_section(page, "Frister som har gått ut")
        assert "Beslutning innen 14 dager etter at bekymringen oppsto" in overdue, key


def _readable(demo, username: str) -> tuple:
    """The citizen's list of stafettlogger, their one case, and the client signed in."""
    client, page = sign_in(demo, username, "/tromso/innsyn/logg-inn")
    assert "Dine stafettlogger" in page
    links = re.findall(r'href="/tromso/innsyn/stafettlogg/([^"]+)"', page)
    assert len(links) == 1, username
    with scoped(demo, "tromso") as session:
        case = session.get(Case, links[0])
        subject = session.get(Subject, case.subject_id)
        others = session.exec(select(Case).where(Case.id != case.id)).all()
        health = session.exec(
            select(StafettloggEntry.text).where(
                StafettloggEntry.case_id == case.id, StafettloggEntry.health_internal
            )
        ).all()
    page = client.get(f"/tromso/innsyn/stafettlogg/{case.id}").get_data(as_text=True)
    for heading in ("Hvem som er med", "Mål og aktiviteter", "Møter", "Loggen"):
        assert heading in page
    assert not [text for text in health if text in page]
    for other in others:  # another child's, a reported one: «not found»
        assert client.get(f"/tromso/innsyn/stafettlogg/{other.id}").status_code == 404
    return subject, age_on(subject.birth_date, clock.today())


def test_tromso_foresatt_reads_her_7_year_olds_stafettlogg_and_nothing_else(demo):
    _subject, age = _readable(demo, "tromso.foresatt")
    assert age == 7


def test_tromso_foresatt_finds_her_invitation_under_notices_and_it_leads_to_the_stafettlogg(demo):
    client, page = sign_in(demo, "tromso.foresatt", "/tromso/innsyn/logg-inn")
    [case_id] = re.findall(r'href="/tromso/innsyn/stafettlogg/([^"]+)"', page)
    notices = client.get("/tromso/innsyn/varsler").get_data(as_text=True)
    assert "Du er invitert til et møte" in notices
    links = re.findall(r'href="(/tromso/innsyn/varsler/\d+)"', notices)
    assert links, "the demo invites the guardian to a meeting"
    assert client.get(links[-1]).headers["Location"] == f"/tromso/innsyn/stafettlogg/{case_id}"


def test_tromso_ungdom_reads_their_own_stafettlogg(demo):
    subject, age = _readable(demo, "tromso.ungdom")
    assert age == 15 and subject.fodselsnummer


def test_tromso_styrer_finds_her_read_as_leader_in_the_review_of_access(demo):
    client, _page = sign_in(demo, "tromso.styrer")
    review = client.get("/tromso/saker/enhet/tilgang").get_data(as_text=True)
    outside = in_section(review, "Utenfor egen rolle")
    assert "som enhetens leder" in outside and "Leste saken" in outside


# --- Bærum's Tidlig innsatsteam --------------------------------------------------------------


def _baerum_staff(session, key: str) -> StaffUser:
    return session.exec(select(StaffUser).where(StaffUser.username == f"baerum.{key}")).one()


def test_baerum_demo_has_seven_teams_a_queue_and_held_meetings(demo):
    """The seven teams with chair, deputy, leader and members; referrals waiting (one
    urgent); a case invited to a coming day; meetings held with action plan, protocol and
    evaluation; and a pregnant woman's case in the 0–1 team («Målgruppe», «Deltakere»)."""
    with scoped(demo, "baerum") as session:
        teams = session.exec(select(TeamRecord)).all()
        assert len(teams) == 7
        assert all(t.coordinator_id and t.deputy_id and t.leader_id for t in teams)
        assert session.exec(select(sa.func.count()).select_from(TeamMember)).one() >= 21
        referrals = session.exec(select(TeamReferral)).all()
        statuses = [r.status for r in referrals]
        assert statuses.count("received") >= 2 and "invited" in statuses
        assert any(r.urgency == "urgent" for r in referrals)
        closed = [r for r in referrals if r.status == "closed"]
        assert len(closed) >= 20
        discussions = session.exec(select(TeamDiscussion)).all()
        assert all(d.protocol and d.reflection for d in discussions)
        answered = session.exec(
            select(TeamEvaluation).where(TeamEvaluation.answered_at.is_not(None))
        )
        assert {e.answered_via for e in answered} == {"staff", "link"}
        pregnant = session.exec(
            select(TeamRecord.code)
            .join(TeamReferral, TeamReferral.team_id == TeamRecord.id)
            .join(Case, Case.id == TeamReferral.case_id)
            .join(Subject, Subject.id == Case.subject_id)
            .where(Subject.kind == "gravid")
        ).all()
        assert pregnant and set(pregnant) == {"tit-0-1"}


def test_baerum_demo_quarter_shows_figures_and_protocols_without_names(demo):
    """«Andel saker i tidlig innsatsteam der foreldre har deltatt» shows a figure, not a
    suppressed cell, for the demo's quarter and the one before; the quarter's protocols
    name nobody («Protokoll (anonymisert)»)."""
    municipality = demo.extensions["bti"]["baerum"]
    with demo.app_context(), scoped(demo, "baerum") as session:
        sbu = load_actor(session, _baerum_staff(session, "koordinator").id)
        subjects = session.exec(select(Subject)).all()
        found = None
        for quarter in Quarter.current(municipality).last(3):
            page = reports.indicators_page(
                session, municipality=municipality, by=sbu, quarter=quarter
            )
            share = page.participation
            if page.discussed.raw >= 10:
                found = (quarter, page)
                assert share.value is not None and not share.suppressed
        assert found is not None, "no quarter of the demo has ten meetings"
        quarter, page = found
        row = next(r for r in page.rows if r.zero_point.number is not None and r.unit == "%")
        assert row.status.number is not None and row.target == 100
        protocols = reports.quarter_protocols(
            session, municipality=municipality, by=sbu, quarter=quarter
        )
        text = " ".join(r.protocol for r in protocols.rows)
        assert protocols.rows and text
        for subject in subjects:
            assert subject.family_name not in text and subject.given_name not in text
