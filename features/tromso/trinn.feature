# language: no
@tromso
Egenskap: Trinnene på nivå 0 krysses av i saken
  Nivå 0 går i fire trinn. Den ansatte krysser av trinn 1–3 etter hvert som de er gjort, og
  saken viser hvem som gjorde dem og når. Trinn 4 er beslutningen: det er gjort når
  beslutningen er tatt, ikke før. En beslutning kan tas selv om et trinn ikke er krysset av,
  men saken viser hvilke trinn som ikke er gjort.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»: «Trinn 1:
  #   Bekymring for et barn/ungdom oppstår […] Trinn 2: Konkretiser […] […] Trinn 3: Del og diskuter
  #   din bekymring og dine observasjoner med: • Kollega/leder • Barnet/ungdommen • Foresatte»
  Scenario: Den ansatte krysser av trinn 1–3, og saken viser hvem som gjorde dem og når
    Når Kari krysser av trinn 1, 2 og 3 på nivå 0 som gjort
    Så er trinn 1, 2 og 3 på nivå 0 krysset av som gjort av Kari i dag
    Og er trinn 4 på nivå 0 ikke gjort

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Trinn 4: Oppsummer og ta beslutning om det er grunn til bekymring eller spesiell
  #   oppmerksomhet.»
  Scenario: Trinn 4 er gjort først når beslutningen er tatt
    Gitt at Kari har krysset av trinn 1, 2 og 3 på nivå 0 som gjort
    Når Kari krysser av trinn 4 på nivå 0 som gjort
    Så blir avkrysningen avvist fordi trinn 4 gjøres ved å ta beslutningen
    Og er trinn 4 på nivå 0 ikke gjort
    Når Kari tar beslutningen «1. Ikke behov for videre tiltak? Saken avsluttes.» fordi «Samtalen med Ola og foreldrene viste at det ikke er grunn til bekymring»
    Så er saken avsluttet
    Og er trinn 1, 2, 3 og 4 på nivå 0 gjort
    Og er trinn 4 på nivå 0 krysset av som gjort av Kari i dag

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Trinn 4: Oppsummer og ta beslutning om det er grunn til bekymring eller spesiell
  #   oppmerksomhet.» Handlingsveilederen ordner arbeidet i trinn; den forbyr ikke en beslutning
  #   før alle trinn er krysset av.
  Scenario: En beslutning kan tas selv om trinn ikke er krysset av, men saken viser hvilke som mangler
    Gitt at Kari har krysset av trinn 1 på nivå 0 som gjort
    Så viser saken at trinn 2 og 3 ikke er gjort før beslutningen
    Når Kari tar beslutningen «2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1.» fordi «Ola trenger mer støtte i klassen»
    Så står saken på nivå 1
    Og er Karis beslutning «2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1.» lagret i saken, med begrunnelsen «Ola trenger mer støtte i klassen»

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Trinn 2: Konkretiser […] Trinn 3: Del og diskuter din bekymring og dine observasjoner».
  #   Et trinn som er krysset av, er gjort; å krysse det av igjen endrer ikke hvem som gjorde det.
  Scenario: Et trinn som alt er gjort, beholder den første avkrysningen
    Gitt Anne er lærer ved Prestvannet skole
    Og at Kari har krysset av trinn 2 på nivå 0 som gjort
    Og at Kari har lagt til Anne som deltaker i saken
    Når Anne krysser av trinn 2 på nivå 0 som gjort
    Så er trinn 2 på nivå 0 krysset av som gjort av Kari i dag
    Og viser saken at trinn 1 og 3 ikke er gjort før beslutningen
