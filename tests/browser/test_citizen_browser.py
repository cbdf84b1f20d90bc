"""A guardian and a youth sign in to Tromsø's citizens' pages in the browser, as after
``make demo``, and see exactly their own stafettlogg: the guardian their child's, the youth
their own — never another case, never a health-internal entry (Tromsø: «Foreldre og ungdom
har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert»). axe-core
checks every page; the pages are saved as screenshots."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page, expect
from sqlmodel import select

from bti.demo import DEMO_PASSWORD
from bti.models import Case, Citizen, Guardian, Notification, StafettloggEntry, Subject
from tests.browser.axe import check_page

SLUG = "tromso"


@dataclass(frozen=True)
class Expected:
    mine: list[tuple[str, str]]  # (case id, the child's name) the citizen may read
    others: list[str]  # case ids with a stafettlogg that are not theirs
    health_texts: list[str]  # health-internal entries in their cases


def _expected(demo, username: str) -> Expected:
    """What the citizen should see, read straight from the demo's tables: the cases with an
    open stafettlogg of the child they are guardian of (or who they are), not reported."""
    mid = demo.db.municipality_ids()[SLUG]
    with demo.db.scoped(mid) as session:
        citizen = session.exec(select(Citizen).where(Citizen.username == username)).one()
        linked = {
            g.subject_id
            for g in session.exec(
                select(Guardian).where(Guardian.fodselsnummer == citizen.fodselsnummer)
            )
        } | {
            s.id
            for s in session.exec(
                select(Subject).where(Subject.fodselsnummer == citizen.fodselsnummer)
            )
        }
        with_log = session.exec(select(Case).where(Case.stafettholder_id.is_not(None))).all()
        names = {s.id: f"{s.given_name} {s.family_name}" for s in session.exec(select(Subject))}
        mine = [
            (c.id, names[c.subject_id])
            for c in with_log
            if c.subject_id in linked and c.reported_to_barnevern_at is None
        ]
        others = [c.id for c in with_log if c.subject_id not in linked]
        health = [
            e.text
            for e in session.exec(
                select(StafettloggEntry).where(
                    StafettloggEntry.case_id.in_([case_id for case_id, _ in mine]),
                    StafettloggEntry.health_internal,
                )
            )
        ]
    return Expected(mine, others, health)


def _sign_in(page: Page, username: str) -> None:
    page.goto(f"/{SLUG}/innsyn/logg-inn")
    check_page(page)
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dine stafettlogger")


def _reads_exactly_their_own(demo, new_page, username: str, shots: str) -> None:
    expected = _expected(demo, username)
    assert len(expected.mine) == 1, f"the demo gives {username} one stafettlogg to read"
    assert expected.others, "the demo has other stafettlogger the citizen must not see"
    case_id, child = expected.mine[0]

    page = new_page()
    _sign_in(page, username)
    check_page(page, f"{shots}list")
    links = page.get_by_role("main").get_by_role("link")
    expect(links).to_have_count(1)
    expect(links.first).to_have_text(f"Stafettloggen for {child}")

    links.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Stafettloggen for {child}")
    assert page.url.endswith(f"/{SLUG}/innsyn/stafettlogg/{case_id}")
    for heading in ("Hvem som er med", "Mål og aktiviteter", "Møter", "Loggen"):
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    main = page.get_by_role("main")
    expect(main.locator("form")).to_have_count(0)  # read-only
    for text in expected.health_texts:
        expect(main).not_to_contain_text(text)
    check_page(page, f"{shots}stafettlogg")

    for other in expected.others[:3]:
        response = page.goto(f"/{SLUG}/innsyn/stafettlogg/{other}")
        assert response.status == 404
    check_page(page)


def test_a_guardian_sees_exactly_their_childs_stafettlogg(demo, new_page):
    _reads_exactly_their_own(demo, new_page, "tromso.foresatt", "citizen-guardian-")


def test_the_youth_sees_exactly_their_own_stafettlogg(demo, new_page):
    _reads_exactly_their_own(demo, new_page, "tromso.ungdom", "citizen-youth-")


def _unread_notices(demo, username: str) -> int:
    mid = demo.db.municipality_ids()[SLUG]
    with demo.db.scoped(mid) as session:
        citizen = session.exec(select(Citizen).where(Citizen.username == username)).one()
        return len(
            session.exec(
                select(Notification.id).where(
                    Notification.citizen_id == citizen.id, Notification.read_at.is_(None)
                )
            ).all()
        )


def test_a_guardian_finds_her_invitations_under_notices_and_opens_one(demo, new_page):
    """The demo invites tromso.foresatt to meetings before she gave an e-mail address: the
    notices wait under «Varsler», the menu says how many are unread, and a notice leads to
    the stafettlogg."""
    [(case_id, child)] = _expected(demo, "tromso.foresatt").mine
    unread = _unread_notices(demo, "tromso.foresatt")
    assert unread, "the demo invites the guardian to a meeting"
    page = new_page()
    _sign_in(page, "tromso.foresatt")
    menu = page.get_by_role("navigation", name="Hovedmeny")
    menu.get_by_role("link", name=f"Varsler ({unread} uleste)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varsler")
    check_page(page, "citizen-notices")
    main = page.get_by_role("main")
    notices = main.get_by_role("link", name="Du er invitert til et møte")
    expect(notices).to_have_count(unread)
    expect(main).not_to_contain_text(child.split()[0])
    notices.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Stafettloggen for {child}")
    assert page.url.endswith(f"/{SLUG}/innsyn/stafettlogg/{case_id}")
    left = f"Varsler ({unread - 1} uleste)" if unread > 1 else "Varsler"
    expect(menu.get_by_role("link", name=left, exact=True)).to_be_visible()
