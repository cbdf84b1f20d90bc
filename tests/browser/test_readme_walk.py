"""The README's «To try it», walked in Chromium from a brand-new child to an accepted baton.

A teacher signs in, answers «Er situasjonen akutt?» with no, registers a child who is not
in the list with the concern, registers the two guardians and that they live together,
registers the consent and its signature, opens the stafettlogg, brings in the health nurse,
invites her to a meeting, registers the meeting as held and offers her the baton; the nurse
finds the offer on «Mine saker» and accepts it. In bokmål in Vestby at 1280 px and on a
phone (375 px, the whole walk), in nynorsk in Jevnaker and in English in Vestby (both chosen
in the page's own language menu). axe-core checks every page; every page is saved as a
screenshot named after the walk and the step (``nb-1280-05-ny-sak``), and ``make
screenshots`` copies the window's view of each to ``docs/screenshots/``. The case page's
height is recorded new and busy (:mod:`tests.browser.heights`) and checked at the end, so a
page that has grown too tall fails the walk without hiding what comes after it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from playwright.sync_api import Locator, Page, expect
from sqlmodel import select

from bti.demo import DEMO_PASSWORD
from bti.demo.identity import make_fodselsnummer
from bti.models import Meeting, StaffUser, utcnow
from tests.browser.axe import check_page
from tests.browser.heights import WINDOWS, assert_fits, measure

SLUG = "vestby"


@dataclass(frozen=True)
class Words:
    """What the person reads and clicks, in one language."""

    lang: str
    sign_in: str
    username: str
    password: str
    language: str
    change_language: str
    my_cases: str
    new_concern: str
    guide: str
    yes: str
    no: str
    continue_: str
    child: str
    not_in_list: str
    given_name: str
    family_name: str
    birth_date: str
    fodselsnummer: str
    concern: str
    register_concern: str
    level_0: str
    open_add_guardian: str
    name: str
    relation: str
    mother: str
    father: str
    parental_responsibility: str
    daily_care: str
    register_guardian: str
    guardian_registered: str
    open_custody: str
    live_together: str
    save_custody: str
    custody_registered: str
    open_consent: str
    services: tuple[str, ...]
    valid_to: str
    register_consent: str
    register_signature: str
    consent_given: str
    open_log: str
    log_opened: str
    open_add_person: str
    find_person: str
    search: str
    person: str
    add_person: str
    open_invite: str
    kind: str
    starts: str
    place: str
    agenda: str
    invite: str
    invitation_saved: str
    open_held: str
    took_part: str
    guardians_took_part: str
    child_took_part: str
    child_view: str
    discussed: str
    agreed: str
    register_held: str
    held: str
    open_offer: str
    offer_to: str
    send_offer: str
    waiting: str
    answer: str
    accept: str
    now_holder: str
    # Where the guide opens the stafettlogg by a decision (Jevnaker: «Ved beslutning om å ta
    # saken videre opprettes stafettlogg nivå 1 - digitalt»), the decision form's words.
    open_decision: str = ""
    to_level_1: str = ""
    rationale: str = ""
    next_meeting_at: str = ""
    next_meeting_place: str = ""
    save_decision: str = ""
    log_opened_by_decision: str = ""
    did_not_take_part: str = ""


BOKMAL = Words(
    lang="nb",
    sign_in="Logg inn",
    username="Brukernavn",
    password="Passord",
    language="Språk",
    change_language="Bytt språk",
    my_cases="Mine saker",
    new_concern="Ny bekymring",
    guide="Veilederen",
    yes="Ja",
    no="Nei",
    continue_="Fortsett",
    child="Barnet eller ungdommen",
    not_in_list="Ikke i listen: registrer barnet nedenfor",
    given_name="Fornavn",
    family_name="Etternavn",
    birth_date="Fødselsdato",
    fodselsnummer="Fødselsnummer (valgfritt)",
    concern="Hva er du bekymret for?",
    register_concern="Registrer bekymringen",
    level_0="Nivå 0",
    open_add_guardian="Legg til en foresatt",
    name="Navn",
    relation="Relasjon til barnet",
    mother="mor",
    father="far",
    parental_responsibility="Har foreldreansvar",
    daily_care="Har daglig omsorg",
    register_guardian="Registrer den foresatte",
    guardian_registered="Den foresatte er registrert.",
    open_custody="Registrer omsorgsordningen",
    live_together="Foreldrene bor sammen.",
    save_custody="Lagre omsorgsordningen",
    custody_registered="Omsorgsordningen er registrert.",
    open_consent="Registrer et samtykke",
    services=("skole", "helsestasjon", "skolehelsetjenesten"),
    valid_to="Gjelder til",
    register_consent="Registrer samtykket",
    register_signature="Registrer underskriften",
    consent_given="samtykket er gitt",
    open_log="Opprett stafettlogg",
    log_opened="Stafettloggen er opprettet.",
    open_add_person="Ta inn en annen tjeneste",
    find_person="Finn en kollega",
    search="Søk",
    person="Person og tjenestestedet personen deltar for",
    add_person="Legg til i saken",
    open_invite="Inviter til møte",
    kind="Type møte",
    starts="Starter",
    place="Sted",
    agenda="Agenda",
    invite="Lagre invitasjonen",
    invitation_saved="Invitasjonen til møtet er lagret.",
    open_held="Registrer møtet som gjennomført",
    took_part="Deltok",
    guardians_took_part="Deltok de foresatte?",
    child_took_part="Deltok barnet eller ungdommen?",
    child_view="Barnets mening",
    discussed="Hva ble drøftet",
    agreed="Hva ble avtalt",
    register_held="Registrer som gjennomført",
    held="Møtet er registrert som gjennomført.",
    open_offer="Tilby stafettholderrollen",
    offer_to="Tilby stafettpinnen til",
    send_offer="Send tilbudet",
    waiting="Venter på svar fra deg",
    answer="Svar på tilbudet",
    accept="Ta imot stafettpinnen",
    now_holder="Du er nå stafettholder.",
)

NYNORSK = Words(
    lang="nn",
    sign_in="Logg inn",
    username="Brukarnamn",
    password="Passord",
    language="Språk",
    change_language="Byt språk",
    my_cases="Mine saker",
    new_concern="Ny bekymring",
    guide="Rettleiaren",
    yes="Ja",
    no="Nei",
    continue_="Hald fram",
    child="Barnet eller ungdomen",
    not_in_list="Ikkje i lista: registrer barnet nedanfor",
    given_name="Førenamn",
    family_name="Etternamn",
    birth_date="Fødselsdato",
    fodselsnummer="Fødselsnummer (valfritt)",
    concern="Kva er du bekymra for?",
    register_concern="Registrer bekymringa",
    level_0="Nivå 0",
    open_add_guardian="Legg til ein føresett",
    name="Namn",
    relation="Relasjon til barnet",
    mother="mor",
    father="far",
    parental_responsibility="Har foreldreansvar",
    daily_care="Har dagleg omsorg",
    register_guardian="Registrer den føresette",
    guardian_registered="Den føresette er registrert.",
    open_custody="Registrer omsorgsordninga",
    live_together="Foreldra bur saman.",
    save_custody="Lagre omsorgsordninga",
    custody_registered="Omsorgsordninga er registrert.",
    open_consent="Registrer eit samtykke",
    services=("skule", "helsestasjon", "skulehelsetenesta"),
    valid_to="Gjeld til",
    register_consent="Registrer samtykket",
    register_signature="Registrer underskrifta",
    consent_given="samtykket er gitt",
    open_log="Opprett stafettlogg",
    log_opened="Stafettloggen er oppretta.",
    open_add_person="Ta inn ei anna teneste",
    find_person="Finn ein kollega",
    search="Søk",
    person="Person og tenestestaden personen deltek for",
    add_person="Legg til i saka",
    open_invite="Inviter til møte",
    kind="Type møte",
    starts="Startar",
    place="Stad",
    agenda="Agenda",
    invite="Lagre invitasjonen",
    invitation_saved="Invitasjonen til møtet er lagra.",
    open_held="Registrer møtet som gjennomført",
    took_part="Deltok",
    guardians_took_part="Deltok dei føresette?",
    child_took_part="Deltok barnet eller ungdomen?",
    child_view="Meininga til barnet",
    discussed="Kva vart drøfta",
    agreed="Kva vart avtalt",
    register_held="Registrer som gjennomført",
    held="Møtet er registrert som gjennomført.",
    open_offer="Tilby stafetthaldarrolla",
    offer_to="Tilby stafettpinnen til",
    send_offer="Send tilbodet",
    waiting="Ventar på svar frå deg",
    answer="Svar på tilbodet",
    accept="Ta imot stafettpinnen",
    now_holder="Du er no stafetthaldar.",
    open_decision="Registrer avgjerda",
    to_level_1="Saka går vidare på individnivå: tiltak i eiga eining (nivå 1)",
    rationale="Grunngjeving for avgjerda",
    next_meeting_at="Neste møte: dato og klokkeslett",
    next_meeting_place="Neste møte: stad",
    save_decision="Lagre avgjerda",
    log_opened_by_decision="Stafettloggen er oppretta på nivå 1, digitalt",
    did_not_take_part="Deltok ikkje",
)

ENGLISH = Words(
    lang="en",
    sign_in="Sign in",
    username="Username",
    password="Password",
    language="Language",
    change_language="Change language",
    my_cases="My cases",
    new_concern="New concern",
    guide="The guide",
    yes="Yes",
    no="No",
    continue_="Continue",
    child="The child or youth",
    not_in_list="Not in the list: register the child below",
    given_name="Given name",
    family_name="Family name",
    birth_date="Birth date",
    fodselsnummer="National identity number (optional)",
    concern="What are you worried about?",
    register_concern="Register the concern",
    level_0="Level 0",
    open_add_guardian="Add a guardian",
    name="Name",
    relation="Relation to the child",
    mother="mother",
    father="father",
    parental_responsibility="Has parental responsibility",
    daily_care="Has daily care",
    register_guardian="Register the guardian",
    guardian_registered="The guardian is registered.",
    open_custody="Register the custody arrangement",
    live_together="The parents live together.",
    save_custody="Save the custody arrangement",
    custody_registered="The custody arrangement is registered.",
    open_consent="Register a consent",
    services=("school", "health station", "school health service"),
    valid_to="Valid to",
    register_consent="Register the consent",
    register_signature="Register the signature",
    consent_given="the consent is given",
    open_log="Open the stafettlogg",
    log_opened="The stafettlogg is open.",
    open_add_person="Bring in another service",
    find_person="Find a colleague",
    search="Search",
    person="Person and the unit they take part for",
    add_person="Add to the case",
    open_invite="Invite to a meeting",
    kind="Kind of meeting",
    starts="Starts",
    place="Place",
    agenda="Agenda",
    invite="Save the invitation",
    invitation_saved="The invitation to the meeting is saved.",
    open_held="Register the meeting as held",
    took_part="Took part",
    guardians_took_part="Did the guardians take part?",
    child_took_part="Did the child or youth take part?",
    child_view="The child's view",
    discussed="What was discussed",
    agreed="What was agreed",
    register_held="Register as held",
    held="The meeting is registered as held.",
    open_offer="Offer the stafettholder role",
    offer_to="Offer the baton to",
    send_offer="Send the offer",
    waiting="Waiting for your answer",
    answer="Answer the offer",
    accept="Accept the baton",
    now_holder="You are now the stafettholder.",
)


@dataclass(frozen=True)
class Walk:
    """One walk: the language, the municipality, the window's width, and the new child
    (a different one each walk, so the walks may share one demo)."""

    words: Words
    slug: str
    width: int
    given_name: str
    family_name: str
    born: date
    girl: bool

    @property
    def name(self) -> str:
        return f"{self.words.lang}-{self.width}"

    @property
    def child(self) -> str:
        return f"{self.given_name} {self.family_name}"


def _nine_years_old(month: int, day: int) -> date:
    return date(utcnow().year - 9, month, day)


WALKS = [
    Walk(BOKMAL, "vestby", 1280, "Nora", "Fjellheim", _nine_years_old(3, 14), girl=True),
    Walk(BOKMAL, "vestby", 375, "Iver", "Lunde", _nine_years_old(5, 2), girl=False),
    Walk(NYNORSK, "jevnaker", 1280, "Sigrid", "Nystøl", _nine_years_old(8, 21), girl=True),
    # In English in Vestby, whose guide lets the stafettlogg be opened at level 0 as this
    # walk does (in Tromsø it belongs to nivå 2 and 3: test_tromso_steps_browser; Bærum's
    # method book has none).
    Walk(ENGLISH, "vestby", 1280, "Jonas", "Brekke", _nine_years_old(10, 9), girl=False),
]


class Pages:
    """axe on a page, and its screenshots named after the walk and numbered in the walk's
    order (``nb-375-06-foresatte``)."""

    def __init__(self, walk: Walk):
        self.prefix = walk.name
        self.count = 0

    def __call__(self, page: Page, name: str) -> None:
        self.count += 1
        check_page(page, f"{self.prefix}-{self.count:02d}-{name}")


def sign_in(page: Page, w: Words, username: str, *, axe: bool = True, check=None) -> None:
    page.goto("/logg-inn")
    if check:
        check(page, "logg-inn")
    elif axe:  # axe-core is JavaScript: not on a page without it
        check_page(page)
    page.get_by_label(w.username, exact=True).fill(username)
    page.get_by_label(w.password, exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name=w.sign_in, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(w.my_cases)
    page.wait_for_load_state("load")  # its style sheets, for a test that reads the layout


def choose_language(page: Page, w: Words) -> None:
    """The language menu at the top of every page (here in bokmål, the browser's language);
    the choice is remembered."""
    page.goto("/logg-inn")
    page.get_by_label(BOKMAL.language, exact=True).select_option(w.lang)
    page.get_by_role("button", name=BOKMAL.change_language).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(w.sign_in)
    expect(page.get_by_label(w.language, exact=True)).to_have_value(w.lang)


def open_action(section: Locator, name: str) -> Locator:
    """Open the action ``name`` in a section of the case page (a button that shows its
    form), unless it is open already; its form's part of the page."""
    summary = section.locator("details.bti-action > summary", has_text=name).first
    action = summary.locator("xpath=..")
    if action.get_attribute("open") is None:
        summary.click()
    return action


def choose_person(select: Locator, name: str) -> None:
    """Choose the first option that names the person (one who works in two units, as the
    health nurse does, is listed once under each, with the unit beside the name)."""
    select.select_option(value=select.locator("option", has_text=name).first.get_attribute("value"))


def flash(page: Page, text: str) -> None:
    expect(page.get_by_role("status").filter(has_text=text).first).to_be_visible()


def walk_the_readme(demo, new_page, walk: Walk) -> None:
    w, slug = walk.words, walk.slug
    nurse = _staff(demo, f"{slug}.helsesykepleier")
    check = Pages(walk)
    heights, case_page = {}, f"{slug}-{w.lang}"  # the names heights.measure() records

    # A teacher signs in and opens a concern about a child not yet registered.
    page = _window(new_page, walk)
    if w is not BOKMAL:
        choose_language(page, w)
    sign_in(page, w, f"{slug}.laerer", check=check)
    check(page, "mine-saker")
    page.get_by_role("navigation").get_by_role("link", name=w.new_concern).click()
    check(page, "ny-bekymring")
    page.get_by_label(w.no, exact=True).check()
    page.get_by_role("button", name=w.continue_).click()
    page.get_by_role("combobox", name=w.child, exact=True).select_option(label=w.not_in_list)
    page.get_by_label(w.given_name, exact=True).fill(walk.given_name)
    page.get_by_label(w.family_name, exact=True).fill(walk.family_name)
    page.get_by_label(w.birth_date, exact=True).fill(walk.born.isoformat())
    page.get_by_label(w.fodselsnummer, exact=True).fill(
        make_fodselsnummer(walk.born, female=walk.girl, rng=random.Random(walk.name))
    )
    page.get_by_label(w.concern).fill("Trekker seg unna i friminuttene og virker lei seg.")
    check(page, "bekymring")
    page.get_by_role("button", name=w.register_concern).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(walk.child)
    expect(page.locator("#summary")).to_contain_text(w.level_0)
    check(page, "ny-sak")
    case_url = page.url.split("#")[0]
    if walk.width > 375:  # measure() measures at both widths
        heights[f"{case_page}-new"] = measure(page, case_url, f"{case_page}-new")

    # The guardians: the mother and the father, who live together.
    for given, relation in (("Kari", w.mother), ("Per", w.father)):
        form = open_action(page.locator("#guardians"), w.open_add_guardian)
        form.get_by_label(w.name, exact=True).fill(f"{given} {walk.family_name}")
        form.get_by_label(w.relation, exact=True).fill(relation)
        form.get_by_label(w.parental_responsibility, exact=True).check()
        form.get_by_label(w.daily_care, exact=True).check()
        form.get_by_role("button", name=w.register_guardian).click()
        flash(page, w.guardian_registered)
    form = open_action(page.locator("#guardians"), w.open_custody)
    form.get_by_label(w.live_together, exact=True).check()
    form.get_by_role("button", name=w.save_custody).click()
    flash(page, w.custody_registered)
    check(page, "foresatte")

    # Consent from the guardians: school and health station; one of them signs.
    form = open_action(page.locator("#consent"), w.open_consent)
    for service in w.services:
        form.get_by_label(service, exact=True).check()
    form.get_by_label(w.valid_to, exact=True).fill(
        (utcnow() + timedelta(days=365)).date().isoformat()
    )
    # The loop below counts buttons on the page the click leads to, not on the one before it.
    with page.expect_navigation():
        form.get_by_role("button", name=w.register_consent).click()
    # Each required signature as it comes in, until the consent is given.
    for _ in range(4):
        consent = page.locator("#consent")
        if not consent.get_by_role("button", name=w.register_signature).count():
            break
        consent.get_by_role("radio").first.check()
        with page.expect_navigation():
            consent.get_by_role("button", name=w.register_signature).click()
    flash(page, w.consent_given)
    check(page, "samtykke")

    # The consent form to print, and the guide, are a link away.
    page.goto(f"{case_url}/utskrift/samtykke")
    check(page, "samtykkeskjema")
    page.goto(case_url)
    page.get_by_role("navigation").get_by_role("link", name=w.guide, exact=True).click()
    check(page, "veileder")
    page.goto(case_url)

    # The teacher opens the stafettlogg and brings in the health nurse, and invites to a
    # meeting. In Jevnaker one decision does both: going on at the individual level opens
    # the stafettlogg and agrees the next meeting, with everyone taking part invited — so
    # the nurse is brought in first.
    if walk.slug == "jevnaker":
        _add_person(page, w, nurse, check)
        form = open_action(page.locator("#decision"), w.open_decision)
        form.get_by_label(w.to_level_1, exact=True).check()
        form.get_by_label(w.rationale, exact=True).fill("Mål og tiltak")
        next_meeting = (utcnow() + timedelta(days=7)).strftime("%Y-%m-%d") + "T10:00"
        form.get_by_label(w.next_meeting_at, exact=True).fill(next_meeting)
        form.get_by_label(w.next_meeting_place, exact=True).fill("Møterom 2")
        form.get_by_role("button", name=w.save_decision).click()
        flash(page, w.log_opened_by_decision)
        check(page, "stafettlogg")
        check(page, "mote")
    else:
        page.locator("#stafettlogg").get_by_role("button", name=w.open_log).click()
        flash(page, w.log_opened)
        check(page, "stafettlogg")
        _add_person(page, w, nurse, check)
        form = open_action(page.locator("#meetings"), w.open_invite)
        starts = (utcnow() + timedelta(days=7)).strftime("%Y-%m-%d") + "T10:00"
        form.get_by_label(w.kind, exact=True).select_option(index=1)
        form.get_by_label(w.starts, exact=True).fill(starts)
        form.get_by_label(w.place, exact=True).fill("Møterom 2")
        form.get_by_label(w.agenda, exact=True).fill("Mål og tiltak")
        form.get_by_label(nurse.display_name).check()
        form.get_by_role("button", name=w.invite).click()
        flash(page, w.invitation_saved)
        check(page, "mote")

    # A week passes: the meeting has been held. (The test moves the meeting into the past.)
    _meeting_took_place(demo, slug)
    page.goto(case_url)
    form = open_action(page.locator("#meetings"), w.open_held)
    for group in form.locator("fieldset").all():
        took_part = group.get_by_label(w.took_part, exact=True)
        # The child, invited where the decision agreed the meeting, did not come: the
        # teacher brings the child's view.
        if not took_part.count():
            continue
        if walk.given_name in group.inner_text():
            group.get_by_label(w.did_not_take_part, exact=True).check()
        else:
            took_part.check()
    form.locator("fieldset", has_text=w.guardians_took_part).get_by_label(w.yes, exact=True).check()
    form.locator("fieldset", has_text=w.child_took_part).get_by_label(w.no, exact=True).check()
    form.get_by_label(w.child_view, exact=True).fill(
        "Vil gjerne ha noen å være sammen med i friminuttene (sa eleven til læreren)."
    )
    form.get_by_label(w.discussed, exact=True).fill("Trivsel i friminuttene.")
    form.get_by_label(w.agreed, exact=True).fill("Helsesykepleier har samtaler med eleven.")
    form.get_by_role("button", name=w.register_held).click()
    flash(page, w.held)
    check(page, "gjennomfort")

    # The teacher offers the baton to the nurse …
    form = open_action(page.locator("#people"), w.open_offer)
    form.get_by_label(w.offer_to).select_option(value=str(nurse.id))
    form.get_by_role("button", name=w.send_offer).click()
    check(page, "tilbudt")
    if walk.width > 375:
        heights[f"{case_page}-busy"] = measure(page, case_url, f"{case_page}-busy")

    # … who finds the offer on «Mine saker» and accepts it.
    other = _window(new_page, walk)
    if w is not BOKMAL:
        choose_language(other, w)
    sign_in(other, w, f"{slug}.helsesykepleier")
    waiting = other.get_by_role("region", name=w.waiting)
    check(other, "tilbud")
    waiting.get_by_role("listitem").filter(has_text=walk.child).get_by_role(
        "link", name=w.answer
    ).click()
    other.locator("#people").get_by_role("button", name=w.accept).click()
    flash(other, w.now_holder)
    check(other, "stafettholder")

    assert_fits(heights)


def _add_person(page: Page, w: Words, nurse: StaffUser, check) -> None:
    """The nurse works in another service: the teacher finds her by the start of her name
    (the page lists only the case's own unit without a search)."""
    form = open_action(page.locator("#people"), w.open_add_person)
    form.get_by_label(w.find_person, exact=True).fill(nurse.display_name.split()[0][:4])
    form.get_by_role("button", name=w.search, exact=True).click()
    form = open_action(page.locator("#people"), w.open_add_person)
    choose_person(form.get_by_label(w.person), nurse.display_name)
    form.get_by_role("button", name=w.add_person).click()
    expect(page.locator("#people").get_by_role("cell", name=nurse.display_name)).to_be_visible()
    check(page, "tjeneste")


def _window(new_page, walk: Walk) -> Page:
    """A laptop's window or a phone's, as the case page's heights are measured in."""
    return new_page(width=walk.width, height=dict(WINDOWS)[walk.width])


def _staff(demo, username: str) -> StaffUser:
    with demo.db.unscoped() as session:
        return session.exec(select(StaffUser).where(StaffUser.username == username)).one()


def _meeting_took_place(demo, slug: str) -> None:
    mid = demo.db.municipality_ids()[slug]
    with demo.db.transaction(mid) as session:
        meeting = session.exec(select(Meeting).order_by(Meeting.id.desc())).first()
        meeting.starts_at = utcnow() - timedelta(hours=1)
        session.add(meeting)


@pytest.mark.parametrize("walk", WALKS, ids=[walk.name for walk in WALKS])
def test_the_readme_walk_from_a_new_child_to_an_accepted_baton(demo, new_page, walk):
    walk_the_readme(demo, new_page, walk)
