"""Tromsø's BTI guide with its headings, in its order, for the rules pages; the named rows of
its tables count as headings (:class:`bti.GuideSource` says how they are listed)."""

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
