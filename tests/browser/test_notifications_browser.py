"""Notifications in a browser: a nurse in Vestby opens «Varsler» from the header, opens the
settings, chooses a daily summary for one kind and saves; the administrator reads the
outbox's page. axe-core checks each page."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.axe import check_page
from tests.browser.test_readme_walk import BOKMAL, sign_in


def test_a_nurse_chooses_how_she_is_told_and_the_administrator_sees_the_outbox(new_page):
    page = new_page()
    sign_in(page, BOKMAL, "vestby.helsesykepleier")
    # The header's link says how many are unread when any are: «Varsler (2 uleste)».
    header_link = page.get_by_role("link", name=re.compile(r"^Varsler( \(\d+ uleste\))?$"))
    in_header = re.search(r"\d+", header_link.inner_text())
    header_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varsler")
    listed = re.search(r"(\d+) uleste", page.locator("main").inner_text()).group(1)
    assert (in_header.group(0) if in_header else "0") == listed
    check_page(page, "varsler")
    page.get_by_role("link", name="Velg hvilke varsler du får på e-post").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Innstillinger for varsler")
    check_page(page, "varsler-innstillinger")
    group = page.get_by_role("group", name="Frister som nærmer seg")
    group.get_by_label("I en daglig oppsummering").check()
    page.get_by_role("button", name="Lagre").click()
    expect(page.get_by_text("Valgene dine er lagret.")).to_be_visible()
    expect(
        page.get_by_role("group", name="Frister som nærmer seg").get_by_label(
            "I en daglig oppsummering"
        )
    ).to_be_checked()

    admin = new_page()
    sign_in(admin, BOKMAL, "vestby.admin")
    admin.goto("/vestby/administrasjon/")
    admin.get_by_role("link", name="Varsler sendt på e-post").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text("Varsler sendt på e-post")
    check_page(admin, "administrasjon-varsler")
