"""Browser tests: the demo, served for real, driven in Debian's Chromium by Playwright.

The server is the real app on a free port with the demo data of every municipality, as
after ``make demo``, loaded once per test process (each test works on demo cases no other
test touches, so the load of about a minute is not repeated per module). Chromium comes
from Debian (``make system`` installs it); Playwright
never downloads a browser. Every page a test visits is checked with axe-core, and the main
pages are saved as screenshots under ``test-artifacts/screenshots/``. Anything the page's
Content-Security-Policy blocks (Chromium says so on the console) fails the test.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from bti import create_app
from bti.demo import load_demo_data
from bti.migrate import upgrade_database

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


class Demo:
    """The running demo: its address and the app (for the database, when a test must let
    time pass)."""

    def __init__(self, url: str, app):
        self.url = url
        self.app = app

    @property
    def db(self):
        return self.app.extensions["bti_db"]


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("browser")
    app = create_app(
        {
            "BTI_ENV": "development",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
        }
    )
    with app.app_context():
        upgrade_database(app)
        load_demo_data(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Demo(f"http://127.0.0.1:{server.server_port}", app)
    server.shutdown()
    thread.join()
    app.extensions["bti_db"].dispose()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed here (`make system` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, demo):
    """A page in a fresh browser context (its own cookies: one person): ``locale`` as the
    browser's language, ``width`` and ``height`` of the window in CSS pixels, JavaScript on
    or off."""
    contexts = []
    blocked: list[str] = []

    def factory(
        locale: str = "nb-NO", width: int = 1280, javascript: bool = True, height: int = 900
    ):
        context = browser.new_context(
            base_url=demo.url,
            locale=locale,
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: _note_blocked(message, page, blocked))
        return page

    yield factory
    for context in contexts:
        context.close()
    assert not blocked, "the Content-Security-Policy blocked:\n" + "\n".join(blocked)


def _note_blocked(message, page, blocked: list[str]) -> None:
    if "Content Security Policy" in message.text:
        blocked.append(f"{page.url}: {message.text}")
