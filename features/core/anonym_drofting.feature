# language: no
Egenskap: Anonym drøfting med barnevernet
  Er den ansatte i tvil, kan hun drøfte saken med barnevernet uten å si hvem det gjelder.
  Etterpå registrerer hun dagen, tjenesten hun jobber i og rådet hun fikk. Ingenting om
  barnet eller familien skrives ned, og drøftingen knyttes ikke til noen sak. Veien dit går
  fra boksen «Er situasjonen akutt?», både på saken og når hun melder en ny bekymring.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Obs! Ved mistanke om
  #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
  #   […] Er du i tvil kan du drøfte saken anonymt med barnevernstjenesten.»
  Scenario: Kari registrerer en anonym drøfting fra den akutte boksen på saken
    Gitt at Kari har åpnet en sak om Ola
    Når Kari følger lenken «Drøft anonymt med barnevernet» på saken
    Og Kari registrerer en anonym drøfting i går, fra skolen, med rådet «Melde saken til barnevernet»
    Så er det lagret en anonym drøfting fra skolen i går med rådet «Melde saken til barnevernet»
    Og får Kari vite hva rådet betyr: «Råd om å melde: meld saken til barnevernet.»
    Og kan Kari gå tilbake til saken

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Er du i tvil kan du drøfte saken
  #   anonymt med barnevernstjenesten.» Tvilen kommer ofte før det finnes en sak.
  Scenario: Kari registrerer en anonym drøfting når hun melder en ny bekymring
    Når Kari følger lenken «Drøft anonymt med barnevernet» når hun melder en ny bekymring
    Og Kari registrerer en anonym drøfting i dag, fra skolen, med rådet «Følge opp i egen tjeneste»
    Så er det lagret en anonym drøfting fra skolen i dag med rådet «Følge opp i egen tjeneste»
    Og får Kari vite hva rådet betyr: «Råd om å følge opp i egen tjeneste: arbeid videre på eget tjenestested»
    Og kan Kari gå tilbake til den nye bekymringen

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Er du i tvil kan du drøfte saken
  #   anonymt med barnevernstjenesten.» En drøfting som er gjort, har en dag som har vært.
  Scenario: En anonym drøfting kan ikke dateres fram i tid
    Når Kari registrerer en anonym drøfting i morgen, fra skolen, med rådet «Ingen videre tiltak nå»
    Så får Kari beskjed ved datoen: «Datoen kan ikke være fram i tid.»
    Og er ingen anonym drøfting lagret

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Er du i tvil kan du drøfte saken
  #   anonymt med barnevernstjenesten.» Det er den ansattes egen tjeneste som drøfter.
  Scenario: En anonym drøfting gjelder en tjeneste Kari selv jobber i
    Når Kari registrerer en anonym drøfting i dag, fra helsestasjonen, med rådet «Ingen videre tiltak nå»
    Så får Kari beskjed ved tjenesten: «Velg tjenesten du jobber i.»
    Og er ingen anonym drøfting lagret

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Er du i tvil kan du drøfte saken
  #   anonymt med barnevernstjenesten.» Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Type saker»:
  #   «Anonyme drøftinger tas kun i bruk ved konsultasjonstelefoner».
  Scenario: En anonym drøfting lagrer ingenting om barnet eller familien, heller ikke når den starter fra saken
    Gitt at Kari har åpnet en sak om Ola
    Når Kari følger lenken «Drøft anonymt med barnevernet» på saken
    Så har skjemaet ikke noe felt for navn, fødselsnummer eller fritekst
    Når Kari registrerer en anonym drøfting i dag, fra skolen, med rådet «Melde saken til barnevernet»
    Så inneholder den lagrede drøftingen bare dagen, tjenesten, rådet og kommunen
    Og er drøftingen ikke knyttet til saken om Ola
