# language: no
Egenskap: Finne en kollega eller et barn ved å søke, uten lister over alle
  En kommune kan ha tusenvis av ansatte og barn. Når en tjeneste skal tas inn i saken, viser
  siden ikke alle ansatte i kommunen: den tilbyr kollegene ved sakens eget tjenestested når
  de er få, og ellers søker den ansatte på starten av fornavn, etternavn eller tjenestested.
  I skjemaet for ny bekymring søker den ansatte etter barnet på navn eller fødselsdato blant
  barna ved sine egne tjenestesteder. Et søk viser aldri mer enn 20 treff.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Hege er helsesykepleier ved Nordby helsestasjon
    Og Ola er 9 år og går på Nordby skole
    Og Åse er 10 år og går på Nordby skole
    Og Per er 9 år og går på Sørby skole
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 1:
  #   «Vurder sammen hvilke andre instanser som bør kobles på. Innhent samtykke til
  #   tverrfaglig samarbeid.»; shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»:
  #   opplysningene kan ikke «utleveres i større utstrekning enn det som er nødvendig for
  #   formålet».
  Scenario: Et søk på navn finner en kollega fra en annen tjeneste
    Når Kari søker etter «heg» blant dem som kan tas inn i saken
    Så kan Kari velge Hege ved Nordby helsestasjon
    Og kan Kari velge mellom 1 person

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 1:
  #   «Vurder sammen hvilke andre instanser som bør kobles på. Innhent samtykke til
  #   tverrfaglig samarbeid.»; shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»:
  #   opplysningene kan ikke «utleveres i større utstrekning enn det som er nødvendig for
  #   formålet».
  Scenario: Siden viser aldri mer enn 20 kolleger å velge mellom
    Gitt at 30 ansatte ved Nordby helsestasjon heter Anne til fornavn
    Når Kari søker etter «anne» blant dem som kan tas inn i saken
    Så kan Kari velge mellom 20 personer
    Og ber siden Kari skrive mer av navnet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0», Hvordan?: «Start alltid
  #   med: «Hva kan vi gjøre innenfor egen virksomhet?»»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «nødvendig for formålet»
  #   Ikke mer enn «nødvendig for formålet».
  Scenario: Et barn finnes på navn i skjemaet for ny bekymring
    Når Kari søker etter «ola» i skjemaet for ny bekymring
    Så kan Kari velge Ola
    Og kan Kari velge mellom 1 barn

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0», Hvordan?: «Start alltid
  #   med: «Hva kan vi gjøre innenfor egen virksomhet?»»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «nødvendig for formålet»
  #   Ikke mer enn «nødvendig for formålet».
  Scenario: Barn ved andre tjenestesteder finnes ikke
    Når Kari søker etter «per» i skjemaet for ny bekymring
    Så kan Kari velge mellom 0 barn
