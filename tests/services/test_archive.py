"""The archive's copy of the whole stafettlogg beyond the scenarios: what the copy holds and
in which order, that it follows its JSON Schema, that it never changes afterwards, who may
make and read it (audited once per action), the entries for health personnel, and the
guardians while a report keeps them out.

Runs once on SQLite and once on PostgreSQL (the ``world`` fixture follows ``database_url``).
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta

import jsonschema
import pytest

from bti.errors import NotFound
from bti.models import ArchiveCopy, AuditOutcome, Consent, EntryKind
from bti.services import archive, cases, consents, handover, stafettlogg
from bti.services.archive import export
from tests.services.test_handover import prepare
from tests.services.test_stafettlogg import HEALTH_NOTE, audit_events, build, rows
from tests.support.world import World

pytestmark = pytest.mark.database

SCHEMA = json.loads(export.schema_text())


def valid(document: dict) -> dict:
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    return document


def copies(world: World) -> list[ArchiveCopy]:
    return rows(world, ArchiveCopy)


def records(copy: ArchiveCopy) -> list[dict]:
    return json.loads(copy.records)["records"]


@pytest.fixture
def team(world: World):
    """Kari holds the baton, Kjell, Hege and Bjørn take part under a consent; the services
    run in the application, as they do behind a page or a command, so the copy's words come
    from the municipality's catalogs."""
    team = prepare(build(world))
    with team.deployment.start().app_context():
        yield team


def work(world: World) -> None:
    """A note, a measure and its evaluation, and the baton handed from Kari to Hege."""
    world.act_ok("Kari", stafettlogg.add_entry, case_id=world.case_id, kind=EntryKind.NOTE,
                 text="Ola virker sliten om morgenen")  # fmt: skip
    item = world.act_ok(
        "Kari", stafettlogg.add_measure, case_id=world.case_id, goal="Ola sover bedre",
        measure="Samtaler med helsesykepleier", follow_up_on=date.today() + timedelta(days=30),
        responsible_id=world.staff["Hege"],
    )  # fmt: skip
    world.act_ok(
        "Hege", stafettlogg.evaluate_measure, case_id=world.case_id, item_id=item.id,
        evaluation="Ola sover bedre nå", goal_reached=True, child_voice="Det hjelper",
    )  # fmt: skip
    offer = world.act_ok("Kari", handover.offer, case_id=world.case_id,
                         to_user_id=world.staff["Hege"])  # fmt: skip
    world.act_ok("Hege", handover.accept, case_id=world.case_id, handover_id=offer.id)


def close(world: World, by: str = "Hege") -> None:
    world.act_ok(by, cases.decide, case_id=world.case_id, outcome="close",
                 rationale="Målene er nådd")  # fmt: skip


def test_closing_the_case_keeps_the_whole_record_in_order(team: World):
    work(team)
    assert copies(team) == []
    close(team)
    [copy] = copies(team)
    assert copy.reason == "case_closed" and copy.made_by_id == team.staff["Hege"]
    document = valid(json.loads(copy.records))
    kinds = [r["kind"] for r in document["records"]]
    assert kinds[0] == "opened" and kinds[-1] == "closed"
    for kind in ("consent", "entry", "measure", "evaluation", "handover", "decision"):
        assert kind in kinds
    assert kinds.index("measure") < kinds.index("evaluation") < kinds.index("handover")
    assert [r["at"] for r in document["records"]] == sorted(r["at"] for r in document["records"])
    evaluation = next(r for r in document["records"] if r["kind"] == "evaluation")
    assert evaluation["text"] == "Ola sover bedre nå" and evaluation["child_voice"] == "Det hjelper"
    assert "Hege" in evaluation["by"]
    decision = next(r for r in document["records"] if r["kind"] == "decision")
    assert decision["text"] == "Målene er nådd" and "Hege" in decision["by"]
    handed = next(r for r in document["records"] if r["kind"] == "handover")
    assert {"label": "Svar", "value": "Tatt imot"} in handed["details"]
    assert document["case"]["status"] == "closed" and document["language"] == "nb"
    assert document["municipality"] == {"name": "Eksempel kommune", "kommunenummer": "9999"}
    assert document["subject"]["name"].startswith("Ola")


def test_the_copy_stays_as_it_was_made(team: World):
    close(team, by="Kari")
    [kept] = copies(team)
    team.act_ok("Kari", cases.reopen, case_id=team.case_id, rationale="Ny bekymring")
    team.act_ok("Kari", stafettlogg.add_entry, case_id=team.case_id, kind=EntryKind.NOTE,
                text="Skrevet etter at saken ble åpnet igjen")  # fmt: skip
    new = team.act_ok("Kari", archive.make, case_id=team.case_id)
    old_now, latest = copies(team)
    assert old_now.records == kept.records
    assert "Skrevet etter" not in kept.records
    assert new.reason == "requested" and "Skrevet etter" in latest.records
    valid(json.loads(latest.records))


