# language: no
Egenskap: Bare de som har en rolle i saken, får se den
  Deltakerne i saken, stafettholderen, lederen for enheten og barnevernet når saken er meldt
  dit, får se saken. Ingen andre — heller ikke ansatte i samme kommune. For den som ikke har
  tilgang, ser saken ut som om den ikke finnes. Hvert oppslag logges.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Truls er lærer ved Sørby skole
    Og Anne er leder ved Nordby skole
    Og Bjørn er saksbehandler ved Eksempel barnevernstjeneste
    Og Ola er 9 år og går på Nordby skole
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
  #   brukes til andre formål enn det samtykket er gitt for» — taushetsplikten gjelder også
  #   overfor kolleger uten rolle i saken.
  Scenario: En lærer ved en annen skole får ikke se saken, og oppslaget logges
    Når Truls slår opp saken
    Så får Truls samme svar som om saken ikke fantes
    Og er oppslaget til Truls logget som avvist

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder», Samtidighetsansvar: «[…]
  #   meldt fra om din bekymring […] til din leder.» Lederen for enheten har ansvar for sakene
  #   der.
  Scenario: Lederen for enheten får se saken
    Når Anne slår opp saken
    Så får Anne se saken
    Og er oppslaget til Anne logget som tillatt

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «[…] skal saken meldes direkte til
  #   barnevernstjenesten.» Barnevernet ser saken når den er meldt dit, ikke før.
  Scenario: Barnevernet får se en sak som er meldt til dem, men ikke før
    Når Bjørn slår opp saken
    Så får Bjørn samme svar som om saken ikke fantes
    Når Kari melder saken til barnevernet
    Og Bjørn slår opp saken
    Så får Bjørn se saken

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
  #   brukes til andre formål enn det samtykket er gitt for» En sak som ikke finnes og en sak man
  #   ikke har tilgang til, ser like ut.
  Scenario: En sak som ikke finnes, ser ut akkurat som en sak man ikke har tilgang til
    Når Truls slår opp en sak som ikke finnes
    Så får Truls samme svar som om saken ikke fantes
    Og er oppslaget til Truls logget som avvist
