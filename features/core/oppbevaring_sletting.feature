# language: no
Egenskap: En kommune som har valgt det, sletter en avsluttet sak helt når tiden er ute
  I stedet for å anonymisere kan kommunen bestemme at en avsluttet sak slettes når den har
  vært oppbevart så lenge kommunen har bestemt, her tre år. Da er ingenting om saken, barnet
  eller foreldrene igjen i plattformen, men loggen over hvem som har sett og endret sakene,
  beholdes og henger sammen.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at kommunen oppbevarer avsluttede saker i 3 år og deretter sletter dem
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Handlingsplan, (arkiveres
  #   ikke i TIT. Arkiveres i barnets/den gravides journal lokalt)»
  Scenario: Saken slettes helt når tiden er ute
    Gitt at Kari åpnet en sak om Ola for 5 år siden og avsluttet den for 3 år og 1 dag siden
    Når oppbevaringstiden for avsluttede saker gjennomgås
    Så er saken slettet, og ingenting om den, om Ola eller om foreldrene er igjen
    Og loggen over hvem som har sett og endret sakene, henger fortsatt sammen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Handlingsplan, (arkiveres
  #   ikke i TIT. Arkiveres i barnets/den gravides journal lokalt)»
  Scenario: En sak som ble avsluttet for under tre år siden, slettes ikke
    Gitt at Kari åpnet en sak om Ola for 4 år siden og avsluttet den for 2 år og 11 måneder siden
    Når oppbevaringstiden for avsluttede saker gjennomgås
    Så er saken som før, med Olas navn og bekymringen
