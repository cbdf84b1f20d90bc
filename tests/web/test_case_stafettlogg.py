"""The stafettlogg and the action plan on the case page: opening the stafettlogg, writing in
it, measures and their evaluations, the child's view, and health-internal entries."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import (
    ActionPlanItem,
    AuditEvent,
    Case,
    CaseStatus,
    EntryKind,
    StafettloggEntry,
)
from bti.services import stafettlogg
from tests.support.web import case_path, csrf, followed, post, signed_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(world_with_case) -> World:
    """Kari (teacher) has opened a case about Ola (9); the guardians consented to working
    with the health station, so Hege (health nurse) takes part. Truls has no part in it."""
    world = world_with_case(
        "Vestby", colleagues=[("Anders", "Nordby skole"), ("Hege", "Nordby helsestasjon")]
    )
    world.give_consent("Kari", ["helsestasjon"], signers=list(world.guardians))
    world.bring_in("Hege", "Nordby helsestasjon")
    world.bring_in("Anders", "Nordby skole")
    return world


def open_log(world: World, by: str = "Kari") -> None:
    world.act_ok(by, stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff[by])


def entries(world: World) -> list[StafettloggEntry]:
    return world.in_case(StafettloggEntry)


def plan(world: World) -> list[ActionPlanItem]:
    return world.in_case(ActionPlanItem)


def audited(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(AuditEvent).where(
                    AuditEvent.action == action, AuditEvent.case_ref == world.case_id
                )
            )
        )


def panel(body: str) -> str:
    """The stafettlogg panel's part of the page."""
    start = body.index('data-panel="stafettlogg"')
    return body[start : body.index("</section>", start)]


def selected(body: str, name: str) -> str | None:
    select_ = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', body, re.S).group(1)
    chosen = re.search(r'<option selected value="([^"]*)"', select_) or re.search(
        r'<option value="([^"]*)" selected', select_
    )
    return chosen.group(1) if chosen else None


def options(body: str, name: str) -> list[str]:
    select_ = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', body, re.S).group(1)
    return re.findall(r'value="([^"]*)"', select_)


def in_days(world: World, days: int) -> str:
    return (clock.today(world.kommune) + timedelta(days=days)).isoformat()


# ---------------------------------------------------------------------------------------------
# Opening the stafettlogg
# ---------------------------------------------------------------------------------------------


def follow(client, response) -> str:
    """The page after a successful action in this panel."""
    return followed(client, response, "#stafettlogg")


def test_without_a_stafettlogg_the_panel_explains_it_and_offers_to_open_it(world):
    body = signed_in(world, "kari").get(case_path(world)).get_data(as_text=True)
    section = panel(body)
    assert "Stafettlogg og handlingsplan" in section
    assert "tverrfaglig" in section
    assert "Opprett stafettlogg" in section
    # Kari is chosen; only people from her own service are offered.
    assert selected(section, "log-open-holder") == str(world.staff["Kari"])
    assert set(options(section, "log-open-holder")) == {
        str(world.staff["Kari"]),
        str(world.staff["Anders"]),
    }
    assert "log-entry-text" not in section and "plan-measure-goal" not in section


def test_opening_the_stafettlogg_makes_the_chosen_person_stafettholder(world):
    client = signed_in(world, "kari")
    response = post(client, world, "/stafettlogg", {"log-open-holder": str(world.staff["Anders"])})
    body = followed(client, response, "#stafettlogg")
    assert "Stafettloggen er opprettet." in body
    section = panel(body)
    assert "Stafettholder: Anders" in section
    assert "Opprett stafettlogg" not in section
    assert 'name="log-entry-text"' in section and 'name="plan-measure-goal"' in section
    with world.scoped() as session:
        assert session.get(Case, world.case_id).stafettholder_id == world.staff["Anders"]
    assert audited(world, "stafettlogg.opened")


def test_opening_is_refused_with_the_services_message_when_someone_else_opened_it(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))  # the page still offered to open it
    open_log(world, "Hege")
    response = client.post(
        case_path(world) + "/stafettlogg",
        data={"log-open-holder": str(world.staff["Kari"]), "csrf_token": token},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Stafettloggen er allerede opprettet og har sin stafettholder." in panel(body)
    with world.scoped() as session:
        assert session.get(Case, world.case_id).stafettholder_id == world.staff["Hege"]


def test_a_stafettholder_from_another_service_is_refused_beside_the_field(world):
    client = signed_in(world, "kari")
    response = post(client, world, "/stafettlogg", {"log-open-holder": str(world.staff["Hege"])})
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        r'id="log-open-holder-error">Stafettholderen kommer fra tjenesten som oppretter', body
    )
    assert 'href="#log-open-holder"' in body
    with world.scoped() as session:
        assert session.get(Case, world.case_id).stafettholder_id is None


