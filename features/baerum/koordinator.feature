# language: no
@baerum
Egenskap: Koordinators forberedelse av møtet i Tidlig innsatsteam
  Koordinator er fast møteleder og forbereder møtet: lager møteplan, prioriterer sakene (de
  som haster først), setter av tid til hver sak, sier fra om behov for tolk, sikrer at
  skriftlig samtykke er gitt, sender skriftlig innkalling til alle deltakerne og avklarer hvem
  av de faste medlemmene som skal være referent. Bare møtelederen og den faste stedfortrederen
  ser teamets kø; for alle andre finnes den ikke.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Siri er konsulent ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og Pål er rådgiver ved Bærum PPT
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator, Siri som fast stedfortreder og Hege og Pål som faste medlemmer
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Prioritere saker til møtet»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «(hastegrad vurderes)».
  Scenario: Saker som haster, står først i køen
    Gitt Emma er 10 år og går på Høvik skole
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kari har åpnet en sak om Emma
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Når Kim vurderer saken om Emma som haster
    Og Kim vurderer saken om Ola som vanlig
    Så står sakene i denne rekkefølgen i køen til Kim:
      | Emma |
      | Ola  |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Koordinators rolle og ansvar»: «Det utnevnes en
  #   fast stedfortreder for møteleder.»
  Scenario: Bare møtelederen og stedfortrederen ser teamets kø
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Så står saken om Ola i køen til Kim
    Og står saken om Ola i køen til Siri
    Og finner Hege ikke teamets kø
    Og finner Kari ikke teamets kø
    Og står Ola på teamets kø på nettet for Siri
    Men finnes teamets kø ikke på nettet for Hege eller Kari

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Lage møteplan […] Avklare møtested»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtehyppighet»: «Hver 14. dag 4 timer».
  Scenario: Et møte i teamet varer i teamets 4 timer, på stedet koordinator avklarer
    Når Kim lager et møte for teamet om 14 dager klokka 9 på «Høvik skole, møterom 1»
    Så har teamet et møte om 14 dager fra klokka 9 til klokka 13 på «Høvik skole, møterom 1»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Planlegging av møtet (innkalling, tidsbruk pr sak, behov for tolk m.m.»
  Scenario: Koordinator setter av tid til saken og bestiller tolk
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har laget et møte for teamet om 14 dager klokka 9
    Når Kim setter saken opp klokka 10 med 60 minutter og tolk på arabisk
    Så står saken på møtet om 14 dager klokka 10 med 60 minutter og tolk på arabisk

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Planlegging av møtet (innkalling, tidsbruk pr sak, behov for tolk m.m.»
  Scenario: En sak får ikke en tid utenfor møtet eller en tid en annen sak har
    Gitt Emma er 10 år og går på Høvik skole
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har laget et møte for teamet om 14 dager klokka 9
    Og at Kim har satt saken opp klokka 10 med 60 minutter
    Og at Kari har åpnet en sak om Emma
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Når Kim setter saken opp klokka 12.30 med 60 minutter
    Så blir saken ikke satt opp, fordi den må få plass innenfor møtet
    Når Kim setter saken opp klokka 10.30 med 30 minutter
    Så blir saken ikke satt opp, fordi en annen sak har den tiden
    Når Kim setter saken opp klokka 11 med 30 minutter
    Så står saken på møtet om 14 dager klokka 11 med 30 minutter

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Planlegging av møtet (innkalling, tidsbruk pr sak, behov for tolk m.m.»
  Scenario: Tolk uten språk blir ikke bestilt
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har laget et møte for teamet om 14 dager klokka 9
    Når Kim setter saken opp klokka 10 med 60 minutter og tolk uten å si språket
    Så blir saken ikke satt opp, og det står ved tolken at språket må oppgis

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Sende skriftlig møteinnkalling til alle deltakere, obs samtykke fra foreldre hvis det er
  #   behov for andre deltakere enn de faste»
  Scenario: Den skriftlige innkallingen går til alle deltakerne
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Når Kim sender innkallingene
    Så er disse innkalt til møtet i teamet: Kim, Siri, Hege, Pål, Kari, Per og Lise
    Og har møtet i saken tiden, stedet og agendaen med teamets seks deler

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Sende skriftlig møteinnkalling til alle deltakere»
  Scenario: Innkallingene sendes ikke før saken har fått plass på et møte
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Når Kim sender innkallingene
    Så blir innkallingene ikke sendt, fordi saken først må settes opp på et møte

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse», Koordinators rolle og ansvar:
  #   «Avklare hvem som skal være referent i møtet»
  Scenario: Referenten velges blant teamets faste medlemmer
    Gitt at Kim har laget et møte for teamet om 14 dager klokka 9
    Når Kim velger Kari som referent
    Så blir referenten ikke valgt, fordi referenten skal være et av teamets faste medlemmer
    Når Kim velger Hege som referent
    Så er Hege referent på møtet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Koordinators rolle og ansvar»: «Det utnevnes en
  #   fast stedfortreder for møteleder.»
  Scenario: Stedfortrederen forbereder møtet når møtelederen er borte
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Siri har laget et møte for teamet om 14 dager klokka 9
    Når Siri setter saken opp klokka 9 med 45 minutter
    Og Siri sender innkallingene
    Så er innkallingene sendt

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 3: Møteinnkalling»: «Vedrørende […] Tid
  #   […] Sted […] Har du spørsmål, ta kontakt med koordinator for Tidlig innsatsteam: Navn»
  Scenario: Innkallingen sier hva møtet gjelder, tid, sted, tolk og hvem som er koordinator
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har laget et møte for teamet om 14 dager klokka 9 på «Høvik skole, møterom 1»
    Og at Kim har satt saken opp klokka 10 med 60 minutter og tolk på arabisk
    Og at Kim har sendt innkallingene
    Når Kim skriver ut innkallingen fra teamets side
    Så står dette i innkallingen:
      | Vedrørende  | Ola Testesen                   |
      | Tid         | kl. 10:00                      |
      | Sted        | Høvik skole, møterom 1         |
      | Tolk        | arabisk                        |
      | Koordinator | Kim                            |
      | Hilsen      | Tidlig innsatsteam 6–15 år Øst |
