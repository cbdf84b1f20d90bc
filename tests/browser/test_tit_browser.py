"""Bærum's Tidlig innsatsteam in the browser, as after ``make demo``: the team's coordinator
takes a referral from the queue (urgency, a place on the coming meeting day, the written
invitations), holds the six parts of the meeting (confidentiality and who is there, the
case, the discussion, the avrunding with the action plan, the family leaving before the
metarefleksjon), finalises the anonymised protocol; then a guardian answers the evaluation
through the link, which carries no name. axe-core checks each page.

Sources: ``../shared/seeds/000_0e1a3820b93a5dea.txt`` («Koordinators rolle og ansvar»,
«Møtestruktur», «Brukerevaluering», «Dokumentasjon»).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from playwright.sync_api import expect
from sqlmodel import select

from bti.demo import DEMO_PASSWORD
from bti.models import TeamRecord
from tests.browser.axe import check_page


def _team_id(demo, code: str) -> int:
    db = demo.db
    with db.scoped(db.municipality_ids()["baerum"]) as session:
        return session.exec(select(TeamRecord.id).where(TeamRecord.code == code)).one()


def _sign_in(page, username: str) -> None:
    page.goto("/logg-inn")
    page.get_by_label("Brukernavn", exact=True).fill(username)
    page.get_by_label("Passord", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()


def _saved(page, text: str) -> None:
    expect(page.get_by_role("status").filter(has_text=text)).to_be_visible()


def test_a_coordinator_takes_a_referral_to_a_finished_protocol_and_the_family_evaluates(
    demo, new_page
):
    page = new_page()
    _sign_in(page, "baerum.titkoordinator")
    page.get_by_role("navigation", name="Hovedmeny").get_by_role(
        "link", name="Tidlig innsatsteam"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tidlig innsatsteam")
    check_page(page, "baerum-tit-overview")

    page.goto(f"/baerum/team/{_team_id(demo, 'tit-6-15-ost')}/koe")
    expect(page.get_by_role("heading", level=2, name=re.compile(r"^Meldinger"))).to_be_visible()
    check_page(page, "baerum-tit-queue")
    waiting = page.locator("article").filter(has_text="Hastegrad ikke vurdert").first
    title = waiting.get_by_role("heading").inner_text()
    number = re.search(r"Sak nr\. (\d+)", title).group(1)

    waiting.get_by_text("Vurder hastegraden", exact=True).click()
    waiting.get_by_label("Ordinær").check()
    waiting.get_by_role("button", name="Lagre hastegraden").click()
    _saved(page, "Hastegraden er registrert")

    card = page.locator("article").filter(has_text=f"Sak nr. {number}:")
    card.get_by_text("Sett opp på en møtedag", exact=True).click()
    card.get_by_label("Møtedag", exact=True).select_option(index=1)
    card.get_by_label("Starttidspunkt for saken").fill("09:00")
    card.get_by_label("Minutter satt av til saken").fill("45")
    card.get_by_role("button", name="Lagre plasseringen").click()
    _saved(page, "plass på møtedagen")

    card = page.locator("article").filter(has_text=f"Sak nr. {number}:")
    card.get_by_role("button", name="Send de skriftlige innkallingene").click()
    _saved(page, "De skriftlige innkallingene er sendt.")
    page.locator("article").filter(has_text=f"Sak nr. {number}:").get_by_role(
        "link", name="Åpne sakens side i teamet"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Sak nr. {number}")
    check_page(page, "baerum-tit-meeting")

    # 1. Presentasjon: confidentiality, and who is there.
    page.locator("#presentation-confidentiality_stated").check()
    page.locator("#presentation-guardians_present-0").check()
    page.locator("#presentation-youth_present-1").check()
    page.locator("#presentation-referrer_present-0").check()
    page.locator("#part-presentation").get_by_role("button", name="Lagre").click()
    _saved(page, "Presentasjonen er registrert")
    # 2. Framlegg and 3. drøfting.
    page.locator("#case-presentation").fill("Innmelder la fram bekymringen og det som er prøvd.")
    page.locator("#part-case").get_by_role("button", name="Lagre").click()
    page.locator("#discussion-text").fill(
        "Hver tjeneste ga sitt syn; tre hovedtiltak ble foreslått."
    )
    page.locator("#part-discussion").get_by_role("button", name="Lagre").click()
    # 4. Avrunding with the action plan and the follow-up meeting at the local service.
    page.locator("#closing-summary").fill("Voksenstyrt friminutt og samtaler med helsesykepleier.")
    page.locator("#closing-family_view").fill("Foresatte er enige og ønsker jevnlig kontakt.")
    page.locator("#closing-plan-0-goal").fill("Trives i friminuttene")
    page.locator("#closing-plan-0-measure").fill("Voksenstyrt lek")
    page.locator("#closing-plan-0-responsible").fill("Kontaktlærer")
    page.locator("#closing-follow_up_coordinator_id").select_option(index=1)
    follow_up = (date.today() + timedelta(days=45)).isoformat()
    page.locator("#closing-follow_up_at").fill(f"{follow_up}T14:00")
    page.locator("#closing-follow_up_place").fill("Skolen")
    page.locator("#closing-family_feedback").fill("Godt å bli hørt.")
    page.get_by_role("button", name="Lagre avrundingen").click()
    _saved(page, "Avrundingen er registrert")
    # 5. Metarefleksjon, once the referrer and the family have left.
    page.get_by_role("button", name="Innmelderen og familien har gått").click()
    page.locator("#reflection-text").fill("Godt strukturert møte.")
    page.locator("#part-reflection").get_by_role("button", name="Lagre").click()
    _saved(page, "Metarefleksjonen er registrert")
    # 6. The protocol, anonymised, finalised by the chair.
    page.get_by_role("button", name="Ferdigstill protokollen").click()
    _saved(page, "Protokollen er ferdigstilt.")
    check_page(page, "baerum-tit-protocol")
    protocol = page.locator("#part-protocol").inner_text()
    assert f"Sak nr. {number}" in protocol

    link = page.locator("#evaluation code").inner_text()
    assert "baerum/evaluering/" in link

    family = new_page()
    family.goto(link)
    expect(family.get_by_role("heading", level=1)).to_contain_text("Hvordan var møtet")
    check_page(family, "baerum-tit-evaluation")
    family.get_by_label("5 – svært godt").check()
    family.locator("#plan_followed-0").check()
    family.locator("#measures_helped-1").check()
    family.get_by_role("button", name="Send svarene").click()
    expect(family.get_by_text("Svarene dine er mottatt.")).to_be_visible()
    family.goto(link)
    expect(family.locator("main")).to_contain_text("allerede")
