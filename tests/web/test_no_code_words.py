"""No code words on any page: what a user reads is a name from the guide or the core's
catalog, never a code such as «follow_up» or «barnevern_review».

The demo of every municipality is loaded once; several of its staff and Tromsø's citizens
sign in, and every page reachable by links from where they land («Mine saker», the citizen's
own page) is read in bokmål, nynorsk and English. The visible text (no tags, scripts, styles
or attribute values) must hold no snake_case word.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
import sqlalchemy as sa
from werkzeug.exceptions import HTTPException

from bti import create_app
from bti.demo import DEMO_PASSWORD, load_demo_data
from bti.migrate import upgrade_database
from bti.models import Case, Deadline

LOCALES = ("nb", "nn", "en")
STAFF = {
    "baerum": ("helsesykepleier", "koordinator", "leder"),
    "jevnaker": ("laerer", "barnevern", "leder"),
    "tromso": ("laerer", "koordinator", "barnevern"),
    "vestby": ("laerer", "leder", "koordinator"),
}
CITIZENS = {"tromso": ("foresatt", "ungdom")}

CODE_WORD = re.compile(r"\b[a-zæøå]+_[a-zæøå_]+\b")
#: Pages a user reaches by a link but that are no page to read (downloads, signing out).
NOT_PAGES = re.compile(r"\.(pdf|ics)$|/logg-ut|/static/|/sprak")
#: How many pages of one route one user's crawl reads: the case page for each of their
#: cases (up to a few), one of each printout.
PER_ROUTE = {"case.show": 5}
PER_ROUTE_DEFAULT = 2
MAX_PAGES = 30


class VisibleText(HTMLParser):
    """The text a reader sees: no tags, attribute values, scripts or styles."""

    HIDDEN = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(self.parts)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """All four municipalities' demo on one SQLite file, loaded once for this module."""
    path = tmp_path_factory.mktemp("words")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    yield app
    app.extensions["bti_db"].dispose()


