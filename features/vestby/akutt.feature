# language: no
Egenskap: Ved mistanke om vold, overgrep eller alvorlig omsorgssvikt meldes saken direkte til barnevernstjenesten
  På alle nivåer gjelder det samme: ved mistanke om vold, overgrep eller alvorlig
  omsorgssvikt skal saken meldes direkte til barnevernstjenesten, og foresatte involveres
  ikke. Ved høy bekymring kontaktes politiet parallelt. Meldingen flytter ikke saken til et
  annet nivå.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Obs! Ved mistanke om
  #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
  #   Foresatte involveres ikke!»
  Scenario: En akutt bekymring meldes direkte til barnevernstjenesten, og foresatte involveres ikke
    Når Kari svarer at situasjonen er akutt og melder bekymringen for Ola til Vestby barnevernstjeneste
    Så er saken meldt til Vestby barnevernstjeneste av Kari med opplysningsplikt som grunnlag
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Ved høy bekymring, kontakt politiet
  #   parallelt.»
  Scenario: Ved høy bekymring kontaktes politiet parallelt med meldingen
    Når Kari svarer at situasjonen er akutt, melder bekymringen for Ola til Vestby barnevernstjeneste og kontakter politiet parallelt
    Så er saken meldt til Vestby barnevernstjeneste av Kari med opplysningsplikt som grunnlag
    Og er det registrert at politiet ble kontaktet parallelt
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 3 – omfattende samarbeid mellom flere
  #   tjenester (3 eller flere)», og  gjentar alle, Nivå 1 – fra bekymring til tiltak, Nivå 2 –
  #   tverrfaglig innsats (1-2 tjenester): «Obs! Ved mistanke om vold/overgrep/alvorlig
  #   omsorgssvikt skal saken meldes direkte til barnevernstjenesten. Foresatte involveres
  #   ikke!»
  Scenariomal: Saken kan meldes direkte til barnevernstjenesten på alle nivåer, og blir på nivået
    Gitt at Kari har åpnet en sak om Ola
    Og at saken er kommet til nivå <nivå>
    Når Kari beslutter at saken meldes direkte til barnevernet, fordi «Ola forteller om slag hjemme»
    Så står saken på nivå <nivå>
    Og skal ingen foresatte inviteres eller informeres om saken
    Og har Kari saken i sin egen liste

    Eksempler:
      | nivå |
      | 0    |
      | 1    |
      | 2    |
      | 3    |
