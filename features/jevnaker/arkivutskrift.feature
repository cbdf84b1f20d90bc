# language: no
@arkiv
Egenskap: Saken skrevet ut til barnets journal når undringen avsluttes
  Avsluttes undringen, lagres det som er gjort i barnets journal i tjenesten som har hatt
  undringen. Saken tas vare på i en utskrift til arkiv slik den var da, med hvem og når.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0», Beslutning tiltak:
  #   «Dersom undringen avsluttes lagres dette i barnets journal innenfor tjenesten
  #   som har hatt undringen.»
  Scenario: Når undringen avsluttes, tas saken vare på i en utskrift til arkiv
    Når Kari beslutter «Undringen avsluttes» fordi «Samtalen med foreldrene avklarte undringen.»
    Så finnes det en utskrift til arkiv av hele stafettloggen, laget da saken ble avsluttet
    Og står dette i utskriften til arkiv, i den rekkefølgen det skjedde:
      | hva                 | tekst                                       | hvem |
      | Saken ble opprettet |                                             | Kari |
      | Undringen avsluttes | Samtalen med foreldrene avklarte undringen. | Kari |
      | Saken ble avsluttet |                                             |      |
    Og står tidspunktet ved hver linje i utskriften til arkiv
