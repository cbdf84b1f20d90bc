"""The guardians panel («Foresatte») on the case page: a child registered through «Ikke i
listen» gets guardians and a custody arrangement, and with them a consent that can be
signed; errors beside their fields with what was typed kept; audited; nothing for someone
without a part in the case; hidden while a report keeps the guardians out."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from html import unescape

import pytest
from sqlmodel import select

from bti import clock
from bti.demo.identity import make_fodselsnummer
from bti.models import AuditEvent, Case, Consent, ConsentStatus, Custody, Guardian, Subject
from bti.services import cases
from tests.support.web import case_path, csrf, followed, give_passwords, post, signed_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(make_world) -> World:
    """Kari teaches at Nordby skole in Vestby; Truls works elsewhere and has no part."""
    world = make_world("Vestby")
    world.employee("Kari", "Nordby skole")
    world.employee("Truls", "Sørby skole")
    give_passwords(world)
    return world


def new_child_case(world: World, client, *, age: int = 9) -> str:
    """Kari opens a case about Nora, a child not in the list, through the concern form."""
    path = "/vestby/ny-bekymring/skjema"
    data = {
        "csrf_token": csrf(client, path),
        "unit": str(world.units["Nordby skole"]),
        "subject": "ny",
        "given_name": "Nora",
        "family_name": "Nyhus",
        "birth_date": birth_date_for(age).isoformat(),
        "concern": "Virker lei seg og trekker seg unna de andre.",
        "seen_or_heard": "Sitter alene i friminuttene.",
        "child_said_or_did": "Sa at ingen vil leke.",
        "worried_for": "Tre uker",
        "earlier_concerns": "Nei",
        "concern_arose_on": (date.today() - timedelta(days=3)).isoformat(),
    }
    assert client.post(path, data=data).status_code == 302
    with world.scoped() as session:
        world.case_id = session.exec(select(Case.id)).one()
    return world.case_id


@pytest.fixture
def kari(world):
    client = signed_in(world)
    new_child_case(world, client)
    return client


def panel(body: str, name: str = "guardians") -> str:
    return re.search(rf'<section [^>]*data-panel="{name}".*?</section>', body, re.S).group(0)


def text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def page(client, world) -> str:
    return client.get(case_path(world)).get_data(as_text=True)


def guardian_data(name: str, relation: str, *, key: str = "guardians-add", **more) -> dict:
    data = {f"{key}-name": name, f"{key}-relation": relation, f"{key}-parental_responsibility": "y"}
    data.update({f"{key}-{field}": value for field, value in more.items()})
    return data


def add(client, world, name: str, relation: str, *, token: bool = True, **more):
    return post(client, world, "/foresatte", guardian_data(name, relation, **more), token=token)


def registered(world: World) -> list[Guardian]:
    with world.scoped() as session:
        return list(session.exec(select(Guardian).order_by(Guardian.id)))


def custody_of(world: World):
    with world.scoped() as session:
        return session.exec(select(Subject.custody)).one()


def error_beside(html: str, field_id: str) -> str:
    found = re.search(rf'id="{field_id}-error"[^>]*>([^<]+)<', html)
    assert found, f"no message beside {field_id}"
    assert f'href="#{field_id}"' in html or f'href="#{field_id}-0"' in html
    return unescape(found.group(1))


# -- from «Ikke i listen» to a valid consent, through the pages --------------------------------


def test_a_new_child_gets_guardians_custody_and_a_signed_consent_through_the_page(world, kari):
    body = page(kari, world)
    assert "Ingen foresatte er registrert." in text(panel(body))
    assert "Omsorgsordningen er ikke registrert" not in text(panel(body))  # nobody named yet
    assert "Ingen registrerte kan skrive under" in text(panel(body, "consent"))

    number = make_fodselsnummer(birth_date_for(40), female=True, rng=random.Random(7))
    body = followed(
        kari,
        add(
            kari,
            world,
            "Lise Nyhus",
            "mor",
            daily_care="y",
            phone="912 34 567",
            fodselsnummer=number,
        ),
        "#guardians",
    )
    assert "Den foresatte er registrert." in body
    assert "Omsorgsordningen er ikke registrert" in text(panel(body))
    followed(kari, add(kari, world, "Per Nyhus", "far", daily_care="y"), "#guardians")
    body = followed(
        kari,
        post(kari, world, "/foresatte/omsorg", {"guardians-custody-custody": "delt_omsorg"}),
        "#guardians",
    )
    assert "Omsorgsordningen er registrert." in body
    shown = text(panel(body))
    assert "Foreldrene bor hver for seg og har delt daglig omsorg." in shown
    assert "Lise Nyhus (mor)" in shown and "Per Nyhus (far)" in shown
    assert 'href="tel:91234567"' in panel(body)
    assert custody_of(world) == Custody.DELT_OMSORG
    lise, per = registered(world)
    assert lise.fodselsnummer == number and per.fodselsnummer is None

    # The consent panel reads them at once: both must sign.
    assert "Lise Nyhus (foresatt) og Per Nyhus (foresatt)" in text(panel(body, "consent"))
    today = clock.today(world.kommune)
    consent_form = {
        "consent-register-services": ["skole", "ppt"],
        "consent-register-valid_from": today.isoformat(),
        "consent-register-valid_to": (today + timedelta(days=365)).isoformat(),
    }
    body = followed(kari, post(kari, world, "/samtykke", consent_form), "#consent")
    with world.scoped() as session:
        consent = session.exec(select(Consent)).one()
    signing = panel(body, "consent")
    for guardian in (lise, per):
        assert re.search(rf'type="radio"[^>]*value="{guardian.id}"', signing)
    for guardian in (lise, per):
        response = post(
            kari,
            world,
            f"/samtykke/{consent.id}/signatur",
            {
                f"consent-sign-{consent.id}-signer": str(guardian.id),
                f"consent-sign-{consent.id}-signed_on": today.isoformat(),
            },
        )
        body = followed(kari, response, "#consent")
    assert "Samtykket er gitt" in body or "samtykket er gitt" in body
    with world.scoped() as session:
        assert session.get(Consent, consent.id).status == ConsentStatus.GIVEN


# -- errors beside their fields -----------------------------------------------------------------


def test_a_wrong_fodselsnummer_is_refused_beside_the_field_keeping_what_was_typed(world, kari):
    response = add(kari, world, "Lise Nyhus", "mor", fodselsnummer="12345678901", phone="9123")
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert error_beside(body, "guardians-add-fodselsnummer").startswith(
        "Fødselsnummeret er ikke gyldig"
    )
    section = panel(body)
    assert 'value="Lise Nyhus"' in section and 'value="12345678901"' in section
    assert 'value="mor"' in section and 'value="9123"' in section
    # The form that failed is open; the others wait to be asked for.
    assert re.search(
        r'<details class="bti-action" open>\s*<summary[^>]*>Legg til en foresatt', section
    )
    assert re.search(
        r'<details class="bti-action">\s*<summary[^>]*>Registrer omsorgsordningen', section
    )
    assert registered(world) == []


def test_a_failed_correction_opens_that_form_again_with_what_was_typed(world, kari):
    followed(kari, add(kari, world, "Lise Nyhus", "mor", daily_care="y"))
    [lise] = registered(world)
    key = f"guardians-correct-{lise.id}"
    data = guardian_data("Lise Nyhuus", "mor", key=key, fodselsnummer="01010112345")
    response = post(kari, world, f"/foresatte/{lise.id}", data)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert error_beside(body, f"{key}-fodselsnummer").startswith("Fødselsnummeret er ikke gyldig")
    section = panel(body)
    assert re.search(r'<details class="bti-action" open>\s*<summary[^>]*>Rett opp', section)
    assert 'value="Lise Nyhuus"' in section and 'value="01010112345"' in section
    assert [g.name for g in registered(world)] == ["Lise Nyhus"]


def test_a_guardian_needs_a_name(world, kari):
    response = add(kari, world, "  ", "mor")
    assert response.status_code == 400
    assert error_beside(response.get_data(as_text=True), "guardians-add-name") == (
        "Skriv navnet til den foresatte."
    )
    assert registered(world) == []


def test_an_arrangement_the_guardians_do_not_fit_is_refused_beside_the_choice(world, kari):
    followed(kari, add(kari, world, "Lise Nyhus", "mor", daily_care="y"))
    response = post(kari, world, "/foresatte/omsorg", {"guardians-custody-custody": "delt_omsorg"})
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert error_beside(body, "guardians-custody-custody").startswith("Delt daglig omsorg:")
    assert re.search(
        r'type="radio"[^>]*value="delt_omsorg"[^>]*checked|checked[^>]*value="delt_omsorg"', body
    )
    assert custody_of(world) is None


def test_correcting_a_guardian_so_the_arrangement_no_longer_fits_clears_it_and_says_so(world, kari):
    for name in ("Lise Nyhus", "Per Nyhus"):
        followed(kari, add(kari, world, name, "mor", daily_care="y"))
    followed(kari, post(kari, world, "/foresatte/omsorg", {"guardians-custody-custody": "sammen"}))
    _lise, per = registered(world)
    key = f"guardians-correct-{per.id}"
    data = guardian_data("Per Nyhus", "far", key=key)
    data.pop(f"{key}-parental_responsibility")  # Per has no parental responsibility after all
    body = followed(kari, post(kari, world, f"/foresatte/{per.id}", data), "#guardians")
    assert "Det som er registrert om den foresatte, er rettet." in body
    assert "De foresatte stemmer ikke lenger med omsorgsordningen" in body
    assert custody_of(world) is None
    assert [(g.relation, g.parental_responsibility, g.daily_care) for g in registered(world)] == [
        ("mor", True, True),
        ("far", False, False),
    ]


# -- removing one registered by mistake -------------------------------------------------------


def test_a_guardian_registered_by_mistake_is_removed_but_not_one_who_has_signed(world, kari):
    followed(kari, add(kari, world, "Lise Nyhus", "mor", daily_care="y"))
    followed(kari, add(kari, world, "Lise Nyhuus", "mor", daily_care="y"))
    lise, mistake = registered(world)
    body = followed(kari, post(kari, world, f"/foresatte/{mistake.id}/fjern", {}), "#guardians")
    assert "Den foresatte er fjernet." in body
    assert [g.id for g in registered(world)] == [lise.id]
    followed(kari, post(kari, world, "/foresatte/omsorg", {"guardians-custody-custody": "ene"}))

    world.guardians["Lise"] = lise.id
    world.give_consent("Kari", ["ppt"], signers=("Lise",))
    assert f"/foresatte/{lise.id}/fjern" not in page(kari, world)
    response = post(kari, world, f"/foresatte/{lise.id}/fjern", {})
    assert response.status_code == 400
    assert "har skrevet under på et samtykke eller vært med i et møte, så saken nevner" in text(
        panel(response.get_data(as_text=True))
    )
    assert [g.id for g in registered(world)] == [lise.id]


# -- who may -----------------------------------------------------------------------------------


def test_someone_without_a_part_in_the_case_gets_404_and_nothing_is_written(world, kari):
    truls = signed_in(world, "truls")
    assert truls.get(case_path(world)).status_code == 404
    response = truls.post(
        f"{case_path(world)}/foresatte",
        data={**guardian_data("Lise Nyhus", "mor"), "csrf_token": csrf(truls, "/")},
    )
    assert response.status_code == 404
    assert registered(world) == []


def test_a_post_without_the_form_token_is_refused(world, kari):
    assert add(kari, world, "Lise Nyhus", "mor", token=False).status_code == 400
    assert registered(world) == []


def test_a_closed_case_refuses_changes(world, kari):
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.status = "closed"
        session.add(case)
    body = page(kari, world)
    assert "/foresatte" not in panel(body)  # no forms
    response = add(kari, world, "Lise Nyhus", "mor")
    assert response.status_code == 400
    assert "Saken er avsluttet" in text(response.get_data(as_text=True))
    assert registered(world) == []


def test_each_change_is_audited_once_without_personal_data(world, kari):
    followed(kari, add(kari, world, "Lise Nyhus", "mor", daily_care="y", phone="912 34 567"))
    with world.scoped() as session:
        events = list(
            session.exec(
                select(AuditEvent).where(
                    AuditEvent.case_ref == world.case_id, AuditEvent.action.like("guardians.%")
                )
            )
        )
    [lise] = registered(world)
    # One POST, one access check, one event; nothing about Lise in it.
    assert [(e.action, e.outcome, e.detail) for e in events] == [("guardians.add", "allowed", "")]
    assert lise.name == "Lise Nyhus"


# -- kept out after a report ------------------------------------------------------------------


def test_after_a_report_keeping_them_out_the_panel_shows_only_the_notice(world, kari):
    followed(kari, add(kari, world, "Lise Nyhus", "mor", daily_care="y"))
    world.act_ok("Kari", cases.report_to_barnevern, case_id=world.case_id, recipient="Mottak")
    section = panel(page(kari, world))
    assert "Saken er meldt til barnevernet: de foresatte skal ikke involveres." in text(section)
    assert "Lise" not in section and "<form" not in section and "bti-action" not in section
    response = add(kari, world, "Per Nyhus", "far")
    assert response.status_code == 400
    assert "ingenting om dem kan registreres her" in text(response.get_data(as_text=True))
    assert "Per Nyhus" not in response.get_data(as_text=True)
    assert [g.name for g in registered(world)] == ["Lise Nyhus"]


# -- the youth's own contact details ----------------------------------------------------------


def test_a_youth_has_own_contact_details_a_young_child_not(world):
    client = signed_in(world)
    new_child_case(world, client, age=15)
    assert "Ungdommens egne kontaktopplysninger" in text(panel(page(client, world)))
    response = post(
        client,
        world,
        "/foresatte/kontakt",
        {"guardians-contact-phone": "987 65 432", "guardians-contact-email": "nora@"},
    )
    assert response.status_code == 400
    assert error_beside(response.get_data(as_text=True), "guardians-contact-email") == (
        "Skriv e-postadressen som navn@eksempel.no."
    )
    response = post(
        client,
        world,
        "/foresatte/kontakt",
        {"guardians-contact-phone": "987 65 432", "guardians-contact-email": "nora@example.no"},
    )
    followed(client, response, "#guardians")
    with world.scoped() as session:
        nora = session.exec(select(Subject)).one()
    assert (nora.phone, nora.email) == ("987 65 432", "nora@example.no")


def test_a_child_of_nine_has_no_contact_details_of_its_own(world, kari):
    assert "kontaktopplysninger" not in text(panel(page(kari, world)))


def test_consent_signers_follow_the_guardians_at_once(world, kari):
    """The consent panel reads the guardians fresh: adding one changes who must sign."""
    followed(kari, add(kari, world, "Lise Nyhus", "mor", daily_care="y"))
    assert "Lise Nyhus (foresatt)" in text(panel(page(kari, world), "consent"))
