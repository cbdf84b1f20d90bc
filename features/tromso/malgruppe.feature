# language: no
@tromso
Egenskap: Hvem en ny bekymring kan gjelde i Tromsø
  Målgruppen er barn og unge fra 0 til 23 år. Alderen regnes i fylte år på dagen bekymringen
  registreres: «0 til 23 år» tar med den som er 23, helt til dagen før 24-årsdagen.
  Veilederen nevner ikke gravide. En bekymring for noen utenfor målgruppen blir ikke
  registrert, og meldingen står ved fødselsdatoen eller ved valget av barn.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Hege er helsesykepleier ved Tromsdalen helsestasjon

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Toppbilde BTI»: «Målgruppen er barn og unge fra
  #   0 til 23 år med behov for hjelp, støtte og oppmerksomhet i korte eller lengre perioder i
  #   livet.»
  Scenariomal: En bekymring for en som står i listen, rundt øvre aldersgrense
    Gitt Jonas fyller <alder> år <når>
    Når Hege registrerer en bekymring for Jonas
    Så <utfall>

    Eksempler:
      | alder | når      | utfall                                                                                                                     |
      | 24    | i morgen | er bekymringen for Jonas registrert på nivå 0                                                                              |
      | 24    | i dag    | blir bekymringen avvist med en melding ved valget av barn: «gjelder barn og unge fra 0 til og med 23 år, det vil si til dagen før de fyller 24» |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Toppbilde BTI»: «Målgruppen er barn og unge fra
  #   0 til 23 år»
  Scenariomal: En bekymring for et barn som ikke står i listen, rundt øvre aldersgrense
    Når Hege registrerer en bekymring for et barn som ikke står i listen, Nora, som fyller <alder> år <når>
    Så <utfall>

    Eksempler:
      | alder | når      | utfall                                                                                                    |
      | 24    | i morgen | er bekymringen for Nora registrert på nivå 0                                                              |
      | 24    | i dag    | blir bekymringen avvist med en melding ved fødselsdatoen: «Etter fødselsdatoen er personen 24 år i dag.» |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Toppbilde BTI»: «Målgruppen er barn og unge fra
  #   0 til 23 år» — gravide er ikke nevnt.
  Scenario: En bekymring for en gravid blir ikke registrert i Tromsø
    Gitt Nora er gravid med termin om 10 uker
    Når Hege registrerer en bekymring for Nora
    Så blir bekymringen avvist med en melding ved valget av barn: «gjelder barn og unge fra 0 til og med 23 år, ikke gravide»
