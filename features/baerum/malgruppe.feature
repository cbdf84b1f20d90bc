# language: no
@baerum
Egenskap: Hvem en ny bekymring kan gjelde i Bærum
  Målgruppen er barn og unge mellom 0 og 23 år og gravide. Alderen regnes i fylte år på
  dagen bekymringen registreres: «0-23 år» tar med den som er 23, helt til dagen før
  24-årsdagen. En bekymring for noen utenfor målgruppen blir ikke registrert, og meldingen
  står ved fødselsdatoen eller ved valget av barn.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og Hege er helsesykepleier ved Bekkestua helsestasjon

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Målgruppe»: «Barn og unge mellom 0-23 år og
  #   gravide som kan ha behov for å få sin sak drøftet tverrfaglig.»
  Scenariomal: En bekymring rundt øvre aldersgrense
    Gitt Jonas fyller <alder> år <når>
    Når Hege registrerer en bekymring for Jonas
    Så <utfall>

    Eksempler:
      | alder | når      | utfall                                                                                                                  |
      | 24    | i morgen | er bekymringen for Jonas registrert på nivå 0                                                                           |
      | 24    | i dag    | blir bekymringen avvist med en melding ved valget av barn: «gjelder gravide og barn og unge fra 0 til og med 23 år» |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Målgruppe»: «Barn og unge mellom 0-23 år og
  #   gravide»
  Scenario: En bekymring for et barn som ikke står i listen og er for gammelt, blir ikke registrert
    Når Hege registrerer en bekymring for et barn som ikke står i listen, Nora, som fyller 30 år i dag
    Så blir bekymringen avvist med en melding ved fødselsdatoen: «Etter fødselsdatoen er personen 30 år i dag.»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Målgruppe»: «Barn og unge mellom 0-23 år og
  #   gravide»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Formål»: «Innsatsteamet vil bidra til at det
  #   lages gode tiltak for den gravide, barnet eller ungdommen.»
  Scenario: En bekymring for en gravid blir registrert
    Gitt Nora er gravid med termin om 10 uker
    Når Hege registrerer en bekymring for Nora
    Så er bekymringen for Nora registrert på nivå 0
