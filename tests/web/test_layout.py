"""The shared layout: landmarks, headings, labels, skip link, stylesheets, no stray text.

What a screen-reader or keyboard user meets on every page, checked on the HTML the test
client gets. (The browser tests add axe-core on top; these run everywhere, fast.)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest
from flask import Blueprint, flash, redirect, render_template_string
from wtforms import BooleanField, Form, RadioField, StringField
from wtforms.validators import InputRequired

from bti import hookimpl
from bti.migrate import upgrade_database

TEMPLATES = Path(__file__).resolve().parents[2] / "platform" / "bti" / "web" / "templates"

FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}
LABELLED = {"input", "select", "textarea"}
NOT_LABELLED = {"hidden", "submit", "button", "reset", "image"}


class Page(HTMLParser):
    """The parts of a page these tests look at, in document order."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html_lang: str | None = None
        self.headings: list[tuple[int, str]] = []
        self.focusable: list[tuple[str, dict]] = []
        self.controls: list[tuple[str, dict, bool]] = []  # tag, attrs, inside a <label>
        self.label_for: set[str] = set()
        self.ids: dict[str, str] = {}
        self.stylesheets: list[str] = []
        self.landmarks: list[str] = []
        self.header_text = ""
        self._open: list[str] = []
        self._heading: list | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_lang = a.get("lang")
        if "id" in a:
            self.ids[a["id"]] = tag
        if tag in {"header", "main", "footer", "nav"}:
            self.landmarks.append(tag)
        if tag == "link" and a.get("rel") == "stylesheet":
            self.stylesheets.append(a["href"])
        if tag == "label" and "for" in a:
            self.label_for.add(a["for"])
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [int(tag[1]), ""]
        if tag in LABELLED and a.get("type") not in NOT_LABELLED:
            self.controls.append((tag, a, "label" in self._open))
        if self._is_focusable(tag, a):
            self.focusable.append((tag, a))
        if tag not in {"meta", "link", "input", "br", "hr", "img"}:
            self._open.append(tag)

    def handle_endtag(self, tag):
        if self._heading and re.fullmatch(r"h[1-6]", tag):
            self.headings.append((self._heading[0], self._heading[1].strip()))
            self._heading = None
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data
        if "header" in self._open:
            self.header_text += data

    @staticmethod
    def _is_focusable(tag: str, a: dict) -> bool:
        if "tabindex" in a:
            return int(a["tabindex"]) >= 0
        if tag == "a":
            return "href" in a
        return tag in FOCUSABLE and a.get("type") != "hidden" and "disabled" not in a


def _failing_plugin():
    bp = Blueprint("layout_probe", __name__)

    @bp.get("/feil")
    def boom():
        raise RuntimeError("boom")

    @bp.get("/melding")
    def message():
        flash("Saken er lagret.", "success")
        flash("Fristen er passert.", "error")
        return redirect("/vestby/")

    class Plugin:
        @hookimpl
        def bti_register_blueprints(self):
            return [bp]

    return Plugin()


@pytest.fixture
def probe_client(make_app):
    """Vestby with a plugin that fails on /vestby/feil and flashes on /vestby/melding."""
    app = make_app(plugins=[_failing_plugin()], BTI_MUNICIPALITIES="vestby")
    with app.app_context():
        upgrade_database(app)
    return app.test_client()


