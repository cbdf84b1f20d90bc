"""Which written guides are the municipality's own, for the rules pages (:mod:`bti.rules_doc`).

The feature files cite the passages of a guide they encode; the coverage page lists every
heading of the municipality's guides with the scenarios that cite it. A guide extracted from
a PDF or a web page has no layout that tells a heading from a broken line, so the plugin
lists its headings by hand, in the guide's order: title, chapters, sections, the named rows
of its tables and its numbered parts. A test checks that each still begins one of the
guide's lines.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuideSource:
    """One of the municipality's own guides.

    :param path: where the guide's text is, under the folder the rules pages read their
        sources from (``BTI_RULES_SOURCES``): ``shared/seeds/<file>.txt``. Citations name
        it the same way (``# Kilde: shared/seeds/<file>.txt, «heading»: «passage»``).
    :param title: the guide's own title, as the pages show it.
    :param headings: the guide's headings in its order, each as the start of one of its
        lines (case, spacing, a leading bullet and a closing colon do not count).
    """

    path: str
    title: str
    headings: tuple[str, ...]
