"""Start-up: a fresh interpreter builds the app with the four municipalities' plugins in
under half a second, importing no PDF machinery and no sign-in provider's client, and hashing
no password on the way.

The figure is the process's CPU time in fresh interpreters after one that writes the
bytecode cache (as an installed wheel has it; the test environment sets
``PYTHONDONTWRITEBYTECODE``, so its own runs would compile every module every time). The
machine's speed is measured alongside: a fresh interpreter importing Flask, SQLAlchemy and
SQLModel, the floor every such app pays. Five start-ups, each just after a floor; the bound
is 0.5 s, or a median of three floors per start-up — the CI margin on a shared two-core
machine, where the seconds move with the load and the ratio much less.

Measured on the machine this was written on (two cores, median of seven, seconds):
before the lazy imports of the PDF machinery, 2.4 s (4.4 floors); with the outbox,
calendars and rules pages importing icalendar, the Gherkin parser and Authlib at start-up,
1.00 s (2.9 floors; CI measured 3.2 and failed); with those imported on first use, 0.86 s
(2.3 floors). WeasyPrint or Authlib imported again would fail it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

import pytest

LIMIT_S = 0.5
FLOORS = 3.0
RUNS = 5

START = """
import json, sys, time
start = time.process_time()
from bti import create_app
from bti import passwords
app = create_app({"BTI_ENV": "test", "INSTANCE_PATH": sys.argv[1],
                  "DATABASE_URL": "sqlite:///" + sys.argv[1] + "/bti.sqlite3"})
print(json.dumps({
    "cpu": time.process_time() - start,
    "municipalities": sorted(m.slug for m in app.extensions["bti"]),
    "pdf_imported": sorted(m for m in ("weasyprint", "fontTools", "cairocffi", "pydyf")
                           if m in sys.modules),
    "oidc_imported": sorted(m for m in ("authlib", "joserfc", "requests")
                            if m in sys.modules),
    "hashed": passwords.dummy_hash.cache_info().currsize,
}))
"""

FLOOR = """
import json, time
start = time.process_time()
import flask, sqlalchemy.orm, sqlmodel
print(json.dumps({"cpu": time.process_time() - start}))
"""


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """Run a script in a fresh interpreter with a bytecode cache of its own."""
    cache = tmp_path_factory.mktemp("pycache")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)

    def run(script: str, *args: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    return run


def test_the_app_starts_with_four_plugins_quickly_and_without_pdf_machinery(fresh, tmp_path):
    fresh(START, str(tmp_path))  # writes the bytecode cache
    fresh(FLOOR)
    # Each start-up beside a floor measured just before it, so a change in the machine's
    # load between the two moves both: the ratio, not the seconds, is what is compared.
    pairs = [(fresh(FLOOR)["cpu"], fresh(START, str(tmp_path))) for _ in range(RUNS)]
    first = pairs[0][1]
    assert first["municipalities"] == ["baerum", "jevnaker", "tromso", "vestby"]
    assert first["pdf_imported"] == []  # WeasyPrint waits for the first PDF
    assert first["oidc_imported"] == []  # Authlib waits for the first provider
    assert first["hashed"] == 0  # the sign-in's dummy hash waits for the first sign-in
    startup = statistics.median(run["cpu"] for _, run in pairs)
    floor = statistics.median(floor for floor, _ in pairs)
    floors = statistics.median(run["cpu"] / floor for floor, run in pairs)
    print(f"start-up {startup:.3f} s CPU, floor {floor:.3f} s, {floors:.2f} floors")
    assert startup < LIMIT_S or floors < FLOORS, (
        f"start-up {startup:.3f} s, floor {floor:.3f} s, {floors:.2f} floors"
    )
