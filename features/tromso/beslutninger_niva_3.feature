# language: no
@tromso
Egenskap: Beslutningene på nivå 3, tverrfaglig samarbeid med spesiell innsats
  Barn med tiltak fra barneverntjenesten er på nivå 3. I trinn 4 tas beslutningen: saken
  avsluttes eller går ned til nivå 1 eller 2, og ansvaret overføres eventuelt til en ny
  stafettholder; samarbeidet fortsetter på trinn 1–4; et overgangsmøte avklarer hvem som
  overtar stafettholderansvaret; eller Ressurssenteret kontaktes ved usikkerhet.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Tromsø
    Og Bjørn er saksbehandler i barneverntjenesten i Tromsø
    Og Ola er 14 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har ført saken til nivå 3 med bekymringsmelding til barneverntjenesten som foreldrene kjenner til
    Og at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «1. Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer?
  #   Vurder om saken skal avsluttes eller om barnet/ungdommen skal få hjelp nivå 1 (innstas i
  #   egen enhet) eller 2 (tverrfaglig innsats, hovedsakelig på barnehage-/skolearena). Overfør
  #   eventuelt ansvaret til ny Stafettholder.»
  Scenariomal: Beslutning 1 fører saken ned et nivå, og ansvaret overføres til en ny stafettholder
    Når Kari tar beslutningen «<beslutning>» fordi «<grunn>»
    Så står saken på nivå <til>
    Og viser beslutningen at «stafettpinnen kan gå til en ny stafettholder, som må akseptere den»
    Og Kari er fortsatt stafettholder i saken
    Når Kari tilbyr stafettpinnen til Hege
    Og Hege takker ja til stafettpinnen
    Så er Hege stafettholder i saken
    Og Kari er ikke lenger stafettholder i saken

    Eksempler:
      | beslutning                                                                                                                                                                                                                 | grunn                                              | til |
      | 1. Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? Barnet/ungdommen får hjelp på nivå 1 (innsats i egen enhet). Overfør eventuelt ansvaret til ny Stafettholder.                                       | Ola får den hjelpen han trenger av helsesykepleier | 1   |
      | 1. Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? Barnet/ungdommen får hjelp på nivå 2 (tverrfaglig innsats, hovedsakelig på barnehage-/skolearena). Overfør eventuelt ansvaret til ny Stafettholder. | Skolen og helsesykepleier er nok                   | 2   |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «1. Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer?
  #   Vurder om saken skal avsluttes […]»
  Scenario: Beslutning 1 kan avslutte saken
    Når Kari tar beslutningen «1. Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? Saken avsluttes.» fordi «Tiltakene har virket, og Ola trenger ikke lenger hjelp»
    Så er saken avsluttet
    Og er Karis beslutning «1. Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? Saken avsluttes.» lagret i saken, med begrunnelsen «Tiltakene har virket, og Ola trenger ikke lenger hjelp»

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «2. Fortsatt behov for bredt tverrfaglig samarbeid på flere arenaer?
  #   Fortsett på trinn 1-4 så lenge behovet er til stede.»
  Scenario: Beslutning 2 fortsetter samarbeidet fra trinn 1
    Gitt at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                          | tiltak                                    | ansvarlig | oppfølging  |
      | Ola møter på skolen hver dag | Hege følger opp Ola hver morgen i to uker | Hege      | om 14 dager |
    Og at Kari har krysset av trinn 2 på nivå 3 som gjort
    Og at Hege har evaluert tiltaket «Hege følger opp Ola hver morgen i to uker» med Olas mening «Jeg vil at det fortsetter»
    Så er trinn 1, 2 og 3 på nivå 3 gjort
    Når Kari tar beslutningen «2. Fortsatt behov for bredt tverrfaglig samarbeid på flere arenaer? Fortsett på trinn 1-4 så lenge behovet er til stede.» fordi «Ola trenger fortsatt bred hjelp»
    Så står saken på nivå 3
    Og er trinn 1, 2, 3 og 4 på nivå 3 åpne igjen
    Og er avkrysningen av trinn 1, 2, 3 og 4 på nivå 3 fra forrige runde tatt vare på i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «3. Skal en tjeneste med stafettholderansvar avslutte sitt arbeid og det
  #   er tvil om hvem som skal overta stafettholderansvaret? Gjennomfør et overgangsmøte for å
  #   avklare dette.»
  Scenario: Beslutning 3 kaller inn til overgangsmøte, og stafettpinnen går over når den er akseptert
    Gitt at Bjørn er med i laget rundt Ola
    Når Kari tar beslutningen «3. Skal en tjeneste med stafettholderansvar avslutte sitt arbeid og det er tvil om hvem som skal overta stafettholderansvaret? Gjennomfør et overgangsmøte for å avklare dette.» fordi «Skolen avslutter sitt arbeid etter sommeren»
    Så står saken på nivå 3
    Og viser beslutningen at «hold et møte: Overgangsmøte»
    Når Kari inviterer Hege og Bjørn til overgangsmøte:
      | tid    | i morgen klokka 10                  |
      | sted   | Prestvannet skole, møterom 1        |
      | agenda | Hvem overtar stafettholderansvaret? |
    Så er møtet planlagt som «Overgangsmøte»
    Når Kari tilbyr stafettpinnen til Hege
    Så har Hege fått tilbud om stafettpinnen fra Kari
    Og Kari er fortsatt stafettholder i saken
    Når Hege takker ja til stafettpinnen
    Så er Hege stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», trinn 4: «4. Ved usikkerhet – ta kontakt med Ressurssenteret.»
  Scenario: Beslutning 4 viser til Ressurssenteret ved usikkerhet
    Når Kari tar beslutningen «4. Ved usikkerhet – ta kontakt med Ressurssenteret.» fordi «Vi er usikre på hvem som bør bistå videre»
    Så står saken på nivå 3
    Og viser beslutningen at «kontakt Ressurssenteret»
    Og står det hos Ressurssenteret at det kontaktes «ved usikkerhet på nivå 3»
