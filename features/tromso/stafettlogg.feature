# language: no
@tromso
Egenskap: Stafettloggen i Sampro
  I stafettloggen settes det opp målsettinger, og hvem som gjør hva for å nå målene. Den
  endres underveis, evalueringen tar med barnets stemme, og den fungerer også som et
  møtereferat. Et barn kan både ha en individuell opplæringsplan eller utviklingsplan og en
  stafettlogg eller individuell plan.

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
    Og at Hege er med i laget rundt Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «I Sampro finnes
  #   Stafettloggen der det settes det opp målsettinger, og hvem som gjør hva for å nå målene.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 4: «Hva er
  #   målet/målene? • Hvilke aktiviteter skal iverksettes? • Tidsperspektiv/varighet • Hvem har
  #   ansvar?»
  Scenario: Målene og hvem som gjør hva innen når, står i stafettloggen
    Når Kari fører inn dette tiltaket i handlingsplanen:
      | mål                           | tiltak                                   | ansvarlig | oppfølging  |
      | Ola kommer på skolen hver dag | Samtaler med helsesykepleier hver fredag | Hege      | om 30 dager |
    Så står tiltaket «Samtaler med helsesykepleier hver fredag» i handlingsplanen med Hege som ansvarlig og oppfølging om 30 dager
    Og står «Ola kommer på skolen hver dag» i stafettloggen som mål
    Og står «Samtaler med helsesykepleier hver fredag» i stafettloggen som aktivitet
    Og er trinn 4 på nivå 2 krysset av som gjort av Kari i dag

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 6:
  #   «Evaluer aktivitetene i Stafettloggen» og trinn 4: «Legg til rette for at
  #   barnet/ungdommen får si sin mening i møter eller i forbindelse med møter.»
  Scenario: Evalueringen i stafettloggen har med barnets stemme
    Gitt at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                           | tiltak                                   | ansvarlig | oppfølging  |
      | Ola kommer på skolen hver dag | Samtaler med helsesykepleier hver fredag | Hege      | om 30 dager |
    Når Hege evaluerer tiltaket i handlingsplanen slik:
      | Tiltak         | Samtaler med helsesykepleier hver fredag |
      | Evaluering     | Ola har vært på skolen alle dager        |
      | Er målet nådd? | ja                                       |
      | Barnets mening | Det hjelper å ha noen å snakke med       |
    Så står evalueringen «Ola har vært på skolen alle dager» i stafettloggen med Olas mening «Det hjelper å ha noen å snakke med»
    Og er tiltaket «Samtaler med helsesykepleier hver fredag» evaluert med at målet er nådd
    Og er trinn 6 på nivå 2 krysset av som gjort av Hege i dag

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1», trinn 5:
  #   «Evalueringen må inneholde barnets/ungdommens stemme.» og nivå 2, trinn 4: «Legg til rette
  #   for at barnet/ungdommen får si sin mening i møter eller i forbindelse med møter.»
  Scenario: En evaluering uten barnets stemme blir ikke ført inn
    Når Kari fører inn en evaluering i stafettloggen uten Olas mening
    Så blir evalueringen avvist fordi barnets mening mangler
    Og stafettloggen har ingen evaluering

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Stafettloggen endres
  #   underveis og er et godt verktøy i tverrfaglige møter, da den også fungerer som et
  #   møtereferat.»
  Scenario: Stafettloggen er referatet fra samarbeidsmøtet
    Gitt at Kari ledet et samarbeidsmøte om Ola i dag
    Når Kari fører referatet fra møtet i stafettloggen:
      | hva       | tekst                                 |
      | mål       | Ola kommer på skolen hver dag         |
      | aktivitet | Hege har samtaler med Ola hver fredag |
      | notat     | Foreldrene følger opp leggetid hjemme |
    Så viser referatet fra møtet disse punktene:
      | hva       | tekst                                 |
      | mål       | Ola kommer på skolen hver dag         |
      | aktivitet | Hege har samtaler med Ola hver fredag |
      | notat     | Foreldrene følger opp leggetid hjemme |
    Og står punktene fra referatet også i stafettloggen

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Tromsø kommune
  #   bruker også Sampro for individuelle planer, individuelle opplæringsplaner (skole) og
  #   individuelle utviklingsplaner (barnehage). Det betyr at et barn/ungdom både kan ha en
  #   IUP/IOP og en Stafettlogg/IP i Sampro.»
  Scenario: Ola har både en individuell opplæringsplan og en individuell plan ved siden av stafettloggen
    Når Kari registrerer at Ola har en individuell opplæringsplan i Sampro, med kontaktlæreren som ansvarlig
    Og Hege registrerer at Ola har en individuell plan i Sampro, med koordinatoren i helsetjenesten som ansvarlig
    Så har Ola en individuell plan og en individuell opplæringsplan ved siden av stafettloggen
    Når Kari skriver i stafettloggen: «Planene ble gjennomgått i samarbeidsmøtet»
    Så ser Hege «Planene ble gjennomgått i samarbeidsmøtet» i stafettloggen

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Det betyr at et
  #   barn/ungdom både kan ha en IUP/IOP og en Stafettlogg/IP i Sampro.» Ett barn har én
  #   individuell plan om gangen.
  Scenario: En individuell plan registreres bare én gang
    Gitt at Hege har registrert at Ola har en individuell plan i Sampro, med koordinatoren i helsetjenesten som ansvarlig
    Når Kari registrerer at Ola har en individuell plan i Sampro, med kontaktlæreren som ansvarlig
    Så blir planen ikke registrert fordi saken allerede har en individuell plan
    Og har Ola en individuell plan ved siden av stafettloggen
