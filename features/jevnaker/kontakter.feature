# language: no
Egenskap: Hjelpetjenestene i Jevnaker
  Handlingsveilederen nevner hjelpetjenestene og lenker til kommunens sider for PPT og
  logoped og for fysioterapi, ergoterapi og rehabilitering, men gir ingen telefonnumre.
  Plattformen finner ikke på noe nummer: der veilederen ikke har et, står det at nummeret
  fylles inn av kommunen, og det er ikke noe å ringe.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Henvisning», nivå 2: «Klare saker til PPT,
  #   barnevern eller fysio/ergoterapi tjenesten henvises direkte» Nivå 3
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Mulige psykiske lidelser»: «Ved mistanke om
  #   psykiske lidelser skal kommunepsykolog kobles på i det tverrfaglige samarbeidet» nivå 1
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Utarbeid forslag til tiltak»: «Ta kontakt med
  #   ressursgruppe BTI dersom man trenger anonym veiledning for gjennomføring av møtet» nivå 1
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Iverksett tiltak»: «forebyggende tjenester».
  #   Veilederen oppgir ingen telefonnumre.
  Scenariomal: <tjeneste> står blant kontaktene, og nummeret fylles inn av kommunen
    Når Kari åpner handlingsveilederen på nettet
    Så står «<tjeneste>» blant kontaktene med «Telefon: fylles inn av kommunen»
    Og har «<tjeneste>» ikke noe nummer å ringe

    Eksempler:
      | tjeneste                                  |
      | PPT og logoped                            |
      | Fysioterapi, ergoterapi og rehabilitering |
      | Barnevernstjenesten i Jevnaker            |
      | Kommunepsykolog                           |
      | Helsestasjon og skolehelsetjeneste        |
      | Ressursgruppe BTI                         |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Utarbeid forslag til tiltak», nivå 1: «Ta
  #   kontakt med ressursgruppe BTI dersom man trenger anonym veiledning for gjennomføring av
  #   møtet»
  Scenario: Ressursgruppe BTI gir anonym veiledning for gjennomføring av møtet
    Når Kari åpner handlingsveilederen på nettet
    Så står «Ressursgruppe BTI» blant kontaktene med «dersom man trenger anonym veiledning for gjennomføring av møtet»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Henvisning», nivå 2, Verktøy: «PPT og logoped
  #   - JEVNAKER KOMMUNE» (https://www.jevnaker.kommune.no/ppt-og-logoped.521598.no.html) og
  #   «Fysioterapi, ergoterapi og rehabilitering - JEVNAKER KOMMUNE»
  #   (https://www.jevnaker.kommune.no/fysioterapi-ergoterapi-og-rehabilitering.520535.no.html)
  Scenario: PPT og fysioterapien lenker til kommunens egne sider
    Når Kari åpner handlingsveilederen på nettet
    Så lenker «PPT og logoped» til https://www.jevnaker.kommune.no/ppt-og-logoped.521598.no.html
    Og lenker «Fysioterapi, ergoterapi og rehabilitering» til https://www.jevnaker.kommune.no/fysioterapi-ergoterapi-og-rehabilitering.520535.no.html

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Foreldre har rett
  #   til å vite, unntatt når det er mistanke om seksuelle overgrep eller vold. Da tas det
  #   umiddelbart kontakt med barnevernstjenesten.» Uten nummer kommer barnevernstjenesten etter
  #   numrene som kan ringes nå.
  Scenario: På siden for akutt bekymring står barnevernstjenesten uten nummer etter numrene som svarer nå
    Når Kari svarer at situasjonen er akutt på siden for ny bekymring
    Så står «Barnevernstjenesten i Jevnaker» med «Telefon: fylles inn av kommunen» etter 112 og 116 111, som svarer nå

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», nivå 0, Verktøy:
  #   «Kontaktliste til hjelpetjenestene» . Veilederen oppgir ingen telefonnumre.
  Scenario: Handlingsveilederen på kommandolinjen sier at nummeret fylles inn av kommunen
    Når handlingsveilederen til kommunen skrives ut på kommandolinjen
    Så står «PPT og logoped» der med telefon «fylles inn av kommunen»
    Og står «Kommunepsykolog» der med telefon «fylles inn av kommunen»
