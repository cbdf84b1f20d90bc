# language: no
Egenskap: Avklaring i egen tjeneste innen tre dager
  Trenger beslutningen på nivå 0 en avklaring i egen tjeneste før tiltak settes i verk, skal
  det gjøres innen tre dager. Jevnaker leser det som tre virkedager: avklaringen gjøres av
  kolleger og leder i egen tjeneste, som er på jobb mandag til fredag utenom helligdager.
  Fristen er oppfylt når beslutningen er tatt.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0:
  #   «Medarbeider vurderer dette i dialog med foresatte, Ved behov for avklaring i egen
  #   tjeneste før iverksettelse gjøres det innen tre dager.»
  Scenariomal: Tre virkedager fra <når>
    Gitt at det er <når> kl. 10.00
    Og at Kari har åpnet en sak om Ola
    Når Kari beslutter «Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)» fordi «Rektor må se på ressursene først.»
    Så står saken på nivå 0
    Og er siste dag for avklaringen <siste dag>

    Eksempler:
      | når                      | siste dag               |
      | mandag 7. desember 2026  | torsdag 10. desember 2026 |
      | fredag 4. desember 2026  | onsdag 9. desember 2026   |
      | torsdag 25. mars 2027    | torsdag 1. april 2027     |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0: «Ved
  #   behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre dager.»
  Scenario: Fristen er oppfylt når beslutningen etter avklaringen er tatt
    Gitt at det er mandag 7. desember 2026 kl. 10.00
    Og at Kari har åpnet en sak om Ola
    Og at Kari har besluttet «Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)» fordi «Rektor må se på ressursene først.»
    Når Kari beslutter «Undringen avsluttes» fordi «Rektor fant rom for tiltak i klassen.»
    Så er fristen for avklaringen oppfylt

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0: «[…]
  #   gjøres det innen tre dager.»
  Scenario: Veilederen viser hvordan «innen tre dager» leses
    Når Kari åpner veilederen
    Så står det på siden: «3 virkedager»
    Og står det på siden: «Fristen leses som tre virkedager, mandag til fredag utenom helligdager»
