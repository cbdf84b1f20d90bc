# language: no
@baerum
Egenskap: Hvilket Tidlig innsatsteam en sak hører til i Bærum
  Tidlig innsatsteam er for barn og unge fra 0 til og med 23 år og for gravide. Hvilket team
  saken går til, følger alderen i fylte år på dagen teamet møtes: «0–1 år» varer fram til
  ettårsdagen og tar også de gravide, «1–5 år» er fra ettårsdagen til dagen før 6-årsdagen,
  «6–15 år» til dagen før 16-årsdagen og «16–23 år» til dagen før 24-årsdagen. Fyller barnet år
  mellom meldingen og møtet, er det alderen på møtedagen som gjelder, og koordinator får vite
  hvilket team saken hører til.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik helsestasjon, Høvik barnehage og Høvik skole ligger i område Øst

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «0-1 år: Faste deltakere fra
  #   helsestasjon, barnevern, psykisk helseteam. […] 1-5 år: Faste deltakere fra helsestasjon,
  #   barnevern, PPT og styrer/avd.leder fra den aktuelle barnehage.»
  Scenariomal: Rundt ettårsdagen går saken fra teamet for 0–1 år til teamet for 1–5 år
    Gitt Ola fyller 1 år 20. mars 2027 og er registrert ved Høvik helsestasjon
    Så hører Ola til «<team>» på et møte <møtedag>

    Eksempler:
      | møtedag       | team                          |
      | 19. mars 2027 | Tidlig innsatsteam 0–1 år     |
      | 20. mars 2027 | Tidlig innsatsteam 1–5 år Øst |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «1-5 år: […] […] 6-15 år: Faste
  #   deltakere fra skolehelsetjenesten, barnevern, PPT og ledelsen ved den aktuelle skolen.»
  Scenariomal: Rundt 6-årsdagen går saken fra teamet for 1–5 år til teamet for 6–15 år
    Gitt Ola fyller 6 år 20. mars 2027 og er registrert ved Høvik barnehage
    Så hører Ola til «<team>» på et møte <møtedag>

    Eksempler:
      | møtedag       | team                           |
      | 19. mars 2027 | Tidlig innsatsteam 1–5 år Øst  |
      | 20. mars 2027 | Tidlig innsatsteam 6–15 år Øst |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «6-15 år: […] […] 16-23 år: Faste
  #   deltakere fra skolehelsetjenesten, barnevern, PPT vgs, og ledelsen ved den aktuelle skole.»
  Scenariomal: Rundt 16-årsdagen går saken fra teamet for 6–15 år til teamet for 16–23 år
    Gitt Ola fyller 16 år 20. mars 2027 og er registrert ved Høvik skole
    Så hører Ola til «<team>» på et møte <møtedag>

    Eksempler:
      | møtedag       | team                           |
      | 19. mars 2027 | Tidlig innsatsteam 6–15 år Øst |
      | 20. mars 2027 | Tidlig innsatsteam 16–23 år    |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Målgruppe»: «Barn og unge mellom 0-23 år og
  #   gravide som kan ha behov for å få sin sak drøftet tverrfaglig.»
  Scenario: Dagen før 24-årsdagen hører ungdommen til teamet for 16–23 år, på 24-årsdagen til ingen
    Gitt Ola fyller 24 år 20. mars 2027 og er registrert ved Høvik skole
    Så hører Ola til «Tidlig innsatsteam 16–23 år» på et møte 19. mars 2027
    Og hører Ola ikke til noe Tidlig innsatsteam på et møte 20. mars 2027

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Formål»: «Bistå barn, unge og familier som
  #   strever i hjemmet, i barnehagen eller på skolen på et tidlig tidspunkt, og til gravide som har
  #   behov for hjelp.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «0-1 år: Faste deltakere fra
  #   helsestasjon, barnevern, psykisk helseteam.»
  Scenario: En gravid skriver under på sitt eget samtykke, og saken går til teamet for 0–1 år
    Gitt Hanne er helsesykepleier ved Høvik helsestasjon
    Og Nora er gravid med termin om 10 uker
    Og at Hanne har åpnet en sak om Nora
    Og at Hanne har registrert et samtykke for Nora som gjelder barnevernet og psykisk helse
    Når Nora skriver under selv
    Så er samtykket gyldig
    Når Hanne melder saken til Tidlig innsatsteam, uten at Nora kommer selv
    Så er saken meldt til «Tidlig innsatsteam 0–1 år»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «1-5 år: […] […] 6-15 år: […] […]
  #   Koordinators rolle og ansvar»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forberedelse»: «Prioritere saker til møtet».
  Scenario: Et barn som fyller 6 år mellom meldingen og møtet, drøftes i teamet for 6–15 år
    Gitt Kim er avdelingsleder ved Bærum barnevern
    Og Siri er avdelingsleder ved Bærum barnevern
    Og at Kim er koordinator for Tidlig innsatsteam 1–5 år Øst
    Og at Siri er koordinator for Tidlig innsatsteam 6–15 år Øst
    Og Berit er pedagogisk leder ved Høvik barnehage
    Og Ola fyller 6 år om 10 dager og er registrert ved Høvik barnehage
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Berit har åpnet en sak om Ola
    Når Berit melder saken til Tidlig innsatsteam, og foreldrene kommer selv
    Så er saken meldt til «Tidlig innsatsteam 1–5 år Øst»
    Når Kim setter saken opp på teamets møte om 14 dager klokka 10
    Så blir saken ikke satt opp, og Kim får vite at Ola er 6 år den dagen og hører til «Tidlig innsatsteam 6–15 år Øst»
    Når Kim flytter saken til «Tidlig innsatsteam 6–15 år Øst»
    Og Siri setter saken opp på teamets møte om 14 dager klokka 10
    Så står saken på møtet til «Tidlig innsatsteam 6–15 år Øst» om 14 dager