# ---------------------------------------------------------------------------------------------
# Writing in the stafettlogg
# ---------------------------------------------------------------------------------------------


def test_an_entry_is_shown_in_the_stafettlogg_with_its_date_kind_and_author(world):
    open_log(world)
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {"log-entry-kind": "decision", "log-entry-text": "Nytt møte om fire uker"},
    )
    body = followed(client, response, "#stafettlogg")
    assert "Innføringen er skrevet i stafettloggen." in body
    section = panel(body)
    item = re.search(r'<li id="entry-\d+">(.*?)</li>', section, re.S).group(1)
    assert item.lstrip().startswith("<p><time datetime=")  # the date is read first
    assert "Beslutning" in item and "skrevet av Kari" in item
    assert "Nytt møte om fire uker" in item
    assert [(e.kind, e.text) for e in entries(world)] == [
        (EntryKind.DECISION, "Nytt møte om fire uker")
    ]
    assert audited(world, "stafettlogg.entry_added")


def test_an_entry_without_text_is_shown_beside_the_field_and_nothing_is_written(world):
    open_log(world)
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {
            "log-entry-kind": "note",
            "log-entry-text": "   ",
            "log-entry-child_voice": "Jeg liker friminuttene",
        },
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="log-entry-text-error">Skriv innføringen\.', body)
    assert 'href="#log-entry-text"' in body
    assert "Jeg liker friminuttene</textarea>" in body  # what was typed is kept
    assert entries(world) == []


def test_an_evaluation_about_a_9_year_old_needs_the_childs_view_or_why_it_is_missing(world):
    open_log(world)
    client = signed_in(world, "kari")
    evaluation = {"log-entry-kind": "evaluation", "log-entry-text": "Ola er mer med i leken"}
    response = post(client, world, "/stafettlogg/innforing", evaluation)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="log-entry-child_voice-error">Skriv ned barnets egen mening', body)
    assert "Ola er mer med i leken</textarea>" in body
    assert entries(world) == []

    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {**evaluation, "log-entry-child_voice_missing_reason": "Ola ville ikke snakke om det"},
    )
    section = panel(followed(client, response, "#stafettlogg"))
    assert "Barnets mening mangler: Ola ville ikke snakke om det" in section


def test_a_childs_view_from_12_is_marked_as_carrying_great_weight(world):
    world.child("Sara", birth_date=birth_date_for(12))
    world.open_case("Kari", "Sara")
    open_log(world)
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {
            "log-entry-kind": "evaluation",
            "log-entry-text": "Sara er mer fornøyd",
            "log-entry-child_voice": "Jeg vil bestemme mer selv",
        },
    )
    section = panel(followed(client, response, "#stafettlogg"))
    assert "Barnets mening: «Jeg vil bestemme mer selv»" in section
    assert "tillegges stor vekt" in section


def test_a_health_internal_entry_is_seen_by_the_health_nurse_but_not_by_the_teacher(world):
    open_log(world)
    nurse = signed_in(world, "hege")
    assert 'name="log-entry-health_internal"' in panel(
        nurse.get(case_path(world)).get_data(as_text=True)
    )
    response = post(
        nurse,
        world,
        "/stafettlogg/innforing",
        {
            "log-entry-kind": "note",
            "log-entry-text": "Ola har hatt vondt i magen i flere uker",
            "log-entry-health_internal": "y",
        },
    )
    section = panel(follow(nurse, response))
    assert "Ola har hatt vondt i magen i flere uker" in section
    assert "bare for helsepersonell" in section

    teacher = signed_in(world, "kari").get(case_path(world)).get_data(as_text=True)
    assert "vondt i magen" not in teacher
    assert 'name="log-entry-health_internal"' not in teacher  # only health staff may mark


def test_a_teacher_cannot_mark_an_entry_as_internal_to_health(world):
    open_log(world)
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {
            "log-entry-kind": "note",
            "log-entry-text": "Ola sier at han sover dårlig",
            "log-entry-health_internal": "y",
        },
    )
    assert response.status_code == 400
    assert "Bare helsepersonell kan" in panel(response.get_data(as_text=True))
    assert entries(world) == []


# ---------------------------------------------------------------------------------------------
# The action plan
# ---------------------------------------------------------------------------------------------


