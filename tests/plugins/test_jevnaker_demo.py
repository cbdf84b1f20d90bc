"""Jevnaker's demo cases, as a Jevnaker employee sees them after ``bti demo``.

The stories (``bti_jevnaker.demo_stories``) are replayed through the services; these tests
read the case pages the demo accounts open: a wondering closed after the undringssamtale
with both parents, with its note and no stafettlogg; a phone call instead of the meeting
and a case at nivå 1 with its stafettlogg and next meeting; a 15-year-old who signed the
consent alone; PPT at nivå 2 under a consent that names it; the kommunepsykolog taking
part at nivå 3, where the guardians declined an offer; and a report to barnevern with the
guardians kept out.
"""

from __future__ import annotations

import html
import re

import pytest
from sqlmodel import select

from bti import clock, create_app
from bti.demo import DEMO_PASSWORD, load_demo_data
from bti.migrate import upgrade_database
from bti.models import (
    Case,
    CaseParticipant,
    Consent,
    ConsentService,
    ConsentSignature,
    Decision,
    LeaderTask,
    Meeting,
    MeetingInvitee,
    StaffUser,
    Unit,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Jevnaker alone, loaded once for this module."""
    path = tmp_path_factory.mktemp("jevnaker-demo")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
            "BTI_MUNICIPALITIES": "jevnaker",
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    yield app
    app.extensions["bti_db"].dispose()


def session_of(app):
    db = app.extensions["bti_db"]
    return db.scoped(db.municipality_ids()["jevnaker"])


def case_page(app, key: str, case_id: str) -> str:
    """The case page as ``jevnaker.<key>`` reads it, as text with single spaces."""
    return client_page(app, key, f"/jevnaker/sak/{case_id}")


def client_page(app, key: str, path: str) -> str:
    """The page at ``path`` as ``jevnaker.<key>`` reads it, as text with single spaces."""
    client = app.test_client()
    client.post(
        "/logg-inn",
        data={"username": f"jevnaker.{key}", "password": DEMO_PASSWORD},
        follow_redirects=True,
    )
    response = client.get(path)
    assert response.status_code == 200, (key, path)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", response.get_data(as_text=True), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def decided(session, outcome: str, from_level: int) -> list[Case]:
    """The cases with a decision ``outcome`` made at ``from_level``."""
    query = (
        select(Case)
        .join(Decision, Decision.case_id == Case.id)
        .where(Decision.outcome == outcome, Decision.from_level == from_level)
    )
    return list(session.exec(query).unique())


def staff_id(session, key: str) -> int:
    name = f"jevnaker.{key}"
    return session.exec(select(StaffUser.id).where(StaffUser.username == name)).one()


def test_every_level_has_a_case(demo):
    with session_of(demo) as session:
        cases = session.exec(select(Case)).all()
    assert {case.level for case in cases} == {0, 1, 2, 3}
    assert 5 <= len(cases) <= 7


def test_a_wondering_closed_after_the_undringssamtale_keeps_its_note_and_has_no_stafettlogg(
    demo,
):
    with session_of(demo) as session:
        (case,) = [c for c in decided(session, "close", 0) if c.status == "closed"]
        talk = session.exec(
            select(Meeting).where(Meeting.case_id == case.id, Meeting.kind == "undringssamtale")
        ).one()
        parents = session.exec(
            select(MeetingInvitee).where(
                MeetingInvitee.meeting_id == talk.id, MeetingInvitee.guardian_id.is_not(None)
            )
        ).all()
    assert case.stafettholder_id is None
    assert len(parents) == 2 and all(p.attended for p in parents)
    page = case_page(demo, "barnehage", case.id)
    assert "Undringen avsluttes" in page
    assert "Notatet om undringssamtalen er lagret i saken" in page
    # The note itself, dated and signed, kept with the case.
    assert "Resultat fra undringssamtalen" in page
    assert "Foreldrene ser det samme hjemme etter at lillebror ble født." in page
    assert "Ingen stafettlogg er opprettet" in page
    assert "Foreldrenes kjennskap til barnet" in page  # the note, as the minutes
    assert "Stafettholder Ingen ennå" in page


def test_a_phone_call_a_clarification_and_then_nivå_1_with_the_stafettlogg_and_next_meeting(
    demo,
):
    with session_of(demo) as session:
        (case,) = decided(session, "avklaring", 0)
        teacher = staff_id(session, "laerer")
        ahead = session.exec(
            select(Meeting).where(Meeting.case_id == case.id, Meeting.held_at.is_(None))
        ).one()
        held = session.exec(
            select(Meeting).where(Meeting.case_id == case.id, Meeting.held_at.is_not(None))
        ).all()
        decisions = session.exec(
            select(Decision.outcome).where(Decision.case_id == case.id).order_by(Decision.id)
        ).all()
    assert decisions == ["avklaring", "level_1", "continue"]
    assert (case.level, case.stafettholder_id) == (1, teacher)
    assert ahead.kind == "oppfolgingsmote" and ahead.starts_at > clock.now()
    assert any(m.kind == "undringssamtale" and m.place.startswith("Telefon") for m in held)
    assert any(m.kind == "oppfolgingsmote" and m.child_voice for m in held)
    page = case_page(demo, "laerer", case.id)
    assert "Nivå 1: Utfordringene kan løses på tjenestestedet" in page
    assert "Kommende møter Møte med foresatte og barnet" in page
    assert "Skolen avklarer frokost og støtte i matematikk før tiltak." in page  # the note
    assert "Telefon (i stedet for møte)" in page
    assert "Notat , skrevet av" in page  # the stafettholder's entries in the stafettlogg


def test_a_15_year_old_signs_the_consent_alone(demo):
    with session_of(demo) as session:
        signed = session.exec(
            select(ConsentSignature.signer_kind, Consent.case_id)
            .join(Consent, Consent.id == ConsentSignature.consent_id)
            .join(ConsentService, ConsentService.consent_id == Consent.id)
            .where(ConsentService.service == "ungdomskontakt")
        ).all()
    assert {kind for kind, _case in signed} == {"subject"}
    page = case_page(demo, "laerer", signed[0][1])
    assert "(ungdommen selv)" in page


def test_ppt_at_nivå_2_under_a_consent_that_names_it(demo):
    with session_of(demo) as session:
        (case,) = [c for c in decided(session, "level_2", 1) if c.level == 2]
        kinds = session.exec(
            select(Unit.kind)
            .join(CaseParticipant, CaseParticipant.unit_id == Unit.id)
            .where(CaseParticipant.case_id == case.id)
        ).all()
    assert "ppt" in kinds
    page = case_page(demo, "barnehage", case.id)
    assert "Nivå 2: Utfordringene krever bistand fra andre" in page
    assert "Pedagogisk-psykologisk tjeneste (PPT)" in page


def test_the_kommunepsykolog_takes_part_at_nivå_3_and_the_guardians_declined_an_offer(demo):
    with session_of(demo) as session:
        (case,) = [c for c in decided(session, "level_3", 2) if c.level == 3]
        kinds = session.exec(
            select(Unit.kind)
            .join(CaseParticipant, CaseParticipant.unit_id == Unit.id)
            .where(CaseParticipant.case_id == case.id)
        ).all()
        across = session.exec(
            select(Meeting).where(Meeting.case_id == case.id, Meeting.kind == "tverrfaglig_mote")
        ).all()
    assert "kommunepsykolog" in kinds
    assert len(across) >= 3 and any(m.held_at is None for m in across)
    page = case_page(demo, "laerer", case.id)
    assert "Kommunepsykologen" in page
    assert "Foresatte takker nei til den tilbudte hjelpen: Foreldreveiledning" in page
    with session_of(demo) as session:
        (task,) = session.exec(select(LeaderTask).where(LeaderTask.case_id == case.id)).all()
    assert task.done_at is None  # the leader is to consider a tiltaksplan
    mine = client_page(demo, "leder", "/jevnaker/saker")
    assert "Vurder om tiltaksplan skal utarbeides for barnet i virksomheten" in mine
    assert "Stafettpinnen er tilbudt" in page


def test_a_report_at_nivå_0_keeps_the_guardians_out(demo):
    with session_of(demo) as session:
        (case,) = decided(session, "report", 0)
    assert case.level == 0 and case.reported_to_barnevern_at and case.guardians_kept_out
    page = case_page(demo, "barnehage", case.id)
    assert "de foresatte skal ikke involveres" in page
    assert "foreldrene får ikke vite" in page


def test_systemnivå_closes_the_case_about_the_child_without_a_stafettlogg(demo):
    with session_of(demo) as session:
        (case,) = decided(session, "system", 0)
    assert case.status == "closed" and case.stafettholder_id is None
