# language: no
@baerum
Egenskap: Bærums syv Tidlig innsatsteam og deres faste deltakere
  Bærum har syv Tidlig innsatsteam fordelt på aldersgruppene. Hvert team har faste deltakere
  fra tjenestene metodeboka nevner for aldersgruppen; barnehagen eller skolen saken kommer fra,
  møter med sin leder. Koordinator er fast møteleder og har en fast stedfortreder, og teamet
  ledes av en avdelingsleder fra barnevernet. Teamet møtes hver 14. dag i 4 timer, og oftere
  ved behov. Teamene er oppsett som en administrator endrer, ikke noe som er skrevet inn i
  plattformen for godt.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forord»: «Det er besluttet å innføre en ny modell
  #   for tverrfaglig samhandling med opprettelse av syv Tidlig innsatsteam( TIT).»
  Scenario: Bærum har syv Tidlig innsatsteam fordelt på fire aldersgrupper
    Så har Bærum disse Tidlig innsatsteamene:
      | team                               | aldersgruppe      |
      | Tidlig innsatsteam 0–1 år          | 0–1 år og gravide |
      | Tidlig innsatsteam 1–5 år Øst      | 1–5 år            |
      | Tidlig innsatsteam 1–5 år Vest     | 1–5 år            |
      | Tidlig innsatsteam 6–15 år Øst     | 6–15 år           |
      | Tidlig innsatsteam 6–15 år Sentrum | 6–15 år           |
      | Tidlig innsatsteam 6–15 år Vest    | 6–15 år           |
      | Tidlig innsatsteam 16–23 år        | 16–23 år          |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «0-1 år: Faste deltakere fra
  #   helsestasjon, barnevern, psykisk helseteam. […] 1-5 år: Faste deltakere fra helsestasjon,
  #   barnevern, PPT og styrer/avd.leder fra den aktuelle barnehage. […] 6-15 år: Faste deltakere
  #   fra skolehelsetjenesten, barnevern, PPT og ledelsen ved den aktuelle skolen. […] 16-23 år:
  #   Faste deltakere fra skolehelsetjenesten, barnevern, PPT vgs, og ledelsen ved den aktuelle
  #   skole.»
  Scenariomal: De faste deltakerne i <team>
    Så har «<team>» faste deltakere fra <deltakere>

    Eksempler:
      | team                           | deltakere                                                                   |
      | Tidlig innsatsteam 0–1 år      | helsestasjon, barnevern og psykisk helseteam                                |
      | Tidlig innsatsteam 1–5 år Vest | helsestasjon, barnevern, PPT og styrer/avd.leder fra den aktuelle barnehage |
      | Tidlig innsatsteam 6–15 år Øst | skolehelsetjenesten, barnevern, PPT og ledelsen ved den aktuelle skolen     |
      | Tidlig innsatsteam 16–23 år    | skolehelsetjenesten, barnevern, PPT vgs og ledelsen ved den aktuelle skole  |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtehyppighet»: «Hver 14. dag 4 timer. Utvides
  #   til ukentlige møter hvis det er behov»; shared/seeds/003_65c3f1b10dd6ab1f.txt, «Vedlegg 1: Ny
  #   modell for tverrfaglig samhandling»: «Innsatsteam ledes/koordineres av en avdelingsleder fra
  #   barnevernstjenesten.»
  Scenario: Hvert team møtes hver 14. dag i 4 timer og ledes av en avdelingsleder fra barnevernet
    Så møtes hvert Tidlig innsatsteam hver 14. dag i 4 timer
    Og står det for hvert team at det ledes av «Avdelingsleder fra barnevernstjenesten»
    Og står det for hvert team at det kan møtes oftere: «Utvides til ukentlige møter hvis det er behov»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtehyppighet»: «Utvides til ukentlige møter
  #   hvis det er behov»
  Scenario: En administrator setter et team til å møtes hver uke når det er behov
    Gitt at Ada er administrator i Bærum kommune
    Når Ada setter Tidlig innsatsteam 6–15 år Øst til å møtes hver 7. dag
    Så møtes Tidlig innsatsteam 6–15 år Øst hver 7. dag i 4 timer
    Og møtes Tidlig innsatsteam 6–15 år Vest fortsatt hver 14. dag i 4 timer

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Koordinators rolle og ansvar»: «Koordinator for
  #   Tidlig innsatsteam er fast møteleder. Det utnevnes en fast stedfortreder for møteleder.»
  Scenario: En administrator utnevner koordinator, fast stedfortreder og leder for et team
    Gitt at Ada er administrator i Bærum kommune
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Siri er konsulent ved Bærum barnevern
    Når Ada utnevner Kim til koordinator og leder og Siri til fast stedfortreder for Tidlig innsatsteam 6–15 år Øst
    Så er Kim fast møteleder i Tidlig innsatsteam 6–15 år Øst
    Og er Siri fast stedfortreder for møteleder i Tidlig innsatsteam 6–15 år Øst
    Og ledes Tidlig innsatsteam 6–15 år Øst av Kim

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Koordinators rolle og ansvar»: «Det utnevnes en
  #   fast stedfortreder for møteleder.»
  Scenario: Møtelederen kan ikke være sin egen stedfortreder
    Gitt at Ada er administrator i Bærum kommune
    Og Kim er avdelingsleder ved Bærum barnevern
    Når Ada utnevner Kim til koordinator og Kim til fast stedfortreder for Tidlig innsatsteam 6–15 år Øst
    Så blir endringen avvist ved stedfortrederen, fordi stedfortrederen skal være en annen enn møtelederen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «6-15 år: Faste deltakere fra
  #   skolehelsetjenesten, barnevern, PPT og ledelsen ved den aktuelle skolen.»
  Scenario: En administrator tar inn og tar ut faste medlemmer
    Gitt at Ada er administrator i Bærum kommune
    Og Pål er rådgiver ved Bærum PPT
    Og Tone er rådgiver ved Bærum PPT
    Når Ada tar inn Pål som fast medlem fra PPT i Tidlig innsatsteam 6–15 år Øst
    Og Ada tar inn Tone som fast medlem fra PPT i Tidlig innsatsteam 6–15 år Øst
    Og Ada tar Pål ut av Tidlig innsatsteam 6–15 år Øst
    Så er Tone det eneste faste medlemmet i Tidlig innsatsteam 6–15 år Øst

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Koordinators rolle og ansvar»: «Koordinator for
  #   Tidlig innsatsteam er fast møteleder.» Teamets oppsett endres av en administrator.
  Scenario: Koordinator kan ikke selv endre hvem som sitter i teamet
    Gitt Kim er avdelingsleder ved Bærum barnevern
    Og Pål er rådgiver ved Bærum PPT
    Og at Kim er koordinator for Tidlig innsatsteam 6–15 år Øst
    Når Kim tar inn Pål som fast medlem fra PPT i Tidlig innsatsteam 6–15 år Øst
    Så finner Kim ikke teamets oppsett
    Og har Tidlig innsatsteam 6–15 år Øst ingen faste medlemmer

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Tverrfaglig samhandling», Vedlegg 1: Ny
  #   modell for tverrfaglig samhandling: «Dagens organisering med åtte tverrfaglig utvalg for
  #   barnehager og ett tverrfaglig utvalg ved hver grunnskole erstattes med syv nye «Tidlig
  #   innsatsteam.»»
  Scenario: En administrator bestemmer hvilke skoler som hører til hvilket team
    Gitt at Ada er administrator i Bærum kommune
    Og Kari er lærer ved Bekkestua skole
    Og Ola er 9 år og går på Bekkestua skole
    Og at Kari har åpnet en sak om Ola
    Når Ada lar Bekkestua skole høre til Tidlig innsatsteam 6–15 år Sentrum
    Og Kari melder saken til Tidlig innsatsteam, og foreldrene kommer selv
    Så er saken meldt til «Tidlig innsatsteam 6–15 år Sentrum»
