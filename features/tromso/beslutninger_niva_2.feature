# language: no
@tromso
Egenskap: Beslutningene på nivå 2, tverrfaglig samarbeid
  På bakgrunn av evalueringen tas det beslutning om videre arbeid (trinn 7): den tverrfaglige
  innsatsen avsluttes, eventuelt tilbake til nivå 1; den fortsetter fra trinn 4–7 så lenge
  behovet er til stede; det sendes bekymringsmelding til barneverntjenesten (3 A); eller
  Ressurssenteret kontaktes for vurdering av retten til individuell plan (3 B).

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Tromsø
    Og Ola er 12 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har ført saken til nivå 2
    Og at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner.»
  Scenario: Beslutning 1 avslutter den tverrfaglige innsatsen og stafettloggen
    Når Kari tar beslutningen «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner.» fordi «Målene er nådd»
    Så er saken avsluttet
    Når Kari skriver i stafettloggen: «Ola har hatt en fin uke»
    Så blir det ikke skrevet i stafettloggen fordi saken er avsluttet

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner. Gå eventuelt
  #   tilbake til nivå 1.»
  Scenario: Beslutning 1 kan føre saken tilbake til nivå 1
    Når Kari tar beslutningen «1. Avslutte tverrfaglig innsats og gå tilbake til nivå 1. Stafettloggen avsluttes jfr. egne rutiner.» fordi «Skolen klarer resten alene»
    Så står saken på nivå 1
    Og er Karis beslutning «1. Avslutte tverrfaglig innsats og gå tilbake til nivå 1. Stafettloggen avsluttes jfr. egne rutiner.» lagret i saken, med begrunnelsen «Skolen klarer resten alene»

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «2. Fortsatt behov for tverrfaglig innsats? Fortsett fra trinn 4-7 så lenge behovet er til
  #   stede.»
  Scenario: Beslutning 2 fortsetter fra trinn 4, og trinn 1–3 står
    Gitt at Hege er med i laget rundt Ola
    Og at Kari har krysset av trinn 3 på nivå 2 som gjort
    Og at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                        | tiltak                                   | ansvarlig | oppfølging  |
      | Ola sover bedre om nettene | Samtaler med helsesykepleier hver fredag | Hege      | om 30 dager |
    Og at Kari har krysset av trinn 5 på nivå 2 som gjort
    Og at Hege har evaluert tiltaket «Samtaler med helsesykepleier hver fredag» med Olas mening «Det hjelper å snakke med noen»
    Så er trinn 1, 2, 3, 4, 5 og 6 på nivå 2 gjort
    Når Kari tar beslutningen «2. Fortsatt behov for tverrfaglig innsats? Fortsett fra trinn 4-7 så lenge behovet er til stede.» fordi «Ola trenger fortsatt samtalene»
    Så står saken på nivå 2
    Og er trinn 1, 2 og 3 på nivå 2 fortsatt gjort
    Og er trinn 4, 5, 6 og 7 på nivå 2 åpne igjen
    Og er avkrysningen av trinn 4, 5, 6 og 7 på nivå 2 fra forrige runde tatt vare på i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «3. A: Bekymring rundt omsorgssituasjonen til barnet/ungdommen? Send bekymringsmelding til
  #   barneverntjenesten.»
  Scenario: Beslutning 3 A sender bekymringsmelding til barneverntjenesten
    Når Kari tar beslutningen «3 A. Bekymring rundt omsorgssituasjonen til barnet/ungdommen? Send bekymringsmelding til barneverntjenesten.» fordi «Ola har blåmerker han ikke vil forklare»
    Så er bekymringsmeldingen sendt til barneverntjenesten av Kari
    Og står saken på nivå 2
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «B: Behov for omfattende bistand fra helse- og omsorgstjenesten over en lengre periode?
  #   Kontakt Ressurssenteret for vurdering av retten til individuell plan.»
  Scenario: Beslutning 3 B viser til Ressurssenteret for vurdering av retten til individuell plan
    Gitt at Hege er med i laget rundt Ola
    Når Kari tar beslutningen «3 B. Behov for omfattende bistand fra helse- og omsorgstjenesten over en lengre periode? Kontakt Ressurssenteret for vurdering av retten til individuell plan.» fordi «Ola vil trenge hjelp fra flere helsetjenester i lang tid»
    Så står saken på nivå 2
    Og viser beslutningen at «kontakt Ressurssenteret»
    Og står det hos Ressurssenteret at det kontaktes «for vurdering av retten til individuell plan»
    Når Hege registrerer at Ola har en individuell plan i Sampro, med koordinator i helsetjenesten som ansvarlig
    Så har Ola en individuell plan ved siden av stafettloggen
