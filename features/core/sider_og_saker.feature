# language: no
Egenskap: Hver kommune har sine egne sider og sine egne saker
  Flere kommuner kan bruke den samme plattformen, men de er strengt atskilt: på sidene til
  en kommune står kommunens egen handlingsveileder, og en sak som er registrert i én
  kommune, kan ikke ses fra en annen.

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Handlingsveilederen
  #   for Bedre tverrfaglig innsats (BTI) beskriver hvordan den ansatte skal handle, og på den
  #   måten sikrer vi at barn og unge i Vestby kommune gis god, koordinert hjelp.»
  Scenario: Startsiden til Vestby kommune viser Vestbys handlingsveileder
    Gitt at Bærum, Jevnaker, Vestby og Tromsø er tatt i bruk
    Når en ansatt åpner sidene til Vestby kommune
    Så ser hun «Vestby kommune» på siden
    Og siden viser nivåene i handlingsveilederen til Vestby kommune
    Men hun ser ikke «Tromsø kommune» på siden

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «[…] sikrer vi at barn og
  #   unge i Vestby kommune gis god, koordinert hjelp.» Veilederen gjelder kommunen som har
  #   skrevet den; en kommune som ikke er tatt i bruk, har ingen sider.
  Scenario: En kommune som ikke er tatt i bruk har ingen sider
    Gitt at Bærum, Jevnaker, Vestby og Tromsø er tatt i bruk
    Når en ansatt åpner sidene til Lillevik kommune
    Så får hun beskjed om at siden ikke finnes

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring», Vedlegg 1: «Opplysningene
  #   kan ikke brukes til andre formål enn det samtykket er gitt for, og kan heller ikke
  #   utleveres i større utstrekning enn det som er nødvendig for formålet.»
  Scenario: En sak i Vestby kommune er ikke synlig fra Tromsø kommune
    Gitt at Vestby og Tromsø er tatt i bruk
    Og at en ansatt har registrert en sak i Vestby kommune
    Så finner Vestby kommune saken
    Men Tromsø kommune finner ikke saken
