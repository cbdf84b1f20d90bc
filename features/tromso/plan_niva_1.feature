# language: no
@tromso
Egenskap: Planen på nivå 1, og stafettloggen på nivå 2 og 3
  På nivå 1 setter avdelingen inn innsats selv: den lager en plan for det videre forløpet
  sammen med foresatte og barnet, dokumenterer den i eget fagsystem og evaluerer tiltakene
  med barnets stemme. Stafettloggen hører til det tverrfaglige samarbeidet på nivå 2 og 3, og
  den opprettes med samtykke.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 2:
  #   Opprett Stafettlogg. NB! Husk samtykke.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 3:
  #   «Del og diskuter din bekymring og dine observasjoner med: • Kollega/leder • Barnet/ungdommen •
  #   Foresatte»
  Scenario: På nivå 0 blir stafettloggen ikke opprettet
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så blir stafettloggen ikke opprettet fordi den hører til nivå 2 og 3
    Og har saken ingen stafettholder

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»: «Barn/ ungdom
  #   som mottar tilrettelagt tilbud uten at andre instanser er involvert.» og trinn 3: «Dokumenter
  #   i eget fagsystem.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 2:
  #   Opprett Stafettlogg. NB! Husk samtykke.»
  Scenario: På nivå 1 blir stafettloggen ikke opprettet, heller ikke med samtykke
    Gitt at Kari har ført saken til nivå 1
    Og at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så blir stafettloggen ikke opprettet fordi den hører til nivå 2 og 3
    Og har saken ingen stafettholder

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»:
  #   «Trinn 3: Lag en plan for det videre forløpet. Det er viktig å ta stilling til: • Hva er
  #   målet/målene? […] • Hvem er ansvarlig? • Tidsperspektiv/varighet • Hvordan skal vi måle om
  #   det virker? • Hvem snakker med barnet/ungdommen? • Evalueringspunkter Dokumenter i eget
  #   fagsystem.»
  Scenario: Planen på nivå 1 lages uten stafettlogg, med punktene fra trinn 3
    Gitt at Kari har ført saken til nivå 1
    Når Kari lager «Plan for det videre forløpet» slik:
      | Hva er målet/målene?                | Ola har noen å være sammen med i friminuttene  |
      | Hvilke tiltak skal settes inn?      | Voksenstyrt lek i friminuttene tre dager i uka |
      | Hvem er ansvarlig?                  | Kari                                           |
      | Tidsperspektiv/varighet             | Seks uker                                      |
      | Hvordan skal vi måle om det virker? | Kari observerer friminuttene hver fredag       |
      | Hvem snakker med barnet/ungdommen?  | Kari, hver mandag                              |
      | Evalueringspunkter                  | Etter tre og etter seks uker                   |
    Så har saken «Plan for det videre forløpet» fra Kari med disse svarene:
      | Hva er målet/målene?                | Ola har noen å være sammen med i friminuttene  |
      | Hvilke tiltak skal settes inn?      | Voksenstyrt lek i friminuttene tre dager i uka |
      | Hvem er ansvarlig?                  | Kari                                           |
      | Tidsperspektiv/varighet             | Seks uker                                      |
      | Hvordan skal vi måle om det virker? | Kari observerer friminuttene hver fredag       |
      | Hvem snakker med barnet/ungdommen?  | Kari, hver mandag                              |
      | Evalueringspunkter                  | Etter tre og etter seks uker                   |
    Og har saken ingen stafettholder
    Og er trinn 3 på nivå 1 krysset av som gjort av Kari i dag

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»,
  #   trinn 3: «Det er viktig å ta stilling til: […] • Hvordan skal vi måle om det virker?»
  Scenario: En plan som ikke sier hvordan vi skal måle om det virker, blir ikke tatt vare på
    Gitt at Kari har ført saken til nivå 1
    Når Kari lager «Plan for det videre forløpet» slik:
      | Hva er målet/målene?               | Ola har noen å være sammen med i friminuttene  |
      | Hvilke tiltak skal settes inn?     | Voksenstyrt lek i friminuttene tre dager i uka |
      | Hvem er ansvarlig?                 | Kari                                           |
      | Tidsperspektiv/varighet            | Seks uker                                      |
      | Hvem snakker med barnet/ungdommen? | Kari, hver mandag                              |
      | Evalueringspunkter                 | Etter tre og etter seks uker                   |
    Så blir skjemaet ikke tatt vare på fordi «Skriv hvordan dere skal måle om tiltakene virker.»
    Og er trinn 3 på nivå 1 ikke gjort

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»:
  #   «Trinn 5: Evaluer tiltakene etter oppsatt plan. Evalueringen må inneholde
  #   barnets/ungdommens stemme.»
  Scenario: Evalueringen av planen på nivå 1 har med barnets stemme
    Gitt at Kari har ført saken til nivå 1
    Og at Kari har laget planen for det videre forløpet
    Når Kari lager «Evaluering av tiltakene» slik:
      | Hvordan har tiltakene virket, målt slik planen sier?  | Ola leker med to andre nesten hver dag |
      | Er målet nådd?                                        | Ja                                     |
      | Barnets/ungdommens stemme: hva sier barnet/ungdommen? | Det er gøy i friminuttene nå           |
    Så har saken «Evaluering av tiltakene» fra Kari med disse svarene:
      | Hvordan har tiltakene virket, målt slik planen sier?  | Ola leker med to andre nesten hver dag |
      | Er målet nådd?                                        | Ja                                     |
      | Barnets/ungdommens stemme: hva sier barnet/ungdommen? | Det er gøy i friminuttene nå           |
    Og er trinn 5 på nivå 1 krysset av som gjort av Kari i dag
    Og har saken ingen stafettholder

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»:
  #   «Trinn 5: Evaluer tiltakene etter oppsatt plan. Evalueringen må inneholde
  #   barnets/ungdommens stemme.»
  Scenario: En evaluering på nivå 1 uten barnets stemme blir ikke tatt vare på
    Gitt at Kari har ført saken til nivå 1
    Og at Kari har laget planen for det videre forløpet
    Når Kari lager «Evaluering av tiltakene» slik:
      | Hvordan har tiltakene virket, målt slik planen sier? | Ola leker med to andre nesten hver dag |
      | Er målet nådd?                                       | Delvis                                 |
    Så blir skjemaet ikke tatt vare på fordi «Evalueringen må inneholde barnets/ungdommens stemme. Skriv hva barnet/ungdommen sier, eller hvorfor det ikke var mulig.»
    Og er trinn 5 på nivå 1 ikke gjort

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 1:
  #   […] Innhent samtykke til tverrfaglig samarbeid. Trinn 2: Opprett Stafettlogg. NB! Husk
  #   samtykke.»
  Scenario: Når saken går til nivå 2, opprettes stafettloggen med samtykke
    Gitt at Kari har ført saken til nivå 1
    Og at Kari har laget planen for det videre forløpet
    Og at Kari har tatt beslutningen «3. Behov for å samarbeide med andre tjenester? Gå til nivå 2.» fordi «Ola trenger hjelp fra helsesykepleier også»
    Og at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så er Kari stafettholder i saken
    Og er trinn 2 på nivå 2 krysset av som gjort av Kari i dag
