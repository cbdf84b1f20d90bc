"""Steps for the rules as a document (features/core/regler.feature): the public pages
``/<kommune>/regler`` and ``/<kommune>/regler/dekning`` read signed out."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pytest_bdd import given, parsers, then, when

from bti.migrate import upgrade_database
from bti.plugins import build_registry
from bti.rules_doc.features import Feature, read_features
from bti.rules_doc.sources import Sources, guides_by_municipality

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
SLUGS = {"Vestby kommune": "vestby", "Tromsø kommune": "tromso"}
ORDINAL = {"første": 0, "andre": 1}


@dataclass
class Reader:
    """Someone who is not signed in, and what the deployment is told about the rules."""

    config: dict = field(default_factory=dict)
    page: str = ""


@pytest.fixture
def leser(make_app, tmp_path) -> Reader:
    return Reader(config={"BTI_RULES_REPORT": str(tmp_path / "ingen-rapport.json")})


def _akutt() -> Feature:
    return next(f for f in read_features(FEATURES, ["vestby"]) if f.uri == "vestby/akutt.feature")


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _section(page: str, name: str) -> str:
    """The part of the page that shows the scenario ``name``."""
    start = page.index(f">{html.escape(name, quote=False)}</h3>")
    return page[start : page.find("</section>", start)]


@given(
    "at siste testkjøring fant at den første regelen om akutt bekymring i Vestby holdt, og at "
    "den andre ikke holdt"
)
def _(leser: Reader, tmp_path) -> None:
    akutt = _akutt()
    first, second = akutt.scenarios[:2]
    report = tmp_path / "cucumber.json"
    elements = [
        {"line": first.line, "result": {"status": "passed"}},
        {"line": second.line, "result": {"status": "failed"}},
    ]
    report.write_text(json.dumps([{"uri": akutt.uri, "elements": elements}]), encoding="utf-8")
    leser.config["BTI_RULES_REPORT"] = str(report)


@given("at testene ikke har vært kjørt")
def _(leser: Reader, tmp_path) -> None:
    assert not Path(leser.config["BTI_RULES_REPORT"]).exists()


@given(parsers.parse("at forslag til endringer sendes til {adresse}"))
def _(leser: Reader, adresse: str) -> None:
    leser.config["BTI_RULES_EMAIL"] = adresse


@when(
    parsers.re(
        r"noen som ikke er logget inn, åpner (?P<hva>reglene|dekningen av veilederen) for "
        r"(?P<kommune>.+)$"
    )
)
def _(leser: Reader, make_app, hva: str, kommune: str) -> None:
    app = make_app(**leser.config)
    with app.app_context():
        upgrade_database(app)
    path = f"/{SLUGS[kommune]}/regler" + ("/dekning" if hva != "reglene" else "")
    response = app.test_client().get(path)
    assert response.status_code == 200, response.status_code
    leser.page = response.get_data(as_text=True)


@then(parsers.parse("ser de hver regel som gjelder {kommune}, med kilden den bygger på"))
def _(leser: Reader, kommune: str) -> None:
    for feature in read_features(FEATURES, ["core", SLUGS[kommune]]):
        for scenario in feature.scenarios:
            section = _section(leser.page, scenario.name)
            for citation in scenario.citations or feature.citations:
                assert html.escape(f"«{citation.heading}»", quote=False) in section, scenario.name


@then(parsers.parse("de ser ingen regel som bare gjelder {kommune}"))
def _(leser: Reader, kommune: str) -> None:
    assert f'id="{SLUGS[kommune]}-' not in leser.page


@then(
    parsers.re(
        r"(er )?den (?P<nr>første|andre) regelen om akutt bekymring (er )?merket «(?P<merke>.+)»$"
    )
)
def _(leser: Reader, nr: str, merke: str) -> None:
    scenario = _akutt().scenarios[ORDINAL[nr]]
    assert merke in _text(_section(leser.page, scenario.name))


@then("står det på siden at den ikke kan si om reglene holdt")
def _(leser: Reader) -> None:
    assert "så siden kan ikke si om reglene holdt" in _text(leser.page)


@then("ingen regel er merket «Bestått» eller «Feilet»")
def _(leser: Reader) -> None:
    tags = re.findall(r'<span class="ds-tag"[^>]*>([^<]+)</span>', leser.page)
    assert tags and not {"Bestått", "Feilet"} & set(tags)


@then(parsers.parse("står hver overskrift i {kommune}s veileder på siden"))
def _(leser: Reader, kommune: str) -> None:
    guides = guides_by_municipality(build_registry(None))[SLUGS[kommune]]
    sources = Sources(ROOT.parent, guides)
    text = _text(leser.page)
    for guide in guides:
        assert guide.title in text
        for heading in sources.document(guide.path).headings:
            assert heading in text, heading


@then(parsers.parse("under «{overskrift}» står regelen «{regel}»"))
def _(leser: Reader, overskrift: str, regel: str) -> None:
    part = leser.page.split(f">{overskrift}</h3>", 1)[1].split("</h3>", 1)[0]
    assert regel in _text(part)


@then(parsers.parse("«{overskrift}» er merket med at ingen regel viser til den"))
def _(leser: Reader, overskrift: str) -> None:
    part = leser.page.split(f">{overskrift}</h3>", 1)[1].split("</li>", 1)[0]
    assert "Ingen regel viser til denne overskriften" in _text(part)


@then(parsers.parse("har hver regel en lenke som lager en e-post til {adresse}"))
def _(leser: Reader, adresse: str) -> None:
    mails = re.findall(r'href="mailto:([^"?]*)\?', leser.page)
    count = sum(len(f.scenarios) for f in read_features(FEATURES, ["core", "vestby"]))
    assert len(mails) == count
    assert {unquote(m) for m in mails} == {adresse}


@then(
    "e-posten om den første regelen om akutt bekymring har regelens navn i emnet og kilden i "
    "teksten"
)
def _(leser: Reader) -> None:
    akutt = _akutt()
    scenario = akutt.scenarios[0]
    section = _section(leser.page, scenario.name)
    link = html.unescape(re.search(r'href="(mailto:[^"]+)"', section).group(1))
    fields = parse_qs(urlsplit(link).query)
    assert fields["subject"] == [f"Forslag til endring: {scenario.name}"]
    citation = (scenario.citations or akutt.citations)[0]
    assert f"Kilde: {citation.document}, «{citation.heading}»" in fields["body"][0]


@then("siden ber om at forslaget ikke nevner navn eller andre opplysninger om en sak")
def _(leser: Reader) -> None:
    assert "aldri om et barn eller en familie: ingen navn, fødselsnumre" in _text(leser.page)
