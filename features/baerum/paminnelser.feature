# language: no
@baerum
Egenskap: Påminnelse før samtykket går ut i Bærum
  Samtykket gjelder for et tidsrom, og en sak drøftes i Tidlig innsatsteam bare med skriftlig
  samtykke. Teamet møtes hver 14. dag, så den som meldte saken, blir minnet på at samtykket
  går ut 14 dager før, slik at et nytt kan skrives under før neste møte.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Per har skrevet under på et samtykke til samarbeid med helsestasjonen, som gjelder i 30 dager

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtehyppighet»: «Hver 14. dag 4 timer.» og
  #   «SAMTYKKEERKLÆRING»: «Dette samtykket gjelder i tidsrommet: …»
  Scenariomal: Påminnelsen kommer én teamsyklus før samtykket går ut
    Når påminnelsene kjøres om <dager> dager
    Så <kari>

    Eksempler:
      | dager | kari                                                 |
      | 15    | får Kari ingen påminnelse                            |
      | 16    | får Kari én påminnelse om at samtykket snart går ut |