def test_closing_ones_own_part_keeps_a_copy_that_says_whose(team: World):
    team.act_ok("Kjell", cases.close_own_part, case_id=team.case_id)
    [copy] = copies(team)
    document = valid(json.loads(copy.records))
    assert copy.reason == "part_closed" and copy.participant_id is not None
    assert document["participant"]["name"].startswith("Kjell")
    assert document["records"][-1]["kind"] == "part_closed"
    assert document["case"]["status"] == "open"


def test_a_withdrawn_consent_keeps_a_copy_for_each_service_that_leaves(team: World):
    [consent] = rows(team, Consent)
    team.act_ok("Kari", consents.withdraw, consent_id=consent.id, note="Foreldrene vil ikke")
    left = {json.loads(c.records)["participant"]["name"].split()[0] for c in copies(team)}
    assert left == {"Hege", "Bjørn"}  # health and barnevern; Kjell's school stays
    assert all(c.reason == "part_closed" for c in copies(team))


def test_making_and_reading_a_copy_are_audited_once_each(team: World):
    copy = team.act_ok("Kari", archive.make, case_id=team.case_id)
    assert len(audit_events(team, "archive.make", AuditOutcome.ALLOWED)) == 1
    for way in ("print", "pdf", "export"):
        team.act_ok("Kjell", archive.read, case_id=team.case_id, copy_id=copy.id, way=way)
        assert len(audit_events(team, f"archive.{way}", AuditOutcome.ALLOWED)) == 1
    team.act_ok("Kari", archive.listing, case_id=team.case_id)
    assert len(audit_events(team, "archive.read_list", AuditOutcome.ALLOWED)) == 1


def test_someone_outside_the_case_can_neither_make_nor_read_a_copy(team: World):
    copy = team.act_ok("Kari", archive.make, case_id=team.case_id)
    team.act("Nils", archive.make, case_id=team.case_id)
    assert isinstance(team.error, NotFound)
    team.act("Nils", archive.read, case_id=team.case_id, copy_id=copy.id)
    assert isinstance(team.error, NotFound)
    assert audit_events(team, "archive.make", AuditOutcome.DENIED)
    assert audit_events(team, "archive.print", AuditOutcome.DENIED)
    assert len(copies(team)) == 1


def test_a_copy_of_another_case_is_missing(team: World):
    copy = team.act_ok("Kari", archive.make, case_id=team.case_id)
    first = team.case_id
    team.open_case("Kari", "Ola")
    team.act("Kari", archive.read, case_id=team.case_id, copy_id=copy.id)
    assert isinstance(team.error, NotFound)
    assert team.act_ok("Kari", archive.read, case_id=first, copy_id=copy.id).copy_id == copy.id


def test_entries_for_health_personnel_only_are_left_out_for_others(team: World):
    team.act_ok("Hege", stafettlogg.add_entry, case_id=team.case_id, kind=EntryKind.NOTE,
                text=HEALTH_NOTE, health_internal=True)  # fmt: skip
    copy = team.act_ok("Kari", archive.make, case_id=team.case_id)
    assert HEALTH_NOTE in copy.records  # the archive keeps it, marked
    for_kari = team.act_ok("Kari", archive.read, case_id=team.case_id, copy_id=copy.id)
    for_hege = team.act_ok("Hege", archive.read, case_id=team.case_id, copy_id=copy.id)
    assert for_kari.left_out == 1 and HEALTH_NOTE not in json.dumps(for_kari.document)
    assert for_hege.left_out == 0 and HEALTH_NOTE in json.dumps(for_hege.document)


def test_no_guardian_is_named_while_a_report_keeps_them_out(team: World):
    team.act_ok("Kari", stafettlogg.add_entry, case_id=team.case_id, kind=EntryKind.NOTE,
                text="Lise ringte skolen i dag")  # fmt: skip
    team.act_ok("Kari", cases.report_to_barnevern, case_id=team.case_id, recipient="Vakthavende")
    copy = team.act_ok("Kari", archive.make, case_id=team.case_id)
    document = valid(json.loads(copy.records))
    assert document["case"]["guardians_kept_out"] is True
    assert "Lise" not in copy.records and "Per " not in copy.records
    assert any(r["kind"] == "report" for r in document["records"])


def test_the_export_holds_the_pdf_the_json_and_its_schema_under_no_name(team: World):
    copy = team.act_ok("Kari", archive.make, case_id=team.case_id)
    read = team.act_ok("Kari", archive.read, case_id=team.case_id, copy_id=copy.id, way="export")
    data = export.bundle(read.document, b"%PDF-1.7 test")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert sorted(names) == sorted(
        ["stafettlogg.pdf", "stafettlogg.json", "stafettlogg-v1.schema.json", "manifest.json"]
    )
    assert "Ola" not in export.filename(copy.id) + "".join(names)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
    assert [f["name"] for f in manifest["files"]][:3] == names[:3]
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])
    valid(json.loads(zipfile.ZipFile(io.BytesIO(data)).read("stafettlogg.json")))
