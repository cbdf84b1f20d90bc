# language: no
@baerum
Egenskap: Å melde en sak til Tidlig innsatsteam i Bærum
  Den som er bekymret, drøfter bekymringen med foresatte eller ungdommen, henter inn skriftlig
  samtykke og avklarer hvem andre som skal innkalles. Meldeskjemaet sendes til teamet inne i
  plattformen, aldri som vedlegg eller e-post, og ingenting som går ut av plattformen, nevner
  barnets navn. Koordinator vurderer hastegraden og kaller inn. Ingen sak settes på sakslista
  uten skriftlig samtykke, med mindre foresatte eller ungdommen kommer selv. Ungdom fra 15 år
  innkalles og kan uttale seg om sin egen sak.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og Pål er rådgiver ved Bærum PPT
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator og Hege og Pål som faste medlemmer
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «1. Drøft din bekymring
  #   med foresatte/ungdom […] 2. Innhent informert skriftlig samtykke […] […] 3. Avklar med
  #   foresatte/ungdom om det er andre som skal innkalles […] […] 4. Kontakt koordinator for TIT […]
  #   […] 5. Fyll ut meldeskjema […] 6. Meldeskjema og samtykkeskjema […] sendes i lukket konvolutt
  #   til leder for Tidlig innsatsteam. […] 7. Koordinator for TIT innkaller deltakerne til møtet»
  Scenario: Veilederen viser de sju trinnene for å melde inn en sak, før og etter meldeskjemaet
    Så står disse stegene for nivå 0 i Bærums veileder:
      | Drøft din bekymring med foresatte/ungdom                                     |
      | Innhent informert skriftlig samtykke til å drøfte saken i Tidlig innsatsteam |
      | Avklar hvem som skal innkalles                                               |
    Og står disse stegene for nivå 1 i Bærums veileder:
      | Kontakt koordinator for TIT                                           |
      | Fyll ut meldeskjema                                                   |
      | Meldeskjema og samtykkeskjema sendes til leder for Tidlig innsatsteam |
      | Koordinator for TIT innkaller deltakerne til møtet                    |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «5. Fyll ut meldeskjema
  #   […] 6. Meldeskjema og samtykkeskjema, samt informasjon om hvem som skal innkalles til møtet,
  #   sendes i lukket konvolutt til leder for Tidlig innsatsteam.»
  Scenario: Meldeskjemaet sendes til teamet i plattformen og kommer i koordinators kø
    Når Kari fyller ut meldeskjemaet og sender det til Tidlig innsatsteam:
      | Epost, telefon                           | kari.lerer@baerum.kommune.no      |
      | Bekymringen gjelder                      | læring og psykososialt miljø      |
      | Andre fagpersoner som ønskes med i møtet | Ingen                             |
      | Foresatte eller ungdommen kommer selv    | ja                                |
    Så er saken meldt til «Tidlig innsatsteam 6–15 år Øst» som sak nr. 1
    Og står saken på nivå 1
    Og står saken om Ola i køen til Kim

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 2: Meldeskjema»: «Melders navn […]
  #   Virksomhet […] Epost, telefon […] Barnet/ungdommens navn, fødselsdato […] Foresattes navn,
  #   adresse […] Andre fagpersoner som ønskes med i møtet […] Samtykkeskjema underskrevet og
  #   vedlagt» .
  Scenario: Meldeskjemaet koordinator leser, har metodebokas felter
    Gitt at Kari har registrert et samtykke for Ola som gjelder skolehelsetjenesten, barnevernet og PPT
    Og at Per har skrevet under på samtykket
    Og at Kari har meldt saken til Tidlig innsatsteam, uten at foreldrene kommer selv
    Når Kim skriver ut meldeskjemaet fra teamets side
    Så står dette i meldeskjemaet:
      | Melders navn                             | Kari                         |
      | Virksomhet                               | Høvik skole                  |
      | Epost, telefon                           | kari@baerum.kommune.no       |
      | Barnet/ungdommens navn                   | Ola Testesen                 |
      | Foresattes navn                          | Per \| Lise                  |
      | Bekymringen gjelder                      | Læring \| Psykososialt miljø |
      | Samtykkeskjema underskrevet og vedlagt   | ☒                            |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 2: Meldeskjema»: «Melders navn […]
  #   Virksomhet […] Epost, telefon […] Barnet/ungdommens navn, fødselsdato […] Foresattes navn,
  #   adresse […] Andre fagpersoner som ønskes med i møtet […] Samtykkeskjema underskrevet og
  #   vedlagt» .
  Scenario: Meldeskjemaet uten kontaktopplysninger eller uten hva bekymringen gjelder, blir ikke sendt
    Når Kari sender meldeskjemaet uten e-post eller telefon
    Så blir meldeskjemaet ikke sendt, og det står ved «Epost, telefon» at melderen skal oppgi e-post eller telefon
    Når Kari sender meldeskjemaet uten å si hva bekymringen gjelder
    Så blir meldeskjemaet ikke sendt, og det står ved «Bekymringen gjelder» at melderen skal si hva bekymringen gjelder
    Og står saken på nivå 0

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «4. Kontakt koordinator
  #   for TIT på telefon eller epost for å sjekke ut når saken kan komme opp i TIT (hastegrad
  #   vurderes), og gi beskjed om at meldeskjema vil bli sendt. (obs navn må ikke oppgis i epost.)
  #   […] 6. […] sendes i lukket konvolutt til leder for Tidlig innsatsteam.»
  Scenario: Når saken meldes, går ingenting med barnets eller foreldrenes navn ut av plattformen
    Når Kari melder saken til Tidlig innsatsteam, og foreldrene kommer selv
    Så er meldeskjemaet bare lagt i koordinators kø i plattformen, uten vedlegg
    Og nevner ingenting plattformen har skrevet om meldingen utenfor saken Ola, Per eller Lise

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «2. Innhent informert
  #   skriftlig samtykke til å drøfte saken i Tidlig innsatsteam»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Formål»: «Hvis foreldrene/ungdommen ikke ønsker å
  #   delta, må det foreligge skriftlig samtykke før saken drøftes.»
  Scenario: Uten skriftlig samtykke og uten foreldrene settes saken ikke på sakslista
    Gitt at Kari har meldt saken til Tidlig innsatsteam, uten at foreldrene kommer selv
    Når Kim setter saken opp på teamets møte om 14 dager klokka 10
    Så blir saken ikke satt opp, fordi den ikke kan drøftes uten skriftlig samtykke når foreldrene ikke kommer selv
    Og står saken på nivå 1
    Gitt at Kari har registrert et samtykke for Ola som gjelder skolehelsetjenesten, barnevernet og PPT
    Og at Per har skrevet under på samtykket
    Når Kim setter saken opp på teamets møte om 14 dager klokka 10
    Og Kim sender innkallingene
    Så er innkallingene sendt
    Og står saken på nivå 2

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forord»: «drøftingene i teamet skal skje med
  #   foreldre/ungdom tilstede eller med deres samtykke.»
  Scenario: Kommer foreldrene selv, kan saken settes på sakslista uten skriftlig samtykke
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Når Kim sender innkallingene
    Så er innkallingene sendt
    Og er Per og Lise innkalt til møtet i teamet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «3. Avklar med
  #   foresatte/ungdom om det er andre som skal innkalles til møtet i TIT i tillegg til de faste
  #   representantene.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «Ved behov innkalles andre relevante
  #   instanser, etter avtale med foresatte.»
  Scenario: Andre enn de faste deltakerne innkalles bare når samtykket nevner tjenesten deres
    Gitt Nina er familieterapeut ved Bærum familieveiledning
    Og at Kari har registrert et samtykke for Ola som gjelder familieveiledningen
    Og at Per har skrevet under på samtykket
    Og at Nina er med i saken
    Og at Kari har meldt saken til Tidlig innsatsteam med Nina som ønsket i møtet, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Når Kim sender innkallingene
    Så er innkallingene sendt
    Og er Nina innkalt til møtet i teamet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Deltakere»: «Ved behov innkalles andre relevante
  #   instanser, etter avtale med foresatte.»
  Scenario: Den som ikke er med i saken, kan ikke ønskes inn i møtet
    Gitt Truls er lærer ved Bekkestua skole
    Når Kari melder saken til Tidlig innsatsteam med Truls som ønsket i møtet, og foreldrene kommer selv
    Så blir meldeskjemaet ikke sendt, og det står ved «Andre fagpersoner som ønskes med i møtet» at de må velges blant dem som er med i saken
    Og står saken på nivå 0

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «4. […] (hastegrad
  #   vurderes) […] 7. Koordinator for TIT innkaller deltakerne til møtet»
  Scenario: Det er koordinator, ikke melderen, som vurderer hastegraden og kaller inn
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Når Kari vurderer saken som haster
    Så finner Kari ikke saken i teamets kø
    Når Kari sender innkallingene
    Så finner Kari ikke saken i teamets kø
    Når Kim vurderer saken som haster, fordi «Eleven har sluttet å komme på skolen»
    Så er saken vurdert som at den haster av Kim

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Myndighet»: «Ungdom over 15 år har rett til å
  #   være med og uttale seg om sin egen sak.»
  Scenario: Ungdom fra 15 år innkalles til møtet om sin egen sak
    Gitt Jonas er 15 år og går på Høvik skole
    Og foreldrene til Jonas, Anne og Geir, bor sammen
    Og at Kari har åpnet en sak om Jonas
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Når Kim sender innkallingene
    Så er Jonas selv innkalt til møtet i teamet, sammen med Anne og Geir

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Myndighet»: «Ungdom over 15 år har rett til å
  #   være med og uttale seg om sin egen sak. […] Møtestruktur»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «4. Avrunding»: «Sikre at foresatte/den unge får
  #   legge fram med sitt syn om videre tiltak»
  Scenario: Er ungdommen med i møtet, skrives ungdommens syn på tiltakene
    Gitt Jonas er 15 år og går på Høvik skole
    Og at Kari har åpnet en sak om Jonas
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Og at Kim har sendt innkallingene
    Og at Kim har ført presentasjonen med ungdommen og melderen til stede
    Når Kim fører avrundingen uten ungdommens syn
    Så blir avrundingen ikke ført, og det står at foreldrenes eller ungdommens syn på tiltakene må skrives
    Når Kim fører avrundingen med ungdommens syn «Jeg vil ha en fast voksen å snakke med»
    Så er avrundingen ført
    Og er det ført at ungdommen var med i møtet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Myndighet»: «Ungdom over 15 år har rett til å
  #   være med og uttale seg om sin egen sak.»
  Scenario: Et barn under 15 år innkalles ikke selv, foreldrene gjør
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Når Kim sender innkallingene
    Så er Ola ikke selv innkalt til møtet i teamet
    Og er Per og Lise innkalt til møtet i teamet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Meldeskjema og
  #   samtykkeskjema […] sendes i lukket konvolutt til leder for Tidlig innsatsteam.»
  Scenario: En sak som alt er meldt, kan ikke meldes en gang til
    Gitt at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Når Kari melder saken til Tidlig innsatsteam, og foreldrene kommer selv
    Så blir meldingen avvist, fordi saken alt er meldt videre og ikke lenger står på nivå 0
