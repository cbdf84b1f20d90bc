"""The consent panel on the case page: register a consent, register the signatures until it
is given, register a refusal, withdraw it — in bokmål, with errors beside their fields,
audited, and nothing for someone who has no part in the case."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import (
    AuditEvent,
    Case,
    CaseParticipant,
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Custody,
)
from bti.services import consents, participants
from tests.support.web import case_path, csrf, followed, post, signed_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case(
        "Vestby",
        colleagues=[("Petter", "Vestby PPT")],
        guardians=("Per", "Lise"),
        custody=Custody.DELT_OMSORG,
    )


def today(world: World):
    return clock.today(world.kommune)


def panel(body: str) -> str:
    """The consent panel's own section of the page."""
    return re.search(r'<section [^>]*data-panel="consent".*?</section>', body, re.S).group(0)


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def checked(body: str, name: str, value: str | None = None) -> bool:
    """Whether the check box or radio button ``name`` (with ``value``) is ticked."""
    for tag in re.findall(r"<input[^>]*>", body):
        if f'name="{name}"' in tag and (value is None or f'value="{value}"' in tag):
            return re.search(r"\schecked[\s>=]", tag) is not None
    raise AssertionError(f"no input {name}={value}")


def consent_rows(world: World) -> list[Consent]:
    with world.scoped() as session:
        return list(session.exec(select(Consent)))


def audit_actions(world: World, outcome: str = "allowed") -> set[str]:
    with world.scoped() as session:
        return {
            e.action
            for e in session.exec(
                select(AuditEvent).where(
                    AuditEvent.case_ref == world.case_id, AuditEvent.outcome == outcome
                )
            )
        }


def registered(world: World, services=("skole", "ppt"), valid_from=None, **kwargs) -> int:
    consent = world.act_ok(
        "Kari",
        consents.register,
        case_id=world.case_id,
        services=list(services),
        valid_from=valid_from or today(world),
        valid_to=today(world) + timedelta(days=365),
        **kwargs,
    )
    return consent.id


def given(world: World, **kwargs) -> int:
    consent_id = registered(world, **kwargs)
    for parent in ("Per", "Lise"):
        world.act_ok(
            "Kari",
            consents.sign,
            consent_id=consent_id,
            signer=world.guardians[parent],
            signed_on=today(world),
        )
    return consent_id


