"""Crash safety: an entry the server acknowledged survives a SIGKILL of the whole server.

gunicorn (2 workers, preloaded, as the README runs it) serves the platform while three staff
members write in a case's stafettlogg from three threads. Twenty times, at a random moment, the
master and its workers are SIGKILLed together and gunicorn is started again. Every entry the
server acknowledged (the redirect back to the case after the POST) must then be in the
database exactly once, and ``bti audit verify`` must find the audit chain whole. Once on
SQLite, once on PostgreSQL.

The figures (kills, acknowledged, lost, seconds) are printed; ``pytest -s`` shows them.
"""

from __future__ import annotations

import http.client
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bti.models import StafettloggEntry
from bti.services import stafettlogg
from tests.support.gunicorn import Gunicorn
from tests.support.web import PASSWORD, give_passwords
from tests.support.world import World, case_about_ola

pytestmark = [pytest.mark.database, pytest.mark.slow]

KILLS = 20
WRITERS = ("kari", "anders", "hege")
PREFIX = "Krasjtest"
TOKEN = re.compile(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def world(make_world, database_url) -> World:
    """Kari (teacher) has a case about Ola with a stafettlogg; Anders (her colleague) and
    Hege (health nurse, after the guardians' consent) take part. All three sign in."""
    world = case_about_ola(
        make_world("Vestby", database_url=database_url),
        colleagues=[("Anders", "Nordby skole"), ("Hege", "Nordby helsestasjon")],
    )
    world.give_consent("Kari", ["helsestasjon"], signers=list(world.guardians))
    world.bring_in("Hege", "Nordby helsestasjon")
    world.bring_in("Anders", "Nordby skole")
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    give_passwords(world)
    return world


class Browser:
    """One person's browser: cookies kept, redirects not followed, a new connection each
    request (the server may have been killed since the last one)."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            page = response.read().decode()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response.status, response.getheader("Location") or "", page

    def token(self, path: str) -> str:
        status, _, page = self.request("GET", path)
        assert status == 200, f"{path}: {status}"
        return TOKEN.search(page).group(1)

    def sign_in(self, username: str) -> str:
        """Sign in and choose the municipality; the session's form token."""
        status, location, _ = self.request(
            "POST",
            "/logg-inn",
            {"username": username, "password": PASSWORD, "csrf_token": self.token("/logg-inn")},
        )
        assert status == 302 and "logg-inn" not in location, f"{username} did not sign in"
        self.request("GET", "/velg-kommune")
        return self.token("/vestby/")


@dataclass
class Tally:
    acknowledged: list[str] = field(default_factory=list)
    unanswered: int = 0  # the connection failed or was cut: not acknowledged
    unavailable: int = 0  # 503 (the database busy or not there yet)
    #: A 404 on the case right after a restart (seen about once in four runs, never with an
    #: entry lost): counted and shown, not yet explained — the writer signs in again.
    not_found: int = 0
    other: list[int] = field(default_factory=list)  # anything else: not expected
    lock: threading.Lock = field(default_factory=threading.Lock)


def write_until(stop, ready, server: Gunicorn, username: str, case_path: str, tally: Tally):
    """Sign in, say ``ready``, then write entries, each with a text of its own, until
    ``stop``; note those acknowledged. The session outlives the kills: a cut-off request
    is simply followed by the next entry."""
    browser = Browser(server.port)
    token = None
    number = 0
    while not stop.is_set():
        try:
            if token is None:
                token = browser.sign_in(username)
                ready.release()
            number += 1
            text = f"{PREFIX} {username} {number}"
            form = {"log-entry-kind": "note", "log-entry-text": text, "csrf_token": token}
            status, location, _ = browser.request(
                "POST", f"{case_path}/stafettlogg/innforing", form
            )
        except (OSError, http.client.HTTPException):
            with tally.lock:
                tally.unanswered += 1
            time.sleep(0.02)
            continue
        with tally.lock:
            if status == 302 and location.split("#")[0].endswith(case_path):
                tally.acknowledged.append(text)
            elif status == 503:
                tally.unavailable += 1
            elif status == 404:
                tally.not_found += 1
                token = None
            else:
                tally.other.append(status)
                token = None  # signed out, or the token refused: sign in again
        if status == 503:
            time.sleep(0.02)


def test_no_acknowledged_entry_is_lost_when_gunicorn_is_killed(world, tmp_path, capsys):
    app = world.deployment.start()
    database_url = app.extensions["bti_db"].engine.url.render_as_string(hide_password=False)
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("BTI_")},
        # Development: what production adds (HTTPS-only cookies, keys an operator keeps)
        # does not touch how an entry is written; the secret key is fixed so that sessions
        # outlive the restarts, as they do in production.
        "BTI_ENV": "development",
        "BTI_SECRET_KEY": os.urandom(32).hex(),
        "BTI_MUNICIPALITIES": "vestby",
        "BTI_INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": database_url,
    }
    server = Gunicorn(environment, tmp_path / "gunicorn.log")
    case_path = f"/vestby/sak/{world.case_id}"
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    tally = Tally()
    stop = threading.Event()
    ready = threading.Semaphore(0)
    writers = [
        threading.Thread(target=write_until, args=(stop, ready, server, name, case_path, tally))
        for name in WRITERS
    ]
    started = time.monotonic()
    try:
        server.start()
        for writer in writers:
            writer.start()
        for _writer in writers:
            assert ready.acquire(timeout=60), f"a writer could not sign in: {server.tail()}"
        for _kill in range(KILLS):
            time.sleep(chance.uniform(0.1, 0.8))
            server.kill()
            server.start()
        time.sleep(0.5)  # the last start serves a little too
    finally:
        stop.set()
        for writer in writers:
            if writer.ident is not None:
                writer.join(timeout=60)
        server.stop()
    seconds = time.monotonic() - started

    texts = Counter(e.text for e in world.in_case(StafettloggEntry) if e.text.startswith(PREFIX))
    lost = [text for text in tally.acknowledged if texts[text] == 0]
    twice = [text for text, count in texts.items() if count > 1]
    verified = subprocess.run(
        [str(Path(sys.executable).with_name("bti")), "audit", "verify"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    with capsys.disabled():
        print(
            f"\n{app.extensions['bti_db'].engine.dialect.name}: {KILLS} kills survived, "
            f"{len(tally.acknowledged)} entries acknowledged, {len(lost)} lost, "
            f"{len(twice)} written twice, {tally.unanswered} requests cut off, "
            f"{tally.unavailable} answered 503, {tally.not_found} answered 404; "
            f"{seconds:.1f} s (seed {seed}); "
            f"bti audit verify: {verified.stdout.strip().splitlines()[:1]}"
        )
    assert len(tally.acknowledged) >= KILLS, f"too few entries to tell: {server.tail()}"
    assert tally.other == []
    assert tally.not_found <= len(tally.acknowledged) // 20, tally.not_found
    assert lost == []
    assert twice == []
    assert verified.returncode == 0, verified.stdout + verified.stderr
