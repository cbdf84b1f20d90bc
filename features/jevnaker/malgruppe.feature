# language: no
Egenskap: Hvem en ny bekymring kan gjelde i Jevnaker
  BTI i Jevnaker er for tjenester som møter gravide, barn, unge og foreldre. Veilederen
  oppgir ingen øvre alder; aldersstigen den gir for barns rett til medvirkning og samtykke,
  går til 18 år, og tjenestene den nevner er barnehage, skole, PPT, TFF og ungdomskontakt.
  Målgruppen er derfor gravide og barn og unge til og med 18 år, helt til dagen før
  19-årsdagen. Alderen regnes i fylte år på dagen bekymringen registreres.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»: «Mellom
  #   15 år og 18 år skal ungdommen få stadig større selvbestemmelsesrett. […] BTI er en
  #   samhandlingsmodell for tjenester som møter gravide, barn, unge og foreldre det er knyttet
  #   undring eller bekymring til.»
  Scenariomal: En bekymring rundt øvre aldersgrense
    Gitt Jonas fyller <alder> år <når> og går på Jevnaker skole
    Når Kari registrerer en bekymring for Jonas
    Så <utfall>

    Eksempler:
      | alder | når      | utfall                                                                                                                   |
      | 19    | i morgen | er bekymringen for Jonas registrert på nivå 0                                                                            |
      | 19    | i dag    | blir bekymringen avvist med en melding ved valget av barn: «gjelder gravide og barn og unge fra 0 til og med 18 år» |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Mellom 15 år og 18 år skal ungdommen få stadig større selvbestemmelsesrett.»
  Scenario: En bekymring for et barn som ikke står i listen og har fylt 19, blir ikke registrert
    Når Kari registrerer en bekymring for et barn som ikke står i listen, Nora, som fyller 19 år i dag
    Så blir bekymringen avvist med en melding ved fødselsdatoen: «Etter fødselsdatoen er personen 19 år i dag.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder», om BTI-modellen: «BTI er en
  #   samhandlingsmodell for tjenester som møter gravide, barn, unge og foreldre det er knyttet
  #   undring eller bekymring til.»
  Scenario: En bekymring for en gravid blir registrert
    Gitt Nora er gravid med termin om 10 uker
    Når Kari registrerer en bekymring for Nora
    Så er bekymringen for Nora registrert på nivå 0
