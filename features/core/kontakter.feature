# language: no
Egenskap: Telefonnumrene å ringe når situasjonen er akutt
  Kommunens handlingsveileder oppgir hvem som skal ringes, og når de svarer. Nummeret som
  svarer akkurat nå, står først — på dagtid barnevernstjenesten, ellers barnevernsvakten.
  Åpningstiden tar med begge endene slik veilederen skriver den: «08.00–15.00» svarer også
  klokka 08.00 og klokka 15.00.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at kommunens barnevernstjeneste har telefon 11 11 11 11 kl. 08.00–15.00 på hverdager og barnevernsvakten 22 22 22 22 resten av døgnet

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Vestby barnevernstjeneste: 64 98 02 12
  #   (08.00 – 15.00) […] Follo barnevernsvakt: 917 19 615 (etter kl.15.00)». Nummeret som svarer
  #   akkurat nå, står først.
  Scenariomal: Nummeret som svarer akkurat nå, vises først
    Så ringer den ansatte først <nummer> <dag> kl. <klokken>

    Eksempler:
      | dag     | klokken | nummer      |
      | tirsdag | 07.59   | 22 22 22 22 |
      | tirsdag | 08.00   | 11 11 11 11 |
      | tirsdag | 10.00   | 11 11 11 11 |
      | tirsdag | 15.00   | 11 11 11 11 |
      | tirsdag | 15.01   | 22 22 22 22 |
      | tirsdag | 16.30   | 22 22 22 22 |
      | lørdag  | 10.00   | 22 22 22 22 |
      | fredag  | 07.30   | 22 22 22 22 |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «skal saken meldes direkte til
  #   barnevernstjenesten. […] Ved høy bekymring, kontakt politiet parallelt.» Numrene og tidene
  #   står rett under og tidene rett under. Siden for en akutt bekymring viser derfor de samme
  #   numrene som den første siden, med hvem som svarer nå og åpningstidene, så den ansatte kan
  #   ringe med én gang.
  Scenario: Siden for en akutt bekymring viser numrene å ringe nå
    Gitt Kari er lærer ved Nordby skole
    Og at det er en tirsdag kl. 16.30
    Når Kari svarer at situasjonen er akutt på siden for ny bekymring
    Så viser siden først 22 22 22 22, som svarer nå, og så 11 11 11 11 med åpningstiden 08.00–15.00, som er stengt nå
