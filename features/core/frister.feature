# language: no
Egenskap: Fristene i handlingsveilederen følges opp
  Kommunens handlingsveileder setter fristene. En frist opprettes når noe skjer i saken,
  oppfylles av det som skal skje innen fristen, og vises som overskredet for den som eier den.
  Fristene regnes i norsk tid.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at kommunens handlingsveileder sier at det skal tas en beslutning på nivå 0 innen 14 dager etter at bekymringen oppsto
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.»
  Scenario: Fristen regnes fra dagen bekymringen oppsto
    Gitt at Kari åpnet en sak om Ola i dag, om en bekymring som oppsto for 10 dager siden
    Så har Kari en frist for beslutning som går ut om 4 dager

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.»
  Scenario: En frist som har gått ut, vises som overskredet for den som eier den
    Gitt at Kari åpnet en sak om Ola i dag, om en bekymring som oppsto for 20 dager siden
    Så vises fristen som overskredet for Kari

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «Oppsummer og ta beslutning […]»
  Scenario: En beslutning oppfyller fristen for beslutning
    Gitt at Kari åpnet en sak om Ola i dag, om en bekymring som oppsto for 20 dager siden
    Når Kari beslutter å gå til nivå 1 fordi «Tiltak i klassen»
    Så er fristen oppfylt
