# language: no
Egenskap: Beslutninger flytter saken mellom nivåene
  På slutten av hvert nivå tas en beslutning. Bare utfallene nivået åpner for kan velges, og
  hver beslutning lagres med begrunnelse og hvem som tok den. Å gå ned et nivå er like
  vanlig som å gå opp, og en avsluttet sak beholder historikken og kan åpnes igjen.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1.»
  Scenario: En beslutning lagres med utfall, begrunnelse og hvem som tok den
    Når Kari beslutter å gå til nivå 1 fordi «Tiltak i klassen sammen med foreldrene»
    Så står saken på nivå 1
    Og er beslutningen lagret med utfall, begrunnelse «Tiltak i klassen sammen med foreldrene» og at Kari tok den

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1», nivå 0
  #   trinn 4: «2. Fortsette interne tiltak?» Beslutningene 1–4 er de eneste mulige på nivå 0; å
  #   fortsette tiltak er en beslutning på nivå 1 («2. Fortsette interne tiltak?»).
  Scenario: Et utfall som nivået ikke åpner for, avvises
    Når Kari beslutter å fortsette på samme nivå fordi «Vi venter litt»
    Så avvises beslutningen fordi nivået ikke har det utfallet
    Og står saken på nivå 0

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Omfattende samarbeid mellom flere tjenester
  #   Nivå 3», beslutning på bakgrunn av evaluering; en beslutning uten begrunnelse kan ikke
  #   etterprøves.: «Nivå 3»
  Scenario: En beslutning uten begrunnelse avvises
    Når Kari beslutter å gå til nivå 1 fordi «»
    Så avvises beslutningen fordi den mangler begrunnelse
    Og står saken på nivå 0

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 1:
  #   «Innhent samtykke til tverrfaglig samarbeid.» Trinn 2: «Opprett Stafettlogg. NB! Husk
  #   samtykke.»
  Scenario: Nivå 2 krever et gyldig samtykke
    Når Kari beslutter å gå til nivå 2 fordi «Trenger hjelp fra helsestasjonen»
    Så avvises beslutningen fordi det ikke finnes et gyldig samtykke
    Og står saken på nivå 0

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn
  #   7: «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner. Gå
  #   eventuelt tilbake til nivå 1.»
  Scenario: Saken går ned fra nivå 2 til nivå 1
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Kari har besluttet å gå til nivå 2 fordi «Helsestasjonen må inn»
    Når Kari beslutter å gå til nivå 1 fordi «Målene er nådd, skolen fortsetter alene»
    Så står saken på nivå 1

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «1. Ikke behov for videre tiltak? Saken avsluttes.»
  Scenario: En avsluttet sak beholder historikken og kan åpnes igjen
    Gitt at Kari har besluttet å avslutte saken fordi «Ikke grunn til bekymring»
    Så er saken avsluttet
    Når Kari åpner saken igjen fordi «Ny bekymring etter jul»
    Så er saken åpen igjen med hele historikken
