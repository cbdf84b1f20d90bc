"""The bench generator (bench/generate.py) on a small size, on both databases: what it writes
is a database the real application works on, as the page runner will use it.

The generated database keeps the migrations' indexes, its audit trail verifies, its rows are
the ones the manifest counts, and the manifest's named users see their pages: the busy user
«Mine saker» and the case with 50 entries, the leader «Min enhet», Bærum's coordinator the
team's queue.
"""

from __future__ import annotations

import re
import uuid

import pytest
import sqlalchemy as sa

from bench import schema
from bench.generate import generate
from tests.support.web import sign_in

SIZE = 200


@pytest.fixture
def bench(database_url, tmp_path):
    """A generated bench database on the backend of ``database_url`` (which, migrated and
    empty, shows the indexes the migrations make); its manifest and the app on it."""
    backend = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    prefix = f"bti_benchtest_{uuid.uuid4().hex[:8]}"  # other test runs may generate too
    manifest = generate(backend, SIZE, tmp_path / "bench", prefix)
    app = schema.app_for(manifest["url"], tmp_path / "instance")
    yield manifest, app, database_url
    app.extensions["bti_db"].dispose()
    if backend == "postgresql":
        admin = sa.create_engine(schema.POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{prefix}_{SIZE}" WITH (FORCE)'))
        admin.dispose()


def _indexes(url: str) -> set[tuple[str, str]]:
    engine = sa.create_engine(url)
    backend = engine.dialect.name
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        found = {(i.name, i.sql) for i in schema.secondary_indexes(raw, backend)}
    engine.dispose()
    return found


def _count(app, table: str) -> int:
    with app.extensions["bti_db"].engine.connect() as conn:
        return conn.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar_one()


def _client(app, username: str, password: str):
    client = app.test_client()
    assert sign_in(client, username, password).status_code == 200
    return client


def test_generated_database_works_with_the_real_application(bench):
    manifest, app, migrated_url = bench
    assert manifest["rows"]["case"] == SIZE
    assert _indexes(manifest["url"]) == _indexes(migrated_url)

    result = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert "0 problem(s)" in result.output

    for table, rows in manifest["rows"].items():
        assert _count(app, table) == rows, table
    if manifest["backend"] == "sqlite":  # PostgreSQL loads with its key triggers off
        with app.extensions["bti_db"].engine.connect() as conn:
            assert conn.execute(sa.text("PRAGMA foreign_key_check")).all() == []

    slug = manifest["municipality"]
    busy = _client(app, manifest["busy_user"]["username"], manifest["password"])
    mine = busy.get(f"/{slug}/saker")
    assert mine.status_code == 200
    page = mine.get_data(as_text=True)
    assert f"{manifest['busy_user']['cases']} saker" in page
    assert "Dine kommende møter" in page
    assert "Frister som har gått ut" in page

    case_50 = manifest["case_50"]
    assert case_50["username"] == manifest["busy_user"]["username"]
    shown = busy.get(f"/{slug}/sak/{case_50['case_id']}")
    assert shown.status_code == 200
    assert len(re.findall(r'<li id="entry-\d+"', shown.get_data(as_text=True))) == 50
    consent = f"/{slug}/sak/{case_50['case_id']}/utskrift/samtykke/{case_50['consent_id']}"
    assert busy.get(consent).status_code == 200
    minutes = f"/{slug}/sak/{case_50['case_id']}/utskrift/referat/{case_50['meeting_id']}"
    assert busy.get(minutes).status_code == 200

    leader = _client(app, manifest["leader"]["username"], manifest["password"])
    unit = leader.get(f"/{slug}/saker/enhet")
    assert unit.status_code == 200
    assert f"{manifest['leader']['unit_cases']} saker" in unit.get_data(as_text=True)

    coordinator = manifest["coordinator"]
    chair = _client(app, coordinator["username"], manifest["password"])
    queue = chair.get(f"/{coordinator['slug']}/team/{coordinator['team_id']}/koe")
    assert queue.status_code == 200
    assert f"Meldinger ({coordinator['queue']})" in queue.get_data(as_text=True)

    # The trail still verifies after the pages appended their events to the chain.
    result = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
