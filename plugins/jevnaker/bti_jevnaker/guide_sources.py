"""Jevnaker's «Handlingsveileder BTI» with its headings, in its order, for the rules pages
(:class:`bti.GuideSource` says how they are listed)."""

from __future__ import annotations

from bti import GuideSource

GUIDE = GuideSource(
    path="shared/seeds/001_3254db2c7bc0f88f.txt",
    title="Handlingsveileder BTI, Jevnaker kommune",
    headings=(
        "Handlingsveileder",
        "Barns rett til medvirkning og samtykke",
        "Undring? Nivå 0",
        "Hva kan vi gjøre innenfor egen virksomhet?",
        "Sett ord på undringen",
        "Helhetlig oversikt",
        "Tidlig dialog med foresatte",
        "Undringssamtale foresatte",
        "Beslutning tiltak",
        "Utfordringene kan løses på tjenestestedet Nivå 1",
        "Utarbeid forslag til tiltak",
        "Samlet informasjon",
        "Iverksett tiltak",
        "Tiltak evalueres",
        "Utfordringene krever bistand fra andre Nivå 2",
        "Avklar på nytt med foresatte",
        "Nye tjenester kobles inn",
        "Henvisning",
        "Nye deltagere inn i samarbeidet",
        "Samtykke",
        "Omfattende samarbeid mellom flere tjenester Nivå 3",
        "Foresattes vurdering",
        "Mulige psykiske lidelser",
        "Avklaring somatisk eller fysisk sykdom",
        "Evaluering av tiltak",
        "Meldeplikt barnevernstjenesten",
        "Tiltaksplan",
        "Beslutning",
    ),
)

GUIDES = (GUIDE,)
