# language: no
Egenskap: Koordinatoren på nivå 2 og 3
  På nivå 2 og 3 må hvert møte avklare om det skal være et bytte av koordinator, og svaret
  står i stafettloggen. Det bør være tjenesten eller personen som er nærmest barnet som
  koordinerer; er barnevernet involvert, er det naturlig at barnevernet koordinerer. Koordinator
  byttes først når den nye koordinatoren har tatt imot stafettpinnen.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Vestby
    Og Bjørn er saksbehandler i Vestby barnevernstjeneste
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til og gjennomfør samarbeidsmøte»,
  #   nivå 2: «Inviter barnet/ungdommen/foresatt og aktuelle tjenester med på et samarbeidsmøte.
  #   I møtet planlegges søknad/henvisning, evt tiltak. Det må avklares om det skal være et
  #   bytte av koordinator.»
  Scenario: Samarbeidsmøtet registreres ikke som holdt før det er avklart om koordinator skal byttes
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Og at Kari har invitert Per, Lise, Ola og Hege til samarbeidsmøte i morgen klokka 14
    Når Kari fører barnets mening: «Jeg vil gjerne ha noen å snakke med på skolen.»
    Og Kari registrerer møtet som holdt
    Så blir møtet ikke registrert som holdt før det er avklart om koordinator skal byttes
    Når Kari registrerer møtet som holdt, med avklaring om at koordinator fortsetter
    Så er møtet registrert som holdt
    Og står det i stafettloggen at møtet avklarte at koordinator fortsetter
    Og Kari er fortsatt stafettholder i saken

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Dokumentasjon og eventuelt individuell plan»,
  #   nivå 3: «Avklar om det burde være et skifte av koordinator. Det bør være
  #   tjenesten/personen som er nærmest barnet som koordinerer.»
  Scenario: Uten barnevernet er rådet at den som er nærmest barnet, koordinerer
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Så er rådet fra handlingsveilederen at «Det bør være tjenesten/personen som er nærmest barnet som koordinerer»

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Dokumentasjon og eventuelt individuell plan»,
  #   nivå 3: «Om barnevernet er involvert vil det være naturlig at de koordinerer.» Nivå 2
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Tiltak»: «Koordinator har oversiktsansvar.»
  Scenario: Er barnevernet involvert, er rådet at barnevernet koordinerer, og byttet skjer når barnevernet tar imot
    Gitt at saken er kommet til nivå 3 med samtykke til samarbeid med skolehelsetjenesten, barnevernet og NAV
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Bjørn er med i laget rundt Ola
    Så er rådet fra handlingsveilederen at «naturlig at barnevernet koordinerer»
    Når Kari holder et tverrfaglig møte med Per, Lise, Ola og Bjørn, der det avklares at koordinator byttes
    Så står det i stafettloggen at møtet avklarte at koordinator byttes
    Og Kari er fortsatt stafettholder i saken
    Når Kari tilbyr stafettpinnen til Bjørn
    Så har Bjørn fått tilbud om stafettpinnen fra Kari
    Og Kari er fortsatt stafettholder i saken
    Når Bjørn takker ja til stafettpinnen
    Så er Bjørn stafettholder i saken
    Og Kari er ikke lenger stafettholder i saken
