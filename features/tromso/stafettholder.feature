# language: no
@tromso
Egenskap: Stafettholderen
  Den instans som først ser at det er behov for tverrfaglig samarbeid, er stafettholder og
  oppretter stafettloggen, og på nivå 2 skjer det med samtykke. Stafettholderen har sju
  oppgaver og har rollen til stafettpinnen er levert og akseptert av en samarbeidsaktør.
  Barnevernet har alltid stafettholderansvaret når de er inne med hjelpetiltak.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Tromsø
    Og Bjørn er saksbehandler i barneverntjenesten i Tromsø
    Og Ola er 12 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har ført saken til nivå 2

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Det er den instans som
  #   først ser at det er behov for tverrfaglig samarbeid/innsats som skal være Stafettholder og
  #   opprette Stafettlogg.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 1: […]
  #   Innhent samtykke til tverrfaglig samarbeid. Trinn 2: Opprett Stafettlogg. NB! Husk samtykke.»
  Scenario: Tjenesten som først ser behovet, oppretter stafettloggen med samtykke og blir stafettholder
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så er Kari stafettholder i saken
    Og er trinn 1 og 2 på nivå 2 gjort
    Og er trinn 2 på nivå 2 krysset av som gjort av Kari i dag

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 2:
  #   Opprett Stafettlogg. NB! Husk samtykke.»
  Scenario: Uten gyldig samtykke blir stafettloggen på nivå 2 ikke opprettet
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så blir stafettloggen ikke opprettet fordi det ikke finnes et gyldig samtykke
    Og har saken ingen stafettholder
    Og er trinn 2 på nivå 2 ikke gjort

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Involvere
  #   foresatte/ungdom/barn på et så tidlig tidspunkt som mulig» De sju punktene, fra «Involvere
  #   foresatte/ungdom/barn på et så tidlig tidspunkt som mulig» til «Inneha rollen som
  #   Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  Scenario: Stafettholderen ser sine sju oppgaver
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder
    Så ser Kari som stafettholder disse oppgavene, i denne rekkefølgen:
      | Involvere foresatte/ungdom/barn på et så tidlig tidspunkt som mulig. Innhente samtykke ved behov (se punkt Samtykke).                                                    |
      | Iverksette en så tidlig innsats som mulig, i samråd med leder, samarbeidsinstanser og foresatte/ungdom/barn.                                                             |
      | Innkalle til samarbeidsmøter for relevante aktører rundt barnet/ungdommen.                                                                                               |
      | Inkludere nye samarbeidsaktører i gruppen rundt barnet/ungdommen ved behov.                                                                                              |
      | Opprette Stafettlogg og dokumentere i denne.                                                                                                                             |
      | Bringe saken inn til Ressurssenter/ Tverrfaglig drøftingsteam (etter samtykke fra foresatte) når man vurderer at det er behov for veiledning eller nye tiltak/instanser. |
      | Inneha rollen som Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.                                                                     |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen
  #   som Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  Scenario: Stafettpinnen går over først når den er akseptert
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Når Kari tilbyr stafettpinnen til Hege
    Så har Hege fått tilbud om stafettpinnen fra Kari
    Og Kari er fortsatt stafettholder i saken
    Når Hege takker ja til stafettpinnen
    Så er Hege stafettholder i saken
    Og Kari er ikke lenger stafettholder i saken
    Og overleveringen er registrert som takket ja til

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen
  #   som Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  Scenario: Takker mottakeren nei, beholder stafettholderen stafettpinnen
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Og at Kari har tilbudt stafettpinnen til Hege
    Når Hege takker nei til stafettpinnen fordi «Skolen er nærmest Ola i hverdagen»
    Så er Kari fortsatt stafettholder i saken
    Og overleveringen er registrert som takket nei til
    Og begrunnelsen «Skolen er nærmest Ola i hverdagen» er ført inn i stafettloggen

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Barnevernet skal
  #   alltid ha Stafettholderansvaret når de er inne med hjelpetiltak.»
  Scenario: Barnevernet har stafettpinnen mens det gir hjelpetiltak
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med barnevern
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Bjørn er med i laget rundt Ola
    Når Bjørn registrerer at barnevernstjenesten gir hjelp i saken
    Så er Bjørn stafettholder i saken
    Og Kari er ikke lenger stafettholder i saken
    Når Bjørn tilbyr stafettpinnen til Kari
    Så blir overleveringen avvist fordi barnevernstjenesten har stafettpinnen mens den gir hjelp
    Og Bjørn er fortsatt stafettholder i saken
