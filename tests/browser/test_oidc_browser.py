"""Signing in and out through the demo's OpenID Connect providers (``make demo OIDC=1``) in
Chromium: the browser goes to the provider and back, and signing out passes through the
provider's sign-out, with nothing blocked by the pages' Content-Security-Policy (the sign-out
form may only lead to this site: the page that follows forwards the browser)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bti.demo.oidc import start_demo_providers
from bti.web import oidc
from tests.browser.axe import check_page


@pytest.fixture(scope="module")
def providers(demo):
    started = start_demo_providers(demo.app)
    yield started
    started.stop()
    # The other browser tests see the demo as `make demo` serves it: without the providers.
    demo.app.extensions[oidc.EXTENSION].clear()


def test_a_vestby_employee_signs_in_and_out_through_the_municipality_s_login(
    new_page, providers
) -> None:
    page = new_page()
    page.goto("/logg-inn")
    check_page(page, "oidc-sign-in")
    page.get_by_role("link", name="Logg inn med Vestby kommune (testinnlogging)").click()
    page.get_by_role("button", name=re.compile(r"\(vestby\.laerer\)")).click()

    expect(page).to_have_url(re.compile(r"/vestby/saker$"))
    expect(page.get_by_role("heading", name="Mine saker")).to_be_visible()

    page.get_by_role("button", name="Logg ut").click()
    expect(page).to_have_url(re.compile(r"/logg-inn$"))
    expect(page.get_by_text("Du er logget ut.")).to_be_visible()
    assert len(providers.staff.logouts) == 1
    assert providers.staff.logouts[0]["id_token_hint"]


def test_a_tromso_guardian_signs_in_and_out_with_id_porten(new_page, providers) -> None:
    page = new_page()
    page.goto("/tromso/innsyn/logg-inn")
    page.get_by_role("link", name="Logg inn med ID-porten (testinnlogging)").click()
    page.get_by_role("button", name=re.compile(r"\(tromso\.foresatt\)")).click()

    expect(page).to_have_url(re.compile(r"/tromso/innsyn/$"))
    check_page(page, "oidc-citizen-mine")

    page.get_by_role("button", name="Logg ut").click()
    expect(page).to_have_url(re.compile(r"/tromso/innsyn/logg-inn$"))
    expect(page.get_by_text("Du er logget ut.")).to_be_visible()
    assert len(providers.citizens.logouts) == 1


def test_an_unknown_person_sees_the_refusal(new_page, providers) -> None:
    providers.staff.add_person("ukjent", name="Ukjent Person")
    page = new_page()
    page.goto("/logg-inn")
    page.get_by_role("link", name="Logg inn med Vestby kommune (testinnlogging)").click()
    page.get_by_role("button", name="Ukjent Person").click()

    expect(page.get_by_text("Du er ikke registrert som ansatt i Vestby kommune.")).to_be_visible()
    check_page(page, "oidc-refused")
