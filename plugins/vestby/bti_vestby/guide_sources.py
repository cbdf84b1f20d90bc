"""Vestby's «Bekymring følges opp – BTI» with its headings, in its order, for the rules pages
(:class:`bti.GuideSource` says how they are listed)."""

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
