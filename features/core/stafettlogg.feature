# language: no
Egenskap: Stafettloggen med handlingsplan, evalueringer og barnets stemme
  Stafettloggen er stedet der tjenestene, foreldrene og barnet setter felles mål, avtaler
  hvem som gjør hva og når det skal følges opp, og evaluerer om tiltakene virker. Den er
  også referatet fra de tverrfaglige møtene. Barnets mening skal komme fram i hver
  evaluering fra barnet er 7 år, og fra 12 år skal den tillegges stor vekt. Hvem som ser det
  helsetjenesten skriver bare for helsepersonell, står i helsenotater.feature.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Hege er helsesykepleier ved Nordby helsestasjon
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen og er stafettholder

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 4,
  #   støttespørsmål: «Hva er målet/målene? • Hvilke aktiviteter skal iverksettes? •
  #   Tidsperspektiv/varighet • Hvem har ansvar?»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «I Sampro finnes
  #   Stafettloggen der det settes det opp målsettinger, og hvem som gjør hva for å nå målene.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Bærum kommune, handlingsplan», Vedlegg 4,
  #   Handlingsplan: «Mål Tiltak Ansvarlig Tidspunkt for oppfølgingssamtale».
  Scenario: Et tiltak får et mål, en ansvarlig og en dato for oppfølging
    Når Kari fører inn dette tiltaket i handlingsplanen:
      | mål                       | tiltak                               | ansvarlig | oppfølging  |
      | Ola trives i friminuttene | En voksen er ute i alle friminuttene | Kari      | om 14 dager |
    Så står tiltaket «En voksen er ute i alle friminuttene» i handlingsplanen med Kari som ansvarlig og oppfølging om 14 dager
    Og står «Ola trives i friminuttene» i stafettloggen som mål
    Og står «En voksen er ute i alle friminuttene» i stafettloggen som aktivitet

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til og gjennomfør samarbeidsmøte»,
  #   nivå 2: «Skriv referat fra møtet, hvor tiltak og ansvarlig for tiltak synliggjøres.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1», trinn 3: «Hvem
  #   er ansvarlig?»
  Scenario: Et tiltak uten ansvarlig blir avvist
    Når Kari fører inn dette tiltaket i handlingsplanen:
      | mål                       | tiltak                               | ansvarlig | oppfølging  |
      | Ola trives i friminuttene | En voksen er ute i alle friminuttene |           | om 14 dager |
    Så blir tiltaket avvist fordi det mangler en ansvarlig
    Og handlingsplanen er fortsatt tom

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «4. Avrunding», Avrunding: «Tidspunkt for
  #   oppfølgingsmøte på lokalt tjenestested skal oppføres i handlingsplanen.»
  Scenario: Et tiltak kan ikke få en dato for oppfølging som allerede har passert
    Når Kari fører inn dette tiltaket i handlingsplanen:
      | mål                       | tiltak                               | ansvarlig | oppfølging |
      | Ola trives i friminuttene | En voksen er ute i alle friminuttene | Kari      | i går      |
    Så blir tiltaket avvist fordi datoen for oppfølging har passert
    Og handlingsplanen er fortsatt tom

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»,
  #   nivå 1: «Har vi nådd målene? Er det nye mål? Bør det endres strategi?» Nivå 2
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evalueringsmøte»: «Evaluer de tiltakene som er
  #   iverksatt. Er målene nådd? Trengs det å bytte strategi? Nye mål?»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 6:
  #   Evaluer aktivitetene i Stafettloggen».
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Evaluering av tiltak», nivå 3: «Fast
  #   evalueringssystem som bygger på analyse av mål og tiltak».
  Scenario: Evalueringen sier om målet er nådd, gir nye mål og en ny strategi
    Gitt at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                       | tiltak                               | ansvarlig | oppfølging  |
      | Ola trives i friminuttene | En voksen er ute i alle friminuttene | Kari      | om 14 dager |
    Når Kari evaluerer tiltaket i handlingsplanen slik:
      | Tiltak          | En voksen er ute i alle friminuttene      |
      | Er målet nådd?  | nei                                       |
      | Evaluering      | Ola er fortsatt mye alene i friminuttene  |
      | Nytt mål        | Ola har en fast venn å leke med           |
      | Barnets mening  | Det er kjedelig når ingen vil leke med meg |
    Så er tiltaket «En voksen er ute i alle friminuttene» evaluert med at målet ikke er nådd
    Og står evalueringen «Ola er fortsatt mye alene i friminuttene» i stafettloggen med Olas mening «Det er kjedelig når ingen vil leke med meg»
    Og står «Ola har en fast venn å leke med» i stafettloggen som mål
    Når Kari fører inn dette tiltaket i handlingsplanen:
      | mål                             | tiltak                                      | ansvarlig    | oppfølging  |
      | Ola har en fast venn å leke med | Vennegrupper i klassen med faste lekepartnere | foreldrene | om 28 dager |
    Så har handlingsplanen 2 tiltak

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barn som har fylt 7 år har rett til å si sin mening.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»: «Trinn 5:
  #   Evaluer tiltakene etter oppsatt plan. Evalueringen må inneholde barnets/ungdommens
  #   stemme.»
  Scenario: En evaluering uten meningen til et barn på 9 år blir avvist
    Når Kari fører inn en evaluering i stafettloggen uten Olas mening
    Så blir evalueringen avvist fordi barnets mening mangler
    Og stafettloggen har ingen evaluering

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Den ansatte skal invitere, men ikke presse barnet til å si sin mening.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholder - Sampro»: «Stafettholderen har
  #   et særlig ansvar for å sikre at barnets/ungdommens stemme kommer tydelig fram i alle
  #   deler av prosessen.»
  Scenario: En evaluering uten barnets mening godtas når det står hvorfor den mangler
    Når Kari fører inn en evaluering i stafettloggen uten Olas mening, fordi «Ola ville ikke snakke om det denne gangen»
    Så blir evalueringen ført inn i stafettloggen

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barn som har fylt 7 år har rett til å si sin mening. Yngre barn som er i stand til å
  #   danne sine egne meninger skal også få informasjon og anledning til å uttrykke seg […]»
  #   Kravet om barnets mening i evalueringen gjelder fra 7 år.
  Scenario: En evaluering uten meningen til et barn på 5 år godtas
    Gitt Anne er pedagogisk leder ved Nordby barnehage
    Og Mia er 5 år og går på Nordby barnehage
    Og at Anne har åpnet en sak om Mia
    Og at Anne har opprettet stafettloggen og er stafettholder
    Når Anne fører inn en evaluering i stafettloggen uten Mias mening
    Så blir evalueringen ført inn i stafettloggen

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Når barnet har fylt 12 år skal dets mening tillegges stor vekt.»
  Scenariomal: Barnets mening skal tillegges stor vekt fra barnet er 12 år
    Gitt Sara er <alder> år og går på Nordby skole
    Og at Kari har åpnet en sak om Sara
    Og at Kari har opprettet stafettloggen og er stafettholder
    Når Kari fører inn en evaluering i stafettloggen med Saras mening «Jeg vil bestemme mer selv»
    Så står det i stafettloggen at Saras mening skal tillegges <vekt>

    Eksempler:
      | alder | vekt      |
      | 11    | vekt      |
      | 12    | stor vekt |
      | 15    | stor vekt |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Stafettloggen endres
  #   underveis og er et godt verktøy i tverrfaglige møter, da den også fungerer som et
  #   møtereferat.»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltak evalueres», nivå 1: «Rapporteres i
  #   stafettloggen. Stafettholder leder møtet.»
  Scenario: Stafettloggen er også referatet fra samarbeidsmøtet
    Gitt at Kari ledet et samarbeidsmøte om Ola i dag
    Når Kari fører referatet fra møtet i stafettloggen:
      | hva        | tekst                                   |
      | mål        | Ola trives i friminuttene               |
      | aktivitet  | En voksen er ute i alle friminuttene    |
      | beslutning | Nytt møte om fire uker med foreldrene   |
    Så viser referatet fra møtet disse punktene:
      | hva        | tekst                                   |
      | mål        | Ola trives i friminuttene               |
      | aktivitet  | En voksen er ute i alle friminuttene    |
      | beslutning | Nytt møte om fire uker med foreldrene   |
    Og står punktene fra referatet også i stafettloggen

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Det er alltid den tjenesten som skal gi fra seg opplysninger som avgjør hva som kan gis
  #   uten hinder av taushetsplikten.» Bare helsetjenesten kan holde et notat innenfor sin egen
  #   taushetsplikt.
  Scenario: Bare helsepersonell kan skrive notater som bare er for helsetjenesten
    Når Kari skriver et notat i stafettloggen som bare er for helsetjenesten: «Ola sier at han sover dårlig»
    Så blir notatet avvist fordi bare helsepersonell kan skrive notater som bare er for helsetjenesten
