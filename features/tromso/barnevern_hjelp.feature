# language: no
@tromso
Egenskap: Barneverntjenesten gir hjelpetiltak
  Barn med tiltak fra barneverntjenesten er på nivå 3. Barnevernet har alltid
  stafettholderansvaret når det er inne med hjelpetiltak. Når hjelpen avsluttes, beholder
  barnevernet stafettpinnen til den er levert og akseptert av en samarbeidsaktør.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Bjørn er saksbehandler i barneverntjenesten i Tromsø
    Og Ola er 12 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats - nivå
  #   3»: «Barn/ungdom med rett på individuell plan (1) er på nivå 3, det samme er barn med tiltak
  #   fra barneverntjenesten.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Barnevernet skal alltid
  #   ha Stafettholderansvaret når de er inne med hjelpetiltak.»
  Scenariomal: Når barneverntjenesten gir hjelp, kommer saken på nivå 3 og barnevernet har stafettpinnen
    Gitt at Kari har ført saken til nivå <nivå>
    Og at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Bjørn er med i laget rundt Ola
    Når Bjørn registrerer at barnevernstjenesten gir hjelp i saken
    Så står saken på nivå 3
    Og er Bjørn stafettholder i saken
    Og viser saken at Bjørn registrerte at barneverntjenesten gir hjelp, og at saken gikk fra nivå <nivå> til nivå 3
    Og er trinn 1 på nivå 3 ikke gjort

    Eksempler:
      | nivå |
      | 1    |
      | 2    |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3»: «[…] det samme er barn med tiltak fra barneverntjenesten.» En sak som alt er på
  #   nivå 3, blir der.
  Scenario: En sak som alt er på nivå 3, blir der når barneverntjenesten gir hjelp
    Gitt at Kari har ført saken til nivå 3 med bekymringsmelding til barneverntjenesten
    Og at Bjørn er med i laget rundt Ola
    Når Bjørn registrerer at barnevernstjenesten gir hjelp i saken
    Så står saken på nivå 3
    Og er Bjørn stafettholder i saken
    Og førte bare bekymringsmeldingen saken til nivå 3

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen som
  #   Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Barnevernet skal alltid
  #   ha Stafettholderansvaret når de er inne med hjelpetiltak.»
  Scenario: Når hjelpen avsluttes, beholder barnevernet stafettpinnen til den er levert og akseptert
    Gitt at Kari har ført saken til nivå 2
    Og at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Bjørn er med i laget rundt Ola
    Og at barnevernstjenesten ved Bjørn gir hjelp i saken
    Når Bjørn registrerer at barnevernstjenesten har avsluttet hjelpen i saken
    Så gir barnevernstjenesten ikke lenger hjelp i saken
    Og Bjørn er fortsatt stafettholder i saken
    Og står saken på nivå 3
    Når Bjørn tilbyr stafettpinnen til Kari
    Så er Bjørn fortsatt stafettholder i saken
    Når Kari takker ja til stafettpinnen
    Så er Kari stafettholder i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Barnevernet skal
  #   alltid ha Stafettholderansvaret når de er inne med hjelpetiltak.» Det er barnevernet selv
  #   som vet at det gir hjelpetiltak.
  Scenario: Bare barneverntjenesten kan registrere at den gir hjelp
    Gitt at Kari har ført saken til nivå 1
    Når Kari registrerer at barnevernstjenesten gir hjelp i saken
    Så blir det avvist fordi bare barnevernet kan registrere at det gir hjelp
    Og står saken på nivå 1
    Og har saken ingen stafettholder
