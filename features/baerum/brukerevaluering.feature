# language: no
@baerum
Egenskap: Foreldrenes og ungdommens evaluering av Tidlig innsatsteam
  Foresatte og ungdommen gir tilbakemelding på hvordan det var å delta, om handlingsplanen er
  fulgt opp og om tiltakene var nyttige. Koordinator har ansvaret. Evalueringen fylles ut
  sammen med en ansatt, eller familien svarer selv gjennom en lenke som ikke har noe navn i
  seg. Den besvares én gang.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator og Hege som fast medlem
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at saken er meldt, satt opp og drøftet i teamet med foresatte til stede

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Brukerevaluering»: «Det er utarbeidet et
  #   evalueringsopplegg, slik at foreldre kan gi en tilbakemelding på hvordan de har opplevd å
  #   delta i Tidlig innsatsteam, om handlingsplanen er fulgt opp og om tiltakene har vært
  #   opplevd som nyttige.»
  Scenario: Familien svarer på evalueringen gjennom en lenke uten navn
    Så har lenken til evalueringen ikke Olas, Pers eller Lises navn i seg
    Og står ingen av navnene i saken på siden lenken åpner
    Når familien svarer gjennom lenken at det var 4 av 5 å delta, at planen er fulgt opp og at tiltakene delvis hjalp
    Så er evalueringen besvart gjennom lenken med 4 av 5, «ja» og «delvis»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Brukerevaluering»: «slik at foreldre kan gi en
  #   tilbakemelding»
  Scenario: Evalueringen kan bare besvares én gang
    Gitt at familien har svart gjennom lenken
    Når familien svarer gjennom lenken at det var 2 av 5 å delta, at planen ikke er fulgt opp og at tiltakene ikke hjalp
    Så blir svaret ikke lagret, fordi evalueringen alt er besvart
    Og er evalueringen besvart gjennom lenken med 4 av 5, «ja» og «delvis»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Brukerevaluering»: «Det er koordinator for
  #   teamet som er ansvarlig for å gjennomføre evalueringsopplegget.»
  Scenario: Koordinator fyller ut evalueringen sammen med foreldrene
    Når Kim fyller ut evalueringen sammen med foreldrene: 5 av 5 å delta, planen er fulgt opp og tiltakene hjalp
    Så er evalueringen besvart sammen med Kim med 5 av 5, «ja» og «ja»
    Når familien svarer gjennom lenken at det var 2 av 5 å delta, at planen ikke er fulgt opp og at tiltakene ikke hjalp
    Så blir svaret ikke lagret, fordi evalueringen alt er besvart

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Brukerevaluering»: «Det er koordinator for
  #   teamet som er ansvarlig for å gjennomføre evalueringsopplegget.»
  Scenario: Den som ikke leder teamet, fyller ikke ut evalueringen for familien
    Når Hege fyller ut evalueringen sammen med foreldrene: 5 av 5 å delta, planen er fulgt opp og tiltakene hjalp
    Så finner Hege ikke saken i teamet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Brukerevaluering»: «om handlingsplanen er fulgt
  #   opp og om tiltakene har vært opplevd som nyttige»
  Scenario: En lenke som ikke finnes, åpner ingen evaluering
    Når noen svarer gjennom en lenke som ikke finnes
    Så blir svaret ikke lagret, fordi lenken ikke finnes
