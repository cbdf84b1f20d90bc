"""The rules pages in Chromium, signed out: axe finds nothing serious on the rules and the
coverage of Vestby and Tromsø, in bokmål and nynorsk, and the rules page reflows on a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.axe import check_page

COVERAGE_LINK = {
    "nb-NO": "Hvilke deler av veilederen reglene dekker",
    "nn-NO": "Kva delar av rettleiaren reglane dekkjer",
}


@pytest.mark.parametrize("slug", ["vestby", "tromso"])
@pytest.mark.parametrize("locale", ["nb-NO", "nn-NO"])
def test_the_rules_and_coverage_pages_pass_axe_signed_out(new_page, slug, locale):
    page = new_page(locale=locale)
    page.goto(f"/{slug}/regler")
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Reglene i" if locale == "nb-NO" else "Reglane i"
    )
    # No screenshot: the whole document is too tall to photograph in the test's time.
    check_page(page)
    page.get_by_role("link", name=COVERAGE_LINK[locale]).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Dekning av veilederen" if locale == "nb-NO" else "Dekning av rettleiaren"
    )
    check_page(page, f"regler-dekning-{slug}-{locale[:2]}")


def test_the_rules_page_reflows_on_a_phone(new_page):
    page = new_page(width=320)
    page.goto("/vestby/regler")
    assert (
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        <= 0
    )
