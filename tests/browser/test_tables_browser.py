"""Tables on a phone (375 CSS pixels): a table of class ``bti-table`` stacks, each cell on
the whole width under its column's name, so no cell overflows and no word is cut in the
middle («Mine saker», the citizen's stafettlogg). axe-core checks the stacked pages."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bti.demo import DEMO_PASSWORD
from tests.browser.axe import check_page
from tests.browser.test_readme_walk import BOKMAL, sign_in

PHONE = 375

#: Per table cell of a bti-table: does its text overflow, is a word split over two lines,
#: and does the cell name its column. A word here is a run without spaces, hyphens or
#: slashes (where a line may rightly break).
CELLS = """
() => [...document.querySelectorAll("table.bti-table td")].map((td) => {
  const split = [];
  const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/[^\\s\\-\\u2013\\/]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return {
    text: td.innerText.trim().slice(0, 60),
    overflows: td.scrollWidth > td.clientWidth,
    split,
    label: getComputedStyle(td, "::before").content,
  };
})
"""


def assert_tables_stack(page: Page) -> None:
    # The page's style sheets first: a script's computed style does not wait for them, and a
    # loaded machine gave a cell without its column's name (the media query not yet there).
    page.wait_for_load_state("load")
    cells = page.evaluate(CELLS)
    assert cells, f"no bti-table cells on {page.url}"
    for cell in cells:
        assert not cell["overflows"], f"{page.url}: «{cell['text']}» overflows its cell"
        assert not cell["split"], f"{page.url}: «{cell['text']}» cuts {cell['split']}"
        assert cell["label"] not in ("none", "normal", '""'), f"«{cell['text']}» has no label"


def test_my_cases_stack_on_a_phone(new_page):
    page = new_page(width=PHONE)
    sign_in(page, BOKMAL, "vestby.koordinator")
    assert_tables_stack(page)
    check_page(page, "mine-saker-375")


def test_a_leaders_unit_list_stacks_on_a_phone(new_page):
    page = new_page(width=PHONE)
    sign_in(page, BOKMAL, "vestby.leder")
    page.goto("/vestby/saker/enhet")
    assert_tables_stack(page)
    check_page(page)


def test_the_citizens_stafettlogg_stacks_on_a_phone(new_page):
    page = new_page(width=PHONE)
    page.goto("/tromso/innsyn/logg-inn")
    page.get_by_label("Brukernavn").fill("tromso.foresatt")
    page.get_by_label("Passord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dine stafettlogger")
    page.get_by_role("main").get_by_role("link").first.click()
    expect(page.get_by_role("heading", name="Mål og aktiviteter", exact=True)).to_be_visible()
    assert_tables_stack(page)
    check_page(page, "innsyn-375")
