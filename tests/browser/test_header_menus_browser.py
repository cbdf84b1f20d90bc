"""The header's menus in a real browser: «Min enhet» for a leader, «Bytt kommune» for
someone who works in every municipality — axe-clean, and the switch works without
JavaScript (a <details> menu and a form post)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bti.demo import DEMO_PASSWORD
from tests.browser.axe import check_page


def _sign_in(page: Page, username: str) -> None:
    page.goto("/logg-inn")
    page.get_by_label("Brukernavn", exact=True).fill(username)
    page.get_by_label("Passord", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logg inn", exact=True).click()


def test_a_leader_opens_min_enhet_from_the_header(demo, new_page):
    page = new_page()
    _sign_in(page, "vestby.leder")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine saker")
    page.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name="Min enhet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Min enhet")
    check_page(page, "min-enhet")
    page.get_by_label("Sorter etter").select_option("navn")
    page.get_by_role("button", name="Vis", exact=True).click()
    expect(page).to_have_url(f"{demo.url}/vestby/saker/enhet?sorter=navn")


def test_switching_municipality_from_the_header_without_javascript(demo, new_page):
    page = new_page(javascript=False)
    _sign_in(page, "demo.flere")
    page.get_by_label("Vestby kommune").check()
    page.get_by_role("button", name="Fortsett").click()
    expect(page).to_have_url(f"{demo.url}/vestby/saker")
    page.get_by_text("Bytt kommune").click()
    page.get_by_role("button", name="Arbeid i Tromsø kommune").click()
    expect(page).to_have_url(f"{demo.url}/tromso/saker")
    switched = page.get_by_role("status").filter(has_text="Du arbeider nå i Tromsø kommune.")
    expect(switched).to_be_visible()


def test_the_header_menus_are_axe_clean_when_open(demo, new_page):
    page = new_page()
    _sign_in(page, "demo.flere")
    page.get_by_label("Bærum kommune").check()
    page.get_by_role("button", name="Fortsett").click()
    page.get_by_text("Bytt kommune").click()
    expect(page.get_by_role("button", name="Arbeid i Vestby kommune")).to_be_visible()
    check_page(page, "header-menus")
