# language: no
@tromso @arkiv
Egenskap: Hele stafettloggen skrevet ut til arkiv
  Når stafettloggen avsluttes, eller en tjeneste avslutter sin del, tas hele stafettloggen
  vare på slik den var da: hvert mål, hver aktivitet og evaluering, hvert møtereferat, hver
  beslutning, hvert samtykke og hver overlevering av stafettpinnen, i den rekkefølgen det
  skjedde, med hvem og når. Utskriften kan skrives ut, hentes som PDF og som eksport til
  kommunens arkiv, og den endres ikke etterpå.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Tromsø
    Og Nils er rådgiver i PPT i Tromsø
    Og Ola er 12 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har ført saken til nivå 2
    Og at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Og at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                           | tiltak                                   | ansvarlig | oppfølging  |
      | Ola kommer på skolen hver dag | Samtaler med helsesykepleier hver fredag | Hege      | om 30 dager |
    Og at Hege har evaluert tiltaket «Samtaler med helsesykepleier hver fredag» med Olas mening «Det hjelper å snakke med noen»

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner.» og
  #   «Stafettlogg i Sampro»: «I Sampro finnes Stafettloggen der det settes det opp
  #   målsettinger, og hvem som gjør hva for å nå målene. Stafettloggen endres underveis og er
  #   et godt verktøy i tverrfaglige møter, da den også fungerer som et møtereferat.»
  Scenario: Når stafettloggen avsluttes, tas hele stafettloggen vare på til arkivet
    Når Kari tar beslutningen «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner.» fordi «Målene er nådd»
    Så finnes det en utskrift til arkiv av hele stafettloggen, laget da saken ble avsluttet
    Og står dette i utskriften til arkiv, i den rekkefølgen det skjedde:
      | hva                        | tekst                                    | hvem |
      | Saken ble opprettet        |                                          | Kari |
      | Skriftlig samtykke         |                                          | Kari |
      | Mål                        | Ola kommer på skolen hver dag            | Kari |
      | Aktivitet                  | Samtaler med helsesykepleier hver fredag | Kari |
      | Evaluering                 |                                          | Hege |
      | 1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner. | Målene er nådd | Kari |
      | Saken ble avsluttet        |                                          |      |
    Og står Olas mening «Det hjelper å snakke med noen» ved evalueringen i utskriften til arkiv
    Og står tidspunktet ved hver linje i utskriften til arkiv
    Og kan Kari skrive ut utskriften til arkiv, hente den som PDF og hente eksporten til arkivet med de samme opplysningene

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Hvilken instans
  #   som innehar Stafettholderansvaret kan endres i løpet av tiden barnet/ungdommen får hjelp.»
  #   og «Tverrfaglig samarbeid - nivå 2», trinn 7: «Stafettloggen avsluttes jfr. egne rutiner.»
  Scenario: Overleveringen av stafettpinnen står i utskriften til arkiv
    Gitt at Kari har gitt stafettpinnen i saken videre til Hege, og Hege har tatt imot den
    Når Hege tar beslutningen «1. Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner.» fordi «Målene er nådd»
    Så står det i utskriften til arkiv at Kari tilbød stafettpinnen til Hege, og at Hege tok imot den

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Samtidighetsansvar»: «På alle
  #   nivåer i handlingsveilederen har du samtidighetsansvar.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «Stafettloggen avsluttes jfr. egne rutiner.»
  Scenario: Når en tjeneste avslutter sin del, tas stafettloggen vare på slik den var da
    Når Hege avslutter sin egen del av saken
    Så finnes det en utskrift til arkiv av hele stafettloggen, laget da Hege avsluttet sin del
    Når Kari skriver i stafettloggen: «Ola har hatt en fin uke»
    Så står «Ola har hatt en fin uke» ikke i utskriften til arkiv som ble laget da Hege avsluttet sin del

  # Kilde: shared/DESIGN.md, «Quality bars (every issue)»: «Every read or change of a case's
  #   personal data is audited; a user sees only the cases they have a role in.»
  Scenario: Den som har en rolle i saken kan be om en utskrift til arkiv, andre ser ingenting
    Når Hege ber om en utskrift til arkiv av hele stafettloggen
    Så finnes det en utskrift til arkiv av hele stafettloggen, laget på forespørsel
    Og er det logget at Hege laget utskriften til arkiv
    Når Nils ber om en utskrift til arkiv av hele stafettloggen
    Så finner Nils ikke saken, og ingen ny utskrift blir laget
    Og får Nils ikke lese utskriften til arkiv som Hege laget
