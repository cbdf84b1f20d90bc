"""Forms to print: the consent form with one signature line per signer the rules require,
the invitation, the minutes and the action plan — as HTML for the browser and as PDF."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, time, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bti import hookimpl
from bti.guide import FormVariant
from bti.models import AuditEvent, MeetingInvitee
from bti.services import consents, meetings, stafettlogg
from bti.web.pdf import static_files
from tests.support.web import give_passwords, signed_in
from tests.support.world import World, birth_date_for

CHILD = "Sæbjørn"  # æ and ø in the name, å in the guardian's
FULL_NAME = "Sæbjørn Testesen"


def _world(make_world, *, age: int, custody: str = "delt_omsorg", plugins=()) -> World:
    world = make_world("Vestby", plugins=plugins)
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    world.child(CHILD, birth_date=birth_date_for(age))
    world.set_custody(CHILD, custody)
    world.guardian("Åse Ødegård", CHILD)
    world.guardian("Pål", CHILD)
    world.open_case("Kari", CHILD)
    give_passwords(world)
    return world


@pytest.fixture
def world(make_world) -> World:
    return _world(make_world, age=9)


def _base(world: World) -> str:
    return f"/vestby/sak/{world.case_id}/utskrift"


def _register_consent(world: World, *, services, health: bool) -> int:
    today = date.today()
    consent = world.act_ok(
        "Kari",
        consents.register,
        case_id=world.case_id,
        services=services,
        valid_from=today,
        valid_to=today + timedelta(days=180),
        scope="Skolens observasjoner og helsestasjonens vurderinger",
        includes_health_information=health,
    )
    return consent.id


def _plan_meeting(world: World) -> int:
    starts = datetime.combine(date.today() + timedelta(days=3), time(14, 0))
    meeting = world.act_ok(
        "Kari",
        meetings.plan,
        case_id=world.case_id,
        kind="samarbeidsmote",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        place="Møterom 2, Nordby skole",
        agenda="Hva vi har sett\nBarnets stemme\nVeien videre",
        guardian_ids=[world.guardians["Åse Ødegård"]],
        invite_subject=True,
    )
    return meeting.id


def _hold_meeting(world: World, meeting_id: int) -> None:
    with world.scoped() as session:
        invitees = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting_id)
        ).all()
        starts = world.act_ok("Kari", meetings.read, meeting_id=meeting_id).meeting.starts_at
    world.act_ok(
        "Kari",
        meetings.record_held,
        meeting_id=meeting_id,
        attended={i.id: i.guardian_id is None for i in invitees},  # Åse did not come
        guardians_present=False,
        child_present=True,
        child_voice="Jeg vil gjerne være med i friminuttet.",
        minutes=[
            ("Hva vi har sett", "Sæbjørn er mye alene i friminuttene."),
            ("Veien videre", "Skolen lager en plan for friminuttene."),
        ],
        now=starts + timedelta(hours=2),
    )


def _action_plan(world: World) -> None:
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    item = world.act_ok(
        "Kari",
        stafettlogg.add_measure,
        case_id=world.case_id,
        goal="Trives i friminuttene",
        measure="Voksen tilstede i skolegården",
        follow_up_on=date.today() + timedelta(days=30),
        responsible_id=world.staff["Kari"],
    )
    world.act_ok(
        "Kari",
        stafettlogg.add_measure,
        case_id=world.case_id,
        goal="Trives i friminuttene",
        measure="Faste lekegrupper",
        follow_up_on=date.today() + timedelta(days=40),
        responsible_text="Foreldrene",
    )
    world.act_ok(
        "Kari",
        stafettlogg.evaluate_measure,
        case_id=world.case_id,
        item_id=item.id,
        evaluation="Færre episoder med utestenging.",
        goal_reached=True,
        child_voice="Det er bedre nå.",
    )


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return re.sub(r"[ \t]+", " ", text)


def _assert_pdf(response, filename: str) -> None:
    assert response.status_code == 200
    assert response.data.startswith(b"%PDF")
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == f'inline; filename="{filename}"'
    assert response.headers["Cache-Control"] == "no-store"


def _signature_lines(body: str) -> list[str]:
    """Who each signature line is for: «name, role» as the form shows it."""
    return [
        re.sub(r"<[^>]+>", "", who).strip()
        for who in re.findall(r'class="print-signature__who">(.*?)</p>', body, re.S)
    ]


# --- the consent form


def test_the_blank_consent_form_has_a_line_for_each_parent_with_shared_care(world):
    client = signed_in(world, "kari")
    response = client.get(f"{_base(world)}/samtykke")
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert "<h1>Samtykkeerklæring</h1>" in body or "<h1>Samtykkeskjema</h1>" in body
    assert FULL_NAME in body and "Vestby" in body
    assert _signature_lines(body) == ["Åse Ødegård, Foresatt", "Pål, Foresatt"]
    assert body.count("Sted og dato") == 2 and len(re.findall(r"Underskrift\b", body)) == 2
    assert "Foreldrene har delt daglig omsorg: begge må skrive under." in body
    assert "kan trekkes tilbake når som helst" in body
    assert "Skriv ut" in body  # the printing hint
    assert f'href="/vestby/sak/{world.case_id}#print"' in body  # back to the case
    assert 'href="/static/print.css"' in body


def test_parents_who_live_together_each_get_a_line_and_are_told_one_is_enough(make_world):
    world = _world(make_world, age=9, custody="sammen")
    body = signed_in(world, "kari").get(f"{_base(world)}/samtykke").get_data(as_text=True)
    assert _signature_lines(body) == ["Åse Ødegård, Foresatt", "Pål, Foresatt"]
    assert "det er nok at én av dem skriver under" in body


def test_a_youth_of_16_signs_alone_for_health_information_within_health(make_world):
    world = _world(make_world, age=16)
    consent_id = _register_consent(world, services=["skolehelsetjeneste"], health=True)
    body = (
        signed_in(world, "kari").get(f"{_base(world)}/samtykke/{consent_id}").get_data(as_text=True)
    )
    assert _signature_lines(body) == [f"{FULL_NAME}, Ungdom"]
    assert "Skolehelsetjenesten" in body
    assert "Helseopplysninger kan deles." in body
    assert "Skolens observasjoner og helsestasjonens vurderinger" in body


def test_a_youth_of_16_signs_with_the_guardians_when_the_school_is_included(make_world):
    world = _world(make_world, age=16)
    consent_id = _register_consent(world, services=["skole", "skolehelsetjeneste"], health=True)
    body = (
        signed_in(world, "kari").get(f"{_base(world)}/samtykke/{consent_id}").get_data(as_text=True)
    )
    assert _signature_lines(body) == [
        f"{FULL_NAME}, Ungdom",
        "Åse Ødegård, Foresatt",
        "Pål, Foresatt",
    ]


def test_from_18_only_the_person_signs(make_world):
    world = _world(make_world, age=19)
    body = signed_in(world, "kari").get(f"{_base(world)}/samtykke").get_data(as_text=True)
    assert _signature_lines(body) == [f"{FULL_NAME}, Personen samtykket gjelder"]
    assert "Åse Ødegård" not in body


def test_the_consent_pdf_has_the_names_and_signature_lines(world, tmp_path):
    consent_id = _register_consent(world, services=["skole", "ppt"], health=False)
    response = signed_in(world, "kari").get(f"{_base(world)}/samtykke/{consent_id}.pdf")
    _assert_pdf(response, "samtykke.pdf")
    text = _pdf_text(response.data, tmp_path)
    assert FULL_NAME in text
    assert "Åse Ødegård, Foresatt" in text and "Pål, Foresatt" in text
    assert text.count("Sted og dato") == 2 and len(re.findall(r"Underskrift\b", text)) == 2
    assert "Side 1 av 1" in text
    assert "Vestby" in text
    assert "Skriv ut" not in text  # no toolbar on paper
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "document.pdf")], capture_output=True, check=True, text=True
    ).stdout
    assert "Inter" in fonts  # the stylesheet and font were read from the static folder


def test_the_blank_consent_pdf(world, tmp_path):
    response = signed_in(world, "kari").get(f"{_base(world)}/samtykke.pdf")
    _assert_pdf(response, "samtykke.pdf")
    assert "Åse Ødegård, Foresatt" in _pdf_text(response.data, tmp_path)


class OwnConsentForm:
    """A municipality's own consent form: its title, and a template of its own."""

    def __init__(self, template: str | None = None):
        self.template = template

    @hookimpl
    def bti_form_variant(self, kind, profile):
        if kind == "consent":
            return FormVariant(kind, "Samtykke til samarbeid i Vestby", template=self.template)
        return None


