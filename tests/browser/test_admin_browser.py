"""The administration in a browser, as Vestby's administrator uses it: from the header's
link to the units and the staff, a new account with a mistake shown beside its field, and
the lists stacked on a phone. axe-core checks each page."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.axe import check_page
from tests.browser.test_readme_walk import BOKMAL, sign_in
from tests.browser.test_tables_browser import PHONE, assert_tables_stack


def test_an_administrator_finds_units_and_staff_and_creates_an_account(new_page):
    page = new_page()
    sign_in(page, BOKMAL, "vestby.admin")
    page.get_by_role("navigation", name="Hovedmeny").get_by_role(
        "link", name="Administrasjon"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Administrasjon")
    check_page(page, "administrasjon")
    page.get_by_role("link", name="Tjenestesteder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tjenestesteder")
    check_page(page, "administrasjon-tjenestesteder")
    page.goto("/vestby/administrasjon/ansatte")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ansattkontoer")
    check_page(page, "administrasjon-ansatte")
    page.get_by_role("main").get_by_role("table").get_by_role("link").first.click()
    expect(page.get_by_role("heading", name="Roller ved kommunens tjenestesteder")).to_be_visible()
    check_page(page, "administrasjon-ansatt")

    page.goto("/vestby/administrasjon/ansatte/ny")
    page.get_by_label("Brukernavn").fill("ny.ansatt")
    page.get_by_label("Navn", exact=True).fill("Nina Ny")
    page.get_by_label("E-post på jobben (valgfritt)").fill("ikke en adresse")
    page.get_by_role("button", name="Opprett kontoen").click()
    expect(
        page.get_by_text("Skriv en e-postadresse, for eksempel navn@kommune.no.").first
    ).to_be_visible()
    expect(page.get_by_label("Navn", exact=True)).to_have_value("Nina Ny")
    check_page(page, "administrasjon-ny-feil")
    page.get_by_label("E-post på jobben (valgfritt)").fill("nina@vestby.kommune.no")
    page.get_by_label("Enhet", exact=True).select_option(index=1)
    page.get_by_label("Rolle", exact=True).select_option("ansatt")
    page.get_by_role("button", name="Opprett kontoen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nina Ny")
    expect(page.get_by_text("Kontoen er opprettet.")).to_be_visible()


def test_the_staff_list_stacks_on_a_phone(new_page):
    page = new_page(width=PHONE)
    sign_in(page, BOKMAL, "vestby.admin")
    page.goto("/vestby/administrasjon/ansatte")
    assert_tables_stack(page)
    check_page(page)
