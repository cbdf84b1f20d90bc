"""Bad input gets a clear answer, never a server error: numbers out of range in URLs and
query strings (404/400), text over its length limit (400, the message beside the field, the
text kept), control characters stripped, oversized requests refused (413). And every form
class in the platform and its plugins reads what is posted through the one base form that
does the stripping and the limits."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from wtforms import StringField
from wtforms.validators import Length

import bti
from bti.models import Meeting, StafettloggEntry
from bti.services import stafettlogg
from bti.web.fields import MAX_ID, whole_number
from bti.web.forms import LONG_TEXT, FlaskForm, without_control_characters
from tests.support.web import case_path, post, signed_in
from tests.support.world import World

HUGE = "99999999999999999999"


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case("Vestby", colleagues=[("Liv", "Nordby skole", "leder")])
    world.act_ok(
        "Kari",
        stafettlogg.open_stafettlogg,
        case_id=world.case_id,
        holder_id=world.staff["Kari"],
    )
    return world


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------


def test_a_page_number_out_of_range_is_not_found_and_a_level_a_bad_request(world):
    kari, liv = signed_in(world, "kari"), signed_in(world, "liv")
    for side in (HUGE, "0", "-1", "10001", "abc", "²", "1e3"):
        assert kari.get(f"/vestby/saker?side={side}").status_code == 404, side
        assert liv.get(f"/vestby/saker/enhet?side={side}").status_code == 404, side
    for side in ("", "1", "10000"):
        assert kari.get(f"/vestby/saker?side={side}").status_code == 200, side
        assert liv.get(f"/vestby/saker/enhet?side={side}").status_code == 200, side
    for niva in (HUGE, "-1", "abc", "٣"):
        assert kari.get(f"/vestby/saker?niva={niva}").status_code == 400, niva
    assert kari.get("/vestby/saker?niva=2").status_code == 200


def test_an_id_out_of_range_in_a_url_is_not_found(world):
    client = signed_in(world, "kari")
    for number in (HUGE, str(MAX_ID + 1), "0"):
        for path in (
            f"/mote/{number}.ics",
            f"/utskrift/referat/{number}",
            f"/utskrift/samtykke/{number}.pdf",
        ):
            assert client.get(case_path(world) + path).status_code == 404, path
        assert client.post(f"{case_path(world)}/foresatte/{number}").status_code == 404
        assert client.post(f"/vestby/saker/oppgave/{number}").status_code in (400, 404)


def test_an_id_out_of_range_in_a_form_is_refused_beside_the_field(world):
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {"log-entry-kind": "note", "log-entry-text": "Et notat", "log-entry-meeting": HUGE},
    )
    assert response.status_code == 400
    assert world.in_case(StafettloggEntry) == []


def test_whole_numbers_are_ascii_digits_within_bounds():
    assert whole_number("42") == 42
    assert whole_number(" 7 ") == 7
    assert whole_number(str(MAX_ID)) == MAX_ID
    for text in (HUGE, str(MAX_ID + 1), "0", "-3", "²", "٣", "4.0", "", None, "1_000"):
        assert whole_number(text) is None, text


# ---------------------------------------------------------------------------------------------
# Length and control characters
# ---------------------------------------------------------------------------------------------


def test_an_entry_over_the_limit_is_refused_beside_the_field_and_kept(world):
    client = signed_in(world, "kari")
    text = "Ø" * (LONG_TEXT + 1)
    response = post(
        client, world, "/stafettlogg/innforing", {"log-entry-kind": "note", "log-entry-text": text}
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="log-entry-text-error">Bruk høyst 20000 tegn.' in body
    assert text in body  # what the user typed is kept
    assert world.in_case(StafettloggEntry) == []


def test_an_entry_at_the_limit_is_saved(world):
    client = signed_in(world, "kari")
    text = "Ø" * LONG_TEXT
    response = post(
        client, world, "/stafettlogg/innforing", {"log-entry-kind": "note", "log-entry-text": text}
    )
    assert response.status_code == 302
    assert [e.text for e in world.in_case(StafettloggEntry)] == [text]


def test_a_line_over_its_limit_is_refused_beside_the_field(world):
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/moter",
        {"meeting-plan-place": "x" * 201, "meeting-plan-agenda": "Mål"},
    )
    assert response.status_code == 400
    assert 'id="meeting-plan-place-error">Bruk høyst 200 tegn.' in response.get_data(as_text=True)
    assert world.in_case(Meeting) == []


def test_a_request_over_two_megabytes_is_refused_and_nothing_is_saved(world):
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {"log-entry-kind": "note", "log-entry-text": "a" * (5 * 1024 * 1024)},
    )
    assert response.status_code == 413
    assert world.in_case(StafettloggEntry) == []


def test_control_characters_are_stripped_but_tabs_and_newlines_kept(world):
    client = signed_in(world, "kari")
    response = post(
        client,
        world,
        "/stafettlogg/innforing",
        {
            "log-entry-kind": "note",
            "log-entry-text": "Ola\x00 har\x07 det\x1b[31m\tbra\r\nnå\x7f\x85",
        },
    )
    assert response.status_code == 302
    assert [e.text for e in world.in_case(StafettloggEntry)] == ["Ola har det[31m\tbra\r\nnå"]


def test_without_control_characters_keeps_everything_else():
    assert without_control_characters("a\x00b\x1fc\x7fd\x9fe\tf\ng\rh") == "abcde\tf\ng\rh"
    assert without_control_characters("ÆØÅ 👍 \u202e \u200b") == "ÆØÅ 👍 \u202e \u200b"


# ---------------------------------------------------------------------------------------------
# Every form uses the base form
# ---------------------------------------------------------------------------------------------


def every_form_class(app) -> list[type]:
    """Every form class of the platform and the plugins the app loaded."""
    for module in pkgutil.walk_packages(bti.__path__, "bti."):
        if ".migrations" not in module.name:
            importlib.import_module(module.name)
    import flask_wtf

    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    # The platform's and the plugins' forms (bti, bti_*), not those a test module defines.
    found = {c for c in below(flask_wtf.FlaskForm) if c.__module__.split(".")[0].startswith("bti")}
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__name__}")


def test_every_form_strips_control_characters_and_limits_free_text(make_world):
    world = make_world("Vestby", "Tromsø", "Jevnaker", "Bærum")
    app = world.deployment.start()
    forms = every_form_class(app)
    plugin_forms = {cls.__module__.split(".")[0] for cls in forms} - {"bti"}
    assert {"bti_vestby", "bti_tromso", "bti_jevnaker"} <= plugin_forms
    assert len(forms) > 60
    outside = [f"{c.__module__}.{c.__name__}" for c in forms if not issubclass(c, FlaskForm)]
    assert outside == []
    unlimited = []
    with app.test_request_context():
        for cls in forms:
            if cls is FlaskForm:
                continue
            form = cls(meta={"csrf": False})
            for field in form:
                kind = getattr(field.widget, "input_type", None)
                if not isinstance(field, StringField) or kind in ("date", "datetime-local"):
                    continue
                if not getattr(field, "free_text", True):  # read as a number by its parser
                    continue
                limits = [v.max for v in field.validators if isinstance(v, Length)]
                if not limits or max(limits) > LONG_TEXT:
                    unlimited.append(f"{cls.__name__}.{field.name}")
    assert unlimited == []
