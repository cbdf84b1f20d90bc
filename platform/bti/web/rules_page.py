"""The rules as a document for policy writers: «Regler» and «Dekning av veilederen».

``/<kommune>/regler`` shows the feature files that apply to the municipality (the core's and
its own) as chapters and sections, each scenario with its sources, the passage they quote and
its outcome in the last test run; ``/<kommune>/regler/dekning`` lists every heading of the
municipality's guides with the scenarios that cite it. Both are public (no sign-in): they hold
no personal data, so a municipality can publish them. The material is read by
:mod:`bti.rules_doc`; where it is found is :mod:`bti.rules_doc.settings`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import Blueprint, current_app, g, render_template
from markupsafe import Markup, escape

# bti.rules_doc (and the Gherkin parser under it) is imported by the views, on the first
# rules page: most deployments' processes never draw one (tests/perf/test_startup.py).
bp = Blueprint("rules_page", __name__)
_URL = re.compile(r"https?://[^\s<>«»]+[^\s<>«».,;:)]")


@bp.get("/regler")
def show():
    document = _document()
    return render_template("rules_page/show.html", document=document)


@bp.get("/regler/dekning")
def guide_coverage():
    from bti.rules_doc import coverage, rules_settings

    document = _document()
    settings = rules_settings(current_app)
    return render_template(
        "rules_page/coverage.html", document=document, guides=coverage(document, settings)
    )


def _document():
    from bti.rules_doc import rules_document, rules_settings

    municipality = g.municipality
    return rules_document(municipality.slug, municipality.name, rules_settings(current_app))


@bp.app_template_filter("with_links")
def with_links(text: str) -> Markup:
    """A step's sentence or a guide's passage, each address in it a link named by its site
    (the whole address is a code to the reader, and it would widen the page)."""
    parts, start = [], 0
    for match in _URL.finditer(text):
        url = match.group(0)
        parts += [escape(text[start : match.start()]), _link(url)]
        start = match.end()
    parts.append(escape(text[start:]))
    return Markup("").join(parts)


def _link(url: str) -> Markup:
    return Markup('<a class="ds-link" href="{}">{}</a>').format(url, urlsplit(url).netloc)
