# language: no
@baerum
Egenskap: Ved mistanke om vold eller overgrep går saken rett til barnevernet, ikke til Tidlig innsatsteam
  Ved mistanke om vold eller seksuelle overgrep skal barnevernet kontaktes med en gang.
  Foreldrene skal da ikke kontaktes og ikke ha informasjon om meldingen. En slik sak kan ikke
  drøftes i Tidlig innsatsteam, der foreldrene skal være til stede eller ha samtykket.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Ved mistanke om vold
  #   eller seksuelle overgrep skal Barneverntjenesten kontaktes umiddelbart.
  #   Barneverntjenesten tar kontakt med politiet. Foreldre skal da ikke kontaktes, og skal heller
  #   ikke ha informasjon om meldingen.»
  Scenario: En akutt bekymring meldes rett til barnevernet uten at foreldrene kontaktes
    Når Kari svarer at situasjonen er akutt og melder bekymringen for Ola til Barnevernstjenesten, mottak
    Så er saken meldt til Barnevernstjenesten, mottak av Kari med opplysningsplikt som grunnlag
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Foreldre skal da ikke
  #   kontaktes, og skal heller ikke ha informasjon om meldingen.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forord»: «drøftingene i teamet skal skje med
  #   foreldre/ungdom tilstede eller med deres samtykke.»
  Scenario: En sak som er meldt akutt til barnevernet, kan ikke drøftes i Tidlig innsatsteam
    Når Kari svarer at situasjonen er akutt og melder bekymringen for Ola til Barnevernstjenesten, mottak
    Og Kari melder saken til Tidlig innsatsteam, og foreldrene kommer selv
    Så blir meldingen avvist, fordi saken er meldt til barnevernet og foreldrene ikke skal kontaktes
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Alle offentlige
  #   ansatte har et selvstendig ansvar for å melde fra til Barneverntjenesten direkte ved mistanke
  #   om alvorlig omsorgssvikt, vold eller overgrep mot et barn.»
  Scenario: Meldes saken til barnevernet etter at den er meldt til teamet, sendes ingen innkalling
    Gitt at Kari har åpnet en sak om Ola
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Når Kari melder saken til barnevernet
    Og Kim sender innkallingene
    Så blir innkallingene ikke sendt, fordi saken er meldt til barnevernet og foreldrene ikke skal kontaktes
    Og skal ingen foresatte inviteres eller informeres om saken
