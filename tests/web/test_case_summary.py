"""The case page for daily work: the summary answers «where are we, and what next?» first;
actions open on request and come back open when they failed; the confirmation shows in
the section the user returns to; an invitation proposes the people of the case."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from babel.dates import format_date

from bti import clock
from bti.labels import unit_label
from bti.models import Deadline, Meeting
from bti.services import cases, meetings
from tests.support.web import case_path, followed, post, signed_in
from tests.support.world import World

#: A deadline Vestby's guide names (the follow-up at level 1).
DEADLINE = "oppfolgingsmote_niva_1"


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case(
        "Vestby", colleagues=[("Hege", "Nordby helsestasjon")], guardians=("Per", "Lise")
    )


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def section(body: str, name: str) -> str:
    return re.search(rf'<section [^>]*data-panel="{name}".*?</section>', body, re.S).group(0)


def page(world: World, user: str = "kari") -> str:
    response = signed_in(world, user).get(case_path(world))
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_summary_comes_first_and_says_where_the_case_stands(world):
    now = clock.now()
    world.give_consent("Kari", ["skole", "helsestasjon"], signers=("Per",), days=200)
    world.bring_in("Hege", "Nordby helsestasjon")
    world.act_ok(
        "Kari",
        meetings.plan,
        case_id=world.case_id,
        kind=world.kommune.meeting_kinds[0].code,
        starts_at=now + timedelta(days=7),
        ends_at=None,
        place="Møterom 2",
        agenda="Mål og tiltak",
        staff_ids=[world.staff["Hege"]],
        guardian_ids=[],
        invite_subject=False,
    )
    with world.transaction() as session:
        session.add(
            Deadline(
                municipality_id=world.mid,
                case_id=world.case_id,
                code=DEADLINE,
                due_at=now - timedelta(days=2),
                owner_id=world.staff["Kari"],
            )
        )
    body = page(world)
    sections = re.findall(r'data-panel="([a-z_]+)"', body)
    assert sections[0] == "summary"
    summary = text(section(body, "summary"))
    level = world.kommune.level(0)
    assert "Ola Testesen, 9 år" in summary
    assert f"Nivå 0: {level.name}" in summary and str(level.purpose)[:40] in summary
    assert "Foresatte Per, Lise" in summary  # the guardians, named
    assert "Stafettholder Ingen ennå" in summary
    until = format_date(clock.today(world.kommune) + timedelta(days=200), "long", locale="nb")
    assert f"Gyldig til {until}" in summary
    assert "Helsestasjon" in summary and "Skole" in summary
    assert "Neste frist" in summary and "overskredet" in summary  # the overdue flag
    assert "Neste møte" in summary
    meeting_id = world.in_case(Meeting)[0].id
    assert f'href="#meeting-{meeting_id}"' in section(body, "summary")
    # the guide's steps at this level, in the municipality's words
    assert str(level.steps[0].title) in summary
    # what waits now: the deadline that has passed
    label = str(world.kommune.deadline_label(DEADLINE))
    assert "Venter nå" in summary and f"Fristen «{label}» er passert" in summary


def test_every_action_is_closed_until_asked_for_and_works_without_javascript(world):
    body = page(world)
    consent = section(body, "consent")
    assert re.search(
        r'<details class="bti-action">\s*<summary[^>]*>Registrer et samtykke</summary>', consent
    )
    assert "<script" not in body  # the forms open with <details>, not with JavaScript
    people = section(body, "people")
    assert "Ta inn en annen tjeneste</summary>" in people


def test_a_form_that_failed_comes_back_open_with_the_message_and_what_was_typed(world):
    client = signed_in(world, "kari")
    response = post(
        client, world, "/samtykke", {"consent-register-scope": "Samarbeid skole og helse"}
    )
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    consent = section(body, "consent")
    assert re.search(r'<details class="bti-action" open>\s*<summary[^>]*>Registrer et', consent)
    assert "Samarbeid skole og helse" in consent
    # the page's error summary gets the focus when the page loads
    assert re.search(r'class="ds-error-summary"[^>]*autofocus', body)


def test_the_confirmation_shows_in_the_section_the_user_returns_to(world):
    world.give_consent("Kari", ["skole", "helsestasjon"], signers=("Per",))
    client = signed_in(world, "kari")
    body = followed(
        client,
        post(client, world, "/stafettlogg", {"log-open-holder": str(world.staff["Kari"])}),
        "#stafettlogg",
    )
    assert "Stafettloggen er opprettet." in section(body, "stafettlogg")
    top = body[: body.index('data-panel="summary"')]
    assert "Stafettloggen er opprettet." not in top


def test_an_invitation_proposes_everyone_in_the_case_and_the_guardians(world):
    world.give_consent("Kari", ["skole", "helsestasjon"], signers=("Per",))
    world.bring_in("Hege", "Nordby helsestasjon")
    meetings_html = section(page(world), "meetings")
    proposed = {
        (name, value)
        for tag in re.findall(r"<input[^>]*>", meetings_html)
        if " checked" in tag
        for name, value in re.findall(r'name="meeting-plan-(\w+)"[^>]*value="(\d+)"', tag)
    }
    assert ("staff_ids", str(world.staff["Hege"])) in proposed
    for guardian in ("Per", "Lise"):
        assert ("guardian_ids", str(world.guardians[guardian])) in proposed


def test_after_a_report_that_keeps_them_out_no_guardian_is_proposed(world):
    world.act_ok("Kari", cases.report_to_barnevern, case_id=world.case_id, recipient="Mottak")
    meetings_html = section(page(world), "meetings")
    assert "meeting-plan-guardian_ids" not in meetings_html
    assert "Per Testesen" not in meetings_html


def test_an_invitation_with_nobody_else_saves_with_a_warning(world):
    client = signed_in(world, "kari")
    starts = (clock.now() + timedelta(days=3)).astimezone(world.kommune.profile.tz)
    body = followed(
        client,
        post(
            client,
            world,
            "/moter",
            {
                "meeting-plan-kind": world.kommune.meeting_kinds[0].code,
                "meeting-plan-starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
                "meeting-plan-place": "Møterom 1",
                "meeting-plan-agenda": "Status",
            },
        ),
    )
    meetings_html = text(section(body, "meetings"))
    assert "Invitasjonen til møtet er lagret." in meetings_html
    assert "Ingen andre enn deg er invitert til møtet." in meetings_html


def test_a_service_is_named_once():
    assert unit_label("Pedagogisk-psykologisk tjeneste (PPT)", "ppt") == (
        "Pedagogisk-psykologisk tjeneste (PPT)"
    )
    assert unit_label("Vestby PPT-kontor (PPT)", "ppt") == "Vestby PPT-kontor (PPT)"
    # outside a request the kinds read in English, the source language
    assert unit_label("Furuheim", "skole") == "Furuheim (school)"