def test_the_municipalitys_own_form_title_is_used(make_world):
    world = _world(make_world, age=9, plugins=[OwnConsentForm()])
    body = signed_in(world, "kari").get(f"{_base(world)}/samtykke").get_data(as_text=True)
    assert "<h1>Samtykke til samarbeid i Vestby</h1>" in body
    assert "Sted og dato" in body


def test_the_municipalitys_own_form_template_is_used_instead(make_world):
    world = _world(make_world, age=9, plugins=[OwnConsentForm(template="print/base.html")])
    body = signed_in(world, "kari").get(f"{_base(world)}/samtykke").get_data(as_text=True)
    assert "<h1>Samtykke til samarbeid i Vestby</h1>" in body and FULL_NAME in body
    assert "Sted og dato" not in body  # the municipality's template, not the core's


def test_a_consent_from_another_case_is_not_found(world, make_app):
    consent_id = _register_consent(world, services=["skole"], health=False)
    first_case = world.case_id
    world.child("Siri", birth_date=birth_date_for(8))
    world.open_case("Kari", "Siri")
    client = signed_in(world, "kari")
    assert client.get(f"/vestby/sak/{first_case}/utskrift/samtykke/{consent_id}").status_code == 200
    assert client.get(f"{_base(world)}/samtykke/{consent_id}").status_code == 404


