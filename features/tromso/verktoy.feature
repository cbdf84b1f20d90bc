# language: no
@tromso
Egenskap: Verktøyene på nivå 0
  Handlingsveilederen gir fire verktøy på nivå 0: Observasjonsskjema, Fem trinn fra bekymring
  til melding, Mal for bekymringsmelding til barneverntjenesten og Samtykkeskjema. De tre
  første fylles ut i saken og tas vare på der; samtykkeskjemaet fylles ut og skrives under i
  samtykkedelen av saken.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Verktøy nivå 0 • Observasjonsskjema • Fem trinn fra bekymring til melding • Mal for
  #   bekymringsmelding til Barneverntjenesten • Samtykkeskjema»
  Scenario: De fire verktøyene på nivå 0
    Når en ansatt i Tromsø kommune slår opp i kommunens handlingsveileder
    Så er «Observasjonsskjema», «Fem trinn fra bekymring til melding», «Mal for bekymringsmelding til barneverntjenesten» og «Samtykkeskjema» blant verktøyene på nivå 0
    Og heter skjemaet for samtykke «Samtykkeskjema»

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»: «Verktøy
  #   nivå 0 • Observasjonsskjema • Fem trinn fra bekymring til melding • Mal for bekymringsmelding
  #   til Barneverntjenesten • Samtykkeskjema»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1»: «Trinn 3: Lag
  #   en plan for det videre forløpet. […] Dokumenter i eget fagsystem. […] Trinn 5: Evaluer
  #   tiltakene etter oppsatt plan.»
  Scenario: Tre av verktøyene på nivå 0, planen på nivå 1 og evalueringen av den fylles ut i saken
    Så kan den ansatte fylle ut «Observasjonsskjema», «Fem trinn fra bekymring til melding», «Mal for bekymringsmelding til barneverntjenesten», «Plan for det videre forløpet» og «Evaluering av tiltakene» i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»:
  #   «Verktøy nivå 0 • Observasjonsskjema • Fem trinn fra bekymring til melding • Mal for
  #   bekymringsmelding til Barneverntjenesten […]» og trinn 2: «Sett ord på bekymringen,
  #   undersøk via observasjon, samtaler og kartlegginger.»
  Scenariomal: Et utfylt verktøy tas vare på i saken
    Når Kari fyller ut «<skjema>» i saken, med «<svar>» som svar på «<spørsmål>»
    Så har saken «<skjema>» fra Kari med svarene hun fylte ut
    Og er det logget at Kari fylte ut «<skjema>»

    Eksempler:
      | skjema                                           | spørsmål                                               | svar                                           |
      | Observasjonsskjema                               | Hva har du sett eller hørt?                            | Ola sitter alene i friminuttene og spiser ikke |
      | Fem trinn fra bekymring til melding              | 1. Bekymring oppstår: hva gjorde deg bekymret, og når? | Ola kom på skolen med blåmerker mandag         |
      | Mal for bekymringsmelding til barneverntjenesten | Hva gjelder bekymringen?                               | Ola forteller om vold hjemme                   |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 2: «Hva har du sett eller hørt? • Hva har barnet/ungdommen sagt eller gjort? • Hva
  #   er det i samspillet mellom barnet/ungdommen og omgivelsene som har gjort deg bekymret?
  #   • Hvor lenge har du vært bekymret? • Har det tidligere vært bekymringer for
  #   barnet/ungdommen?»
  Scenario: Observasjonsskjemaet har støttespørsmålene fra trinn 2
    Så har «Observasjonsskjema» disse spørsmålene blant annet:
      | Hva har du sett eller hørt?                                                                |
      | Hva har barnet/ungdommen sagt eller gjort?                                                 |
      | Hva er det i samspillet mellom barnet/ungdommen og omgivelsene som har gjort deg bekymret? |
      | Hvor lenge har du vært bekymret?                                                           |
      | Har det tidligere vært bekymringer for barnet/ungdommen?                                   |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 2: «Sett ord på bekymringen». Et tomt skjema sier ingenting.
  Scenario: Et tomt observasjonsskjema lagres ikke
    Når Kari lagrer «Observasjonsskjema» i saken uten å fylle ut noe
    Så blir skjemaet ikke lagret før minst ett felt er fylt ut

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 1:
  #   «Innhent samtykke til tverrfaglig samarbeid.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 1:
  #   «Verktøy nivå 0 • […] Samtykkeskjema» . Samtykkeskjemaet som foreldrene skriver under, gjør at
  #   stafettloggen kan opprettes.
  Scenario: Samtykkeskjemaet skrives under av foreldrene, og da kan stafettloggen opprettes på nivå 2
    Gitt at Kari har ført saken til nivå 2
    Og at Kari har registrert et samtykke for Ola som gjelder skolen og skolehelsetjenesten
    Når Per skriver under
    Og Lise skriver under
    Så er samtykket gyldig
    Når Kari oppretter stafettloggen med seg selv som stafettholder
    Så er Kari stafettholder i saken
