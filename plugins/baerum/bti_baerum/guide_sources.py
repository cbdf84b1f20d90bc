"""The guides that are Bærum's own, with their headings in the guide's order, for the rules pages
(``/baerum/regler/dekning`` lists each heading with the scenarios that cite it). The
guides were extracted from PDFs and web pages, so each heading is listed by hand as the
start of one of the guide's lines; a test checks that each still is (``shared/seeds/README.md``
says which guide is whose)."""

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
