"""Local passwords in the browser (issue 19, «Local passwords»): a one-time link from the
administrator, a common password refused beside the field, the new password set; then
«Bytt passord» from the header's user menu, a wrong current password said beside it. axe
checks every page. The account is one no other browser test uses, and it ends with the demo
password again, set through a second link."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from sqlmodel import select

from bti.demo import DEMO_PASSWORD
from bti.models import StaffUser
from bti.services import password_reset
from tests.browser.axe import check_page

USERNAME = "jevnaker.styrer"
NEW = "blåbær-sykkel-tak-41"


def _link(demo) -> str:
    with demo.app.app_context(), demo.db.unscoped() as session:
        user_id = session.exec(select(StaffUser.id).where(StaffUser.username == USERNAME)).one()
        token = password_reset.issue(
            demo.db, by=None, account_kind="staff", account_id=user_id, municipality_id=None
        )
        return password_reset.link(token)


def _set_through_link(page: Page, link: str, password: str) -> None:
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Lag nytt passord")
    page.get_by_label("Nytt passord", exact=True).fill(password)
    page.get_by_label("Gjenta det nye passordet").fill(password)
    page.get_by_role("button", name="Lagre det nye passordet").click()


def _sign_in(page: Page, password: str) -> None:
    page.goto("/logg-inn")
    page.get_by_label("Brukernavn", exact=True).fill(USERNAME)
    page.get_by_label("Passord", exact=True).fill(password)
    page.get_by_role("button", name="Logg inn").click()


def test_a_link_then_changing_it_from_the_user_menu(demo, new_page):
    page = new_page()
    page.goto("/logg-inn")
    page.get_by_text("Glemt passordet?").click()
    expect(page.get_by_text("Be administratoren på arbeidsplassen din")).to_be_visible()
    check_page(page)

    link = _link(demo)
    _set_through_link(page, link, "passord123456")
    expect(page.locator("#new_password-error")).to_contain_text("blant de vanligste")
    expect(page.locator("#error-summary")).to_be_visible()
    check_page(page, "passord-lenke-feil")
    page.get_by_label("Nytt passord", exact=True).fill(NEW)
    page.get_by_label("Gjenta det nye passordet").fill(NEW)
    page.get_by_role("button", name="Lagre det nye passordet").click()
    expect(page.get_by_text("Det nye passordet er lagret. Logg inn med det.")).to_be_visible()
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Lenken kan ikke brukes")
    check_page(page)

    _sign_in(page, NEW)
    page.get_by_role("link", name="Bytt passord").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bytt passord")
    check_page(page, "bytt-passord")
    page.get_by_label("Nåværende passord").fill("ikke-mitt-passord")
    page.get_by_label("Nytt passord", exact=True).fill("en-helt-annen-frase-77")
    page.get_by_label("Gjenta det nye passordet").fill("en-helt-annen-frase-77")
    page.get_by_role("button", name="Bytt passord").click()
    expect(page.locator("#current_password-error")).to_have_text("Det nåværende passordet er feil.")
    check_page(page)

    # The demo password back, for anyone who walks the demo after this test.
    _set_through_link(new_page(), _link(demo), DEMO_PASSWORD)
    other = new_page()
    _sign_in(other, DEMO_PASSWORD)
    expect(other.get_by_role("link", name="Bytt passord")).to_be_visible()
