"""The guides that are Tromsø's own, with their headings in the guide's order, for the rules pages
(``/tromso/regler/dekning`` lists each heading with the scenarios that cite it). The
guides were extracted from PDFs and web pages, so each heading is listed by hand as the
start of one of the guide's lines; a test checks that each still is (``shared/seeds/README.md``
says which guide is whose)."""

from __future__ import annotations

from bti import GuideSource

GUIDE = GuideSource(
    path="shared/seeds/004_e094d3244bfd92ed.txt",
    title="BTI – Bedre tverrfaglig innsats, Tromsø kommune",
    headings=(
        "Toppbilde BTI",
        "Identifisering og avklaring - nivå 0",
        "Verktøy nivå 0",
        "Innsats i egen avdeling - nivå 1",
        "Tverrfaglig samarbeid - nivå 2",
        "Tverrfaglig samarbeid med spesiell innsats - nivå 3",
        "Stafettholder - Sampro",
        "Stafettholderens oppgaver",
        "Stafettlogg i Sampro",
        "Barn som pårørende",
        "Rutiner og planer for tverrfaglig samarbeid",
    ),
)

GUIDES = (GUIDE,)
