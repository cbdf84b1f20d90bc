"""The guides that are Vestby's own, with their headings in the guide's order, for the rules pages
(``/vestby/regler/dekning`` lists each heading with the scenarios that cite it). The
guides were extracted from PDFs and web pages, so each heading is listed by hand as the
start of one of the guide's lines; a test checks that each still is (``shared/seeds/README.md``
says which guide is whose)."""

from __future__ import annotations

from bti import GuideSource

GUIDE = GuideSource(
    path="shared/seeds/002_36ab055ecf8ed34e.txt",
    title="Bekymring følges opp – BTI, Vestby kommune",
    headings=(
        "Bekymring følges opp",
        "Samtidighetsansvar",
        "Nivå 0 – uro/bekymring",
        "Akutt?",
        "Undring og observasjon",
        "Del undringen/bekymringen",
        "Grunn til å gå videre? Avklaring",
        "Nivå 1 – fra bekymring til tiltak",
        "Planlegg møte for å vurdere tiltak",
        "Inviter til møte",
        "Møte/undringssamtale",
        "Tiltak, videre plan",
        "Evaluering og oppfølgingsmøter av tiltakene",
        "Nivå 2 – tverrfaglig innsats (1-2 tjenester)",
        "Inviter til og gjennomfør samarbeidsmøte",
        "Tiltak",
        "Evalueringsmøte",
        "Avklar/avslutt",
        "Nivå 3 – omfattende samarbeid mellom flere tjenester (3 eller flere)",
        "Avklaring av aktuell hjelp",
        "Dokumentasjon og eventuelt individuell plan",
        "Evaluering",
    ),
)

GUIDES = (GUIDE,)