# --- meetings


def test_the_invitation_shows_time_place_agenda_and_who_is_invited(world, tmp_path):
    meeting_id = _plan_meeting(world)
    client = signed_in(world, "kari")
    response = client.get(f"{_base(world)}/invitasjon/{meeting_id}")
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert "Samarbeidsmøte" in body
    assert "kl. 14:00 – 15:00" in body  # Oslo time, as the form gave it
    assert "Møterom 2, Nordby skole" in body
    assert "<li>Barnets stemme</li>" in body
    assert "Kari (Ansatt)" in body and "Åse Ødegård (Foresatt)" in body
    assert f"{FULL_NAME} (Barnet eller ungdommen)" in body

    pdf = client.get(f"{_base(world)}/invitasjon/{meeting_id}.pdf")
    _assert_pdf(pdf, "invitasjon.pdf")
    text = _pdf_text(pdf.data, tmp_path)
    assert FULL_NAME in text and "Møterom 2, Nordby skole" in text and "Veien videre" in text


def test_minutes_exist_only_for_a_held_meeting(world, tmp_path):
    meeting_id = _plan_meeting(world)
    client = signed_in(world, "kari")
    assert client.get(f"{_base(world)}/referat/{meeting_id}").status_code == 404

    _hold_meeting(world, meeting_id)
    response = client.get(f"{_base(world)}/referat/{meeting_id}")
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    attended, absent = body.split("Deltok ikke")
    assert "Kari (Ansatt)" in attended and f"{FULL_NAME} (Barnet eller ungdommen)" in attended
    assert "Åse Ødegård (Foresatt)" in absent
    assert "Jeg vil gjerne være med i friminuttet." in body
    assert "<h3>Hva vi har sett</h3>" in body and "Skolen lager en plan" in body

    pdf = client.get(f"{_base(world)}/referat/{meeting_id}.pdf")
    _assert_pdf(pdf, "referat.pdf")
    text = _pdf_text(pdf.data, tmp_path)
    assert FULL_NAME in text and "Jeg vil gjerne være med i friminuttet." in text


# --- the action plan


def test_the_action_plan_shows_goals_measures_responsible_and_evaluations(world, tmp_path):
    _action_plan(world)
    client = signed_in(world, "kari")
    response = client.get(f"{_base(world)}/handlingsplan")
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert body.count("Mål: Trives i friminuttene") == 1  # one goal, two measures
    assert "Voksen tilstede i skolegården" in body and "Faste lekegrupper" in body
    assert "Foreldrene" in body and "Stafettholder: Kari" in body
    assert "Mål nådd" in body and "Færre episoder med utestenging." in body
    assert "Ikke evaluert ennå." in body

    pdf = client.get(f"{_base(world)}/handlingsplan.pdf")
    _assert_pdf(pdf, "handlingsplan.pdf")
    text = _pdf_text(pdf.data, tmp_path)
    assert FULL_NAME in text and "Faste lekegrupper Foreldrene" in text


