# language: no
Egenskap: Når situasjonen er akutt, meldes saken direkte til barnevernet
  Ved mistanke om vold, overgrep eller alvorlig omsorgssvikt skal saken meldes direkte til
  barnevernstjenesten. Foresatte involveres ikke. Plikten til å melde (opplysningsplikten)
  går foran taushetsplikten og krever ikke samtykke.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: 002_36ab055ecf8ed34e.txt (Vestby), «Akutt?»: «Obs! Ved mistanke om
  # vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
  # Foresatte involveres ikke!»
  Scenario: En akutt bekymring meldes til barnevernet med opplysningsplikt som grunnlag
    Når Kari svarer at situasjonen er akutt og melder bekymringen for Ola til Barnevernstjenesten, mottak
    Så er saken meldt til Barnevernstjenesten, mottak av Kari med opplysningsplikt som grunnlag
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: 002_36ab055ecf8ed34e.txt (Vestby), «Akutt?»: «Foresatte involveres ikke!» Før en
  # melding er sendt, skal foresatte derimot inviteres til samtale (Vestby, «Del
  # undringen/bekymringen»: «Så tidlig som mulig inviter barnet/ungdommen/foresatte til en
  # samtale om uroen.»)
  Scenario: Foresatte involveres i en vanlig bekymring, men ikke etter en melding
    Gitt at Kari har åpnet en sak om Ola
    Så skal Per og Lise inviteres og informeres
    Når Kari melder saken til barnevernet
    Så skal ingen foresatte inviteres eller informeres om saken

  # Kilde: 001_3254db2c7bc0f88f.txt (Jevnaker), «Nivå 3», beslutning «3. Melde saken til
  # barnevernet»; opplysningsplikten krever ikke samtykke.
  Scenario: Melding til barnevernet krever ikke samtykke
    Gitt at Kari har åpnet en sak om Ola
    Når Kari beslutter å melde saken til barnevernet fordi «Ola forteller om slag hjemme»
    Så er meldingen sendt uten samtykke
    Og står saken på nivå 3

  # Kilde: 002_36ab055ecf8ed34e.txt (Vestby), «Akutt?»: «Er du i tvil kan du drøfte saken
  # anonymt med barnevernstjenesten.» Bærum (000), «Anonyme drøftinger tas kun i bruk ved
  # konsultasjonstelefoner».
  Scenario: En anonym drøfting med barnevernet lagres uten personopplysninger
    Når Kari drøfter saken anonymt med barnevernet og får råd om å melde
    Så er det lagret at en anonym drøfting fant sted
    Og er det ikke lagret noe om hvem drøftingen gjaldt
