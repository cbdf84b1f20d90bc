"""What a user types is shown as text everywhere it goes: escaped in the case page and the
printout (HTML), literal in the PDF, and escaped by RFC 5545 in the calendar file, where a
line break or a semicolon could otherwise start a property or an event of its own."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.support.web import case_path, signed_in
from tests.support.world import World
from tests.web.test_case_meetings import planned

SCRIPT = "<script>alert(1)</script>"
#: A place with markup, a quote, the iCalendar separators and a line that would begin an
#: event of its own.
HOSTILE = f'{SCRIPT}"; Rom 2, bak\nBEGIN:VEVENT\nSUMMARY:Falsk'


@pytest.fixture
def world(world_with_case) -> World:
    """Kari's case about Ola; Mona takes part (the meeting invites her)."""
    world = world_with_case("Vestby", colleagues=[("Mona", "Nordby skole")])
    world.bring_in("Mona", "Nordby skole")
    return world


def test_a_hostile_place_is_text_in_the_page_the_printout_and_the_pdf(world):
    meeting = planned(world, place=HOSTILE)
    client = signed_in(world, "kari")
    for path in ("", f"/utskrift/invitasjon/{meeting.id}"):
        page = client.get(case_path(world) + path)
        assert page.status_code == 200
        body = page.get_data(as_text=True)
        assert SCRIPT not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    pdf = client.get(f"{case_path(world)}/utskrift/invitasjon/{meeting.id}.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf.data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert SCRIPT in text  # shown as the characters typed, never interpreted


def test_a_hostile_place_stays_one_property_in_the_calendar_file(world):
    meeting = planned(world, place=HOSTILE)
    client = signed_in(world, "kari")
    response = client.get(f"{case_path(world)}/mote/{meeting.id}.ics")
    assert response.status_code == 200
    lines = response.get_data(as_text=True).replace("\r\n ", "").split("\r\n")
    assert lines.count("BEGIN:VEVENT") == 1
    assert not [line for line in lines if line.startswith("SUMMARY:Falsk")]
    (location,) = [line for line in lines if line.startswith("LOCATION:")]
    assert location == (
        'LOCATION:<script>alert(1)</script>"\\; Rom 2\\, bak\\nBEGIN:VEVENT\\nSUMMARY:Falsk'
    )
    assert re.fullmatch(r"[^\r\n]*", location)
