"""The fixed corpus (``payloads.txt``: markup, script, template, SQL, format strings, shell,
iCalendar injection, Unicode and control characters) through every free-text field of every
form, through the case page, the action plan's PDF and a meeting's calendar file: stored as
typed (less the documented stripping), shown as text, never as markup."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
from datetime import timedelta

import pytest
from wtforms import StringField

import bti
from bti import clock
from bti.models import ActionPlanItem, Guardian, Meeting, MeetingKind, StafettloggEntry
from bti.services import stafettlogg
from bti.web.forms import FlaskForm, without_control_characters
from tests.security.corpus import PAYLOADS, has_markup, shown_escaped, stored
from tests.support.web import case_path, csrf, signed_in
from tests.support.world import World

PLUGIN_PACKAGES = ("bti_vestby", "bti_tromso", "bti_jevnaker", "bti_baerum")


def test_the_corpus_is_the_size_the_report_gives():
    assert len(PAYLOADS) >= 100
    assert sum(has_markup(p) for p in PAYLOADS) >= 30
    assert any("\x00" in p for p in PAYLOADS)


# ---------------------------------------------------------------------------------------------
# Every free-text field of every form
# ---------------------------------------------------------------------------------------------


def _form_classes() -> list[type]:
    for package in (bti, *(importlib.import_module(p) for p in PLUGIN_PACKAGES)):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)

    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    return sorted(set(below(FlaskForm)), key=lambda c: f"{c.__module__}.{c.__name__}")


@pytest.fixture(scope="module")
def free_text_fields(tmp_path_factory):
    """(app, [(form class, field name)]) for every free-text field."""
    app = bti.create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(tmp_path_factory.mktemp("instance")),
            "DATABASE_URL": "sqlite://",
        }
    )
    found = []
    with app.test_request_context():
        for cls in _form_classes():
            for field in cls(meta={"csrf": False}):
                # Text as typed; not a field that parses (a date, a record's version).
                parses = type(field).process_formdata is not StringField.process_formdata
                if isinstance(field, StringField) and not parses:
                    found.append((cls, field.name))
    assert len(found) > 120
    return app, found


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_every_free_text_field_reads_a_payload_as_typed_less_control_characters(
    free_text_fields, payload
):
    from werkzeug.datastructures import MultiDict

    app, fields = free_text_fields
    wrong = []
    with app.test_request_context():
        for cls, name in fields:
            form = cls(formdata=MultiDict({name: payload}), meta={"csrf": False})
            form.validate()  # a field's own checks (a length, a format) may refuse it
            field = form[name]
            if field.data != without_control_characters(payload):
                wrong.append(f"{cls.__name__}.{name}: {field.data!r}")
    assert wrong == []


# ---------------------------------------------------------------------------------------------
# Through the case page
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case("Vestby", colleagues=[("Mona", "Nordby skole")])
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    return world


def test_a_payload_posted_as_an_entry_is_stored_as_typed_and_shown_escaped(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    saved = []
    for payload in PAYLOADS:
        response = client.post(
            case_path(world) + "/stafettlogg/innforing",
            data={"log-entry-kind": "note", "log-entry-text": payload, "csrf_token": token},
        )
        assert response.status_code in (302, 400), (payload, response.status_code)
        if response.status_code == 302:
            saved.append(stored(payload))
        else:  # refused (nothing left once stripped): what was typed is shown again, escaped
            assert shown_escaped(without_control_characters(payload), response.get_data(True))
    assert [entry.text for entry in world.in_case(StafettloggEntry)] == saved
    assert len(saved) == len(PAYLOADS)
    page = client.get(case_path(world)).get_data(as_text=True)
    for text in saved:
        assert shown_escaped(text, page), text
        if has_markup(text):
            assert text not in page, text


def _measures(world: World, texts: list[str]) -> None:
    """One measure per text, written straight to the database (the services are not what
    is tested here, and 100 calls through them take seconds)."""
    with world.transaction() as session:
        session.add_all(
            ActionPlanItem(
                case_id=world.case_id, goal=text, measure=text, responsible_text=text[:160]
            )
            for text in texts
        )


def test_payloads_in_measures_and_guardians_are_shown_escaped_on_the_case_page(world):
    _measures(world, [stored(p) for p in PAYLOADS])
    with world.transaction() as session:
        session.add_all(
            Guardian(subject_id=world.children["Ola"], name=stored(p)[:160]) for p in PAYLOADS
        )
    page = signed_in(world, "kari").get(case_path(world)).get_data(as_text=True)
    for payload in PAYLOADS:
        assert shown_escaped(stored(payload), page), payload
        if has_markup(payload):
            assert stored(payload) not in page, payload


# ---------------------------------------------------------------------------------------------
# PDF and iCalendar
# ---------------------------------------------------------------------------------------------


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return _squeezed(out.stdout)


def _squeezed(text: str) -> str:
    """Without white space and hyphens: a table cell wraps its text, and pdftotext joins
    a word broken at a hyphen without it."""
    return re.sub(r"[\s-]+", "", text)


def test_payloads_in_the_action_plan_pdf_are_printed_as_text(world, tmp_path):
    printable = [p for p in PAYLOADS if stored(p).isascii() and stored(p).isprintable()]
    _measures(world, [stored(p) for p in printable])
    response = signed_in(world, "kari").get(case_path(world) + "/utskrift/handlingsplan.pdf")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    text = _pdf_text(response.data, tmp_path)
    missing = [p for p in printable if _squeezed(stored(p)) not in text]
    assert missing == []
    assert len(printable) >= 80


def _unfold(calendar: str) -> list[str]:
    assert "\n" not in calendar.replace("\r\n", "")  # no bare line feeds
    lines = calendar.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    return calendar.replace("\r\n ", "").split("\r\n")


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def test_payloads_in_a_calendar_file_are_escaped_and_folded(world):
    client = signed_in(world, "kari")
    starts = clock.now() + timedelta(days=2)
    with world.transaction() as session:
        planned = [
            Meeting(
                case_id=world.case_id,
                kind=MeetingKind.SAMARBEIDSMOTE,
                starts_at=starts,
                ends_at=starts + timedelta(hours=1),
                place=stored(payload),
                agenda="Mål",
                organiser_id=world.staff["Kari"],
            )
            for payload in PAYLOADS
        ]
        session.add_all(planned)
        session.flush()
        ids = [meeting.id for meeting in planned]
    for payload, meeting_id in zip(PAYLOADS, ids, strict=True):
        place = stored(payload)
        response = client.get(f"{case_path(world)}/mote/{meeting_id}.ics")
        assert response.status_code == 200
        lines = _unfold(response.get_data(as_text=True))
        assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VCALENDAR") == 1
        location = [line for line in lines if line.startswith("LOCATION:")]
        assert len(location) == 1
        expected = place.replace("\r\n", "\n").replace("\r", "\n")
        # The calendar library reads text as UTF-8 with an optional byte-order mark, so an
        # invisible U+FEFF at the very start of a place is dropped; nothing else changes.
        expected = expected.removeprefix("\ufeff")
        assert _unescape(location[0].removeprefix("LOCATION:")) == expected, payload
    assert len(world.in_case(Meeting)) == len(PAYLOADS)
