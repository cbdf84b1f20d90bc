"""axe-core on a page: no serious or critical violation allowed."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import SCREENSHOTS

_AXE = Axe()
BLOCKING = {"serious", "critical"}


def check_page(page, name: str | None = None) -> None:
    """Run axe on the page as it is now; fail on a serious or critical violation, naming
    the rule, the page and the elements. With ``name``, also save a screenshot of the whole
    page (``<name>.png``) and of what the window shows (``<name>-top.png``)."""
    violations = [v for v in _AXE.run(page).response["violations"] if v.get("impact") in BLOCKING]
    if name:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-top.png"))
    assert not violations, f"axe on {page.url}:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )
