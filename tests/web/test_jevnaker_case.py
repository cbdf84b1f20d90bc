"""Jevnaker's guide on the case page: the level's rows with «Hvordan? Hvem? Verktøy», the
decision to go on at the individual level that opens the stafettlogg and plans the next
meeting in one go (with the field's own error when the date is missing, and what was typed
kept), and the note a closed wondering leaves (shared/seeds/001_3254db2c7bc0f88f.txt)."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import Case, Meeting
from tests.support.web import case_path, followed, post, signed_in
from tests.support.world import World


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case("Jevnaker", school="Jevnaker skole")


def _case(world: World) -> Case:
    with world.scoped() as session:
        return session.get(Case, world.case_id)


def test_the_case_page_shows_the_levels_rows_and_links_its_tools(world):
    page = signed_in(world).get(case_path(world)).get_data(as_text=True)
    rows = re.search(r'<table class="[^"]*bti-guide__rows" data-level="0">.*?</table>', page, re.S)
    assert rows, "nivå 0 vises ikke som rader"
    table = rows.group(0)
    for text in ("Hvordan?", "Hvem?", "Verktøy", "Undringssamtale foresatte", "Ped leder/lærer"):
        assert text in table
    # The summary points to the rows; the decision offers the guide's choices.
    assert 'href="#about">Hva som gjøres på dette nivået: hvordan, hvem og verktøy' in page
    assert "Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)" in page
    # The date of the next meeting is asked for beside the decision.
    assert 'name="decision-next_meeting_at"' in page


def test_going_on_at_the_individual_level_needs_the_next_meeting_and_keeps_what_was_typed(world):
    client = signed_in(world)
    world.give_consent("Kari", ["skole"], signers=tuple(world.guardians))
    data = {
        "decision-outcome": "level_1",
        "decision-rationale": "Tiltak i friminuttene.",
        "decision-next_meeting_place": "Møterom 2",
    }
    refused = post(client, world, "/beslutning", data)
    assert refused.status_code == 400
    page = refused.get_data(as_text=True)
    assert "Skriv dato og klokkeslett for neste møte dere avtalte." in page
    assert 'value="Møterom 2"' in page and "Tiltak i friminuttene." in page
    case = _case(world)
    assert (case.level, case.stafettholder_id) == (0, None)

    data["decision-next_meeting_at"] = "17.12.2099 14:00"
    page = followed(client, post(client, world, "/beslutning", data), anchor="#decision")
    case = _case(world)
    assert (case.level, case.stafettholder_id) == (1, world.staff["Kari"])
    assert "Stafettloggen er opprettet på nivå 1, digitalt" in page
    with world.scoped() as session:
        (meeting,) = session.exec(select(Meeting).where(Meeting.case_id == world.case_id))
    assert (meeting.kind, meeting.place, meeting.agenda) == (
        "oppfolgingsmote",
        "Møterom 2",
        "Tiltak i friminuttene.",
    )


def test_a_closed_wondering_says_where_its_note_is_kept(world):
    client = signed_in(world)
    data = {"decision-outcome": "close", "decision-rationale": "Avklart i samtalen."}
    page = followed(client, post(client, world, "/beslutning", data), anchor="#decision")
    assert _case(world).closed_at is not None
    assert "Notatet om undringssamtalen er lagret i saken." in page
    assert _case(world).stafettholder_id is None
