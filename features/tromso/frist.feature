# language: no
@tromso
Egenskap: Beslutningen på nivå 0 tas innen 14 dager etter at bekymringen oppsto
  Fristen for å ta en beslutning er 14 dager etter at bekymringen oppsto, også når saken
  registreres senere. Når fristen har gått ut uten beslutning, ser den ansatte det, og det
  gjør lederen for tjenestestedet også. En beslutning oppfyller fristen.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Anne er leder ved Prestvannet skole
    Og Siv er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 4: «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.»
  Scenario: Fristen regnes fra dagen bekymringen oppsto, ikke fra dagen saken ble registrert
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for 10 dager siden
    Så er fristen «Beslutning innen 14 dager etter at bekymringen oppsto» satt til 14 dager etter dagen bekymringen oppsto
    Og eier Kari fristen, som går ut om 4 dager

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 4: «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.» Fristen
  #   gjelder hele den 14. dagen.
  Scenariomal: Fristen er overskredet først når den 14. dagen er omme
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for <dager> dager siden
    Så <kari>
    Og <anne>

    Eksempler:
      | dager | kari                                                                                 | anne                                                                                              |
      | 14    | ser Kari ingen overskredne frister                                                   | ser Anne ingen overskredne frister                                                                |
      | 15    | ser Kari at fristen for beslutning i saken om Ola er overskredet, som sin egen frist | ser Anne at fristen for beslutning i saken om Ola er overskredet, som leder for Prestvannet skole |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 3: «Del og diskuter din bekymring og dine observasjoner med: • Kollega/leder» og
  #   trinn 4: «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.» Lederen ser
  #   fristen; en kollega som ikke er med i saken, ser den ikke.
  Scenario: En overskredet frist vises for den ansatte og lederen, men ikke for en kollega utenfor saken
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for 20 dager siden
    Så ser Kari at fristen for beslutning i saken om Ola er overskredet, som sin egen frist
    Og ser Anne at fristen for beslutning i saken om Ola er overskredet, som leder for Prestvannet skole
    Og ser Siv ingen overskredne frister

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 4: «Oppsummer og ta beslutning om det er grunn til bekymring eller spesiell
  #   oppmerksomhet. Frist for å ta en beslutning 14 dager etter at bekymring oppstår.»
  Scenario: Beslutningen oppfyller fristen
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for 20 dager siden
    Når Kari tar beslutningen «2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1.» fordi «Ola trenger mer støtte i klassen»
    Så er fristen oppfylt
    Og ser Kari ingen overskredne frister
    Og ser Anne ingen overskredne frister