def test_a_measure_is_shown_in_the_action_plan_and_in_the_stafettlogg(world):
    open_log(world)
    client = signed_in(world, "kari")
    assert selected(
        panel(client.get(case_path(world)).get_data(as_text=True)), "plan-measure-responsible"
    ) == str(world.staff["Kari"])
    response = post(
        client,
        world,
        "/handlingsplan",
        {
            "plan-measure-goal": "Ola trives i friminuttene",
            "plan-measure-measure": "En voksen er ute i alle friminuttene",
            "plan-measure-responsible": "",
            "plan-measure-responsible_text": "foresatte",
            "plan-measure-follow_up_on": in_days(world, 14),
        },
    )
    body = followed(client, response, "#stafettlogg")
    assert "Tiltaket er lagt til i handlingsplanen." in body
    section = panel(body)
    row = re.search(r'<tr id="measure-\d+">(.*?)</tr>', section, re.S).group(1)
    assert "Ola trives i friminuttene" in row and "En voksen er ute i alle friminuttene" in row
    assert "foresatte" in row and "Ikke evaluert ennå" in row
    assert "forfalt" not in row
    # the goal and the measure are in the stafettlogg too
    assert [e.kind for e in entries(world)] == [EntryKind.GOAL, EntryKind.ACTIVITY]
    assert audited(world, "stafettlogg.measure_added")


def test_a_measure_without_anyone_responsible_is_shown_beside_the_field(world):
    open_log(world)
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/handlingsplan",
        {
            "plan-measure-goal": "Ola trives i friminuttene",
            "plan-measure-measure": "En voksen er ute",
            "plan-measure-responsible": "",
            "plan-measure-follow_up_on": in_days(world, 14),
        },
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="plan-measure-responsible-error">Oppgi hvem som er ansvarlig', body)
    assert 'value="Ola trives i friminuttene"' in body
    assert plan(world) == []


def test_a_follow_up_date_in_the_past_is_shown_beside_the_field(world):
    open_log(world)
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/handlingsplan",
        {
            "plan-measure-goal": "Ola trives",
            "plan-measure-measure": "En voksen er ute",
            "plan-measure-responsible": str(world.staff["Kari"]),
            "plan-measure-follow_up_on": in_days(world, -1),
        },
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="plan-measure-follow_up_on-error">Oppfølgingsdatoen kan ikke', body)
    assert plan(world) == []


def _measure(world: World, follow_up_days: int = 14) -> ActionPlanItem:
    return world.act_ok(
        "Kari",
        stafettlogg.add_measure,
        case_id=world.case_id,
        goal="Ola trives i friminuttene",
        measure="En voksen er ute i alle friminuttene",
        responsible_id=world.staff["Kari"],
        follow_up_on=clock.today(world.kommune) + timedelta(days=follow_up_days),
    )


def test_a_measure_past_its_follow_up_date_is_marked_overdue(world):
    open_log(world)
    item = _measure(world)
    with world.transaction() as session:
        stored = session.get(ActionPlanItem, item.id)
        stored.follow_up_on = clock.today(world.kommune) - timedelta(days=1)
        session.add(stored)
    section = panel(signed_in(world, "kari").get(case_path(world)).get_data(as_text=True))
    row = re.search(r'<tr id="measure-\d+">(.*?)</tr>', section, re.S).group(1)
    assert "(forfalt)" in row and "Kari" in row


def test_evaluating_a_measure_records_the_goal_the_new_goal_and_the_childs_view(world):
    open_log(world)
    item = _measure(world)
    client = signed_in(world, "kari")
    key = f"plan-eval-{item.id}"
    response = post(
        client,
        world,
        f"/handlingsplan/{item.id}/evaluering",
        {
            f"{key}-evaluation": "Ola er fortsatt mye alene i friminuttene",
            f"{key}-goal_reached": "nei",
            f"{key}-new_goal": "Ola har en fast venn å leke med",
            f"{key}-child_voice": "Det er kjedelig når ingen vil leke med meg",
        },
    )
    body = followed(client, response, "#stafettlogg")
    assert "Evalueringen er lagret." in body
    section = panel(body)
    row = re.search(r'<tr id="measure-\d+">(.*?)</tr>', section, re.S).group(1)
    assert "Ola er fortsatt mye alene i friminuttene" in row
    assert "Nei, eller bare delvis" in row
    assert "Det er kjedelig når ingen vil leke med meg" in row
    assert [e.kind for e in entries(world)][-2:] == [EntryKind.EVALUATION, EntryKind.GOAL]
    assert "Ola har en fast venn å leke med" in section
    assert plan(world)[0].goal_reached is False
    assert audited(world, "stafettlogg.measure_evaluated")


