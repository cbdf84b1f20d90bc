# language: no
Egenskap: Hvem den ansatte ringer når situasjonen er akutt
  Hvert nivå i handlingsveilederen gir de samme numrene: Vestby barnevernstjeneste på dagtid,
  Follo barnevernsvakt etter klokka 15, og politiet. Nummeret som svarer akkurat nå, står
  først. Barnevernstjenesten holder stengt i helger og på helligdager; da svarer
  barnevernsvakten.

  Åpningstiden leses slik veilederen skriver den: «08.00 – 15.00» tar med begge endene, og
  et klokkeslett er et helt minutt. Barnevernstjenesten svarer fra 08.00 til og med 15.00,
  det vil si til klokka er 15.00 og 59 sekunder. «Etter kl. 15.00» begynner minuttet etter,
  klokka 15.01, og da svarer barnevernsvakten.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Vestby barnevernstjeneste: 64 98 02 12
  #   (08.00 – 15.00) […] Follo barnevernsvakt: 917 19 615 (etter kl.15.00)»
  Scenariomal: Nummeret som svarer akkurat nå, står først
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så står <nummer> først blant numrene å ringe <når>

    Eksempler:
      | når                  | nummer      |
      | en tirsdag kl. 08.00 | 64 98 02 12 |
      | en tirsdag kl. 10.00 | 64 98 02 12 |
      | en tirsdag kl. 14.59 | 64 98 02 12 |
      | en tirsdag kl. 15.00 | 64 98 02 12 |
      | en tirsdag kl. 15.01 | 917 19 615  |
      | en tirsdag kl. 16.30 | 917 19 615  |
      | en fredag kl. 07.30  | 917 19 615  |
      | en lørdag kl. 10.00  | 917 19 615  |
      | en søndag kl. 03.00  | 917 19 615  |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Vestby barnevernstjeneste: 64 98 02 12
  #   (08.00 – 15.00) […] Follo barnevernsvakt: 917 19 615 (etter kl.15.00)». Begge endene av
  #   «08.00 – 15.00» er med, og 15.00 varer til 15.00 og 59 sekunder; «etter kl.15.00» er fra
  #   15.01. Det er aldri et øyeblikk der begge svarer, eller der ingen av dem gjør det.
  Scenariomal: Barnevernstjenesten svarer til og med 15.00, barnevernsvakten fra minuttet etter
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så står <svarer> først blant numrene å ringe <når>
    Og er <stengt> stengt <når>

    Eksempler:
      | når                     | svarer      | stengt      |
      | en onsdag kl. 07.59     | 917 19 615  | 64 98 02 12 |
      | en onsdag kl. 07.59.59  | 917 19 615  | 64 98 02 12 |
      | en onsdag kl. 08.00     | 64 98 02 12 | 917 19 615  |
      | en onsdag kl. 15.00     | 64 98 02 12 | 917 19 615  |
      | en onsdag kl. 15.00.30  | 64 98 02 12 | 917 19 615  |
      | en onsdag kl. 15.00.59  | 64 98 02 12 | 917 19 615  |
      | en onsdag kl. 15.01     | 917 19 615  | 64 98 02 12 |
      | en fredag kl. 15.00     | 64 98 02 12 | 917 19 615  |
      | en lørdag kl. 15.00     | 917 19 615  | 64 98 02 12 |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Vestby barnevernstjeneste: 64 98 02 12
  #   (08.00 – 15.00) […] Follo barnevernsvakt: 917 19 615 (etter kl.15.00)». På helligdager er
  #   barnevernstjenesten stengt, også når dagen er en hverdag, og barnevernsvakten svarer.
  Scenariomal: På helligdager svarer barnevernsvakten, også på dagtid
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så står <nummer> først blant numrene å ringe <når>

    Eksempler:
      | når                                | nummer      |
      | mandag 17. mai 2027 kl. 10.00      | 917 19 615  |
      | fredag 25. desember 2026 kl. 10.00 | 917 19 615  |
      | torsdag 25. mars 2027 kl. 10.00    | 917 19 615  |
      | tirsdag 18. mai 2027 kl. 10.00     | 64 98 02 12 |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Ved høy bekymring, kontakt politiet
  #   parallelt. […] Politi: 64 85 16 00 […] 02800»
  Scenario: Politiet står alltid på listen, og ved høy bekymring kontaktes politiet parallelt
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så står politiet, 64 85 16 00 / 02800, på listen over numre å ringe hele døgnet, alle dager i uka
    Og står det «kontakt politiet parallelt» ved politiets nummer 64 85 16 00 / 02800

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Vestby barnevernstjeneste: 64 98 02 12
  #   (08.00 – 15.00) […] Follo barnevernsvakt: 917 19 615 (etter kl.15.00)». Hele plattformen går
  #   etter én klokke: handlingsveilederen på nettet viser det nummeret som svarer i det øyeblikket
  #   den ansatte slår opp.
  Scenariomal: Handlingsveilederen på nettet viser først nummeret som svarer akkurat da
    Gitt at saken gjelder Vestby kommune
    Og Kari er lærer ved Hølen skole
    Og at det er <når>
    Når Kari slår opp i handlingsveilederen på nettet
    Så står <nummer> først blant numrene på siden

    Eksempler:
      | når                           | nummer      |
      | mandag 3. mars 2025 kl. 15.00 | 64 98 02 12 |
      | mandag 3. mars 2025 kl. 15.01 | 917 19 615  |
      | lørdag 1. mars 2025 kl. 10.00 | 917 19 615  |
