# language: no
Egenskap: Samtidighetsansvar på alle nivåer
  Den som har sendt henvisninger eller meldt fra om bekymringen sin, er fortsatt ansvarlig for
  å følge opp barnet og familien. Tjenestene arbeider samtidig, ikke etappevis: den som åpnet
  saken, har den i sin liste også etter at andre tjenester er tatt inn og koordinator er
  byttet.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Vestby
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Samtidighetsansvar»: «På alle nivåer i
  #   handlingsveilederen har du samtidighetsansvar. Det betyr at du er ansvarlig for å følge opp
  #   barnet og familien selv hvis du har sendt henvisninger […] De ulike tjenestenes arbeid med
  #   familien skal i størst mulig grad foregå samtidig, ikke etappevis.»
  Scenario: Den som tok inn en annen tjeneste, har saken i sin liste også etter at koordinator er byttet
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Og at Kari har gitt stafettpinnen i saken videre til Hege, og Hege har tatt imot den
    Så er Hege stafettholder i saken
    Og er Kari deltaker i saken
    Og har Kari saken i sin egen liste
    Og har Hege saken i sin egen liste

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Tiltak», nivå 2: «Husk at alle har et
  #   samtidighetsansvar. Samtidighetsansvar betyr at du er ansvarlig for å følge opp barnet/den
  #   unge, også etter at bekymring er meldt til andre instanser.»
  Scenario: Den som melder bekymringen til barnevernstjenesten, har saken i sin liste etterpå
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Og at Hege er med i laget rundt Ola
    Når Kari beslutter at saken meldes direkte til barnevernet, fordi «Ola forteller om slag hjemme»
    Så har Kari saken i sin egen liste
    Og har Hege saken i sin egen liste
