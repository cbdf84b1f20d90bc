# language: no
Egenskap: En avsluttet sak oppbevares så lenge kommunen har bestemt, og anonymiseres deretter
  Plattformen er et arbeidsverktøy, ikke barnets journal: det som skal arkiveres, arkiveres i
  barnets journal i tjenesten. Kommunen bestemmer hvor lenge en avsluttet sak blir liggende i
  plattformen, og om den da anonymiseres eller slettes. Her oppbevarer kommunen avsluttede
  saker i tre år og anonymiserer dem deretter. En åpen sak røres aldri. Loggen over hvem som
  har sett og endret sakene, beholdes og henger sammen også etterpå.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at kommunen oppbevarer avsluttede saker i 3 år og deretter anonymiserer dem
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Dersom undringen
  #   avsluttes lagres dette i barnets journal innenfor tjenesten som har hatt undringen.»
  Scenario: En sak som ble avsluttet for mer enn tre år siden, anonymiseres
    Gitt at Kari åpnet en sak om Ola for 5 år siden og avsluttet den for 3 år og 1 dag siden
    Og at Ola er registrert med fødselsnummer 15091712345
    Når oppbevaringstiden for avsluttede saker gjennomgås
    Så er saken anonymisert, uten Olas navn, fødselsnummer, foreldrenes navn eller bekymringen
    Og saken telles fortsatt som en avsluttet sak
    Og loggen viser at saken ble anonymisert, uten navn
    Og loggen over hvem som har sett og endret sakene, henger fortsatt sammen

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Dersom undringen
  #   avsluttes lagres dette i barnets journal innenfor tjenesten som har hatt undringen.»
  Scenario: En sak som ble avsluttet for under tre år siden, beholdes som den er
    Gitt at Kari åpnet en sak om Ola for 4 år siden og avsluttet den for 2 år og 11 måneder siden
    Når oppbevaringstiden for avsluttede saker gjennomgås
    Så er saken som før, med Olas navn og bekymringen

  # Kilde: shared/DESIGN.md, «Domain (core)»: «Referring a case on does not end your
  #   responsibility: the referrer keeps the case in view until they close their own part.»
  #   Så lenge saken er åpen, er den i bruk, og oppbevaringstiden har ikke begynt å løpe.
  Scenario: En sak som fortsatt er åpen, røres aldri, hvor gammel den enn er
    Gitt at Kari åpnet en sak om Ola for 6 år siden
    Når oppbevaringstiden for avsluttede saker gjennomgås
    Så er saken som før, med Olas navn og bekymringen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Handlingsplan, (arkiveres
  #   ikke i TIT. Arkiveres i barnets/den gravides journal lokalt)»
  Scenario: Barnet beholder navnet sitt så lenge en annen sak om barnet trengs
    Gitt at Kari åpnet en sak om Ola for 5 år siden og avsluttet den for 3 år og 1 dag siden
    Og at Kari har åpnet en ny sak om Ola
    Når oppbevaringstiden for avsluttede saker gjennomgås
    Så er det som ble skrevet i den gamle saken, borte
    Men Ola og foreldrene har fortsatt navnene sine i den nye saken

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Dersom undringen
  #   avsluttes lagres dette i barnets journal innenfor tjenesten som har hatt undringen.»
  Scenario: En anonymisert sak kan ikke åpnes igjen
    Gitt at Kari åpnet en sak om Ola for 5 år siden og avsluttet den for 3 år og 1 dag siden
    Og at oppbevaringstiden for avsluttede saker er gjennomgått
    Når Kari åpner saken igjen fordi «Ny bekymring»
    Så kan saken ikke åpnes igjen, fordi den er anonymisert
