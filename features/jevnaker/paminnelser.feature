# language: no
Egenskap: Påminnelse om avklaringen innen tre dager i Jevnaker
  Avklaringen i egen tjeneste skal gjøres innen tre virkedager. Den ansatte blir minnet på den
  dagen før fristen går ut, og går den ut, får også lederen for tjenestestedet beskjed.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Anne er leder ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at det er fredag 4. desember 2026 kl. 10.00
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak»: «Ved behov for avklaring
  #   i egen tjeneste før iverksettelse gjøres det innen tre dager.»
  Scenariomal: Påminnelsen kommer dagen før siste dag er omme
    Når Kari beslutter «Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)» fordi «Rektor må se på ressursene først.»
    Og påminnelsene kjøres <når>
    Så <kari>

    Eksempler:
      | når                              | kari                                              |
      | tirsdag 8. desember 2026 kl. 23.59 | får Kari ingen påminnelse                         |
      | onsdag 9. desember 2026 kl. 00.00  | får Kari én påminnelse om at fristen snart går ut |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak»: «Ved behov for avklaring
  #   i egen tjeneste før iverksettelse gjøres det innen tre dager.»
  Scenario: Går fristen ut, får også lederen beskjed
    Når Kari beslutter «Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)» fordi «Rektor må se på ressursene først.»
    Og påminnelsene kjøres torsdag 10. desember 2026 kl. 08.00
    Så får Kari én påminnelse om at fristen er overskredet
    Og får Anne én påminnelse om at fristen er overskredet
