"""Steps for running the platform: the operations log and backups
(features/core/drift.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_operations``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pytest
from flask import request_finished
from pytest_bdd import given, parsers, then, when
from sqlmodel import func, select

from bti import logs
from bti.models import AuditEvent, Case, Subject
from bti.services import audit
from tests.support.backups import backed_up_and_restored
from tests.support.web import case_path, give_passwords, sign_in
from tests.support.world import World


@dataclass
class Operations:
    """What the IT department saw: the log lines of the requests, and the restored copy."""

    requests: int = 0
    log: list[str] = field(default_factory=list)
    restored_url: str | None = None
    fodselsnummer: dict[str, str] = field(default_factory=dict)

    def count_request(self, sender, **extra) -> None:
        self.requests += 1


@pytest.fixture
def operations() -> Operations:
    return Operations()


@given(parsers.parse("at {navn} er registrert med fødselsnummer {fnr}"))
def _(world: World, operations: Operations, navn: str, fnr: str) -> None:
    with world.transaction() as session:
        subject = session.get(Subject, world.children[navn])
        subject.fodselsnummer = fnr
        session.add(subject)
    operations.fodselsnummer[navn] = fnr


@pytest.fixture
def logging_client(world: World, operations: Operations, capsys):
    """A browser on the platform, whose operations log is written as in production."""
    give_passwords(world)
    app = world.deployment.start()
    logs.configure("json")
    capsys.readouterr()
    # Counted apart from the log: Flask's signal at the end of every request.
    request_finished.connect(operations.count_request, app)
    yield app.test_client()
    request_finished.disconnect(operations.count_request, app)


@when(parsers.parse("{navn} logger inn med feil passord"))
def _(logging_client, operations: Operations, navn: str) -> None:
    page = logging_client.get("/logg-inn")
    assert page.status_code == 200
    refused = sign_in(logging_client, navn.lower(), "feil-passord-123")
    assert refused.status_code == 401


@when(
    parsers.parse(
        "{navn} logger inn og åpner saken om {barn}, med {barns} navn og fødselsnummer i adressen"
    )
)
def _(world: World, logging_client, operations: Operations, navn: str, barn: str) -> None:
    sign_in(logging_client, navn.lower())
    logging_client.get("/velg-kommune", follow_redirects=True)
    subject = world.subject(barn)
    query = f"?sok={subject.given_name}+{subject.family_name}+{operations.fodselsnummer[barn]}"
    page = logging_client.get(case_path(world) + query)
    assert page.status_code == 200 and subject.given_name in page.get_data(as_text=True)


@then("har hvert oppslag sin egen linje i driftsloggen, med tidspunkt, kommune og referanse")
def _(world: World, operations: Operations, capsys) -> None:
    operations.log = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    records = [json.loads(line) for line in operations.log]
    requests = [r for r in records if r["logger"] == "bti.request"]
    assert len(requests) == operations.requests, [r["message"] for r in requests]
    assert all(r["time"] and r["request_id"] for r in requests)
    assert len({r["request_id"] for r in requests}) == len(requests)
    case_page = [r for r in requests if r["message"].startswith(f"GET {case_path(world)} 200")]
    assert [r["municipality"] for r in case_page] == [world.kommune.slug]


@then(
    parsers.parse(
        "driftsloggen nevner verken {barn}, fødselsnummeret hans, {navn} eller brukernavnet hennes"
    )
)
def _(world: World, operations: Operations, barn: str, navn: str) -> None:
    subject = world.subject(barn)
    words = {
        subject.given_name,
        subject.family_name,
        operations.fodselsnummer[barn],
        navn,
        navn.lower(),  # her username (tests.support.web.give_passwords)
    }
    text = "\n".join(operations.log)
    assert text
    found = [w for w in words if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)]
    assert not found, found


@when("driften tar sikkerhetskopi av databasen og legger den tilbake i en ny database")
def _(world: World, operations: Operations, tmp_path, request) -> None:
    # Every scenario runs on both databases: the deployment names the one it runs on.
    copy = backed_up_and_restored(world.deployment.database_url, tmp_path)
    operations.restored_url = copy.__enter__()
    request.addfinalizer(lambda: copy.__exit__(None, None, None))


def _restored(world: World, operations: Operations):
    """The restored copy, opened as the platform opens its database (same audit key)."""
    deployment = world.deployment
    app = deployment.make_app(
        plugins=deployment.plugins,
        BTI_MUNICIPALITIES=deployment.municipalities,
        DATABASE_URL=operations.restored_url,
    )
    return app.extensions["bti_db"]


@then(parsers.parse("finnes saken om {barn} i den nye databasen"))
def _(world: World, operations: Operations, barn: str) -> None:
    db = _restored(world, operations)
    with db.scoped(world.mid) as session:
        case = session.exec(select(Case).where(Case.id == world.case_id)).one()
        assert case.subject_id == world.children[barn]


@then("loggen over hvem som har sett og endret sakene, er den samme og henger sammen")
def _(world: World, operations: Operations) -> None:
    key = world.deployment.start().extensions["bti_settings"].audit_key.encode()
    with world.scoped() as session:
        before = session.exec(select(func.count()).select_from(AuditEvent)).one()
    assert before > 0
    db = _restored(world, operations)
    with db.scoped(world.mid) as session, session.begin():
        report = audit.verify(session, key=key)
    assert report.problems == [] and report.count == before