@pytest.fixture
def pages(client, probe_client, make_app) -> dict[str, Page]:
    """Every kind of page the layout must hold for, parsed."""
    down = make_app(DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none").test_client()
    responses = {
        "front page": (client.get("/"), 200),
        "municipality": (client.get("/vestby/"), 200),
        "not found": (client.get("/oslo/"), 404),
        "csrf": (client.post("/sprak", data={"locale": "en", "next": "/"}), 400),
        "server error": (probe_client.get("/vestby/feil"), 500),
        "database down": (down.get("/vestby/"), 503),
    }
    for name, (response, status) in responses.items():
        assert (response.status_code, response.mimetype) == (status, "text/html"), name
    return {name: Page(r.get_data(as_text=True)) for name, (r, _status) in responses.items()}


def test_every_page_has_one_h1_and_headings_in_order(pages):
    for name, page in pages.items():
        levels = [level for level, _text in page.headings]
        assert levels.count(1) == 1, f"{name}: {page.headings}"
        assert levels[0] == 1, f"{name}: the first heading is the h1: {page.headings}"
        for before, after in pairwise(levels):
            assert after <= before + 1, f"{name}: h{before} is followed by h{after}"
        assert all(text for _level, text in page.headings), f"{name}: an empty heading"


def test_every_page_has_the_landmarks_and_a_skip_link_first(pages):
    for name, page in pages.items():
        for landmark in ("header", "main", "footer"):
            assert page.landmarks.count(landmark) == 1, f"{name}: {page.landmarks}"
        assert page.ids.get("main") == "main", f"{name}: <main id='main'>"
        tag, attrs = page.focusable[0]
        assert (tag, attrs.get("href")) == ("a", "#main"), f"{name}: first focusable {attrs}"


def test_every_field_has_a_label(pages):
    for name, page in pages.items():
        assert page.controls, f"{name}: the language menu is on every page"
        for tag, attrs, inside_label in page.controls:
            labelled = (
                inside_label
                or attrs.get("id") in page.label_for
                or attrs.get("aria-label")
                or attrs.get("aria-labelledby")
            )
            assert labelled, f"{name}: <{tag} name={attrs.get('name')!r}> has no label"


def test_the_stylesheets_and_fonts_are_served(client, pages):
    """They come from `make assets`; a 404 here means it has not run."""
    wanted = {"bti.css", "designsystemet/index.css", "designsystemet/theme.css", "inter.css"}
    for name, page in pages.items():
        assert {s for s in wanted if any(h.endswith(s) for h in page.stylesheets)} == wanted, name
    for href in pages["front page"].stylesheets:
        response = client.get(href)
        assert response.status_code == 200, f"{href}: run `make assets`"
        assert response.mimetype == "text/css", href
        assert len(response.data) > 100, href
    inter = client.get(next(h for h in pages["front page"].stylesheets if "inter" in h))
    fonts = re.findall(r"url\(\./(files/[^)]+\.woff2)\)", inter.get_data(as_text=True))
    assert len(fonts) == 8, "latin and latin-ext, weights 400, 500, 600 and 700"
    for font in fonts:
        assert client.get(f"/static/vendor/inter/{font}").status_code == 200, font


def test_the_municipality_is_named_in_the_header(pages):
    assert "Vestby kommune" in pages["municipality"].header_text
    assert "Vestby kommune" not in pages["front page"].header_text


@pytest.mark.parametrize("locale", ["nb", "nn", "en"])
def test_the_page_language_follows_the_chosen_one(client, locale):
    page = client.get("/vestby/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/sprak", data={"locale": locale, "next": "/vestby/", "csrf_token": token})
    for path in ("/", "/vestby/", "/oslo/"):
        assert Page(client.get(path).get_data(as_text=True)).html_lang == locale, path


def test_flash_messages_are_shown_once_with_their_role(probe_client):
    response = probe_client.get("/vestby/melding", follow_redirects=True)
    html = response.get_data(as_text=True)
    assert re.search(r'role="status"[^>]*>\s*<p[^>]*>Saken er lagret\.', html)
    assert re.search(r'role="alert"[^>]*>\s*<p[^>]*>Fristen er passert\.', html)
    assert "Saken er lagret" not in probe_client.get("/vestby/").get_data(as_text=True)


class _Form(Form):
    name = StringField("Name", validators=[InputRequired("Write the name.")])
    agree = BooleanField("I agree", validators=[InputRequired("Tick the box.")])
    kind = RadioField("Kind", choices=["a", "b"])


def test_the_error_summary_links_each_error_to_its_field(app):
    template = """
      {% from "macros/forms.html" import form_error_summary, field %}
      <h1>Page</h1>
      {{ form_error_summary(form) }}
      {{ field(form.name, description="As on the birth certificate.") }}
      {{ field(form.agree) }}
      {{ field(form.kind) }}
    """
    with app.test_request_context("/"):
        form = _Form()
        form.validate()
        html = render_template_string(template, form=form)
    page = Page(html)
    assert re.search(r'class="ds-error-summary" role="alert"', html)
    assert [level for level, _ in page.headings] == [1, 2]
    links = re.findall(r'<a class="ds-link" href="#([^"]+)">([^<]+)</a>', html)
    assert links == [
        ("name", "Write the name."),
        ("agree", "Tick the box."),
        ("kind-0", "Not a valid choice."),
    ]
    for field_id, message in links:
        assert field_id in page.ids and field_id in page.label_for
        assert re.search(f'class="ds-validation-message"[^>]*>{re.escape(message)}<', html)
    assert re.search(r'aria-describedby="name-description name-error"', html)
    assert html.count('aria-invalid="true"') == 2
    assert "<legend" in html, "radio buttons are grouped under a legend"


def test_no_error_summary_without_errors(app):
    with app.test_request_context("/"):
        html = render_template_string(
            '{% from "macros/forms.html" import error_summary %}{{ error_summary([]) }}'
        )
    assert "ds-error-summary" not in html


# Names of languages, written in their own language, are the same in every locale.
PROPER_NAMES = {"Norsk bokmål", "Norsk nynorsk", "English"}
_JINJA = re.compile(r"{{.*?}}|{%.*?%}|{#.*?#}", re.DOTALL)
_TEXT_NODE = re.compile(r">([^<>]*)<")
_TEXT_ATTRIBUTE = re.compile(r'\b(?:aria-label|title|alt|placeholder)="([^"]*)"')


@pytest.mark.parametrize(
    "template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: str(p.relative_to(TEMPLATES))
)
def test_templates_hold_no_text_outside_the_catalogs(template):
    """Text a user reads goes through _() or {% trans %}; a literal word is untranslated."""
    source = _JINJA.sub("", template.read_text(encoding="utf-8"))
    found = [m.group(1).strip() for m in _TEXT_NODE.finditer(source)]
    found += [m.group(1).strip() for m in _TEXT_ATTRIBUTE.finditer(source)]
    stray = [text for text in found if re.search(r"[^\W\d_]", text) and text not in PROPER_NAMES]
    assert not stray, f"wrap in _(): {stray}"