# --- the panel, access and audit


def test_the_panel_lists_the_documents_this_case_has(world):
    consent_id = _register_consent(world, services=["skole"], health=False)
    planned = _plan_meeting(world)
    held = _plan_meeting(world)
    _hold_meeting(world, held)
    client = signed_in(world, "kari")
    page = client.get(f"/vestby/sak/{world.case_id}").get_data(as_text=True)
    section = page.split('data-panel="print"')[1].split("</section>")[0]
    assert "Utskrifter og arkiv" in section
    base = _base(world)
    for path in (
        "/samtykke",
        "/samtykke.pdf",
        f"/samtykke/{consent_id}",
        f"/samtykke/{consent_id}.pdf",
        f"/invitasjon/{planned}",
        f"/invitasjon/{held}.pdf",
        f"/referat/{held}",
        f"/referat/{held}.pdf",
    ):
        assert f'href="{base}{path}"' in section
    assert f"/referat/{planned}" not in section  # not held yet
    assert "/handlingsplan" not in section  # no stafettlogg yet

    _action_plan(world)
    page = client.get(f"/vestby/sak/{world.case_id}").get_data(as_text=True)
    assert f'href="{base}/handlingsplan.pdf"' in page


def test_someone_outside_the_case_finds_no_document_and_is_audited(world):
    consent_id = _register_consent(world, services=["skole"], health=False)
    meeting_id = _plan_meeting(world)
    _hold_meeting(world, meeting_id)
    client = signed_in(world, "truls")
    base = _base(world)
    for path in (
        "/samtykke",
        "/samtykke.pdf",
        f"/samtykke/{consent_id}",
        f"/samtykke/{consent_id}.pdf",
        f"/invitasjon/{meeting_id}",
        f"/invitasjon/{meeting_id}.pdf",
        f"/referat/{meeting_id}",
        f"/referat/{meeting_id}.pdf",
        "/handlingsplan",
        "/handlingsplan.pdf",
    ):
        response = client.get(base + path)
        assert response.status_code == 404, path
        assert FULL_NAME not in response.get_data(as_text=True)
    with world.scoped() as session:
        denied = session.exec(
            select(AuditEvent).where(
                AuditEvent.action == "case.print", AuditEvent.outcome == "denied"
            )
        ).all()
    assert len(denied) == 10 and {e.case_ref for e in denied} == {world.case_id}


def test_every_print_is_audited_once(world):
    """One event per print: the service's own reads of the same case (the meeting, the
    action plan) are part of that access, not events of their own."""
    meeting_id = _plan_meeting(world)
    _action_plan(world)
    client = signed_in(world, "kari")
    with world.scoped() as session:
        before = session.exec(select(sa.func.max(AuditEvent.id))).one()
    client.get(f"{_base(world)}/samtykke")
    client.get(f"{_base(world)}/invitasjon/{meeting_id}")
    client.get(f"{_base(world)}/handlingsplan.pdf")
    with world.scoped() as session:
        actions = [
            (e.action, e.outcome, e.actor_id)
            for e in session.exec(
                select(AuditEvent)
                .where(AuditEvent.case_ref == world.case_id, AuditEvent.id > before)
                .order_by(AuditEvent.id)
            )
        ]
    assert actions == [("case.print", "allowed", world.staff["Kari"])] * 3


def test_the_pdf_renderer_reads_only_the_apps_static_files(world):
    app = world.deployment.start()
    fetcher = static_files()(app.static_folder, app.static_url_path)
    css = fetcher.fetch("http://localhost/static/print.css")
    assert b"@page" in css.read() and css.content_type == "text/css"
    for url in (
        "http://localhost/vestby/sak/abc",
        "http://localhost/static/../web/panels/printable.py",
        "http://localhost/static/%2e%2e/panels/printable.py",
        "https://example.com/tracker.png",
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
