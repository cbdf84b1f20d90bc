"""The rules as a document for policy writers: ``/<kommune>/regler`` and its coverage page,
read signed out, in bokmål and nynorsk (bti.web.rules_page)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from bti import GuideSource, hookimpl
from bti.plugins import build_registry
from bti.rules_doc.features import read_features
from bti.rules_doc.sources import Sources, guides_by_municipality

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
GUIDES = guides_by_municipality(build_registry(None))
SOURCES = Sources(ROOT.parent, [guide for guides in GUIDES.values() for guide in guides])


def text(response) -> str:
    body = response.get_data(as_text=True)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def outcome_tags(response) -> list[str]:
    return re.findall(r'<span class="ds-tag"[^>]*>([^<]+)</span>', response.get_data(as_text=True))


def names(folder: str) -> list[str]:
    return [s.name for f in read_features(FEATURES, [folder]) for s in f.scenarios]


@pytest.fixture
def report(tmp_path) -> Path:
    """A test report in which Vestby's first acute scenario passed and its second failed."""
    [akutt] = read_features(FEATURES, ["vestby"])[:1]
    first, second = akutt.scenarios[:2]
    path = tmp_path / "cucumber.json"
    path.write_text(
        json.dumps(
            [
                {
                    "uri": akutt.uri,
                    "elements": [
                        {"line": first.line, "result": {"status": "passed"}},
                        {"line": second.line, "result": {"status": "failed"}},
                    ],
                }
            ]
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("slug", ["vestby", "tromso", "baerum", "jevnaker"])
def test_signed_out_the_page_shows_every_scenario_of_the_core_and_the_municipality(client, slug):
    response = client.get(f"/{slug}/regler")
    assert response.status_code == 200
    page = text(response)
    for name in names("core") + names(slug):
        assert name in page
    body = response.get_data(as_text=True)
    for other in {"vestby", "tromso", "baerum", "jevnaker"} - {slug}:
        assert f'id="{other}-' not in body, "another municipality's rules"


def test_each_scenario_shows_its_source_with_the_guides_passage(client):
    page = text(client.get("/tromso/regler"))
    assert (
        "Kilde: BTI – Bedre tverrfaglig innsats, Tromsø kommune, «Identifisering og avklaring - "
        "nivå 0», trinn 4" in page
    )
    assert "«Frist for å ta en beslutning 14 dager etter at bekymring oppstår.»" in page
    assert "Avsnittet i dokumentet" in page


def test_steps_are_sentences_with_the_keyword_in_bold_and_tables_as_tables(client):
    body = client.get("/vestby/regler").get_data(as_text=True)
    assert re.search(r"<li><strong>Gitt</strong> at Vestby kommune er tatt i bruk", body)
    assert re.search(r"<li><strong>Så</strong> ", body)
    assert '<th scope="col">' in body


def test_the_outcomes_come_from_the_last_report_with_its_time(make_app, report):
    app = make_app(BTI_RULES_REPORT=str(report))
    response = app.test_client().get("/vestby/regler")
    assert "Resultatene er fra testkjøringen" in text(response)
    assert "Det finnes ingen rapport" not in text(response)
    tags = outcome_tags(response)
    assert tags.count("Bestått") == tags.count("Feilet") == 1
    assert tags.count("Ikke med i siste testkjøring") == len(tags) - 2


def test_a_missing_report_is_said_rather_than_pretended(make_app, tmp_path):
    app = make_app(BTI_RULES_REPORT=str(tmp_path / "none.json"))
    response = app.test_client().get("/vestby/regler")
    assert "Det finnes ingen rapport fra en testkjøring, så siden kan ikke si om reglene" in text(
        response
    )
    assert set(outcome_tags(response)) == {"Ingen testrapport"}


def test_the_page_is_in_nynorsk_too(client):
    page = text(client.get("/vestby/regler", headers={"Accept-Language": "nn"}))
    assert "Reglane i Vestby kommune" in page
    assert "Slik føreslår du ei endring" in page


def test_each_scenario_links_to_a_filled_in_proposal_without_personal_data(make_app):
    app = make_app(
        BTI_RULES_EMAIL="veileder@vestby.kommune.no",
        BTI_RULES_ISSUES="https://github.com/eksempel/bti/issues/new",
    )
    body = app.test_client().get("/vestby/regler").get_data(as_text=True)
    assert "Slik foreslår du en endring" in body
    mails = re.findall(r'href="(mailto:[^"]+)"', body)
    issues = re.findall(r'href="(https://github.com/eksempel/bti/issues/new[^"]+)"', body)
    assert len(mails) == len(issues) == len(names("core") + names("vestby"))
    mail = urlsplit(unescape(mails[0]))
    assert unquote(mail.path) == "veileder@vestby.kommune.no"
    fields = parse_qs(mail.query)
    assert fields["subject"] == [f"Forslag til endring: {names('core')[0]}"]
    assert "Fil: features/core/" in fields["body"][0]
    assert "Kilde: shared/" in fields["body"][0]
    issue = parse_qs(urlsplit(unescape(issues[0])).query)
    assert issue["template"] == ["regelendring.md"]
    assert issue["title"] == fields["subject"]


def test_without_an_address_the_mail_opens_with_the_text_filled_in(client):
    body = client.get("/vestby/regler").get_data(as_text=True)
    assert 'href="mailto:?subject=' in body
    assert "issues/new" not in body


@pytest.mark.parametrize("slug", ["vestby", "tromso"])
def test_the_coverage_lists_every_heading_of_the_guide_with_its_scenarios(client, slug):
    response = client.get(f"/{slug}/regler/dekning")
    assert response.status_code == 200
    page = text(response)
    [guide] = GUIDES[slug]
    assert guide.title in page
    path = guide.path
    for heading in SOURCES.document(path).headings:
        assert heading in page
    # Both guides still have headings no rule cites (Tromsø's two, Vestby's two): marked.
    assert "Ingen regel viser til denne overskriften" in page


def test_the_coverage_links_a_heading_to_the_scenarios_citing_it(client):
    body = client.get("/tromso/regler/dekning").get_data(as_text=True)
    section = body.split("Barn som pårørende</h3>", 1)[1].split("</li>\n", 1)[0]
    assert "Barn og unge til og med 18 år er pårørende i denne betydningen" in unescape(
        re.sub(r"<[^>]+>", "", body.split("Barn som pårørende</h3>", 1)[1][:4000])
    )
    assert 'href="/tromso/regler#tromso-barn_som_parorende-' in section


def test_a_municipality_s_plugin_brings_its_own_guide_to_the_coverage(make_app, tmp_path):
    """A municipality whose plugin lives outside this repository names its guide through
    the hook; the coverage page lists its headings, none cited yet."""
    seeds = tmp_path / "kilder" / "shared" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "eksempel.txt").write_text(
        "Veileder for tidlig innsats\nInnledning\nNoe tekst.\nNivå 0: Undring\nMer tekst.\n",
        encoding="utf-8",
    )
    guide = GuideSource(
        "shared/seeds/eksempel.txt", "Veileder for tidlig innsats", ("Innledning", "Nivå 0")
    )

    class OwnGuide:
        @hookimpl
        def bti_register_guide_sources(self, profile):
            return [guide] if profile.slug == "vestby" else []

    app = make_app(plugins=[OwnGuide()], BTI_RULES_SOURCES=str(tmp_path / "kilder"))
    page = text(app.test_client().get("/vestby/regler/dekning"))
    assert "Veileder for tidlig innsats" in page
    section = page.split("Veileder for tidlig innsats", 1)[1]
    assert "Innledning" in section and "Nivå 0" in section
    assert "Ingen regel viser til denne overskriften" in section
    assert "Veileder for tidlig innsats" not in text(
        app.test_client().get("/tromso/regler/dekning")
    )


def test_an_unknown_municipality_has_no_rules_page(client):
    assert client.get("/oslo/regler").status_code == 404


def test_an_address_in_a_step_is_a_link_named_by_its_site(client):
    body = client.get("/jevnaker/regler").get_data(as_text=True)
    url = "https://bufdir.no/Familie/foreldrestotte/tjenester_som_tilbyr_foreldrestotte/"
    assert f'<a class="ds-link" href="{url}">bufdir.no</a>' in body
    assert f">{url}<" not in body
