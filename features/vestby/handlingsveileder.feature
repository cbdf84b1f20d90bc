# language: no
Egenskap: Handlingsveilederen «Bekymring følges opp»: målgruppe, nivåer, hovedpunkter og verktøy
  Ansatte som lurer på om et barn eller en ungdom trenger hjelp, plikter å følge opp
  bekymringen sin. Handlingsveilederen for Bedre tverrfaglig innsats beskriver fire nivåer i
  arbeidet med barn og unge, fra svangerskap og opp til 24 år: fra tidlig identifisering og
  avklaring til omfattende samarbeid mellom flere tjenester. Hvert nivå har sine hovedpunkter
  og sine verktøy.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Handlingsveilederen
  #   beskriver fire nivåer i arbeidet med barn og unge - fra svangerskap og opp til 24 år -»
  Scenario: Handlingsveilederen gjelder fra svangerskap og opp til 24 år
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så gjelder handlingsveilederen barn og unge fra svangerskap og opp til 24 år

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Handlingsveilederen
  #   beskriver fire nivåer i arbeidet med barn og unge - fra svangerskap og opp til 24 år -»
  Scenariomal: Hvem handlingsveilederen gjelder for
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så er <hvem> <innenfor eller utenfor> målgruppen for handlingsveilederen

    Eksempler:
      | hvem                   | innenfor eller utenfor |
      | en gravid kvinne       | innenfor               |
      | et nyfødt barn         | innenfor               |
      | en ungdom på 17 år     | innenfor               |
      | en ung voksen på 24 år | innenfor               |
      | en ung voksen på 25 år | utenfor                |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Nivå 0 - Tidlig
  #   identifisering og avklaring på eget tjenestested […] Nivå 1 – Når bekymringen kan løses på
  #   eget tjenestested, sammen med foresatte […] Nivå 2 – Behov for samarbeid med andre tjenester
  #   […] Nivå 3 – Omfattende behov for samarbeid med flere tjenester»
  Scenariomal: Nivåene har navnene fra handlingsveilederen
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så heter nivå <nivå> «<navn>»

    Eksempler:
      | nivå | navn                                                                 |
      | 0    | Tidlig identifisering og avklaring på eget tjenestested              |
      | 1    | Når bekymringen kan løses på eget tjenestested, sammen med foresatte |
      | 2    | Behov for samarbeid med andre tjenester                              |
      | 3    | Omfattende behov for samarbeid med flere tjenester                   |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 0 – uro/bekymring»: «Hovedpunkter under
  #   nivå 0: • Er situasjonen akutt? • Undring og observasjon • Del bekymringen • Avklaring»
  Scenario: Hovedpunktene på nivå 0
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så er hovedpunktene på nivå 0, i denne rekkefølgen:
      | Er situasjonen akutt?  |
      | Undring og observasjon |
      | Del bekymringen        |
      | Avklaring              |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 1 – fra bekymring til tiltak»,
  #   Hovedpunkter:: «• Involver barnet/ungdommen og foresatte i større grad • Barn/unges rett
  #   til medvirkning/samtykke • Forbered et godt møte • Samtale • Tiltak • Evaluering og
  #   oppfølgingsmøter • Veien videre»
  Scenario: Hovedpunktene på nivå 1
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så er hovedpunktene på nivå 1, i denne rekkefølgen:
      | Involver barnet/ungdommen og foresatte i større grad |
      | Barn/unges rett til medvirkning/samtykke             |
      | Forbered et godt møte                                |
      | Samtale                                              |
      | Tiltak                                               |
      | Evaluering og oppfølgingsmøter                       |
      | Veien videre                                         |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 2 – tverrfaglig innsats (1-2
  #   tjenester)», Hovedpunkter:: «• Møte med aktuelle instanser • Tiltak • Evaluering • Veien
  #   videre»
  Scenario: Hovedpunktene på nivå 2
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så er hovedpunktene på nivå 2, i denne rekkefølgen:
      | Møte med aktuelle instanser |
      | Tiltak                      |
      | Evaluering                  |
      | Veien videre                |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 3 – omfattende samarbeid mellom flere
  #   tjenester (3 eller flere)», Hovedpunkter:: «• Avklaring av aktuell hjelp • Dokumentasjon
  #   og evt IP • Tiltak • Evaluering • Veien videre» (forkortelsen skrives her «evt.»)
  Scenario: Hovedpunktene på nivå 3
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så er hovedpunktene på nivå 3, i denne rekkefølgen:
      | Avklaring av aktuell hjelp |
      | Dokumentasjon og evt. IP   |
      | Tiltak                     |
      | Evaluering                 |
      | Veien videre               |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Møte/undringssamtale»: «Under samtalen, tenk
  #   igjennom: - Hva er barnet/ungdommen/foresattes sterke sider? (beskyttelsesfaktorer) […]
  #   - Hva skal til for å skape en positiv endring? - Har barnet/familien nettverk som barnet kan
  #   ha nytte av for hjelp? - Hvilke tiltak skal iverksettes på tjenestestedet? - Hvilke tiltak
  #   skal iverksettes hjemme?»
  Scenario: Spørsmålene den ansatte tenker igjennom under møtet/undringssamtalen på nivå 1
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så skal den ansatte under hovedpunktet «Samtale» på nivå 1 tenke igjennom blant annet:
      | Hva er barnet/ungdommen/foresattes sterke sider? (beskyttelsesfaktorer)   |
      | Er det noe i rammevilkårene som vedlikeholder problemet? Må noe endres?   |
      | Hva skal til for å skape en positiv endring?                              |
      | Har barnet/familien nettverk som barnet kan ha nytte av for hjelp?        |
      | Hvilke tiltak skal iverksettes på tjenestestedet?                         |
      | Hvilke tiltak skal iverksettes hjemme?                                    |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?», verktøyene under hvert nivå: «Verktøy: -
  #   Faktorer som kan gi grunnlag for bekymring - Undringsnotat» Nivå 0 «Verktøy: - Faktorer som
  #   kan gi grunnlag for bekymring - Undringsnotat» og «Bruk observasjonsskjemaet»
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Del undringen/bekymringen»: «Verktøy: - Støtteark
  #   samtaler med barn - Undringssamtalen med foresatte - Møtemal - Tjenesteoversikt» nivå 1
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Møte/undringssamtale»: «Verktøy: - Invitasjon til
  #   møte - Referat fra møte - Tjenesteoversikt»
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Verktøy: - Observasjonsskjema - Samtykkeskjema - Tjenesteoversikt» nivå 2
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt»: «Verktøy: - Invitasjon til møte
  #   - Referat - Samtykkeskjema - Møtemal - Tjenesteoversikt» nivå 3
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklaring av aktuell hjelp»: «Verktøy: -
  #   Tjenesteoversikt - Samtykkeskjema - Invitasjon til møte»
  Scenariomal: Verktøyene på hvert nivå
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så er <verktøy> blant verktøyene på nivå <nivå>

    Eksempler:
      | nivå | verktøy                                                                                              |
      | 0    | «Faktorer som kan gi grunnlag for bekymring», «Undringsnotat» og «Observasjonsskjema»                |
      | 0    | «Støtteark samtaler med barn», «Undringssamtalen med foresatte», «Møtemal» og «Tjenesteoversikt»     |
      | 1    | «Invitasjon til møte», «Referat fra møte» og «Tjenesteoversikt»                                      |
      | 1    | «Observasjonsskjema» og «Samtykkeskjema»                                                             |
      | 2    | «Invitasjon til møte», «Samtykkeskjema», «Møtemal» og «Tjenesteoversikt»                             |
      | 3    | «Tjenesteoversikt», «Samtykkeskjema» og «Invitasjon til møte»                                        |
