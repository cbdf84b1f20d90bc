# language: no
@baerum
Egenskap: Den anonymiserte protokollen fra Tidlig innsatsteam
  Møtelederen ferdigstiller protokollen. Den er anonymisert: den kan ikke ferdigstilles så lenge
  den har barnets eller en foresattes navn, en fødselsdato, et fødselsnummer, en adresse, et
  telefonnummer eller en e-postadresse. Saken omtales med teamets saksnummer. Protokollen
  arkiveres i teamet og samles kvartalsvis til koordinator for Sammen for barn og unge.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Siri er konsulent ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator, Siri som fast stedfortreder og Hege som fast medlem
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per Hansen og Lise Hansen, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at saken er meldt, satt opp og drøftet i teamet med foresatte til stede

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Protokoll (anonymisert).
  #   Arkiveres i TIT.»
  Scenariomal: Protokollen ferdigstilles ikke så lenge den har <hva>
    Når Kim ferdigstiller protokollen «<tekst>»
    Så blir protokollen ikke ferdigstilt, og Kim får beskjed om å ta ut <hva>

    Eksempler:
      | hva                        | tekst                                               |
      | et navn                    | Ola har uro i klassen.                              |
      | et navn                    | Per Hansen var med på møtet.                        |
      | en dato                    | Født 03.03.2016, uro i klassen.                     |
      | et fødselsnummer           | Fnr 03031650123 er registrert.                      |
      | en adresse                 | Familien bor i Storgata 5.                          |
      | et telefonnummer eller e-post | Foreldrene nås på 912 34 567.                    |
      | et telefonnummer eller e-post | Foreldrene nås på familien@example.no.           |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «6. Protokoll - Møteleder
  #   ferdigstiller protokoll»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Protokoll (anonymisert).
  #   Arkiveres i TIT.»
  Scenario: Møtelederen ferdigstiller en anonymisert protokoll som omtaler saken med saksnummer
    Når Kim ferdigstiller protokollen «Sak 1: uro i klassen. Foreldrene deltok. Plan om faste pauser.»
    Så er protokollen ferdigstilt av Kim
    Og er saken ferdig i teamet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «6. Protokoll - Møteleder
  #   ferdigstiller protokoll»
  Scenario: Bare møtelederen eller stedfortrederen ferdigstiller protokollen
    Når Hege ferdigstiller protokollen «Sak 1: uro i klassen.»
    Så finner Hege ikke saken i teamet
    Når Siri ferdigstiller protokollen «Sak 1: uro i klassen.»
    Så er protokollen ferdigstilt av Siri

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «6. Protokoll - Møteleder
  #   ferdigstiller protokoll»
  Scenario: En ferdigstilt protokoll kan ikke ferdigstilles på nytt
    Gitt at Kim har ferdigstilt protokollen «Sak 1: uro i klassen.»
    Når Kim ferdigstiller protokollen «Sak 1: uro i klassen, rettet.»
    Så blir protokollen ikke ferdigstilt, fordi den alt er ferdigstilt

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Protokoll (anonymisert).
  #   Arkiveres i TIT. Sendes til koordinator Sammen for barn og unge, kvartalsvis»
  Scenario: Den utskrevne protokollen har saksnummer og aldersgruppe, men ingen navn
    Gitt at Kim har ferdigstilt protokollen «Sak 1: uro i klassen. Plan om faste pauser.»
    Når Kim skriver ut protokollen fra teamets side
    Så står dette i utskriften:
      | Protokoll | Sak 1: uro i klassen. Plan om faste pauser. |
      | Team      | Tidlig innsatsteam 6–15 år Øst              |
    Og står ikke «Ola», «Testesen», «Per», «Lise» eller «Hansen» i protokollen
