"""The people panel on the case page: who takes part, bringing in another service (only under
a consent that names it), closing one's own part, and handing over the baton — which passes
only when the receiver accepts."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import (
    AuditEvent,
    Case,
    CaseParticipant,
    HandOver,
    HandOverStatus,
    StafettloggEntry,
)
from bti.services import barnevern_help, handover, participants, stafettlogg
from tests.support.web import case_path, followed, post, signed_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case(
        "Vestby",
        colleagues=[
            ("Liv", "Nordby skole"),
            ("Hege", "Nordby helsestasjon"),
            ("Bjørn", "Vestby barnevernstjeneste"),
        ],
        guardians=("Per", "Lise"),
    )


def people_section(body: str) -> str:
    match = re.search(r'<section [^>]*data-panel="people".*?</section>', body, re.S)
    assert match, "the page has no people panel"
    return match.group(0)


def open_stafettlogg(world: World) -> None:
    world.act_ok(
        "Kari",
        stafettlogg.open_stafettlogg,
        case_id=world.case_id,
        holder_id=world.staff["Kari"],
    )


def taking_part(world: World) -> set[int]:
    with world.scoped() as session:
        return {p.user_id for p in participants.active(session, world.case_id)}


def the_case(world: World) -> Case:
    with world.scoped() as session:
        return session.get(Case, world.case_id)


def offers(world: World) -> list[HandOver]:
    return world.in_case(HandOver)


def audited(world: World, action: str, outcome: str = "allowed") -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(AuditEvent).where(
                    AuditEvent.action == action,
                    AuditEvent.case_ref == world.case_id,
                    AuditEvent.outcome == outcome,
                )
            )
        )


def person(world: World, name: str, unit: str) -> str:
    return f"{world.staff[name]}:{world.units[unit]}"


# ---------------------------------------------------------------------------------------------
# Who takes part
# ---------------------------------------------------------------------------------------------


def test_the_panel_lists_who_takes_part_and_who_opened_the_case(world):
    section = people_section(signed_in(world, "kari").get(case_path(world)).get_data(as_text=True))
    assert '<h2 id="people-heading">Deltakere</h2>' in section
    assert "Kari åpnet saken." in section
    assert (
        re.search(r"<td[^>]*>Kari</td>", section)
        and "Nordby skole<" in section
        and "(skole)" not in section
    )
    assert "Åpnet saken" in section
    # No stafettlogg yet: nobody holds the baton, and there is nothing to hand over.
    assert "Ingen stafettholder ennå." in section
    assert "Tilby stafettholderrollen" not in section


def test_the_stafettholder_is_marked(world):
    open_stafettlogg(world)
    section = people_section(signed_in(world, "kari").get(case_path(world)).get_data(as_text=True))
    assert "Stafettholder er Kari." in section
    assert re.search(r"<td[^>]*>Kari</td>.*?Stafettholder</strong>", section, re.S)
    assert "Ingen stafettholder ennå." not in section


def test_the_choice_of_people_offers_the_case_unit_and_leaves_out_those_taking_part(world):
    """Others are found by a search: tests/web/test_case_people_search.py."""
    section = people_section(signed_in(world, "kari").get(case_path(world)).get_data(as_text=True))
    assert f'value="{person(world, "Liv", "Nordby skole")}"' in section
    assert f'value="{person(world, "Kari", "Nordby skole")}"' not in section  # takes part
    assert f'value="{person(world, "Hege", "Nordby helsestasjon")}"' not in section


# ---------------------------------------------------------------------------------------------
# Bringing in another service
# ---------------------------------------------------------------------------------------------


def test_a_colleague_from_the_cases_own_unit_is_added_without_consent(world):
    client = signed_in(world, "kari")
    response = post(
        client, world, "/deltakere", {"people-add-person": person(world, "Liv", "Nordby skole")}
    )
    section = people_section(followed(client, response))
    assert re.search(r"<td[^>]*>Liv</td>", section)
    assert world.staff["Liv"] in taking_part(world)
    assert audited(world, "case.participant_added")


def test_the_added_person_is_told_on_the_page(world):
    client = signed_in(world, "kari")
    response = post(
        client, world, "/deltakere", {"people-add-person": person(world, "Liv", "Nordby skole")}
    )
    assert "Personen er nå med i saken." in followed(client, response)


def test_another_service_without_consent_is_refused_at_the_top_of_the_form(world):
    client = signed_in(world, "kari")
    chosen = person(world, "Hege", "Nordby helsestasjon")
    response = post(client, world, "/deltakere", {"people-add-person": chosen})
    assert response.status_code == 400
    section = people_section(response.get_data(as_text=True))
    refusal = re.search(
        r'<div class="ds-alert" data-color="danger"[^>]*>(.*?)</div>', section, re.S
    )
    assert refusal and "Det finnes ikke noe gyldig samtykke som omfatter helsestasjon" in (
        refusal.group(1)
    )
    assert re.search(rf'<option selected value="{chosen}"|value="{chosen}" selected', section)
    assert world.staff["Hege"] not in taking_part(world)
    assert audited(world, "case.refused", "denied")


def test_another_service_named_in_a_valid_consent_is_added(world):
    world.give_consent("Kari", ["helsestasjon"], signers=("Per", "Lise"))
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/deltakere",
        {"people-add-person": person(world, "Hege", "Nordby helsestasjon")},
    )
    section = people_section(followed(client, response))
    assert re.search(r"<td[^>]*>Hege</td>", section)
    assert "Nordby helsestasjon<" in section
    assert world.staff["Hege"] in taking_part(world)


def test_adding_without_choosing_a_person_is_shown_beside_the_field(world):
    client = signed_in(world, "kari")
    response = post(client, world, "/deltakere", {"people-add-person": ""})
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        r'id="people-add-person-error"[^>]*>Velg personen som skal være med i saken\.', body
    )
    assert 'href="#people-add-person"' in body  # the error summary links to the field
    assert taking_part(world) == {world.staff["Kari"]}


def test_a_person_chosen_for_a_unit_they_do_not_work_in_is_shown_beside_the_field(world):
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/deltakere",
        {"people-add-person": f"{world.staff['Liv']}:{world.units['Nordby helsestasjon']}"},
    )
    assert response.status_code == 400
    assert re.search(
        r'id="people-add-person-error"[^>]*>Velg en person som jobber på det valgte',
        response.get_data(as_text=True),
    )
    assert world.staff["Liv"] not in taking_part(world)


def test_adding_without_the_form_token_is_refused(world):
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/deltakere",
        {"people-add-person": person(world, "Liv", "Nordby skole")},
        token=False,
    )
    assert response.status_code == 400
    assert world.staff["Liv"] not in taking_part(world)


def test_someone_without_a_role_in_the_case_gets_404_and_is_audited(world):
    client = signed_in(world, "truls")
    response = post(
        client, world, "/deltakere", {"people-add-person": person(world, "Truls", "Sørby skole")}
    )
    assert response.status_code == 404
    assert world.staff["Truls"] not in taking_part(world)
    assert audited(world, "case.add_participant", "denied")


# ---------------------------------------------------------------------------------------------
# Closing one's own part
# ---------------------------------------------------------------------------------------------


def test_a_participant_closes_their_part_and_the_case_leaves_their_list(world):
    world.bring_in("Liv", "Nordby skole")
    client = signed_in(world, "liv")
    assert "Avslutt min del" in people_section(client.get(case_path(world)).get_data(as_text=True))
    response = post(client, world, "/deltakere/avslutt", {})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/vestby/saker")  # the case is no longer hers
    listing = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Din del av saken er avsluttet." in listing
    assert world.case_id not in listing
    assert world.staff["Liv"] not in taking_part(world)
    assert audited(world, "case.close_own_part")


def test_the_stafettholder_must_hand_over_before_closing_their_part(world):
    open_stafettlogg(world)
    client = signed_in(world, "kari")
    section = people_section(client.get(case_path(world)).get_data(as_text=True))
    assert "Du har stafettpinnen: lever den videre før du avslutter din del." in section
    assert "Avslutt min del" not in section
    response = post(client, world, "/deltakere/avslutt", {})
    assert response.status_code == 400
    summary = re.search(
        r'<div class="ds-error-summary".*?</div>', response.get_data(as_text=True), re.S
    )
    assert summary and "Du har stafettpinnen: lever den videre" in summary.group(0)
    assert world.staff["Kari"] in taking_part(world)


def test_closing_ones_part_without_the_form_token_is_refused(world):
    world.bring_in("Liv", "Nordby skole")
    client = signed_in(world, "liv")
    assert post(client, world, "/deltakere/avslutt", {}, token=False).status_code == 400
    assert world.staff["Liv"] in taking_part(world)


# ---------------------------------------------------------------------------------------------
# Handing over the baton
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def team(world) -> World:
    """Kari holds the baton; Liv, from the same school, takes part."""
    open_stafettlogg(world)
    world.bring_in("Liv", "Nordby skole")
    return world


def offer_to(client, world: World, name: str, note: str = ""):
    return post(
        client,
        world,
        "/stafettholder/tilbud",
        {"handover-offer-to_user": str(world.staff[name]), "handover-offer-note": note},
    )


def test_offered_accepted_and_the_receiver_holds_the_baton(team):
    world = team
    kari = signed_in(world, "kari")
    section = people_section(kari.get(case_path(world)).get_data(as_text=True))
    assert "Tilby stafettholderrollen" in section
    assert f'<option value="{world.staff["Kari"]}"' not in section  # not to herself

    body = followed(kari, offer_to(kari, world, "Liv", note="Liv ser Ola hver dag"))
    assert "Stafettpinnen er tilbudt. Du har den til mottakeren takker ja." in body
    section = people_section(body)
    assert "Stafettpinnen er tilbudt Liv av Kari" in section
    assert "Trekk tilbake tilbudet" in section
    assert "Tilby stafettholderrollen" not in section  # one offer at a time
    assert the_case(world).stafettholder_id == world.staff["Kari"]  # not until Liv accepts

    liv = signed_in(world, "liv")
    section = people_section(liv.get(case_path(world)).get_data(as_text=True))
    assert "Du er tilbudt stafettpinnen" in section
    assert "Liv ser Ola hver dag" in section
    (offer,) = offers(world)
    body = followed(liv, post(liv, world, f"/stafettholder/{offer.id}/godta", {}))
    assert "Du er nå stafettholder." in body
    assert "Stafettholder er Liv." in people_section(body)
    assert the_case(world).stafettholder_id == world.staff["Liv"]
    assert offers(world)[0].status == HandOverStatus.ACCEPTED
    assert audited(world, "handover.offered") and audited(world, "handover.accepted")


def test_only_the_receiver_sees_accept_and_decline(team):
    world = team
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    section = people_section(signed_in(world, "kari").get(case_path(world)).get_data(as_text=True))
    assert "Ta imot stafettpinnen" not in section and "Takk nei til stafettpinnen" not in section


def test_declined_the_holder_keeps_the_baton_and_the_reason_goes_in_the_stafettlogg(team):
    world = team
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    liv = signed_in(world, "liv")
    body = followed(
        liv,
        post(
            liv,
            world,
            f"/stafettholder/{offer.id}/avslaa",
            {"handover-decline-note": "Kari kjenner familien best"},
        ),
    )
    assert "Du takket nei til stafettpinnen. Stafettholderen beholder den." in body
    assert "Stafettholder er Kari." in people_section(body)
    assert the_case(world).stafettholder_id == world.staff["Kari"]
    assert offers(world)[0].status == HandOverStatus.DECLINED
    with world.scoped() as session:
        notes = session.exec(
            select(StafettloggEntry.text).where(StafettloggEntry.case_id == world.case_id)
        ).all()
    assert "Kari kjenner familien best" in notes
    assert audited(world, "handover.declined")


def test_a_too_long_reason_for_declining_is_shown_beside_the_field_and_kept(team):
    world = team
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    liv = signed_in(world, "liv")
    text = "x" * 2001
    response = post(
        liv, world, f"/stafettholder/{offer.id}/avslaa", {"handover-decline-note": text}
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="handover-decline-note-error"[^>]*>Skriv høyst 2000 tegn\.', body)
    assert text in body
    assert offers(world)[0].status == HandOverStatus.OFFERED


def test_the_holder_withdraws_the_offer(team):
    world = team
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    kari = signed_in(world, "kari")
    body = followed(kari, post(kari, world, f"/stafettholder/{offer.id}/trekk", {}))
    assert "Tilbudet om stafettpinnen er trukket tilbake." in body
    assert "Tilby stafettholderrollen" in people_section(body)  # free to offer again
    assert offers(world)[0].status == HandOverStatus.WITHDRAWN
    assert audited(world, "handover.withdrawn")
    section = people_section(signed_in(world, "liv").get(case_path(world)).get_data(as_text=True))
    assert "Ta imot stafettpinnen" not in section


def test_someone_who_does_not_hold_the_baton_cannot_offer_it(team):
    world = team
    liv = signed_in(world, "liv")
    assert "Tilby stafettholderrollen" not in people_section(
        liv.get(case_path(world)).get_data(as_text=True)
    )
    response = offer_to(liv, world, "Kari")
    assert response.status_code == 400
    assert "Bare stafettholderen kan gi stafettpinnen videre." in response.get_data(as_text=True)
    assert offers(world) == []
    assert the_case(world).stafettholder_id == world.staff["Kari"]


def test_offering_without_choosing_anyone_is_shown_beside_the_field_and_the_note_is_kept(team):
    world = team
    kari = signed_in(world, "kari")
    response = post(
        kari,
        world,
        "/stafettholder/tilbud",
        {"handover-offer-to_user": "", "handover-offer-note": "Ring meg først"},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        r'id="handover-offer-to_user-error"[^>]*>Velg hvem du vil tilby stafettpinnen\.', body
    )
    assert "Ring meg først" in body
    assert offers(world) == []


def test_offering_to_someone_not_taking_part_is_refused(team):
    world = team
    kari = signed_in(world, "kari")
    response = offer_to(kari, world, "Truls")
    assert response.status_code == 400
    assert "Stafettpinnen kan bare gis til en som deltar i saken." in response.get_data(
        as_text=True
    )
    assert offers(world) == []


def test_someone_else_cannot_answer_an_offer(team):
    world = team
    world.give_consent("Kari", ["helsestasjon"], signers=("Per", "Lise"))
    world.bring_in("Hege", "Nordby helsestasjon")
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    hege = signed_in(world, "hege")
    assert "Ta imot stafettpinnen" not in people_section(
        hege.get(case_path(world)).get_data(as_text=True)
    )
    response = post(hege, world, f"/stafettholder/{offer.id}/godta", {})
    assert response.status_code == 400
    assert "Bare den som ble tilbudt stafettpinnen, kan svare." in response.get_data(as_text=True)
    assert the_case(world).stafettholder_id == world.staff["Kari"]
    assert offers(world)[0].status == HandOverStatus.OFFERED


def test_an_offer_from_another_case_is_not_found(team):
    world = team
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    first_case = world.case_id
    world.child("Nora", birth_date=birth_date_for(8))
    world.open_case("Liv", "Nora")
    liv = signed_in(world, "liv")
    response = post(liv, world, f"/stafettholder/{offer.id}/godta", {})
    assert response.status_code == 404
    with world.scoped() as session:
        assert session.get(Case, first_case).stafettholder_id == world.staff["Kari"]


def test_barnevern_keeps_the_baton_while_it_gives_help(world):
    world.give_consent("Kari", ["barnevern"], signers=("Per", "Lise"))
    world.bring_in("Bjørn", "Vestby barnevernstjeneste")
    world.act_ok("Bjørn", barnevern_help.set_barnevern_help, case_id=world.case_id, helping=True)
    bjorn = signed_in(world, "bjørn")
    response = offer_to(bjorn, world, "Kari")
    assert response.status_code == 400
    section = people_section(response.get_data(as_text=True))
    assert "Mens barnevernet gir hjelp, har barnevernet stafettpinnen." in section
    assert the_case(world).stafettholder_id == world.staff["Bjørn"]
    assert offers(world) == []


def test_hand_over_forms_without_the_form_token_are_refused(team):
    world = team
    kari = signed_in(world, "kari")
    response = post(
        kari,
        world,
        "/stafettholder/tilbud",
        {"handover-offer-to_user": str(world.staff["Liv"])},
        token=False,
    )
    assert response.status_code == 400
    assert offers(world) == []
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    liv = signed_in(world, "liv")
    for action in ("godta", "avslaa"):
        assert (
            post(liv, world, f"/stafettholder/{offer.id}/{action}", {}, token=False).status_code
            == 400
        )
    assert post(kari, world, f"/stafettholder/{offer.id}/trekk", {}, token=False).status_code == 400
    assert offers(world)[0].status == HandOverStatus.OFFERED


def test_hand_over_by_someone_without_a_role_in_the_case_is_404(team):
    world = team
    world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Liv"])
    (offer,) = offers(world)
    truls = signed_in(world, "truls")
    assert offer_to(truls, world, "Truls").status_code == 404
    for action in ("godta", "avslaa", "trekk"):
        assert post(truls, world, f"/stafettholder/{offer.id}/{action}", {}).status_code == 404
    assert offers(world)[0].status == HandOverStatus.OFFERED
    assert audited(world, "handover.offer", "denied")
    assert audited(world, "handover.accept", "denied")


def test_someone_already_taking_part_is_not_added_twice(world):
    world.bring_in("Liv", "Nordby skole")
    client = signed_in(world, "kari")
    response = post(
        client, world, "/deltakere", {"people-add-person": person(world, "Liv", "Nordby skole")}
    )
    assert response.status_code == 400
    assert "Denne personen deltar allerede i saken." in response.get_data(as_text=True)
    with world.scoped() as session:
        rows = session.exec(
            select(CaseParticipant).where(
                CaseParticipant.case_id == world.case_id,
                CaseParticipant.user_id == world.staff["Liv"],
            )
        ).all()
    assert len(rows) == 1
