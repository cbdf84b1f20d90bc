"""Steps for «Stafettlogg — utskrift til arkiv»: the copy of the whole stafettlogg kept when
a case or a part closes and on request (features/tromso/arkivutskrift.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_archive``). Every sentence here names the
«utskrift til arkiv». The scenarios of a feature tagged ``@arkiv`` run their «Når» and «Så»
steps inside the application, as a page or a command does: the copy is worded
there, in the municipality's own words, and the closing steps of other modules keep it.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile

import pytest
from pytest_bdd import parsers, then, when
from sqlmodel import select

from bti.errors import NotFound
from bti.models import ArchiveCopy, AuditEvent, AuditOutcome
from bti.services import archive
from bti.services.archive import export
from tests.support.web import case_path, give_passwords, signed_in
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"
TAG = "arkiv"
_CONTEXT = pytest.StashKey[object]()

# How scenarios say why a copy was made.
REASONS = {
    "da saken ble avsluttet": "case_closed",
    "på forespørsel": "requested",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "arkiv: the whole stafettlogg for the archive (runs its steps in the app)"
    )


def _tagged(feature, scenario) -> bool:
    return TAG in feature.tags or TAG in scenario.tags


def pytest_bdd_before_step(request, feature, scenario, step, step_func) -> None:
    """From the scenario's first «Når» or «Så» on (the deployment is described by then), the
    application's context is pushed."""
    if step.type not in ("when", "then") or not _tagged(feature, scenario):
        return
    if _CONTEXT in request.node.stash:
        return
    context = request.getfixturevalue("world").deployment.start().app_context()
    context.push()
    request.node.stash[_CONTEXT] = context


def pytest_bdd_after_scenario(request, feature, scenario) -> None:
    context = request.node.stash.get(_CONTEXT, None)
    if context is not None:
        context.pop()
        del request.node.stash[_CONTEXT]


def _copies(world: World) -> list[ArchiveCopy]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(ArchiveCopy)
                .where(ArchiveCopy.case_id == world.case_id)
                .order_by(ArchiveCopy.id)
            )
        )


def _newest(world: World) -> ArchiveCopy:
    copies = _copies(world)
    assert copies, "ingen utskrift til arkiv i saken"
    return copies[-1]


def _document(world: World, copy: ArchiveCopy | None = None, *, by: str | None = None) -> dict:
    """The copy as the person who made it (or ``by``) reads it."""
    copy = copy or _newest(world)
    reader = by or next(name for name, uid in world.staff.items() if uid == copy.made_by_id)
    return world.look(reader, archive.read, case_id=world.case_id, copy_id=copy.id).document


def _part_closed_by(world: World, navn: str) -> ArchiveCopy:
    found = [c for c in _copies(world) if c.reason == "part_closed"]
    assert found, "ingen utskrift til arkiv fra da en del ble avsluttet"
    assert json.loads(found[-1].records)["participant"]["name"].startswith(navn)
    return found[-1]


@when(parsers.re(rf"(?P<navn>{NAME}) ber om en utskrift til arkiv av hele stafettloggen$"))
def _(world: World, navn: str) -> None:
    world.act(navn, archive.make, case_id=world.case_id)


@then(
    parsers.re(
        r"finnes det en utskrift til arkiv av hele stafettloggen, laget "
        r"(?P<da>da saken ble avsluttet|på forespørsel)$"
    )
)
def _(world: World, da: str) -> None:
    copy = _newest(world)
    assert copy.reason == REASONS[da], f"utskriften ble laget av en annen grunn: {copy.reason}"


@then(
    parsers.re(
        rf"finnes det en utskrift til arkiv av hele stafettloggen, laget da (?P<navn>{NAME}) "
        r"avsluttet sin del$"
    )
)
def _(world: World, navn: str) -> None:
    _part_closed_by(world, navn)


