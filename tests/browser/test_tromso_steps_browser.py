"""A Tromsø teacher in the browser, as after ``make demo``: «Mine saker» flags the decision
that is past its 14 days («Frist for å ta en beslutning 14 dager etter at bekymring
oppstår»), the case page shows the level's trinn as a checklist, and the teacher ticks the
next one off. axe-core checks each page; the case page is saved as a screenshot."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from bti.demo import DEMO_PASSWORD
from tests.browser.axe import check_page


def test_a_teacher_sees_the_overdue_decision_and_ticks_a_trinn(demo, new_page):
    page = new_page()
    page.goto("/logg-inn")
    page.get_by_label("Brukernavn", exact=True).fill("tromso.laerer")
    page.get_by_label("Passord", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine saker")

    overdue = page.locator(
        "section", has=page.get_by_role("heading", name="Frister som har gått ut")
    )
    expect(overdue).to_contain_text("Beslutning innen 14 dager etter at bekymringen oppsto")
    check_page(page)
    overdue.get_by_role("link").first.click()

    steps = page.locator("#steps")
    expect(steps.get_by_role("heading", name="Trinn på dette nivået")).to_be_visible()
    expect(steps).to_contain_text("Trinn 4: Oppsummer og ta beslutning")
    check_page(page, "tromso-case-steps")
    decision = page.locator("#decision")
    expect(decision).to_contain_text("1. Ikke behov for videre tiltak? Saken avsluttes.")

    # Another of the teacher's cases with a trinn still to do: tick it off.
    page.get_by_role("link", name="Mine saker").click()
    # The list, not the case page still showing while the click navigates (its tables
    # have links too).
    expect(page).to_have_url(re.compile(r"/tromso/saker$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine saker")
    links = page.locator("table a").evaluate_all("(links) => links.map((a) => a.href)")
    for href in links:
        page.goto(href)
        button = page.locator("#steps").get_by_role(
            "button", name=re.compile(r"^Merk trinn \d+ som utført$")
        )
        if button.count():
            break
    else:
        raise AssertionError("the demo gives tromso.laerer no case with a trinn to tick")
    before = _done(page)
    button.first.click()
    expect(page.get_by_role("status")).to_contain_text("Trinnet er merket som utført.")
    assert _done(page) == before + 1
    me = page.locator(".bti-menu__user").inner_text()
    expect(page.locator("#steps")).to_contain_text(f"av {me}")
    check_page(page)


def _done(page) -> int:
    text = page.locator("#steps").inner_text()
    return int(re.search(r"(\d+) av \d+ trinn utført", text).group(1))
