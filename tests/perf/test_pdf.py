"""A PDF in under a quarter of a second once the process has made its first: the fonts and
print stylesheets are loaded once per thread (:mod:`bti.web.pdf`), and reusing them changes
nothing in the document.

The figure is the CPU time of the request's thread, median of five renders after the
first, on the demo (a registered consent of a case in Jevnaker): the render is CPU-bound,
and the thread's CPU time does not grow when other processes share the machine, as the
wall-clock time does (on the loaded two-core machine this was written on the wall-clock
median was several times the CPU time, which was about 120 ms; before the fonts were kept it
was about 750 ms). No margin on the bound.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time

import pytest
import sqlalchemy as sa

from bti import create_app
from tests.security.routes import demo_database, sign_in

BOUND_S = 0.25


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory):
    source = demo_database(tmp_path_factory.mktemp("pdf-demo"))
    directory = tmp_path_factory.mktemp("pdf-app")
    shutil.copyfile(source, directory / "bti.sqlite3")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(directory),
            "DATABASE_URL": f"sqlite:///{directory / 'bti.sqlite3'}",
        }
    )
    yield app
    app.extensions["bti_db"].dispose()


def _a_registered_consent(app):
    """A registered consent's case, the case's stafettholder and the child's name."""
    with app.extensions["bti_db"].engine.connect() as conn:
        return conn.execute(
            sa.text(
                "SELECT m.slug, c.id AS case_id, co.id AS consent_id, u.username, "
                "s.given_name || ' ' || s.family_name AS child "
                'FROM consent co JOIN "case" c ON c.id = co.case_id '
                "JOIN staffuser u ON u.id = c.stafettholder_id "
                "JOIN subject s ON s.id = c.subject_id "
                "JOIN municipality m ON m.id = c.municipality_id "
                "WHERE NOT c.guardians_kept_out ORDER BY co.id LIMIT 1"
            )
        ).one()


def _text(data: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_a_consent_pdf_renders_again_in_under_a_quarter_second_and_reads_the_same(
    demo_app, tmp_path
):
    consent = _a_registered_consent(demo_app)
    client = demo_app.test_client()
    sign_in(client, consent.username)
    path = f"/{consent.slug}/sak/{consent.case_id}/utskrift/samtykke/{consent.consent_id}.pdf"

    first = client.get(path)
    assert first.status_code == 200 and first.data.startswith(b"%PDF")
    text = _text(first.data, tmp_path)
    assert consent.child in text and "Side 1 av" in text

    cpu, wall, texts = [], [], set()
    for _ in range(5):
        start_cpu, start = time.thread_time(), time.perf_counter()
        again = client.get(path)
        cpu.append(time.thread_time() - start_cpu)
        wall.append(time.perf_counter() - start)
        assert again.status_code == 200
        texts.add(_text(again.data, tmp_path))
    assert texts == {text}  # the kept fonts and stylesheets change nothing
    median = statistics.median(cpu)
    print(f"consent PDF: {median * 1000:.0f} ms CPU, {statistics.median(wall) * 1000:.0f} ms wall")
    assert median < BOUND_S, f"{median * 1000:.0f} ms"
