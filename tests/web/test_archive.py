"""«Stafettlogg — utskrift til arkiv» on the web: the case page's panel of copies and its
button, each copy to print, as PDF (read back with pdftotext) and as the zip for the
archive; only for the people of the case, each read audited once, and no name in a URL or a
file name."""

from __future__ import annotations

import io
import json
import re
import zipfile

import jsonschema
import pytest

from bti.models import AuditOutcome, EntryKind
from bti.services import cases, stafettlogg
from bti.services.archive import export
from tests.services.test_handover import prepare
from tests.services.test_stafettlogg import audit_events, build
from tests.support.web import case_path, csrf, followed, give_passwords, post, signed_in
from tests.support.world import World
from tests.web.test_printable import _pdf_text


@pytest.fixture
def team(world: World) -> World:
    """Eksempel kommune: Kari holds the baton in Ola's case; Kjell, Hege and Bjørn take part
    under a consent; Nils (PPT) does not."""
    team = prepare(build(world))
    give_passwords(team)
    team.act_ok("Kari", stafettlogg.add_entry, case_id=team.case_id, kind=EntryKind.NOTE,
                text="Ola har fått en fast voksen i friminuttene")  # fmt: skip
    return team


def closed(team: World) -> str:
    """Kari closes the case (in the application, as behind the decision form); the path of
    the copy kept then."""
    with team.deployment.start().app_context():
        team.act_ok("Kari", cases.decide, case_id=team.case_id, outcome="close",
                    rationale="Ola trives på skolen igjen")  # fmt: skip
    page = signed_in(team, "kari").get(case_path(team)).get_data(as_text=True)
    found = re.search(rf'href="({case_path(team)}/arkivkopi/\d+)"', page)
    assert found, "the case page links to no copy for the archive"
    return found[1]


def test_closing_the_case_leaves_a_printout_for_the_archive_on_the_case_page(team: World):
    path = closed(team)
    client = signed_in(team, "kari")
    page = client.get(path)
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert "<h1>Stafettlogg — utskrift til arkiv</h1>" in body
    assert "Saken ble avsluttet" in body and "Ola har fått en fast voksen i friminuttene" in body
    assert "Ola trives på skolen igjen" in body  # the decision's reason
    assert "Skriftlig samtykke" in body and "Saken ble opprettet" in body
    assert body.index("Saken ble opprettet") < body.index("Ola har fått en fast voksen")
    assert body.index("Ola har fått en fast voksen") < body.index("Ola trives på skolen igjen")
    assert "Eksempel kommune" in body and "Kari" in body


def test_the_pdf_and_the_zip_hold_the_same_record(team: World, tmp_path):
    path = closed(team)
    client = signed_in(team, "kari")
    pdf = client.get(f"{path}.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert pdf.headers["Content-Type"] == "application/pdf"
    text = _pdf_text(pdf.data, tmp_path)
    assert "Stafettlogg — utskrift til arkiv" in text
    assert "Ola har fått en fast voksen i friminuttene" in text and "Side 1 av" in text
    response = client.get(f"{path}.zip")
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/zip"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="stafettlogg-arkivkopi-')
    assert "Ola" not in disposition
    bundle = zipfile.ZipFile(io.BytesIO(response.data))
    assert "Ola" not in "".join(bundle.namelist())
    assert "Ola har fått en fast voksen" in _pdf_text(bundle.read(export.PDF), tmp_path)
    document = json.loads(bundle.read(export.RECORDS))
    schema = json.loads(bundle.read(export.SCHEMA_FILE))
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    assert document["reason"] == "case_closed"
    assert any(r["text"] == "Ola trives på skolen igjen" for r in document["records"])


def test_each_read_is_audited_once(team: World):
    path = closed(team)
    client = signed_in(team, "kjell")
    for suffix, action in (
        ("", "archive.print"),
        (".pdf", "archive.pdf"),
        (".zip", "archive.export"),
    ):
        assert client.get(f"{path}{suffix}").status_code == 200
        assert len(audit_events(team, action, AuditOutcome.ALLOWED)) == 1


def test_someone_outside_the_case_finds_nothing(team: World):
    path = closed(team)
    client = signed_in(team, "nils")
    for suffix in ("", ".pdf", ".zip"):
        assert client.get(f"{path}{suffix}").status_code == 404
    assert client.get(f"{case_path(team)}/arkivkopier").status_code == 404
    token = csrf(client, f"/{team.kommune.slug}/saker")  # a valid form token of Nils's own
    response = client.post(f"{case_path(team)}/arkivkopi", data={"csrf_token": token})
    assert response.status_code == 404
    assert audit_events(team, "archive.make", AuditOutcome.DENIED)
    assert audit_events(team, "archive.print", AuditOutcome.DENIED)


def test_a_copy_on_request_from_the_case_page(team: World):
    client = signed_in(team, "hege")
    page = client.get(case_path(team)).get_data(as_text=True)
    assert "Utskrift til arkiv" in page and "Lag en kopi til arkivet nå" in page
    assert "Det er ikke laget noen kopi til arkivet ennå." in page
    response = post(client, team, "/arkivkopi", {})
    page = followed(client, response, "#archive")
    assert "Det er laget en kopi av hele stafettloggen til arkivet." in page
    assert "Laget på forespørsel" in page
    assert len(audit_events(team, "archive.make", AuditOutcome.ALLOWED)) == 1
    links = re.findall(rf'href="{case_path(team)}/arkivkopi/(\d+)(\.pdf|\.zip)?"', page)
    assert {suffix for _id, suffix in links} == {"", ".pdf", ".zip"}


def test_the_panel_shows_the_newest_and_links_to_all(team: World):
    client = signed_in(team, "kari")
    for _ in range(7):
        post(client, team, "/arkivkopi", {})
    page = client.get(case_path(team)).get_data(as_text=True)
    assert len(set(re.findall(r"/arkivkopi/(\d+)\.zip", page))) == 5
    assert "Alle 7 kopiene til arkivet" in page
    listing = client.get(f"{case_path(team)}/arkivkopier").get_data(as_text=True)
    assert "7 kopier, nyeste først" in listing
    assert len(set(re.findall(r"/arkivkopi/(\d+)\.zip", listing))) == 7
    assert len(audit_events(team, "archive.read_list", AuditOutcome.ALLOWED)) == 1
