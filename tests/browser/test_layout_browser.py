"""The pages on a narrow screen (and so at 200–400 % zoom), with the keyboard, and without
JavaScript: WCAG 2.1 reflow, bypass blocks and focus, and server-rendered forms."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import check_page
from tests.browser.test_readme_walk import BOKMAL, SLUG, sign_in

PAGES = ["/{slug}/saker", "/{slug}/ny-bekymring", "/{slug}/ny-bekymring/skjema", "/{slug}/veileder"]


def first_case(page: Page) -> str:
    page.goto(f"/{SLUG}/saker")
    return page.get_by_role("table").get_by_role("link").first.get_attribute("href")


def overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the window (0: nothing to scroll sideways)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("width", [320, 640])
def test_pages_reflow_without_sideways_scrolling(new_page, width):
    """320 CSS pixels is a phone and also a 1280-pixel screen at 400 % zoom; 640 is 200 %."""
    page = new_page(width=width)
    sign_in(page, BOKMAL, f"{SLUG}.koordinator")
    for path in [p.format(slug=SLUG) for p in PAGES] + [first_case(page)]:
        page.goto(path)
        assert overflow(page) <= 0, f"{path} scrolls sideways at {width} px"
    check_page(page, f"smal-sak-{width}")


def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content(new_page):
    page = new_page()
    sign_in(page, BOKMAL, f"{SLUG}.laerer")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hopp til hovedinnholdet")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()  # shown when focused, not only to screen readers
    outline = skip.evaluate("e => getComputedStyle(e).outlineStyle + getComputedStyle(e).boxShadow")
    assert outline not in ("nonenone", "none"), "the focused skip link has no visible focus"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def _a_child_not_yet_registered(page, first_name: str) -> None:
    """The form lists no child before a search: register a new one, as a user would."""
    choice = page.get_by_role("combobox", name="Barnet eller ungdommen", exact=True)
    choice.select_option(label="Ikke i listen: registrer barnet nedenfor")
    page.get_by_label("Fornavn").fill(first_name)
    page.get_by_label("Etternavn").fill("Nyregistrert")
    page.get_by_label("Fødselsdato").fill("2021-02-01")  # a date input takes ISO


def test_a_concern_and_a_consent_work_without_javascript(new_page):
    page = new_page(javascript=False)
    sign_in(page, BOKMAL, f"{SLUG}.barnehage", axe=False)
    page.get_by_role("navigation").get_by_role("link", name="Ny bekymring").click()
    page.get_by_label("Nei", exact=True).check()
    page.get_by_role("button", name="Fortsett").click()
    _a_child_not_yet_registered(page, "Nora")
    page.get_by_label("Hva er du bekymret for?").fill("Sliter med å komme i gang med leken.")
    page.get_by_role("button", name="Registrer bekymringen").click()
    expect(page.get_by_role("status")).to_contain_text("Bekymringen er registrert.")
    # A form with a mistake comes back with the message beside the field, typed text kept.
    consent = page.locator("#consent")
    consent.locator("summary", has_text="Registrer et samtykke").click()  # <details>: no JS
    consent.get_by_label("Formål og omfang").fill("Samarbeid mellom barnehage og helsestasjon")
    consent.get_by_role("button", name="Registrer samtykket").click()
    expect(page.get_by_role("alert").first).to_contain_text("Velg tjenestene samtykket gjelder.")
    expect(page.locator("#consent").get_by_label("Formål og omfang")).to_have_value(
        "Samarbeid mellom barnehage og helsestasjon"
    )


def test_after_a_failed_submit_the_focus_is_on_the_error_summary(new_page):
    """The form comes back with its mistakes listed at the top; the keyboard and the screen
    reader start there (the summary has ``autofocus``: no JavaScript of ours)."""
    page = new_page()
    sign_in(page, BOKMAL, f"{SLUG}.barnehage")
    page.get_by_role("navigation").get_by_role("link", name="Ny bekymring").click()
    page.get_by_label("Nei", exact=True).check()
    page.get_by_role("button", name="Fortsett").click()
    _a_child_not_yet_registered(page, "Mats")
    page.get_by_label("Hva er du bekymret for?").fill("Trekker seg unna i lek.")
    page.get_by_role("button", name="Registrer bekymringen").click()
    consent = page.locator("#consent")
    consent.locator("summary", has_text="Registrer et samtykke").click()
    consent.get_by_role("button", name="Registrer samtykket").click()
    summary = page.locator(".ds-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Velg tjenestene samtykket gjelder.")
    check_page(page)
