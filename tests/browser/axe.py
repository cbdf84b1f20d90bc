"""axe-core on a page: no serious or critical violation allowed; and the screenshots.

Every named page is saved under ``test-artifacts/screenshots/``, whole and as the window
shows it. With ``BTI_SCREENSHOTS`` set to a folder (``make screenshots`` sets
``docs/screenshots``), the window's view is also saved there for the README, as a
palette PNG to keep the committed files small.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from tests.browser.conftest import SCREENSHOTS

_AXE = Axe()
BLOCKING = {"serious", "critical"}
ROOT = Path(__file__).resolve().parents[2]


def check_page(page, name: str | None = None) -> None:
    """Run axe on the page as it is now; fail on a serious or critical violation, naming
    the rule, the page and the elements. With ``name``, also save a screenshot of the whole
    page (``<name>.png``) and of what the window shows (``<name>-top.png``). The page's
    style sheets first: colours and contrast are checked as the page is drawn, not unstyled."""
    page.wait_for_load_state("load")
    violations = [v for v in _AXE.run(page).response["violations"] if v.get("impact") in BLOCKING]
    if name:
        save_screenshots(page, name)
    assert not violations, f"axe on {page.url}:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )


def save_screenshots(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    window = page.screenshot(path=str(SCREENSHOTS / f"{name}-top.png"))
    if docs := os.environ.get("BTI_SCREENSHOTS"):
        folder = ROOT / docs
        folder.mkdir(parents=True, exist_ok=True)
        _save_small(window, folder / f"{name}.png")


def _save_small(png: bytes, path: Path) -> None:
    """A screenshot in at most 256 colours, without dithering (flat colours and text stay
    crisp), at a third or less of its size."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=256, dither=Image.Dither.NONE).save(path, optimize=True)
