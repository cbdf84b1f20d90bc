# language: no
Egenskap: Deltakerne i saken og samtidighetsansvaret
  Ansatte fra flere tjenester kan delta i en sak. Kolleger fra eget tjenestested kan tas med
  uten samtykke, og barnevernet kan tas med når saken er meldt dit. Alle andre tjenester må
  være nevnt i et gyldig samtykke. Den som åpnet saken, har samtidighetsansvar: hun har
  saken i sin liste og er ansvarlig for å følge opp barnet til hun selv avslutter sin del,
  også etter at andre har tatt over. Stafettholderen må levere stafettpinnen videre før hun
  kan avslutte sin del.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Hege er helsesykepleier ved Nordby helsestasjon
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Samtykker til at
  #   nedenstående instanser kan samarbeide og utveksle informasjon […] […] Instanser som kan
  #   samarbeide og utveksle informasjon: 1: […]» ; shared/seeds/004_e094d3244bfd92ed.txt,
  #   «Tverrfaglig samarbeid - nivå 2», trinn 1: «Vurder sammen hvilke andre instanser som bør
  #   kobles på. Innhent samtykke til tverrfaglig samarbeid.»
  Scenario: En ansatt fra en tjeneste som samtykket nevner, kan tas med i saken
    Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen og PPT
    Og at Lise har skrevet under på samtykket
    Når Kari legger til Hege som deltaker i saken
    Så er Hege deltaker i saken
    Og har Hege saken i sin egen liste

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
  #   brukes til andre formål enn det samtykket er gitt for, og kan heller ikke utleveres i større
  #   utstrekning enn det som er nødvendig for formålet.»; shared/seeds/002_36ab055ecf8ed34e.txt
  #   (Vestby), nivå 0, «Grunn til å gå videre? Avklaring»: «Samtykke må foreligge.»
  Scenario: En ansatt fra en tjeneste som samtykket ikke nevner, blir ikke tatt med
    Gitt at Kari har registrert et samtykke for Ola som gjelder PPT
    Og at Lise har skrevet under på samtykket
    Når Kari legger til Hege som deltaker i saken
    Så blir Hege ikke med i saken fordi ingen gyldig samtykke omfatter helsestasjonen
    Når Hege slår opp saken
    Så får Hege samme svar som om saken ikke fantes

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 1 – fra bekymring til tiltak»: «Nivå 1
  #   beskriver når bekymringen kan løses på eget tjenestested.»;
  #   shared/seeds/004_e094d3244bfd92ed.txt (Tromsø), «Innsats i egen avdeling - nivå 1»: «Barn/
  #   ungdom som mottar tilrettelagt tilbud uten at andre instanser er involvert. Samarbeid i
  #   Ressursteam skole/barnehage er også på nivå 1.»
  Scenario: En kollega fra eget tjenestested kan tas med uten samtykke
    Gitt Siri er spesialpedagog ved Nordby skole
    Når Kari legger til Siri som deltaker i saken
    Så er Siri deltaker i saken
    Og har Siri saken i sin egen liste

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Ved mistanke om
  #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
  #   Foresatte involveres ikke!» Opplysningsplikten går foran taushetsplikten; før saken er
  #   meldt, gjelder samtykkekravet også for barnevernet.
  Scenario: Barnevernet kan tas med uten samtykke når saken er meldt dit, men ikke før
    Gitt Bjørn er saksbehandler ved Nordby barnevernstjeneste
    Når Kari legger til Bjørn som deltaker i saken
    Så blir Bjørn ikke med i saken fordi ingen gyldig samtykke omfatter barnevernet
    Når Kari melder saken til barnevernet
    Og Kari legger til Bjørn som deltaker i saken
    Så er Bjørn deltaker i saken

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Instanser som kan
  #   samarbeide og utveksle informasjon»; den samme personen er med i saken én gang.
  Scenario: En som allerede er med i saken, blir ikke lagt til en gang til
    Gitt Siri er spesialpedagog ved Nordby skole
    Og at Kari har lagt til Siri som deltaker i saken
    Når Kari legger til Siri som deltaker i saken
    Så blir Siri ikke lagt til en gang til fordi hun allerede er med i saken

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder», Samtidighetsansvar: «På
  #   alle nivåer i handlingsveilederen har du samtidighetsansvar. Det betyr at du er ansvarlig
  #   for å følge opp barnet og familien selv hvis du har sendt henvisninger eller meldt fra om
  #   din bekymring er meldt til andre instanser eller til din leder.»
  #   Shared/seeds/002_36ab055ecf8ed34e.txt (Vestby), «Nivå 2», «Tiltak»: «Samtidighetsansvar
  #   betyr at du er ansvarlig for å følge opp barnet/den unge, også etter at bekymring er meldt
  #   til andre instanser.»
  Scenario: Den som åpnet saken, har den i sin liste også etter at andre har tatt over
    Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
    Og at Lise har skrevet under på samtykket
    Og at Kari har lagt til Hege som deltaker i saken
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Kari har tilbudt stafettpinnen til Hege
    Når Hege takker ja til stafettpinnen
    Så er Hege stafettholder i saken
    Og har Kari saken i sin egen liste
    Og har Hege saken i sin egen liste

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Samtidighetsansvar»: «[…] du er ansvarlig for
  #   å følge opp barnet og familien selv hvis du har sendt henvisninger eller meldt fra om din
  #   bekymring […]»; shared/seeds/001_3254db2c7bc0f88f.txt, «Samtidighetsansvar»: samme ordlyd.
  Scenario: Den som melder saken videre til barnevernet, har den fortsatt i sin liste
    Når Kari melder saken til barnevernet
    Så har Kari saken i sin egen liste

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder», Samtidighetsansvar: «[…]
  #   du er ansvarlig for å følge opp barnet og familien […]» — ansvaret varer til hun selv
  #   avslutter sin del.
  Scenario: Når den som åpnet saken avslutter sin egen del, forsvinner saken fra listen hennes
    Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
    Og at Lise har skrevet under på samtykket
    Og at Kari har lagt til Hege som deltaker i saken
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Kari har gitt stafettpinnen i saken videre til Hege, og Hege har tatt imot den
    Når Kari avslutter sin egen del av saken
    Så har Hege saken i sin egen liste
    Men Kari har ikke saken i sin egen liste
    Når Kari slår opp saken
    Så får Kari samme svar som om saken ikke fantes

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver», Stafettholder -
  #   Sampro: «Inneha rollen som Stafettholder fram til Stafettpinnen er levert og akseptert av
  #   en samarbeidsaktør.»
  Scenario: En stafettholder kan ikke avslutte sin del før stafettpinnen er levert videre
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Når Kari avslutter sin egen del av saken
    Så får Kari ikke avslutte sin del fordi hun holder stafettpinnen
    Og har Kari saken i sin egen liste
