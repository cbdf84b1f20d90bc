"""The pages the bench measures, found from a data manifest (``bench/data/<backend>-<size>.json``).

Each :class:`Page` is a request a user makes every day: who makes it (a username from the
manifest), the method and path, and for a POST the form a user would send. The paths are
the application's own (``platform/bti/web`` and the plugins); nothing here talks to the
database. :func:`pages` also says which pages the data cannot give (:class:`Absent`), so the
report can show them as absent rather than leave them out silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

#: What a page's response is: an HTML page (compared with the floor), a PDF, or a form post
#: answered with a redirect.
HTML, PDF, POST = "html", "pdf", "post"

#: The text of the entries the bench writes; a reader of the case sees it is the bench's.
ENTRY_TEXT = "Innføring skrevet av ytelsestesten (bench)."

QUEUE = "Bærum TIT coordinator's queue"
SEARCH = "Search for a child by name"

CSRF_RE = re.compile(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"')


@dataclass(frozen=True)
class Page:
    """One request the bench repeats."""

    key: str
    label: str
    kind: str
    username: str
    path: str
    #: A form sent with POST: its fields (without the CSRF token, which is taken from the
    #: page ``csrf_from``).
    form: dict[str, str] = field(default_factory=dict)
    csrf_from: str = ""
    #: What the response must contain to count (a search must find what it looks for).
    expect_text: str = ""

    @property
    def method(self) -> str:
        return "POST" if self.csrf_from else "GET"

    @property
    def expected_status(self) -> int:
        return 302 if self.kind == POST else 200


@dataclass(frozen=True)
class Search:
    """A search box on a page: the form's method and path, the box's name, and (for a form
    that also does other things) the name of the search button."""

    method: str
    path: str
    box: str
    button: str = ""


@dataclass(frozen=True)
class Absent:
    """A page the bench would measure, and why it is not measured."""

    key: str
    label: str
    reason: str


def pages(manifest: dict[str, Any], *, search: Search | None = None) -> list[Page]:
    """The pages to measure on the data ``manifest`` describes, in the order they are
    measured: every read first, the write last (it adds entries to a case).

    ``search`` is the child search, when the application has one (:func:`find_search`)."""
    slug = manifest["municipality"]
    busy = manifest["busy_user"]["username"]
    case = manifest["case_50"]
    case_path = f"/{slug}/sak/{case['case_id']}"
    coordinator = manifest["coordinator"]
    result = [
        Page("mine_saker", "«Mine saker» (busy user)", HTML, busy, f"/{slug}/saker"),
        Page(
            "min_enhet",
            "«Min enhet» (leader)",
            HTML,
            manifest["leader"]["username"],
            f"/{slug}/saker/enhet",
        ),
        Page("case_page", "Case page, 50 entries", HTML, case["username"], case_path),
        Page("guide", "The guide (veileder)", HTML, busy, f"/{slug}/veileder"),
        Page("new_concern", "New concern form", HTML, busy, f"/{slug}/ny-bekymring/skjema"),
        Page("pdf", _pdf_label(case), PDF, case["username"], _pdf_path(case_path, case)),
    ]
    if coordinator.get("team_id") is not None:
        queue = f"/{coordinator['slug']}/team/{coordinator['team_id']}/koe"
        result.insert(5, Page("coordinator_queue", QUEUE, HTML, coordinator["username"], queue))
    if search and manifest.get("child_name"):
        result.insert(5, _search_page(search, busy, manifest["child_name"]))
    # Another case of the same user when the runner found one (bench.run_data.write_case),
    # so that the «50 entries» case keeps its 50 run after run.
    write_path = f"/{slug}/sak/{manifest.get('write_case_id') or case['case_id']}"
    result.append(
        Page(
            "entry_post",
            "Write a stafettlogg entry (POST)",
            POST,
            case["username"],
            f"{write_path}/stafettlogg/innforing",
            form={"log-entry-kind": "note", "log-entry-text": ENTRY_TEXT},
            csrf_from=write_path,
        )
    )
    return result


def absent(manifest: dict[str, Any], *, search: Search | None = None) -> list[Absent]:
    """The pages :func:`pages` could not give, with the reason."""
    result = []
    if manifest["coordinator"].get("team_id") is None:
        result.append(Absent("coordinator_queue", QUEUE, "no Bærum team has a queue in the data"))
    if search is None:
        reason = "the application has no search for a child by name"
        result.append(Absent("child_search", SEARCH, reason))
    elif not manifest.get("child_name"):
        result.append(Absent("child_search", SEARCH, "the data names no child to search for"))
    return result


def find_search(html: str, page_path: str) -> Search | None:
    """The search on a page (``html``, served at ``page_path``): the first form with a
    search box (``type="search"``), or ``None``."""
    for form in re.finditer(r"<form\b([^>]*)>(.*?)</form>", html, re.S):
        attributes, body = form.groups()
        box = re.search(r'<input\b[^>]*type="search"[^>]*>', body)
        if box is None:
            continue
        name = re.search(r'name="([^"]+)"', box.group(0)).group(1)
        action = re.search(r'action="([^"]*)"', attributes)
        path = (action.group(1) if action and action.group(1) else page_path).split("?")[0]
        if not re.search(r'method="post"', attributes, re.I):
            return Search("GET", path, name)
        after = body[box.end() :]
        button = re.search(r'<button\b[^>]*type="submit"[^>]*name="([^"]+)"', after)
        return Search("POST", path, name, button.group(1) if button else "")
    return None


def _search_page(search: Search, username: str, name: str) -> Page:
    if search.method == "GET":
        path = f"{search.path}?{urlencode({search.box: name})}"
        return Page("child_search", SEARCH, HTML, username, path, expect_text=name)
    form = {search.box: name, **({search.button: "1"} if search.button else {})}
    return Page(
        "child_search",
        SEARCH,
        HTML,
        username,
        search.path,
        form=form,
        csrf_from=search.path,
        expect_text=name,
    )


def csrf_token(html: str) -> str:
    """The form token on a page (every form on a page carries the same one)."""
    found = CSRF_RE.search(html)
    if found is None:
        raise LookupError("no CSRF token on the page")
    return found.group(1)


def _pdf_path(case_path: str, case: dict[str, Any]) -> str:
    if case.get("consent_id") is not None:
        return f"{case_path}/utskrift/samtykke/{case['consent_id']}.pdf"
    if case.get("meeting_id") is not None:
        return f"{case_path}/utskrift/invitasjon/{case['meeting_id']}.pdf"
    return f"{case_path}/utskrift/samtykke.pdf"


def _pdf_label(case: dict[str, Any]) -> str:
    if case.get("consent_id") is not None:
        return "Consent (PDF)"
    if case.get("meeting_id") is not None:
        return "Meeting invitation (PDF)"
    return "Blank consent form (PDF)"