def test_an_evaluation_without_the_childs_view_is_shown_beside_the_field(world):
    open_log(world)
    item = _measure(world)
    client = signed_in(world, "kari")
    key = f"plan-eval-{item.id}"
    response = post(
        client,
        world,
        f"/handlingsplan/{item.id}/evaluering",
        {f"{key}-evaluation": "Ola leker mer med de andre", f"{key}-goal_reached": "ja"},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(rf'id="{key}-child_voice-error">Skriv ned barnets egen mening', body)
    assert "Ola leker mer med de andre</textarea>" in body
    assert plan(world)[0].evaluated_at is None


def test_an_evaluation_must_say_whether_the_goal_was_reached(world):
    open_log(world)
    item = _measure(world)
    client = signed_in(world, "kari")
    key = f"plan-eval-{item.id}"
    response = post(
        client,
        world,
        f"/handlingsplan/{item.id}/evaluering",
        {f"{key}-evaluation": "Bra", f"{key}-child_voice": "Gøy"},
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(rf'id="{key}-goal_reached-error">Oppgi om målet ble nådd\.', body)
    assert plan(world)[0].evaluated_at is None


# ---------------------------------------------------------------------------------------------
# Every form: the form token, and people without a part in the case
# ---------------------------------------------------------------------------------------------


def test_opening_without_the_form_token_is_refused(world):
    client = signed_in(world, "kari")
    data = {"log-open-holder": str(world.staff["Kari"])}
    response = post(client, world, "/stafettlogg", data, token=False)
    assert response.status_code == 400
    with world.scoped() as session:
        assert session.get(Case, world.case_id).stafettholder_id is None


@pytest.mark.parametrize(
    "path, data",
    [
        ("/stafettlogg/innforing", {"log-entry-kind": "note", "log-entry-text": "Hei"}),
        (
            "/handlingsplan",
            {
                "plan-measure-goal": "Ola trives",
                "plan-measure-measure": "En voksen er ute",
                "plan-measure-responsible_text": "foresatte",
                "plan-measure-follow_up_on": "2999-01-01",
            },
        ),
    ],
)
def test_writing_without_the_form_token_is_refused(world, path, data):
    open_log(world)
    client = signed_in(world, "kari")
    assert post(client, world, path, data, token=False).status_code == 400
    assert entries(world) == [] and plan(world) == []
    # the same form with its token goes through
    assert post(client, world, path, data).status_code == 302


def test_an_evaluation_without_its_token_is_refused(world):
    open_log(world)
    item = _measure(world)
    client = signed_in(world, "kari")
    key = f"plan-eval-{item.id}"
    response = post(
        client,
        world,
        f"/handlingsplan/{item.id}/evaluering",
        {f"{key}-evaluation": "Bra", f"{key}-goal_reached": "ja", f"{key}-child_voice": "Ok"},
        token=False,
    )
    assert response.status_code == 400
    assert plan(world)[0].evaluated_at is None


def test_someone_without_a_part_in_the_case_gets_404_everywhere_and_is_audited(world):
    open_log(world)
    item = _measure(world)
    client = signed_in(world, "truls")
    token = csrf(client, "/vestby/saker")
    key = f"plan-eval-{item.id}"
    attempts = {
        "/stafettlogg": {"log-open-holder": str(world.staff["Truls"])},
        "/stafettlogg/innforing": {"log-entry-kind": "note", "log-entry-text": "Hei"},
        "/handlingsplan": {
            "plan-measure-goal": "Mål",
            "plan-measure-measure": "Tiltak",
            "plan-measure-responsible_text": "Truls",
            "plan-measure-follow_up_on": in_days(world, 7),
        },
        f"/handlingsplan/{item.id}/evaluering": {
            f"{key}-evaluation": "Bra",
            f"{key}-goal_reached": "ja",
            f"{key}-child_voice": "Ok",
        },
    }
    before = len(entries(world))
    for path, data in attempts.items():
        response = client.post(case_path(world) + path, data={**data, "csrf_token": token})
        assert response.status_code == 404, path
    assert len(entries(world)) == before and plan(world)[0].evaluated_at is None
    with world.scoped() as session:
        denied = session.exec(
            select(AuditEvent).where(
                AuditEvent.outcome == "denied",
                AuditEvent.case_ref == world.case_id,
                AuditEvent.actor_id == world.staff["Truls"],
            )
        ).all()
    assert len(denied) >= len(attempts)


def test_a_closed_case_shows_the_stafettlogg_but_no_forms(world):
    open_log(world)
    _measure(world)
    world.act_ok(
        "Kari",
        stafettlogg.add_entry,
        case_id=world.case_id,
        kind=EntryKind.NOTE,
        text="Ola er glad i fotball",
    )
    with world.transaction() as session:
        case = session.get(Case, world.case_id)
        case.status = CaseStatus.CLOSED
        session.add(case)
    section = panel(signed_in(world, "kari").get(case_path(world)).get_data(as_text=True))
    assert "Ola er glad i fotball" in section and "En voksen er ute i alle friminuttene" in section
    assert "<form" not in section
