# language: no
Egenskap: Antallet tjenester som er med, passer med nivået
  Nivå 2 gjelder tverrfaglig innsats med 1–2 tjenester, nivå 3 omfattende samarbeid med 3
  eller flere. Tjenestene som teller, er de som er tatt inn i saken på nivået, og de som har
  ansatte med i saken, utenom tjenestestedet der bekymringen oppsto. Passer ikke antallet med
  nivået, varsler saken, så de som arbeider med den, kan vurdere om saken står på riktig nivå.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 3 – omfattende samarbeid mellom flere
  #   tjenester (3 eller flere)», og: «Nivå 2 – tverrfaglig innsats (1-2 tjenester)»
  Scenariomal: Saken varsler når antallet tjenester ikke passer med nivået
    Gitt at saken er kommet til nivå <nivå> med samtykke til samarbeid med <tjenester>
    Så <varsel>

    Eksempler:
      | nivå | tjenester                                                    | varsel                                               |
      | 2    | skolehelsetjenesten                                          | varsler saken ikke om antallet tjenester, som er 1   |
      | 2    | skolehelsetjenesten og NAV                                   | varsler saken ikke om antallet tjenester, som er 2   |
      | 2    | skolehelsetjenesten, NAV og ungdomslosen                     | varsler saken at 3 tjenester ikke passer med nivå 2  |
      | 3    | skolehelsetjenesten og NAV                                   | varsler saken at 2 tjenester ikke passer med nivå 3  |
      | 3    | skolehelsetjenesten, NAV og ungdomslosen                     | varsler saken ikke om antallet tjenester, som er 3   |
      | 3    | skolehelsetjenesten, NAV, ungdomslosen og familieveilederen  | varsler saken ikke om antallet tjenester, som er 4   |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 2 – tverrfaglig innsats (1-2 tjenester)»:
  #   «På nivå 2 i handlingsveilederen er det behov for samarbeid mellom flere tjenester.» En
  #   tjeneste teller én gang, også når en ansatt derfra er med i saken.
  Scenario: En ansatt fra en tjeneste som alt er med, endrer ikke antallet, men en ny tjeneste gjør det
    Gitt Hege er helsesykepleier ved skolehelsetjenesten i Vestby
    Og Bjørn er saksbehandler i Vestby barnevernstjeneste
    Og at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten og NAV
    Og at Hege er med i laget rundt Ola
    Så varsler saken ikke om antallet tjenester, som er 2
    Gitt at Lise har skrevet under på et nytt samtykkeskjema som gjelder barnevernet
    Og at Bjørn er med i laget rundt Ola
    Så varsler saken at 3 tjenester ikke passer med nivå 2