def crawl(app, client, start: list[str], slug: str) -> dict[str, list[str]]:
    """Every page reachable from ``start`` within the municipality: its code words."""
    adapter = app.url_map.bind("localhost")
    seen: set[str] = set()
    per_route: Counter[str] = Counter()
    queue = list(start)
    found: dict[str, list[str]] = {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        path = urlsplit(url).path
        try:
            endpoint, _args = adapter.match(path, method="GET")
        except HTTPException:
            continue
        per_route[endpoint] += 1
        if per_route[endpoint] > PER_ROUTE.get(endpoint, PER_ROUTE_DEFAULT):
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code >= 500:
            found[url] = [f"HTTP {response.status_code}"]
        if response.status_code != 200 or response.mimetype != "text/html":
            continue
        page = VisibleText()
        page.feed(response.get_data(as_text=True))
        words = sorted(set(CODE_WORD.findall(page.text)))
        if words:
            found[url] = words
        for href in page.links:
            link, _fragment = urldefrag(href)
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not link.startswith(f"/{slug}/"):
                continue
            if NOT_PAGES.search(parts.path) or link in seen:
                continue
            queue.append(link)
    return found


def signed_in(app, locale: str, username: str, page: str):
    client = app.test_client()
    client.post("/sprak", data={"locale": locale, "next": "/"})
    response = client.post(
        page, data={"username": username, "password": DEMO_PASSWORD}, follow_redirects=True
    )
    assert response.status_code == 200, username
    return client, response.request.path


def accounts():
    """Every account in bokmål; in nynorsk and English the first of each municipality's
    (the same pages in other words: fewer readers keep the test fast)."""
    for locale in LOCALES:
        for slug, keys in STAFF.items():
            for key in keys if locale == "nb" else keys[:1]:
                yield pytest.param(
                    locale, slug, f"{slug}.{key}", "/logg-inn", id=f"{locale}-{slug}.{key}"
                )
        for slug, keys in CITIZENS.items():
            for key in keys if locale == "nb" else keys[:1]:
                page = f"/{slug}/innsyn/logg-inn"
                yield pytest.param(locale, slug, f"{slug}.{key}", page, id=f"{locale}-{slug}.{key}")


@pytest.mark.parametrize(("locale", "slug", "username", "sign_in_page"), list(accounts()))
def test_no_page_shows_a_code_word(demo, locale, slug, username, sign_in_page):
    client, landing = signed_in(demo, locale, username, sign_in_page)
    assert landing.startswith(f"/{slug}/"), landing
    # The new-concern pages behind the first page's question (a form, not a link).
    behind_forms = [f"/{slug}/ny-bekymring/akutt", f"/{slug}/ny-bekymring/skjema"]
    start = [landing, *behind_forms] if sign_in_page == "/logg-inn" else [landing]
    found = crawl(demo, client, start, slug)
    assert not found, "\n".join(f"{url}: {', '.join(words)}" for url, words in found.items())


def test_the_visible_text_leaves_out_attributes_scripts_and_styles():
    page = VisibleText()
    page.feed(
        '<p title="a_b" data-x="c_d">Frist</p><script>var e_f;</script>'
        "<style>.g_h{}</style><p>follow_up</p>"
    )
    assert CODE_WORD.findall(page.text) == ["follow_up"]


# -- deadlines: every one has a name ------------------------------------------------------------


def test_every_deadline_a_guide_sets_has_a_name(demo):
    for municipality in demo.extensions["bti"]:
        for level in municipality.levels:
            for rule in level.deadlines:
                for locale in LOCALES:
                    with demo.test_request_context(headers={"Accept-Language": locale}):
                        label = str(municipality.deadline_label(rule.code))
                    assert label and not CODE_WORD.search(label), (municipality.slug, rule.code)


def test_every_event_a_deadline_counts_from_or_is_met_by_has_words(demo):
    """The guide page says what starts and meets each deadline (bti.guide_text.EVENTS): a
    meeting names a kind of meeting the municipality holds, a decision one of its own."""
    from bti.guide_text.words import EVENTS

    for municipality in demo.extensions["bti"]:
        known = {
            "meeting_held": {kind.code for kind in municipality.meeting_kinds},
            "decision": {o.code for level in municipality.levels for o in level.outcomes},
        }
        for level in municipality.levels:
            for rule in level.deadlines:
                for event in (rule.trigger, rule.met_by):
                    name, _sep, kind = event.partition(":")
                    assert name in EVENTS, (municipality.slug, rule.code, event)
                    assert not kind or kind in known.get(name, ()), (
                        municipality.slug,
                        rule.code,
                        event,
                    )


def test_every_deadline_in_the_demo_has_a_name(demo):
    db = demo.extensions["bti_db"]
    slugs = {id_: slug for slug, id_ in db.municipality_ids().items()}
    query = sa.select(Deadline.code, Case.municipality_id).join_from(
        Deadline, Case, Deadline.case_id == Case.id
    )
    with db.engine.connect() as conn:  # every municipality's: not through a scoped session
        rows = conn.execute(query).all()
    assert rows
    registry = demo.extensions["bti"]
    for code, municipality_id in set(rows):
        municipality = registry.get(slugs[municipality_id])
        for locale in LOCALES:
            with demo.test_request_context(headers={"Accept-Language": locale}):
                label = str(municipality.deadline_label(code))
            assert label != code and not CODE_WORD.search(label), (municipality.slug, code)


@pytest.mark.parametrize(
    ("code", "locale", "name"),
    [
        ("follow_up", "nb", "Oppfølging"),
        ("barnevern_review", "nn", "Barnevernet si vurdering av meldinga"),
        ("barnevern_review", "nb", "Barnevernets gjennomgang av meldingen"),
        ("no_such_rule", "nb", "Frist"),
        ("no_such_rule", "nn", "Frist"),
        ("no_such_rule", "en", "Deadline"),
    ],
)
def test_a_deadline_no_level_names_reads_the_cores_name_or_frist(demo, code, locale, name):
    """Older deadlines outlive their rule: the core names the codes the demo once used,
    any other reads «Frist»."""
    municipality = demo.extensions["bti"].get("baerum")
    with demo.test_request_context(headers={"Accept-Language": locale}):
        assert str(municipality.deadline_label(code)) == name


# -- the minutes' headings: in the reader's language -------------------------------------------


@pytest.mark.parametrize(
    ("locale", "heading", "not_in"),
    [("nn", "Barnet si stemme", "Barnets stemme"), ("en", "The child's voice", "Barnets stemme")],
)
def test_the_printed_minutes_head_their_parts_in_the_readers_language(
    demo, locale, heading, not_in
):
    """The demo stored its minutes in bokmål («Barnets stemme», «Veien videre»)."""
    client, landing = signed_in(demo, locale, "vestby.koordinator", "/logg-inn")
    page = VisibleText()
    page.feed(client.get(landing).get_data(as_text=True))
    minutes = None
    for case in [link for link in page.links if re.fullmatch(r"/vestby/sak/[\w-]+", link)]:
        found = re.search(
            r'href="(/vestby/sak/[\w-]+/utskrift/referat/\d+)"', client.get(case).text
        )
        if found:
            minutes = found.group(1)
            break
    assert minutes, "the demo has held meetings in Vestby"
    text = VisibleText()
    text.feed(client.get(minutes).get_data(as_text=True))
    assert heading in text.text and not_in not in text.text
