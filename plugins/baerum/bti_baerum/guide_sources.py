"""Bærum's two guides, the TIT method book and the action plan «Sammen for barn og unge»,
with their headings for the rules pages (:class:`bti.GuideSource` says how they are listed)."""

from __future__ import annotations

from bti import GuideSource

TIT_METHOD_BOOK = GuideSource(
    path="shared/seeds/000_0e1a3820b93a5dea.txt",
    title="Metodebok for Tidlig innsatsteam (TIT), Bærum kommune",
    headings=(
        "Forord",
        "Formål",
        "Mandat",
        "Myndighet",
        "Målgruppe",
        "Type saker",
        "Møtehyppighet",
        "Deltakere",
        "Hvordan melde inn saker",
        "Koordinators rolle og ansvar",
        "Forberedelse",
        "Møtestruktur",
        "1. Presentasjon",
        "2. Framlegg av sak",
        "3. Drøftingsdel",
        "4. Avrunding",
        "5. Metarefleksjon",
        "6. Protokoll",
        "Kommunikasjonsstrategier",
        "Brukerevaluering",
        "Dokumentasjon",
        "Vedlegg 1: Samtykkeskjema",
        "Samtykkeerklæring",
        "Vedlegg 2: Meldeskjema",
        "Melding av sak til Tidlig innsatsteam",
        "Vedlegg 3: Møteinnkalling",
        "Innkalling til møte i Tidlig innsatsteam",
        "Vedlegg 4: Handlingsplan",
        "Bærum kommune, handlingsplan",
    ),
)

ACTION_PLAN = GuideSource(
    path="shared/seeds/003_65c3f1b10dd6ab1f.txt",
    title="Tiltaksplan «Sammen for barn og unge» 2015–2019, Bærum kommune",
    headings=(
        "Innledning",
        "Hovedmål",
        "Hovedgrep",
        "Målgruppe for tiltaksplanen",
        "Arbeidet med tiltaksplanen",
        "Forskning",
        "Hovedutfordringsbilde 2014",
        "Tiltak og virkemidler for barn og unge i en utsatt posisjon",
        "Forebygging av press/stress",
        "Forebygging av utenforskap/marginalisering",
        "Unge voksne (18-25 år) uten fast bopel",
        "Tverrfaglig samhandling",
        "Rutiner for samarbeid ved overganger",
        "Bruk av individuell plan",
        "Meldinger til barnevernstjenesten",
        "Implementering og oppfølging av tiltak i planen",
        "Lederoppfølging",
        "Felles utviklingsområder",
        "Måling av effekt på kort sikt",
        "Måling av effekt på lang sikt",
        "Vedlegg 1: Ny modell for",
        "Vedlegg 2: Oversikt over tiltak",
        "Vedlegg 3: Høringsinnspill",
    ),
)

GUIDES = (TIT_METHOD_BOOK, ACTION_PLAN)
