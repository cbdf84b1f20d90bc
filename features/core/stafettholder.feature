# language: no
Egenskap: Stafettholderen og overlevering av stafettpinnen
  Tjenesten som først ser at det trengs tverrfaglig innsats, oppretter stafettloggen, og én
  person blir stafettholder. Det er alltid nøyaktig én stafettholder så lenge stafettloggen
  er åpen. Stafettpinnen kan gis videre, men den går først over når mottakeren har takket
  ja; til da beholder den gamle stafettholderen både stafettpinnen og oppgavene.
  Barnevernstjenesten har alltid stafettpinnen når den gir hjelp.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Hege er helsesykepleier ved Nordby helsestasjon
    Og Bjørn er saksbehandler i Eksempel barnevernstjeneste
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Det er den instans
  #   som først ser at det er behov for tverrfaglig samarbeid/innsats som skal være
  #   Stafettholder og opprette Stafettlogg.»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», nivå 0, Undring?: «Ved
  #   beslutning om å ta saken videre opprettes stafettlogg nivå 1 - digitalt».
  Scenario: Tjenesten som først ser behovet, oppretter stafettloggen og får stafettpinnen
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så er Kari stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Stafettholderen er
  #   barnets/ungdommens/familiens kontaktperson og er den fagperson som har ansvaret for at
  #   arbeidet rundt et barn/ungdom blir godt koordinert.»
  Scenario: Saken har bare én stafettholder
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Hege er med i laget rundt Ola
    Når Hege oppretter stafettloggen med seg selv som stafettholder
    Så ble opprettelsen av stafettloggen avvist fordi saken allerede har en stafettholder
    Og Kari er fortsatt stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen som
  #   Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til og gjennomfør samarbeidsmøte»,
  #   nivå 2: «Det må avklares om det skal være et bytte av koordinator.»
  Scenario: Stafettpinnen går over først når mottakeren har takket ja
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Hege er med i laget rundt Ola
    Når Kari tilbyr stafettpinnen til Hege
    Så har Hege fått tilbud om stafettpinnen fra Kari
    Og Kari er fortsatt stafettholder i saken
    Når Hege takker ja til stafettpinnen
    Så er Hege stafettholder i saken
    Og Kari er ikke lenger stafettholder i saken
    Og overleveringen er registrert som takket ja til

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen som
  #   Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Tiltak», nivå 2: «Koordinator har
  #   oversiktsansvar.»
  Scenario: Når mottakeren takker nei, beholder den gamle stafettholderen stafettpinnen og oppgavene
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Hege er med i laget rundt Ola
    Og at Kari har tilbudt stafettpinnen til Hege
    Når Hege takker nei til stafettpinnen fordi «Skolen er nærmest Ola i hverdagen»
    Så er Kari fortsatt stafettholder i saken
    Og overleveringen er registrert som takket nei til
    Og begrunnelsen «Skolen er nærmest Ola i hverdagen» er ført inn i stafettloggen

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen som
  #   Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.» En
  #   overlevering går til en annen samarbeidsaktør.
  Scenario: Ingen kan gi stafettpinnen til seg selv
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Når Kari tilbyr stafettpinnen til Kari
    Så blir overleveringen avvist fordi man ikke kan gi stafettpinnen til seg selv
    Og Kari er fortsatt stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Hvilken instans som
  #   innehar Stafettholderansvaret kan endres i løpet av tiden barnet/ungdommen får hjelp.»
  #   Det er stafettholderen som leverer stafettpinnen videre.
  Scenario: Bare stafettholderen kan gi stafettpinnen videre
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Hege er med i laget rundt Ola
    Når Hege tilbyr stafettpinnen til Hege
    Så blir overleveringen avvist fordi bare stafettholderen kan gi den fra seg
    Og Kari er fortsatt stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «Skal en tjeneste med stafettholderansvar avslutte sitt arbeid og det
  #   er tvil om hvem som skal overta stafettholderansvaret? Gjennomfør et overgangsmøte for å
  #   avklare dette.» Ett tilbud om gangen, til det er avklart.
  Scenario: Bare ett tilbud om stafettpinnen kan vente på svar om gangen
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Hege er med i laget rundt Ola
    Og at Bjørn er med i laget rundt Ola
    Og at Kari har tilbudt stafettpinnen til Hege
    Når Kari tilbyr stafettpinnen til Bjørn
    Så blir overleveringen avvist fordi et tilbud allerede venter på svar
    Og Kari er fortsatt stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen som
  #   Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.» Et
  #   tilbud som er trukket tilbake, kan ikke lenger aksepteres.
  Scenario: Et tilbud som er trukket tilbake, kan ikke aksepteres
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Hege er med i laget rundt Ola
    Og at Kari har tilbudt stafettpinnen til Hege
    Når Kari trekker tilbake tilbudet om stafettpinnen til Hege
    Og Hege takker ja til stafettpinnen
    Så blir overleveringen avvist fordi tilbudet er trukket tilbake
    Og Kari er fortsatt stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Barnevernet skal
  #   alltid ha Stafettholderansvaret når de er inne med hjelpetiltak.»
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Dokumentasjon og eventuelt individuell plan»,
  #   nivå 3: «Om barnevernet er involvert vil det være naturlig at de koordinerer.»
  Scenario: Barnevernstjenesten får stafettpinnen når den gir hjelp
    Gitt at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Bjørn er med i laget rundt Ola
    Når Bjørn registrerer at barnevernstjenesten gir hjelp i saken
    Så er Bjørn stafettholder i saken
    Og Kari er ikke lenger stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Barnevernet skal
  #   alltid ha Stafettholderansvaret når de er inne med hjelpetiltak.»
  Scenario: Barnevernstjenesten kan ikke gi fra seg stafettpinnen mens den gir hjelp
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Bjørn er med i laget rundt Ola
    Og at barnevernstjenesten ved Bjørn gir hjelp i saken
    Når Bjørn tilbyr stafettpinnen til Kari
    Så blir overleveringen avvist fordi barnevernstjenesten har stafettpinnen mens den gir hjelp
    Og Bjørn er fortsatt stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «Vurder om saken skal avsluttes eller om barnet/ungdommen skal få hjelp
  #   nivå 1 (innstas i egen enhet) eller 2 […] Overfør eventuelt ansvaret til ny Stafettholder.»
  Scenario: Når barnevernstjenesten har avsluttet hjelpen, kan stafettpinnen gis videre
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Bjørn er med i laget rundt Ola
    Og at barnevernstjenesten ved Bjørn gir hjelp i saken
    Og at barnevernstjenesten ved Bjørn har avsluttet hjelpen i saken
    Når Bjørn tilbyr stafettpinnen til Kari
    Og Kari takker ja til stafettpinnen
    Så er Kari stafettholder i saken
    Og Bjørn er ikke lenger stafettholder i saken
