# language: no
Egenskap: Notater som bare er for helsepersonell følger samtykket om helseopplysninger
  Helsetjenesten kan skrive et notat i stafettloggen som bare er for helsepersonell. Det er
  helsetjenesten som avgjør hva den gir fra seg, og samtykket sier hvilke tjenester
  opplysningene kan deles med. Andre i laget rundt barnet ser et slikt notat bare når et
  gyldig samtykke som også gjelder helseopplysninger, nevner den tjenesten de er med i saken
  for. Å lede enheten som har saken, gir ikke tilgang til notatet.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Liv er leder ved Nordby skole
    Og Hege er helsesykepleier ved Nordby helsestasjon
    Og Nils er rådgiver ved Nordby PPT
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon og PPT
    Og at Hege er med i laget rundt Ola
    Og at Nils er med i laget rundt Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Det er alltid den tjenesten som skal gi fra seg opplysninger som avgjør hva som kan gis
  #   uten hinder av taushetsplikten.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring», Vedlegg 1: «Opplysningene
  #   kan ikke brukes til andre formål enn det samtykket er gitt for, og kan heller ikke
  #   utleveres i større utstrekning enn det som er nødvendig for formålet.»
  Scenario: Uten samtykke til å dele helseopplysninger ser bare helsepersonell helsenotatet
    Gitt at Hege har skrevet et notat i stafettloggen som bare er for helsetjenesten: «Ola har hatt vondt i magen i flere uker»
    Når Kari leser stafettloggen
    Så ser Kari ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Og Nils ser ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Og Liv ser ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Men Hege ser «Ola har hatt vondt i magen i flere uker» i stafettloggen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring», Vedlegg 1: «Opphevelse av
  #   taushetsplikt jf. Forvaltningsloven § 13 A, Lov om helsepersonell § 22 […] […] Samtykker
  #   til at nedenstående instanser kan samarbeide og utveksle informasjon […] Instanser som kan
  #   samarbeide og utveksle informasjon: 1: […] 2: […] 3: […]»
  Scenario: Samtykket om helseopplysninger nevner helsestasjonen og PPT, men ikke skolen
    Gitt at foreldrene har skrevet under på et samtykke der også helseopplysninger kan deles med helsestasjon og PPT
    Og at Hege har skrevet et notat i stafettloggen som bare er for helsetjenesten: «Ola har hatt vondt i magen i flere uker»
    Når Kari leser stafettloggen
    Så ser Kari ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Og Liv ser ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Men Nils ser «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Og Hege ser «Ola har hatt vondt i magen i flere uker» i stafettloggen

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt», Nivå 2 – tverrfaglig innsats
  #   (1-2 tjenester): «Om behov for flere tjenester inn, lag et nytt samtykkeskjema.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring», Vedlegg 1: «Det vil si at
  #   flere instanser uten hinder av taushetsplikt, kan utveksle relevante opplysninger til
  #   det beste for meg/min sønn/min datter.»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring», Vedlegg 1: «Der foreldre bor
  #   sammen, er det tilstrekkelig at den ene skriver under.»
  Scenario: Når et nytt samtykke om helseopplysninger også nevner skolen, ser læreren helsenotatet
    Gitt at Hege har skrevet et notat i stafettloggen som bare er for helsetjenesten: «Ola har hatt vondt i magen i flere uker»
    Og at Kari har registrert et samtykke for Ola som gjelder helseopplysninger, helsestasjonen, PPT og skolen
    Når Kari leser stafettloggen
    Så ser Kari ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Når Per skriver under
    Så ser Kari «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Og Nils ser «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Men Liv ser ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring», Vedlegg 1: «Opplysningene
  #   kan ikke brukes til andre formål enn det samtykket er gitt for […]» . Et samtykke som er
  #   trukket tilbake, deler ikke lenger noe.
  Scenario: Når samtykket om helseopplysninger trekkes tilbake, ser læreren ikke helsenotatet lenger
    Gitt at Hege har skrevet et notat i stafettloggen som bare er for helsetjenesten: «Ola har hatt vondt i magen i flere uker»
    Og at Kari har registrert et samtykke for Ola som gjelder helseopplysninger, helsestasjonen, PPT og skolen
    Og at Per har skrevet under på samtykket
    Når Kari leser stafettloggen
    Så ser Kari «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Når Per trekker samtykket tilbake
    Så ser Kari ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Og Nils ser ikke «Ola har hatt vondt i magen i flere uker» i stafettloggen
    Men Hege ser «Ola har hatt vondt i magen i flere uker» i stafettloggen
