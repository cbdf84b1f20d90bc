# language: no
Egenskap: Hvem en ny bekymring kan gjelde i Vestby
  Handlingsveilederen gjelder barn og unge fra svangerskap og opp til 24 år. Alderen regnes i
  fylte år på dagen bekymringen registreres. «Opp til 24 år» leses slik veilederen skriver
  tallene sine, med begge endene: den som er 24 år, er med, helt til dagen før 25-årsdagen.
  En bekymring for noen utenfor målgruppen blir ikke registrert, og meldingen står ved
  fødselsdatoen eller ved valget av barn.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Vestby videregående skole

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Handlingsveilederen
  #   beskriver fire nivåer i arbeidet med barn og unge - fra svangerskap og opp til 24 år -»
  Scenariomal: En bekymring for en som står i listen, rundt øvre aldersgrense
    Gitt Jonas fyller <alder> år <når> og går på Vestby videregående skole
    Når Kari registrerer en bekymring for Jonas
    Så <utfall>

    Eksempler:
      | alder | når      | utfall                                                                                                      |
      | 25    | i morgen | er bekymringen for Jonas registrert på nivå 0                                                               |
      | 25    | i dag    | blir bekymringen avvist med en melding ved valget av barn: «gjelder gravide og barn og unge fra 0 til og med 24 år» |
      | 17    | i dag    | er bekymringen for Jonas registrert på nivå 0                                                               |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «fra svangerskap og opp
  #   til 24 år»
  Scenariomal: En bekymring for et barn som ikke står i listen, rundt øvre aldersgrense
    Når Kari registrerer en bekymring for et barn som ikke står i listen, Nora, som fyller <alder> år <når>
    Så <utfall>

    Eksempler:
      | alder | når      | utfall                                                                                                     |
      | 25    | i morgen | er bekymringen for Nora registrert på nivå 0                                                               |
      | 25    | i dag    | blir bekymringen avvist med en melding ved fødselsdatoen: «Etter fødselsdatoen er personen 25 år i dag.» |
      | 0     | i dag    | er bekymringen for Nora registrert på nivå 0                                                               |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «fra svangerskap og opp
  #   til 24 år»
  Scenario: En bekymring for en gravid blir registrert
    Gitt Nora er gravid med termin om 10 uker
    Når Kari registrerer en bekymring for Nora
    Så er bekymringen for Nora registrert på nivå 0
