"""Jevnaker's forms on the case page and in print (shared/seeds/001_3254db2c7bc0f88f.txt):
each prints blank and as PDF in the guide's words; the note of the undringssamtale is kept
with its date, meeting or phone, and the signed-in author, and only the person who opened
the case may write it; the undringssamtale's invitation prints to both parents; the help
services show no number the guide does not give."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import select

from bti.models import CaseDocument, Meeting
from bti.services import meetings
from tests.support.web import case_path, followed, post, signed_in
from tests.support.world import World

FORMS = {
    "observation": ("Observasjonsskjema", "Hva vet vi med sikkerhet om barnets utfordring?"),
    "undringssamtale": (
        "Resultat fra undringssamtalen",
        "Oppsummeringen skrives av den som fikk undringen først.",
    ),
    "meldeskjema": (
        "Kortversjon meldeskjema for faglige og sosiale utfordringer",
        "Hva er prøvd innenfor egen virksomhet?",
    ),
    "evaluering": (
        "Evalueringsmal møte",
        "Ta utgangspunkt i bekymring og skjema for evaluering.",
    ),
}
NOTE = {
    "form-undringssamtale-dato": "03.12.2026",
    "form-undringssamtale-samtaleform": "telefon",
    "form-undringssamtale-deltakere": "Kari og Per",
    "form-undringssamtale-begge_invitert": "ja",
    "form-undringssamtale-oppsummering": "Far kjenner seg igjen og ønsker lesekurs.",
}
NOTE_KEY = "form-undringssamtale-samtaleform"


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case(
        "Jevnaker",
        school="Jevnaker skole",
        colleagues=[("Nina", "Jevnaker skole")],
        guardians=("Per", "Lise"),
    )


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "skjema.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_each_form_prints_blank_and_as_pdf_in_the_guides_words(world, kind, tmp_path):
    title, words = FORMS[kind]
    client = signed_in(world)
    printed = client.get(f"{case_path(world)}/utskrift/skjema/{kind}")
    assert printed.status_code == 200
    text = _text(printed.get_data(as_text=True))
    assert title in text and words in text
    assert "Dato og underskrift" in text
    pdf = client.get(f"{case_path(world)}/utskrift/skjema/{kind}.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert pdf.headers["Content-Type"] == "application/pdf"
    assert title in _pdf_text(pdf.data, tmp_path)


def test_the_note_is_kept_dated_and_signed_and_prints_so(world, tmp_path):
    client = signed_in(world)
    page = followed(client, post(client, world, "/skjema/undringssamtale", NOTE), "#documents")
    text = _text(page)
    assert "Ble samtalen holdt som møte eller på telefon? Telefon" in text
    assert "Datert og underskrevet: Kari" in text
    with world.scoped() as session:
        kept = session.exec(select(CaseDocument)).one()
    base = f"{case_path(world)}/utskrift/skjema/undringssamtale/{kept.id}"
    printed = _text(client.get(base).get_data(as_text=True))
    assert "Datert og underskrevet: Kari" in printed and "Telefon" in printed
    pdf = client.get(f"{base}.pdf")
    assert "Datert og underskrevet: Kari" in _pdf_text(pdf.data, tmp_path)


def test_only_the_opener_writes_the_note_and_the_page_says_so(world):
    world.bring_in("Nina", "Jevnaker skole")
    client = signed_in(world, "nina")
    page = _text(client.get(case_path(world)).get_data(as_text=True))
    assert "Skrives av den som fikk undringen først: Kari." in page
    assert "Bare Kari kan skrive og underskrive dette skjemaet." in page
    refused = post(client, world, "/skjema/undringssamtale", NOTE)
    assert refused.status_code == 400
    assert "Dette skjemaet skrives av den som fikk undringen først" in refused.get_data(
        as_text=True
    )
    with world.scoped() as session:
        assert session.exec(select(CaseDocument)).all() == []


def test_a_note_without_a_choice_between_meeting_and_phone_is_refused_beside_it(world):
    client = signed_in(world)
    response = post(client, world, "/skjema/undringssamtale", {**NOTE, NOTE_KEY: ""})
    assert response.status_code == 400
    found = re.search(
        rf'id="{NOTE_KEY}-error">(.*?)</p>', response.get_data(as_text=True), flags=re.S
    )
    assert found and "Velg om samtalen var et møte eller en telefon." in found.group(1)


def _plan(world: World, *guardians: str):
    tomorrow = date.today() + timedelta(days=1)
    return world.act(
        "Kari",
        meetings.plan,
        case_id=world.case_id,
        kind="undringssamtale",
        starts_at=_at(tomorrow),
        place="Møterom 1",
        agenda="Hva vi har sett",
        guardian_ids=[world.guardians[name] for name in guardians],
    )


def _at(day: date) -> datetime:
    return datetime.combine(day, time(14))


def test_the_undringssamtale_needs_both_parents_and_its_invitation_prints_to_both(world):
    _plan(world, "Per")
    world.invalid_field("guardian_ids")
    meeting = _plan(world, "Per", "Lise")
    assert world.error is None and meeting is not None
    client = signed_in(world)
    printed = _text(
        client.get(f"{case_path(world)}/utskrift/invitasjon/{meeting.id}").get_data(as_text=True)
    )
    assert "Invitasjon til undringssamtale" in printed
    assert "Invitasjonen går til begge foreldrene." in printed
    assert "Per" in printed and "Lise" in printed


def test_another_kind_of_meeting_may_invite_one_parent(world):
    tomorrow = date.today() + timedelta(days=1)
    world.act_ok(
        "Kari",
        meetings.plan,
        case_id=world.case_id,
        kind="oppfolgingsmote",
        starts_at=_at(tomorrow),
        place="Møterom 1",
        agenda="Tiltakene",
        guardian_ids=[world.guardians["Per"]],
    )
    with world.scoped() as session:
        assert len(session.exec(select(Meeting)).all()) == 1


def test_the_help_services_have_no_invented_numbers(world):
    page = signed_in(world).get("/jevnaker/veileder").get_data(as_text=True)
    for name in ("PPT og logoped", "Kommunepsykolog", "Ressursgruppe BTI"):
        assert name in page
    assert page.count("Telefon: fylles inn av kommunen") == 6
    # Only the national numbers (112, 116 111, 02800) can be called.
    assert sorted(set(re.findall(r'href="tel:(\d+)"', page))) == ["02800", "112", "116111"]
    assert 'href="https://www.jevnaker.kommune.no/ppt-og-logoped.521598.no.html"' in page
