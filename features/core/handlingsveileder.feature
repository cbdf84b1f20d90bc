# language: no
Egenskap: Handlingsveilederen: nivåene og de akutte numrene
  Handlingsveilederen beskriver hvordan den ansatte skal handle, på fire nivåer: fra den
  første undringen på eget tjenestested til omfattende samarbeid mellom flere tjenester.
  En sak kan gå opp og ned mellom nivåene. Er situasjonen akutt, skal den ansatte straks
  se hvem hun kan ringe.

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Handlingsveilederen
  #   beskriver fire nivåer i arbeidet med barn og unge […] fra tidlig identifisering og avklaring,
  #   til omfattende samarbeid mellom flere tjenester. […] Hvert nivå beskriver forløpet i arbeidet
  #   med å avklare undring eller bekymringer og iverksette tiltak i og mellom tjenestene» .
  Scenariomal: Handlingsveilederen har nivå 0, 1, 2 og 3 med navn og formål
    Gitt at <kommune> kommune er tatt i bruk
    Når en ansatt i <kommune> kommune slår opp i kommunens handlingsveileder
    Så har handlingsveilederen nivåene 0, 1, 2 og 3
    Og hvert nivå har et navn og et formål

    Eksempler:
      | kommune  |
      | Bærum    |
      | Jevnaker |
      | Vestby   |
      | Tromsø   |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «Avslutte tverrfaglig innsats? […] Gå eventuelt tilbake til nivå 1.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats - nivå
  #   3», trinn 4: «Vurder om saken skal avsluttes eller om barnet/ungdommen skal få hjelp nivå 1
  #   (innstas i egen enhet) eller 2 (tverrfaglig innsats […])» ;
  #   shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 3 – omfattende samarbeid mellom flere tjenester»,
  #   «Evaluering»: «[…] om man kan avslutte tjenestene, eller evt gå ned til nivå 2 eller 1.»
  Scenariomal: En sak kan gå ned til et lavere nivå, ikke bare opp
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Når en ansatt i Eksempel kommune slår opp i kommunens handlingsveileder
    Så kan en sak på nivå <fra> gå ned til nivå <til>

    Eksempler:
      | fra | til |
      | 2   | 1   |
      | 3   | 2   |
      | 3   | 1   |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Ved mistanke om
  #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
  #   Foresatte involveres ikke! Ved høy bekymring, kontakt politiet parallelt.» Politiets
  #   nødnummer 112 er det samme i hele landet og svarer hele døgnet.
  Scenariomal: Politiets nødnummer 112 er med blant de akutte numrene og svarer hele døgnet
    Gitt at <kommune> kommune er tatt i bruk
    Når en ansatt i <kommune> kommune slår opp i kommunens handlingsveileder
    Så er 112 blant numrene å ringe når situasjonen er akutt
    Og 112 svarer hele døgnet, alle dager i uka

    Eksempler:
      | kommune  |
      | Bærum    |
      | Jevnaker |
      | Vestby   |
      | Tromsø   |
