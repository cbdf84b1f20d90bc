# language: no
Egenskap: Beslutningen på nivå 3
  På nivå 3 gir veilederen fire beslutninger: 1. avslutte eller fortsette, 2. fortsette på
  tverrfaglig eller enhetsnivå, 3. melde saken til barnevernet, 4. iverksette systemtiltak.
  De to første er hver et valg mellom to, og vises som to valg med samme nummer.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning», Omfattende samarbeid mellom
  #   flere tjenester Nivå 3: «1. Avslutte eller fortsette 2. Fortsette på tverrfaglig eller
  #   enhetsnivå 3. Melde saken til barnevernet 4. iverksette systemtiltak»
  Scenario: Nivå 3 gir nøyaktig veilederens fire beslutninger
    Så kan det på nivå 3 besluttes nøyaktig dette:
      | beslutning                                |
      | 1. Avslutte                               |
      | 1. Fortsette                              |
      | 2. Fortsette på tverrfaglig nivå (nivå 2) |
      | 2. Fortsette på enhetsnivå (nivå 1)       |
      | 3. Melde saken til barnevernet            |
      | 4. Iverksette systemtiltak                |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning», Omfattende samarbeid mellom
  #   flere tjenester Nivå 3: «2. Fortsette på tverrfaglig eller enhetsnivå»
  Scenariomal: Fortsette på <hvor> flytter saken til nivå <nivå>
    Gitt at saken om Ola er på nivå 3 med Kari som stafettholder
    Når Kari beslutter «<beslutning>» fordi «Samarbeidet kan trappes ned.», sammen med Kari, barnet og foreldrene
    Så står saken på nivå <nivå>
    Og er Kari fortsatt stafettholder i saken

    Eksempler:
      | hvor             | beslutning                                | nivå |
      | tverrfaglig nivå | 2. Fortsette på tverrfaglig nivå (nivå 2) | 2    |
      | enhetsnivå       | 2. Fortsette på enhetsnivå (nivå 1)       | 1    |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning», Omfattende samarbeid mellom
  #   flere tjenester Nivå 3: «1. Avslutte eller fortsette»
  Scenario: Avslutte på nivå 3 avslutter saken
    Gitt at saken om Ola er på nivå 3 med Kari som stafettholder
    Når Kari beslutter «1. Avslutte» fordi «Målene er nådd.», sammen med Kari, barnet og foreldrene
    Så er saken avsluttet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Meldeplikt barnevernstjenesten»: «Alle
  #   tjenesteytere har en selvstendig meldeplikt»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning»: «3. Melde saken til barnevernet»
  Scenario: Melde saken til barnevernet på nivå 3
    Gitt at saken om Ola er på nivå 3 med Kari som stafettholder
    Når Kari beslutter «3. Melde saken til barnevernet» fordi «Bekymringen for omsorgen er alvorlig.», sammen med Kari og barnet
    Så er saken meldt til barnevernet av Kari, mottatt av «Barnevernstjenesten i Jevnaker, mottak»
    Og står saken på nivå 3

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning», Hvem?, Omfattende samarbeid
  #   mellom flere tjenester Nivå 3: «Deltagere i det tverrfaglige samarbeidet, barnet og
  #   foresatte»
  Scenario: Beslutningen på nivå 3 sier hvem som tok del i den
    Gitt Hege er helsesykepleier ved Jevnaker helsestasjon
    Og at saken om Ola er på nivå 3 med Kari som stafettholder
    Og at Kari har lagt til Hege som deltaker i saken
    Når Kari beslutter «4. Iverksette systemtiltak» fordi «Hele trinnet får faste voksne i friminuttene.», sammen med Kari, Hege, barnet og foreldrene
    Så står det ved beslutningen at Kari, Hege, barnet og foreldrene tok del i den

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning», Hvem?, Omfattende samarbeid
  #   mellom flere tjenester Nivå 3: «Deltagere i det tverrfaglige samarbeidet, barnet og
  #   foresatte»
  Scenario: Beslutningen på nivå 3 lagres ikke uten å si hvem som tok del
    Gitt at saken om Ola er på nivå 3 med Kari som stafettholder
    Når Kari beslutter «1. Avslutte» fordi «Målene er nådd.», uten å si hvem som var med
    Så avvises beslutningen, med beskjed ved feltet «hvem som tok del»
    Og står saken på nivå 3
