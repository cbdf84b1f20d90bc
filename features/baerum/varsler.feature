# language: no
@baerum
Egenskap: Koordinator og stedfortreder får varsel om en ny sak til teamet, uten navn
  Når en sak meldes til Tidlig innsatsteam, ligger meldeskjemaet i koordinators kø i
  plattformen. Koordinator og den faste stedfortrederen får en e-post om at en sak er meldt
  inn, med en lenke og en referanse, men uten barnets, foreldrenes eller melderens navn.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at plattformen sender varsler på e-post gjennom kommunens e-posttjener
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Siri er konsulent ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator, Siri som fast stedfortreder og Hege som faste medlemmer
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kim, Siri, Hege og Kari har e-postadresse på jobben

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «4. Kontakt
  #   koordinator for TIT på telefon eller epost for å sjekke ut når saken kan komme opp i TIT
  #   (hastegrad vurderes), og gi beskjed om at meldeskjema vil bli sendt. (obs navn må ikke
  #   oppgis i epost.)»
  Scenario: Koordinator og stedfortreder får en e-post uten navn når en sak meldes til teamet
    Når Kari melder saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og varslene sendes
    Så får Kim en e-post med emnet «Nytt i BTI-plattform: en sak er meldt inn til teamet ditt»
    Og får Siri en e-post med emnet «Nytt i BTI-plattform: en sak er meldt inn til teamet ditt»
    Og Hege får ingen e-post
    Og Kari får ingen e-post
    Og ingen e-post nevner Ola, Per, Lise, Kari, Kim eller Siri
