# language: no
Egenskap: Samtykke i Jevnaker: fra 15 år skriver foresatte og/eller ungdommen under
  I Jevnaker kan en ungdom som har fylt 15 år, sammen med foresatte velge om den vil
  samtykke til tverrfaglig samarbeid, og foresatte og/eller ungdommen skriver under på
  samtykkeskjemaet: ungdommens egen underskrift er nok, og det er de foresattes også.
  Helseopplysninger følger helsereglene: i helsetjenestene kan ungdom over 16 år selv
  samtykke til at taushetsplikten faller bort. Før 16 år skriver de foresatte under i
  tillegg til ungdommen når samtykket også gjelder helseopplysninger.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Hege er helsesykepleier ved Jevnaker helsestasjon
    Og Siri er rådgiver ved Jevnaker PPT

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barn som har fylt 15 år kan sammen med foresatte velge om det vil samtykke til
  #   tverrfaglig samarbeid. Fra 15 år skal foresatte og/eller ungdommen skrive under på
  #   samtykkeskjema.»
  Scenario: En ungdom på 15 år skriver selv under på samtykke til tverrfaglig samarbeid
    Gitt Mia er 15 år
    Og foreldrene til Mia, Per og Lise, bor sammen
    Og at Hege har åpnet en sak om Mia
    Og at Hege har registrert et samtykke for Mia som gjelder PPT
    Når Mia skriver under selv
    Så er samtykket gyldig
    Når Hege legger til Siri som deltaker i saken
    Så er Siri deltaker i saken

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Fra 15 år skal foresatte og/eller ungdommen skrive under på samtykkeskjema.»
  Scenario: Det er også nok at én av de foresatte skriver under
    Gitt Mia er 16 år
    Og foreldrene til Mia, Per og Lise, bor sammen
    Og at Hege har åpnet en sak om Mia
    Og at Hege har registrert et samtykke for Mia som gjelder PPT
    Når Per skriver under
    Så er samtykket gyldig

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Når en ungdom under 18 år har samtykkekompetanse varierer mellom ulike lover. Det er
  #   alltid den tjenesten som skal gi fra seg opplysninger som avgjør hva som kan gis uten
  #   hinder av taushetsplikten. I helsetjenestene kan ungdom over 16 år selv samtykke til at
  #   taushetsplikten faller bort.» Før 16 år er ungdommens egen underskrift ikke nok for
  #   helseopplysningene: de foresatte skriver under i tillegg.
  Scenario: Før 16 år må de foresatte også skrive under når samtykket gjelder helseopplysninger
    Gitt Mia er 15 år
    Og foreldrene til Mia, Per og Lise, bor sammen
    Og at Hege har åpnet en sak om Mia
    Og at Hege har registrert et samtykke for Mia som gjelder helseopplysninger og skolehelsetjenesten
    Når Mia skriver under selv
    Så er samtykket ikke gyldig ennå
    Når Lise skriver under
    Så er samtykket gyldig

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «I helsetjenestene kan ungdom over 16 år selv samtykke til at taushetsplikten faller
  #   bort. De har vanligvis rett selv til å avgjøre hvilke opplysninger foreldrene skal få
  #   fra helsetjenesten.»
  Scenariomal: En ungdom på <alder> år samtykker selv til å dele helseopplysninger i helsetjenestene
    Gitt Mia er <alder> år
    Og foreldrene til Mia, Per og Lise, bor sammen
    Og at Hege har åpnet en sak om Mia
    Og at Hege har registrert et samtykke for Mia som gjelder helseopplysninger og skolehelsetjenesten
    Når Per skriver under
    Så blir underskriften avvist fordi Per ikke skal skrive under dette samtykket
    Når Mia skriver under selv
    Så er samtykket gyldig

    Eksempler:
      | alder |
      | 16    |
      | 17    |
