"""How tall the case page is as it is first shown (every action closed), at a desktop and a
phone width, kept as a check: the first view of a case fits in two screen heights at
1280 px. The walk in ``test_readme_walk`` measures as it goes and checks at the end. Each
measurement is also written to ``test-artifacts/case-page-heights.json`` for the record
(the README's figures come from there)."""

from __future__ import annotations

import json

from playwright.sync_api import Page

from tests.browser.conftest import SCREENSHOTS

#: (width, height) of the windows measured: a laptop, and a phone.
WINDOWS = ((1280, 900), (375, 812))
#: The first view of a case, new or busy, fits in this many screen heights at 1280 px.
SCREENS_AT_DESKTOP = 2
RECORD = SCREENSHOTS.parent / "case-page-heights.json"


def measure(page: Page, url: str, name: str) -> dict[int, int]:
    """The page's height in CSS pixels at each window width, as first shown, recorded under
    ``name``; the page is left at ``url`` in the window it had before."""
    before = page.viewport_size
    heights = {}
    for width, height in WINDOWS:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(url)
        heights[width] = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size(before)
    page.goto(url)
    _record(name, heights)
    return heights


def assert_fits(measured: dict[str, dict[int, int]]) -> None:
    """Fail when a first view at 1280 px is taller than two screens, naming every one
    that is (``measured``: the heights by name, as :func:`measure` returns them)."""
    width, height = WINDOWS[0]
    too_tall = [
        f"the case page ({name}) is {heights[width]} px tall at {width} px"
        for name, heights in measured.items()
        if heights[width] > SCREENS_AT_DESKTOP * height
    ]
    assert not too_tall, (
        "; ".join(too_tall) + f": more than {SCREENS_AT_DESKTOP} screens of {height} px"
    )


def _record(name: str, heights: dict[int, int]) -> None:
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    record[name] = {str(width): px for width, px in heights.items()}
    RECORD.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
