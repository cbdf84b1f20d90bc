# language: no
Egenskap: Lederen har oversikt over sakene i enheten sin
  Lederen for en enhet har ansvar for sakene der og kan åpne dem, også dem hun ikke har en
  rolle i. «Mine saker» viser bare sakene hun selv deltar i; «Min enhet» gir henne oversikten:
  de åpne sakene i enhetene hun leder, med neste frist og om den er overskredet. Oversikten
  logges uten navn, og når lederen åpner en sak bare fordi hun leder enheten, står det i loggen.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at kommunens handlingsveileder sier at det skal tas en beslutning på nivå 0 innen 14 dager etter at bekymringen oppsto
    Og Kari er lærer ved Nordby skole
    Og Truls er lærer ved Sørby skole
    Og Anne er leder ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og Lise er 11 år og går på Nordby skole
    Og Per er 10 år og går på Sørby skole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltaksplan»: «Ansvarlig leder i enheten»;
  #   shared/seeds/002_36ab055ecf8ed34e.txt, innledningen om samtidighetsansvar: «[…] meldt fra om
  #   din bekymring […] til din leder.» Lederen har ansvaret for sakene i enheten og trenger
  #   oversikten.
  Scenario: Lederen ser de åpne sakene i enheten hun leder, men ikke andre enheters
    Gitt at Kari har åpnet en sak om Ola
    Og at Truls har åpnet en sak om Per
    Når Anne ser oversikten over enheten sin
    Så står saken om Ola i oversikten
    Og står ikke saken om Per i oversikten
    Og er oversikten logget uten navn

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.» Lederen ser fristene i
  #   enheten, de overskredne først.
  Scenario: En sak med overskredet frist står først og er merket
    Gitt at Kari åpnet en sak om Ola i dag, om en bekymring som oppsto for 2 dager siden
    Og at Kari åpnet en sak om Lise i dag, om en bekymring som oppsto for 20 dager siden
    Når Anne ser oversikten over enheten sin
    Så står sakene i rekkefølgen Lise, Ola
    Og er fristen i saken om Lise merket som overskredet
    Og er fristen i saken om Ola ikke overskredet

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Tverrfaglig samhandling», Vi skal […] Ha gode
  #   samarbeidsrutiner/avtaler som er forankret på ledernivå: «Det er leders ansvar å følge opp
  #   […]» — lederens tilgang er en egen grunn, og den skal kunne finnes igjen i loggen.
  Scenario: Når lederen åpner en sak hun ikke har en rolle i, står det i loggen at hun leste som leder
    Gitt at Kari har åpnet en sak om Ola
    Når Anne slår opp saken
    Så får Anne se saken
    Og er oppslaget til Anne logget som tillatt
    Og står det i loggen at Anne leste saken som leder
    Når Kari slår opp saken
    Så står det ikke i loggen at Kari leste saken som leder

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltaksplan»: «Ansvarlig leder i enheten» —
  #   oversikten hører til lederrollen.
  Scenario: En ansatt som ikke leder en enhet, har ingen enhetsoversikt
    Gitt at Kari har åpnet en sak om Ola
    Når Kari ser oversikten over enheten sin
    Så har Kari ingen oversikt over en enhet
