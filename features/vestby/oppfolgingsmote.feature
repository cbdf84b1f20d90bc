# language: no
Egenskap: Oppfølgingsmøtet skal holdes innen 2–4 uker
  Når tiltakene på nivå 1 er satt i gang, og etter det tverrfaglige møtet på nivå 3, skal det
  første oppfølgingsmøtet holdes innen 2–4 uker. Fristen går ut etter 4 uker, og
  stafettholderen blir minnet på den etter 2 uker. Fristen er oppfylt når oppfølgingsmøtet er
  holdt.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Oppfølgingsmøte skal gjennomføres innen 2-4 uker.»
  Scenario: Når tiltakene på nivå 1 er satt i gang, skal oppfølgingsmøtet holdes innen 4 uker
    Gitt at saken er kommet til nivå 1 med samtykke fra foreldrene
    Og at Kari har opprettet stafettloggen og er stafettholder
    Så har saken ingen frist for oppfølgingsmøte ennå
    Når Kari fører inn dette tiltaket i handlingsplanen:
      | mål                                           | tiltak                                       | ansvarlig | oppfølging  |
      | Ola har noen å være sammen med i friminuttene | Fast aktivitet i friminuttene to dager i uka | Kari      | om 14 dager |
    Så skal oppfølgingsmøtet holdes innen 4 uker etter at tiltakene ble satt i gang, med påminnelse til Kari etter 2 uker

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Oppfølgingsmøte skal gjennomføres innen 2-4 uker. Har vi nådd målene? Er det nye mål? Bør
  #   det endres strategi?»
  Scenario: Fristen er oppfylt når oppfølgingsmøtet på nivå 1 er holdt
    Gitt at saken er kommet til nivå 1 med samtykke fra foreldrene
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                                           | tiltak                                       | ansvarlig | oppfølging  |
      | Ola har noen å være sammen med i friminuttene | Fast aktivitet i friminuttene to dager i uka | Kari      | om 14 dager |
    Når Kari holder oppfølgingsmøtet med Per, Lise og Ola
    Så er fristen oppfylt

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklaring av aktuell hjelp», nivå 3: «Inviter til
  #   et tverrfaglig møte.» Og
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering»: «Arbeidet evalueres jevnlig, og det
  #   holdes oppfølgingsmøter. Første oppfølgingsmøte skal gjennomføres inne 2 -4 uker.»
  Scenario: På nivå 3 skal første oppfølgingsmøte holdes innen 4 uker etter det tverrfaglige møtet
    Gitt at saken er kommet til nivå 3 med samtykke til samarbeid med skolehelsetjenesten, NAV og ungdomslosen
    Og at Kari har opprettet stafettloggen og er stafettholder
    Så har saken ingen frist for oppfølgingsmøte ennå
    Når Kari holder et tverrfaglig møte med Per, Lise og Ola, der det avklares at koordinator fortsetter
    Så skal oppfølgingsmøtet holdes innen 4 uker etter det tverrfaglige møtet, med påminnelse til Kari etter 2 uker
    Når Kari holder oppfølgingsmøtet med Per, Lise og Ola, der det avklares at koordinator fortsetter
    Så er fristen oppfylt
