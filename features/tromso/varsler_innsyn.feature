# language: no
@tromso
Egenskap: Foreldre og ungdom får varsler, og velger selv om de også vil ha dem på e-post
  En foresatt eller en ungdom som kan lese stafettloggen, får et varsel når et møte hun er
  invitert til, blir satt opp, endret eller avlyst. Hun finner varslene under «Varsler» når
  hun logger inn. Hun kan også oppgi en e-postadresse, og kan fjerne den igjen. E-posten sier
  bare at noe har skjedd, og har en lenke til sidene for innsyn: den nevner aldri barnet,
  foreldrene, de ansatte eller bekymringen ved navn.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at plattformen sender varsler på e-post gjennom kommunens e-posttjener
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Lise har en innlogging som innbygger

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom har
  #   tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.»
  # Kilde: shared/DESIGN.md, «Domain (core)»: «E-mails and other notifications carry a link,
  #   never a name or a concern»
  Scenario: En foresatt som har oppgitt e-postadressen sin, får en e-post uten navn når hun blir invitert til et møte
    Når Lise oppgir e-postadressen «lise@eksempel.no» for varsler
    Og Kari inviterer Per og Lise til samarbeidsmøte:
      | tid    | i morgen klokka 14     |
      | sted   | Møterom 1, Prestvannet |
      | agenda | Veien videre           |
    Og varslene sendes
    Så kommer det en e-post til «lise@eksempel.no» med emnet «Nytt i BTI-plattform: du er invitert til et møte»
    Og e-posten til «lise@eksempel.no» har en lenke til sidene for innsyn
    Og ingen e-post nevner Ola, Per, Lise eller Kari

  # Kilde: shared/DESIGN.md, «Domain (core)»: «E-mails and other notifications carry a link,
  #   never a name or a concern» Den som ikke vil ha e-post, fjerner adressen selv.
  Scenario: En foresatt som fjerner e-postadressen sin, får ingen flere e-poster
    Gitt at Lise har oppgitt e-postadressen «lise@eksempel.no» for varsler
    Og at Per har en innlogging som innbygger
    Og at Per har oppgitt e-postadressen «per@eksempel.no» for varsler
    Når Lise fjerner e-postadressen for varsler
    Og Kari inviterer Per og Lise til samarbeidsmøte:
      | tid    | i morgen klokka 14     |
      | sted   | Møterom 1, Prestvannet |
      | agenda | Veien videre           |
    Og varslene sendes
    Så kommer det ingen e-post til «lise@eksempel.no»
    Men det kommer en e-post til «per@eksempel.no» med emnet «Nytt i BTI-plattform: du er invitert til et møte»

  # Kilde: shared/DESIGN.md, «Domain (core)»: «E-mails and other notifications carry a link,
  #   never a name or a concern»
  Scenario: En adresse som ikke er en e-postadresse, blir ikke lagret
    Når Lise oppgir e-postadressen «lise@» for varsler
    Så blir adressen ikke lagret fordi «Skriv en e-postadresse som navn@eksempel.no, eller la feltet stå tomt.»

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom har
  #   tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.» Den som ikke
  #   har oppgitt en e-postadresse, finner varselet når hun logger inn.
  Scenario: En foresatt uten e-postadresse finner invitasjonen under «Varsler» når hun logger inn
    Gitt at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Når Kari inviterer Per og Lise til samarbeidsmøte:
      | tid    | i morgen klokka 14     |
      | sted   | Møterom 1, Prestvannet |
      | agenda | Veien videre           |
    Og varslene sendes
    Så blir det ikke sendt noen e-post
    Og ser Lise varselet «du er invitert til et møte» under «Varsler» på sidene for innsyn
    Når Lise åpner varselet «du er invitert til et møte»
    Så kommer Lise fra varselet til stafettloggen til Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; bekymringsmelding til
  #   barneverntjenesten/politi.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom har
  #   tilgang Stafettloggen […]» . Når saken er meldt, forsvinner også varslene om den fra
  #   foreldrenes liste, slik stafettloggen forsvinner.
  Scenario: Når saken blir meldt til barneverntjenesten, forsvinner varslene om den for foreldrene
    Gitt at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Når Kari inviterer Per og Lise til samarbeidsmøte:
      | tid    | i morgen klokka 14     |
      | sted   | Møterom 1, Prestvannet |
      | agenda | Veien videre           |
    Så ser Lise varselet «du er invitert til et møte» under «Varsler» på sidene for innsyn
    Når Kari melder saken til barnevernet
    Så ser Lise ingen varsler under «Varsler» på sidene for innsyn
