# language: no
@tromso
Egenskap: Handlingsveilederen i Tromsø: målgruppe, nivåer og trinn
  Med bedre tverrfaglig innsats (BTI-modellen) skal barn og unge og familiene deres få
  nødvendig hjelp og støtte så tidlig som mulig. Målgruppen er barn og unge fra 0 til 23 år.
  Arbeidet går over fire nivåer, og hvert nivå går i nummererte trinn.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Toppbilde BTI»: «Målgruppen er barn og unge
  #   fra 0 til 23 år med behov for hjelp, støtte og oppmerksomhet i korte eller lengre perioder
  #   i livet.»
  Scenario: Handlingsveilederen gjelder barn og unge fra 0 til 23 år
    Når en ansatt i Tromsø kommune slår opp i kommunens handlingsveileder
    Så gjelder handlingsveilederen barn og unge fra 0 til 23 år
    Og står det «Barn og unge fra 0 til 23 år.» i handlingsveilederen

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Toppbilde BTI»: «Målgruppen er barn og unge
  #   fra 0 til 23 år med behov for hjelp, støtte og oppmerksomhet i korte eller lengre perioder
  #   i livet.»
  Scenariomal: Hvem handlingsveilederen gjelder for
    Når en ansatt i Tromsø kommune slår opp i kommunens handlingsveileder
    Så er <hvem> <innenfor eller utenfor> målgruppen for handlingsveilederen

    Eksempler:
      | hvem                   | innenfor eller utenfor |
      | et nyfødt barn         | innenfor               |
      | en ungdom på 17 år     | innenfor               |
      | en ung voksen på 23 år | innenfor               |
      | en ung voksen på 24 år | utenfor                |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats -
  #   nivå 3», overskriftene, og ., Innsats i egen avdeling - nivå 1, Tverrfaglig samarbeid -
  #   nivå 2: «Identifisering og avklaring - nivå 0»
  Scenariomal: Nivåene har navnene fra handlingsveilederen
    Når en ansatt i Tromsø kommune slår opp i kommunens handlingsveileder
    Så heter nivå <nivå> «<navn>»

    Eksempler:
      | nivå | navn                                       |
      | 0    | Identifisering og avklaring                |
      | 1    | Innsats i egen avdeling                    |
      | 2    | Tverrfaglig samarbeid                      |
      | 3    | Tverrfaglig samarbeid med spesiell innsats |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Trinn 1: Bekymring for et barn/ungdom oppstår […] Trinn 2: Konkretiser […] Trinn 3: Del og
  #   diskuter din bekymring og dine observasjoner med: […] […] Trinn 4: Oppsummer og ta
  #   beslutning […]»
  Scenario: Trinnene på nivå 0
    Når en ansatt i Tromsø kommune slår opp i kommunens handlingsveileder
    Så er trinnene på nivå 0, i denne rekkefølgen:
      | Trinn 1: Bekymring for et barn/ungdom oppstår                |
      | Trinn 2: Konkretiser                                         |
      | Trinn 3: Del og diskuter din bekymring og dine observasjoner |
      | Trinn 4: Oppsummer og ta beslutning                          |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2»: «Trinn 2:
  #   Opprett Stafettlogg. NB! Husk samtykke. […] Trinn 7: På bakgrunn av evalueringa, ta beslutning
  #   om videre arbeid»
  Scenario: Trinnene på nivå 2
    Når en ansatt i Tromsø kommune slår opp i kommunens handlingsveileder
    Så er trinnene på nivå 2, i denne rekkefølgen:
      | Trinn 1: Snakk med barnet/ungdommen og foresatte                           |
      | Trinn 2: Opprett Stafettlogg. NB! Husk samtykke.                           |
      | Trinn 3: Bring saken videre i hjelpeapparatet                              |
      | Trinn 4: Sett felles mål og bestem hvilke aktiviteter som skal iverksettes |
      | Trinn 5: Iverksett tiltak                                                  |
      | Trinn 6: Evaluer aktivitetene i Stafettloggen                              |
      | Trinn 7: Ta beslutning om videre arbeid                                    |
