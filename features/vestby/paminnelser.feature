# language: no
Egenskap: Påminnelse om oppfølgingsmøtet i Vestby
  Oppfølgingsmøtet skal holdes innen 2–4 uker etter at tiltakene ble satt i gang. Når to hele
  uker er gått, blir stafettholderen minnet på det, én gang.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at saken er kommet til nivå 1 med samtykke fra foreldrene
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                                           | tiltak                                       | ansvarlig | oppfølging  |
      | Ola har noen å være sammen med i friminuttene | Fast aktivitet i friminuttene to dager i uka | Kari      | om 14 dager |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Oppfølgingsmøte skal gjennomføres innen 2-4 uker.»
  Scenariomal: Stafettholderen blir minnet på oppfølgingsmøtet når to hele uker er gått
    Når påminnelsene kjøres om <dager> dager
    Og påminnelsene kjøres om <dager> dager
    Så <kari>

    Eksempler:
      | dager | kari                                              |
      | 14    | får Kari ingen påminnelse                         |
      | 15    | får Kari én påminnelse om at fristen snart går ut |
