# language: no
@tromso
Egenskap: Påminnelser om fristen for beslutning i Tromsø
  Fristen for å ta en beslutning er 14 dager etter at bekymringen oppsto. Den som eier fristen,
  blir minnet på den tre dager før den går ut. Går fristen ut uten beslutning, får både den
  ansatte og lederen for tjenestestedet beskjed, én gang, uansett hvor ofte påminnelsene kjøres.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Anne er leder ved Prestvannet skole
    Og Siv er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Frist for å ta en beslutning 14 dager etter at bekymring oppstår.»
  Scenariomal: Den ansatte blir minnet på fristen tre dager før den går ut
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for <dager> dager siden
    Når påminnelsene kjøres
    Så <kari>
    Og får Anne ingen påminnelse

    Eksempler:
      | dager | kari                                                  |
      | 11    | får Kari ingen påminnelse                             |
      | 12    | får Kari én påminnelse om at fristen snart går ut     |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Del og diskuter din bekymring og dine observasjoner med: • Kollega/leder» og «Frist for
  #   å ta en beslutning 14 dager etter at bekymring oppstår.»
  Scenario: En overskredet frist meldes til den ansatte og lederen, én gang
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for 16 dager siden
    Når påminnelsene kjøres
    Og påminnelsene kjøres igjen
    Så får Kari én påminnelse om at fristen er overskredet
    Og får Anne én påminnelse om at fristen er overskredet
    Og får Siv ingen påminnelse

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Oppsummer og ta beslutning om det er grunn til bekymring eller spesiell oppmerksomhet.»
  Scenario: Når beslutningen er tatt, kommer ingen påminnelse
    Gitt at Kari har registrert bekymringen for Ola i dag, og bekymringen oppsto for 16 dager siden
    Når Kari tar beslutningen «2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1.» fordi «Ola trenger mer støtte i klassen»
    Og påminnelsene kjøres
    Så får Kari ingen påminnelse
    Og får Anne ingen påminnelse
