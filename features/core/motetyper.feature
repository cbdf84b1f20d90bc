# language: no
Egenskap: Møtetyper: de nasjonale og kommunens egne
  Alle kommuner har møtetypene i den nasjonale modellen. En kommune kan i tillegg ha sine
  egne, som Bærums møter i tidlig innsatsteam, og de kan velges på samme måte.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at Eksempel kommune også har møtetypen «Møte i tidlig innsatsteam»
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Det tilstrebes at
  #   begge foreldrene kan møte til en undringssamtale». Kilde:
  #   shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 2 – tverrfaglig innsats (1-2 tjenester)»: «Her
  #   vil det være aktuelt med samarbeidsmøte.»; «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Oppfølgingsmøte skal gjennomføres innen 2-4 uker.»; «Evalueringsmøte»: «Evaluer de tiltakene
  #   som er iverksatt.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3»: «Gjennomfør et overgangsmøte for å avklare dette.»
  Scenario: Møtetypene i den nasjonale modellen finnes sammen med kommunens egne
    Så kan et møte i saken være undringssamtale, samarbeidsmøte, oppfølgingsmøte, evalueringsmøte, overgangsmøte eller møte i tidlig innsatsteam

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Koordinators rolle og ansvar»: «Koordinator for
  #   Tidlig innsatsteam er fast møteleder. […] Sende skriftlig møteinnkalling til alle deltakere»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Avklar med
  #   foresatte/ungdom om det er andre som skal innkalles til møtet i TIT».
  Scenario: Kommunens egen møtetype kan velges når et møte planlegges
    Når Kari inviterer Per, Lise og Ola til møte i tidlig innsatsteam:
      | tid    | i overmorgen klokka 9   |
      | slutt  | i overmorgen klokka 13  |
      | sted   | Rådhuset, møterom 3     |
      | agenda | Presentasjon            |
      | agenda | Framlegg av sak         |
      | agenda | Drøftingsdel            |
      | agenda | Avrunding               |
    Så er møtet planlagt som «Møte i tidlig innsatsteam»
    Når Kari henter kalenderfilen til møtet
    Så har kalenderfilen overskriften «Møte i tidlig innsatsteam»

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til møte», Nivå 1 – fra bekymring til
  #   tiltak: «Det er viktig at barnet/ungdommen og foresatte vet hva de inviteres til.» Bare
  #   møtetyper kommunen har beskrevet, kan velges.
  Scenario: En møtetype kommunen ikke har, kan ikke velges
    Når Kari inviterer Per og Lise til husmøte:
      | tid    | i morgen klokka 14      |
      | sted   | Møterom 2, Nordby skole |
      | agenda | Hva vi har sett         |
    Så avvises invitasjonen, med beskjed ved feltet «møtetype»
    Og det er ikke planlagt noe møte i saken