@then("står dette i utskriften til arkiv, i den rekkefølgen det skjedde:")
def _(world: World, datatable) -> None:
    header, *rows = datatable
    records = _document(world)["records"]
    position = 0
    for row in rows:
        wanted = dict(zip(header, row, strict=True))
        at = next(
            (
                i
                for i, record in enumerate(records[position:], position)
                if record["title"] == wanted["hva"]
                and (not wanted["tekst"] or record["text"] == wanted["tekst"])
                and record["by"].startswith(wanted["hvem"])
            ),
            None,
        )
        assert at is not None, f"fant ikke {wanted} etter linje {position} i {records}"
        position = at + 1


@then(
    parsers.re(
        r"står (?P<barn>\w+?)s mening «(?P<mening>.+)» ved evalueringen i utskriften til arkiv$"
    )
)
def _(world: World, barn: str, mening: str) -> None:
    records = _document(world)["records"]
    assert any(r["title"] == "Evaluering" and r["child_voice"] == mening for r in records)


@then("står tidspunktet ved hver linje i utskriften til arkiv")
def _(world: World) -> None:
    records = _document(world)["records"]
    assert records and all(re.search(r"\d{4} kl\. \d\d:\d\d$", r["when"]) for r in records)


@then(
    parsers.re(
        rf"kan (?P<navn>{NAME}) skrive ut utskriften til arkiv, hente den som PDF og hente "
        r"eksporten til arkivet med de samme opplysningene$"
    )
)
def _(world: World, navn: str, tmp_path) -> None:
    give_passwords(world)
    client = signed_in(world, navn.lower())
    path = f"{case_path(world)}/arkivkopi/{_newest(world).id}"
    page = client.get(path)
    assert page.status_code == 200
    assert "Stafettlogg — utskrift til arkiv" in page.get_data(as_text=True)
    pdf = client.get(f"{path}.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    bundle = zipfile.ZipFile(io.BytesIO(client.get(f"{path}.zip").data))
    document = json.loads(bundle.read(export.RECORDS))
    assert document == _document(world)
    (tmp_path / "arkiv.pdf").write_bytes(bundle.read(export.PDF))
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "arkiv.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout
    for record in document["records"]:
        assert record["title"].split()[0] in text


@then(
    parsers.re(
        rf"står det i utskriften til arkiv at (?P<fra>{NAME}) tilbød stafettpinnen til "
        rf"(?P<til>{NAME}), og at (?P=til) tok imot den$"
    )
)
def _(world: World, fra: str, til: str) -> None:
    records = _document(world)["records"]
    handed = [r for r in records if r["kind"] == "handover"]
    assert len(handed) == 1, handed
    assert handed[0]["by"].startswith(fra) and til in handed[0]["title"]
    assert {"label": "Svar", "value": "Tatt imot"} in handed[0]["details"]


@then(
    parsers.re(
        rf"står «(?P<tekst>.+)» ikke i utskriften til arkiv som ble laget da (?P<navn>{NAME}) "
        r"avsluttet sin del$"
    )
)
def _(world: World, tekst: str, navn: str) -> None:
    assert world.error is None, world.error
    copy = _part_closed_by(world, navn)
    assert tekst not in json.dumps(_document(world, copy, by="Kari"), ensure_ascii=False)


@then(parsers.re(rf"er det logget at (?P<navn>{NAME}) laget utskriften til arkiv$"))
def _(world: World, navn: str) -> None:
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent).where(
                AuditEvent.case_ref == world.case_id,
                AuditEvent.action == "archive.make",
                AuditEvent.outcome == AuditOutcome.ALLOWED,
            )
        ).all()
    assert [e.actor_id for e in events] == [world.staff[navn]]


@then(parsers.re(rf"finner (?P<navn>{NAME}) ikke saken, og ingen ny utskrift blir laget$"))
def _(world: World, navn: str) -> None:
    assert isinstance(world.error, NotFound), world.error
    assert all(c.made_by_id != world.staff[navn] for c in _copies(world))


@then(
    parsers.re(rf"får (?P<navn>{NAME}) ikke lese utskriften til arkiv som (?P<andre>{NAME}) laget$")
)
def _(world: World, navn: str, andre: str) -> None:
    copy = _newest(world)
    assert copy.made_by_id == world.staff[andre]
    with pytest.raises(NotFound):
        world.look(navn, archive.read, case_id=world.case_id, copy_id=copy.id)