def register_data(world: World, **overrides) -> dict:
    data = {
        "consent-register-services": ["skole", "ppt"],
        "consent-register-valid_from": today(world).isoformat(),
        "consent-register-valid_to": (today(world) + timedelta(days=365)).isoformat(),
        "consent-register-scope": "Samarbeid mellom skolen og PPT om lesing",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


# -- what the page shows -----------------------------------------------------------------------


def follow(client, response) -> str:
    """The page after a successful action in this panel."""
    return followed(client, response, "#consent")


def test_before_the_form_the_page_says_both_parents_must_sign_when_they_share_daily_care(world):
    body = panel(signed_in(world).get(case_path(world)).get_data(as_text=True))
    shown = text(body)
    assert "Ingen samtykke er i kraft i dag" in shown
    assert "Ingen samtykke er registrert i saken." in shown
    assert "Underskrift kreves fra: Per (foresatt) og Lise (foresatt)" in shown
    assert "Foreldrene har delt daglig omsorg: begge må skrive under." in shown
    # one check box per service, labelled in Norwegian
    assert re.search(r'type="checkbox"[^>]*value="ppt"', body)
    assert "pedagogisk-psykologisk tjeneste (PPT)" in body and "helsestasjon" in body


def test_when_the_parents_live_together_one_of_them_is_enough(world):
    world.set_custody("Ola", Custody.SAMMEN)
    shown = text(panel(signed_in(world).get(case_path(world)).get_data(as_text=True)))
    assert "Underskrift kreves fra: Én av disse er nok: Per (foresatt) Lise (foresatt)" in shown


# -- register ---------------------------------------------------------------------------------


def test_registering_a_consent_lists_it_as_awaiting_signatures(world):
    client = signed_in(world)
    body = follow(client, post(client, world, "/samtykke", register_data(world)))
    assert "Samtykket er registrert." in body
    shown = text(panel(body))
    assert "Venter på underskrifter" in shown
    assert "Nei, ikke i kraft i dag." in shown
    assert "skole, pedagogisk-psykologisk tjeneste (PPT)" in shown
    assert "Inneholder ikke helseopplysninger" in shown
    assert "Samarbeid mellom skolen og PPT om lesing" in shown
    assert "Mangler underskrift fra Per (foresatt) og Lise (foresatt)" in shown
    [consent] = consent_rows(world)
    assert consent.status == ConsentStatus.DRAFT
    with world.scoped() as session:
        services = {s.service for s in session.exec(select(ConsentService))}
    assert services == {"skole", "ppt"}
    assert "consent.register" in audit_actions(world)


def test_a_consent_without_services_is_refused_beside_the_field_keeping_what_was_typed(world):
    client = signed_in(world)
    response = post(
        client,
        world,
        "/samtykke",
        register_data(world, **{"consent-register-services": None}),
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        r'id="consent-register-services-error">Velg tjenestene samtykket gjelder\.</p>', body
    )
    assert 'href="#consent-register-services"' in body  # the page's error summary links to it
    assert "Samarbeid mellom skolen og PPT om lesing</textarea>" in body
    assert f'value="{(today(world) + timedelta(days=365)).isoformat()}"' in body
    assert consent_rows(world) == []


def test_a_consent_that_ends_before_it_starts_is_refused_beside_the_end_date(world):
    client = signed_in(world)
    start = today(world) + timedelta(days=10)
    end = today(world) + timedelta(days=5)
    response = post(
        client,
        world,
        "/samtykke",
        register_data(
            world,
            **{
                "consent-register-valid_from": start.isoformat(),
                "consent-register-valid_to": end.isoformat(),
                "consent-register-includes_health_information": "y",
            },
        ),
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        r'id="consent-register-valid_to-error">Samtykket kan ikke slutte før det begynner\.',
        body,
    )
    assert checked(body, "consent-register-services", "ppt")
    assert not checked(body, "consent-register-services", "nav")
    assert checked(body, "consent-register-includes_health_information")
    assert f'value="{start.isoformat()}"' in body and f'value="{end.isoformat()}"' in body
    assert consent_rows(world) == []


# -- sign -------------------------------------------------------------------------------------


def test_shared_custody_needs_both_parents_before_the_consent_is_given(world):
    consent_id = registered(world, valid_from=today(world) - timedelta(days=2))
    client = signed_in(world)
    key = f"consent-sign-{consent_id}"
    page = client.get(case_path(world)).get_data(as_text=True)
    offered = re.findall(rf'name="{key}-signer"[^>]*value="([^"]+)"', page)
    assert offered == [str(world.guardians["Per"]), str(world.guardians["Lise"])]

    first = today(world) - timedelta(days=2)
    body = follow(
        client,
        post(
            client,
            world,
            f"/samtykke/{consent_id}/signatur",
            {f"{key}-signer": str(world.guardians["Per"]), f"{key}-signed_on": first.isoformat()},
        ),
    )
    assert "Underskriften er registrert." in body
    assert "Alle nødvendige underskrifter" not in body
    shown = text(panel(body))
    assert "Venter på underskrifter" in shown
    assert "Per (foresatt)" in shown and "Mangler underskrift fra Lise (foresatt)" in shown
    # only Lise is left to choose now
    offered = re.findall(rf'name="{key}-signer"[^>]*value="([^"]+)"', body)
    assert offered == [str(world.guardians["Lise"])]

    body = follow(
        client,
        post(
            client,
            world,
            f"/samtykke/{consent_id}/signatur",
            {f"{key}-signer": str(world.guardians["Lise"]), f"{key}-signed_on": today(world)},
        ),
    )
    assert "Alle nødvendige underskrifter er på plass: samtykket er gitt." in body
    shown = text(panel(body))
    assert "Et samtykke er i kraft i dag." in shown
    assert "Ja, i kraft i dag." in shown
    assert "Ingen: alle nødvendige underskrifter er på plass." in shown
    assert f'name="{key}-signer"' not in body  # nothing left to sign
    assert consent_rows(world)[0].status == ConsentStatus.GIVEN
    assert "consent.sign" in audit_actions(world)


def test_a_signature_dated_years_before_the_consent_is_refused_beside_the_date(world):
    consent_id = registered(world)
    client = signed_in(world)
    key = f"consent-sign-{consent_id}"
    typed = (today(world) - timedelta(days=3 * 365)).isoformat()
    response = post(
        client,
        world,
        f"/samtykke/{consent_id}/signatur",
        {f"{key}-signer": str(world.guardians["Lise"]), f"{key}-signed_on": typed},
    )
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    found = re.search(rf'id="{key}-signed_on-error">([^<]+)<', body)
    assert found and "innenfor samtykkets egne datoer" in found.group(1)
    assert f'value="{typed}"' in body  # what was typed is kept
    assert consent_rows(world)[0].status == ConsentStatus.DRAFT
    with world.scoped() as session:
        assert list(session.exec(select(ConsentSignature))) == []


def test_a_consent_registered_today_for_next_month_can_be_signed_today(world):
    consent_id = registered(world, valid_from=today(world) + timedelta(days=30))
    client = signed_in(world)
    key = f"consent-sign-{consent_id}"
    body = follow(
        client,
        post(
            client,
            world,
            f"/samtykke/{consent_id}/signatur",
            {f"{key}-signer": str(world.guardians["Lise"]), f"{key}-signed_on": today(world)},
        ),
    )
    assert "Underskriften er registrert." in body


def test_a_signature_in_the_future_is_refused_beside_the_date_and_nothing_is_written(world):
    consent_id = registered(world)
    client = signed_in(world)
    key = f"consent-sign-{consent_id}"
    tomorrow = (today(world) + timedelta(days=1)).isoformat()
    response = post(
        client,
        world,
        f"/samtykke/{consent_id}/signatur",
        {f"{key}-signer": str(world.guardians["Lise"]), f"{key}-signed_on": tomorrow},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        rf'id="{key}-signed_on-error">Underskriften kan ikke dateres fram i tid\.', body
    )
    assert f'value="{tomorrow}"' in body
    assert checked(body, f"{key}-signer", str(world.guardians["Lise"]))
    assert not checked(body, f"{key}-signer", str(world.guardians["Per"]))
    with world.scoped() as session:
        assert list(session.exec(select(ConsentSignature))) == []


def test_a_signature_without_a_signer_is_shown_beside_the_choice(world):
    consent_id = registered(world)
    client = signed_in(world)
    key = f"consent-sign-{consent_id}"
    response = post(
        client,
        world,
        f"/samtykke/{consent_id}/signatur",
        {f"{key}-signed_on": today(world).isoformat()},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(rf'id="{key}-signer-error">Velg hvem som skrev under\.', body)
    with world.scoped() as session:
        assert list(session.exec(select(ConsentSignature))) == []


# -- refuse -----------------------------------------------------------------------------------


def test_a_refusal_is_kept_as_a_record_with_its_note(world):
    consent_id = registered(world)
    client = signed_in(world)
    key = f"consent-refuse-{consent_id}"
    body = follow(
        client,
        post(
            client,
            world,
            f"/samtykke/{consent_id}/avslag",
            {f"{key}-note": "Foreldrene vil vente til etter jul"},
        ),
    )
    assert "Avslaget er registrert." in body
    shown = text(panel(body))
    assert "Avslått" in shown and "Foreldrene vil vente til etter jul" in shown
    assert f'name="consent-sign-{consent_id}-signer"' not in body
    assert consent_rows(world)[0].status == ConsentStatus.REFUSED
    assert "consent.refuse" in audit_actions(world)


# -- withdraw ---------------------------------------------------------------------------------


def test_withdrawing_a_consent_stops_sharing_with_the_services_it_covered(world):
    consent_id = given(world)
    world.act_ok(
        "Kari",
        participants.add,
        case_id=world.case_id,
        user_id=world.staff["Petter"],
        unit_id=world.units["Vestby PPT"],
    )
    client = signed_in(world)
    key = f"consent-withdraw-{consent_id}"
    before = text(panel(client.get(case_path(world)).get_data(as_text=True)))
    assert "Ja, i kraft i dag." in before
    assert "Trekk tilbake dette samtykket" in before

    body = follow(
        client,
        post(
            client,
            world,
            f"/samtykke/{consent_id}/tilbaketrekking",
            {f"{key}-note": "Mor ringte"},
        ),
    )
    assert "Samtykket er trukket tilbake." in body
    assert "Petter (Vestby PPT, pedagogisk-psykologisk tjeneste (PPT))" in body
    shown = text(panel(body))
    assert "Trukket tilbake" in shown and "Mor ringte" in shown
    assert "Ja, i kraft i dag." not in shown
    assert "Ingen samtykke er i kraft i dag" in shown
    assert "Trekk tilbake dette samtykket" not in shown
    with world.scoped() as session:
        part = session.exec(
            select(CaseParticipant).where(CaseParticipant.user_id == world.staff["Petter"])
        ).one()
    assert part.own_part_closed_at is not None
    assert {"consent.withdraw", "case.sharing_stopped"} <= audit_actions(world)


# -- who may ----------------------------------------------------------------------------------


def test_every_consent_form_needs_its_form_token(world):
    consent_id = registered(world)
    client = signed_in(world)
    for path in (
        "/samtykke",
        f"/samtykke/{consent_id}/signatur",
        f"/samtykke/{consent_id}/avslag",
        f"/samtykke/{consent_id}/tilbaketrekking",
    ):
        data = register_data(world) if path == "/samtykke" else {}
        if path.endswith("signatur"):
            data = {
                f"consent-sign-{consent_id}-signer": str(world.guardians["Per"]),
                f"consent-sign-{consent_id}-signed_on": today(world).isoformat(),
            }
        assert post(client, world, path, data, token=False).status_code == 400, path
    assert len(consent_rows(world)) == 1
    assert consent_rows(world)[0].status == ConsentStatus.DRAFT
    with world.scoped() as session:
        assert list(session.exec(select(ConsentSignature))) == []


def test_someone_without_a_part_in_the_case_gets_404_and_the_attempt_is_audited(world):
    consent_id = registered(world)
    client = signed_in(world, "truls")
    token = csrf(client, "/vestby/saker")
    for path, data in (
        ("/samtykke", register_data(world)),
        (
            f"/samtykke/{consent_id}/signatur",
            {
                f"consent-sign-{consent_id}-signer": str(world.guardians["Per"]),
                f"consent-sign-{consent_id}-signed_on": today(world).isoformat(),
            },
        ),
        (f"/samtykke/{consent_id}/avslag", {}),
        (f"/samtykke/{consent_id}/tilbaketrekking", {}),
    ):
        response = client.post(f"{case_path(world)}{path}", data={**data, "csrf_token": token})
        assert response.status_code == 404, path
    assert len(consent_rows(world)) == 1
    assert consent_rows(world)[0].status == ConsentStatus.DRAFT
    assert {"consent.register", "consent.sign", "consent.refuse", "consent.withdraw"} <= (
        audit_actions(world, "denied")
    )


def test_a_consent_from_another_case_is_not_found_through_this_one(world):
    consent_id = registered(world)
    world.child("Mia", birth_date=birth_date_for(8))
    world.open_case("Kari", "Mia")  # world.case_id is now Mia's case
    client = signed_in(world)
    response = post(client, world, f"/samtykke/{consent_id}/avslag", {})
    assert response.status_code == 404
    with world.scoped() as session:
        assert session.get(Consent, consent_id).status == ConsentStatus.DRAFT


# -- when the guardians must not be involved --------------------------------------------------


def test_after_a_report_to_barnevern_no_guardian_is_asked_to_sign_or_refuse(world):
    consent_id = registered(world)
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.reported_to_barnevern_at = clock.now()
        case.guardians_kept_out = True  # as a report does
        session.add(case)
    body = signed_in(world).get(case_path(world)).get_data(as_text=True)
    shown = text(panel(body))
    assert "Saken er meldt til barnevernet" in shown
    assert f'name="consent-sign-{consent_id}-signer"' not in body
    assert f"/samtykke/{consent_id}/avslag" not in body
    assert 'name="consent-register-services"' not in body  # a 9-year-old cannot sign alone


def test_after_a_report_to_barnevern_a_youth_can_still_sign_for_themself(world):
    world.child("Siri", birth_date=birth_date_for(16))
    world.set_custody("Siri", Custody.DELT_OMSORG)
    world.guardian("Mor", "Siri")
    world.open_case("Kari", "Siri")
    consent_id = registered(world)
    client = signed_in(world)
    key = f"consent-sign-{consent_id}"
    before = client.get(case_path(world)).get_data(as_text=True)
    assert "Siri Testesen (ungdommen selv) og Mor (foresatt)" in text(panel(before))
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.reported_to_barnevern_at = clock.now()
        case.guardians_kept_out = True  # as a report does
        session.add(case)
    body = client.get(case_path(world)).get_data(as_text=True)
    assert re.findall(rf'name="{key}-signer"[^>]*value="([^"]+)"', body) == ["subject"]
    body = follow(
        client,
        post(
            client,
            world,
            f"/samtykke/{consent_id}/signatur",
            {f"{key}-signer": "subject", f"{key}-signed_on": today(world).isoformat()},
        ),
    )
    shown = text(panel(body))
    assert "Siri Testesen (ungdommen selv), " in shown
    assert "Mangler underskrift fra Mor (foresatt)" in shown
