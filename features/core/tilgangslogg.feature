# language: no
Egenskap: Den som har sett saken, kan ses
  Alle oppslag i en sak logges, og loggen er til for å leses: de som deltar i saken og lederen
  for enheten ser hvem som har sett saken og når, og lederen ser i tilgangskontrollen hvem som
  leste utenfor sin egen rolle. Nødtilgang til en sak man ikke har en rolle i krever en
  begrunnelse, varer en kort stund og markeres for lederen.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Siv er lærer ved Nordby skole
    Og Truls er lærer ved Sørby skole
    Og Anne er leder ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
  #   brukes til andre formål enn det samtykket er gitt for, og kan heller ikke utleveres i større
  #   utstrekning enn det som er nødvendig for formålet.» De som har ansvar for saken, ser hvem
  #   som har sett den.
  Scenario: De som deltar, ser at lederen har lest saken; andre finner ingen slik liste
    Når Anne slår opp saken
    Og Kari ser hvem som har sett saken
    Så står Anne i listen over hvem som har sett saken, som enhetens leder
    Når Truls ser hvem som har sett saken
    Så får Truls samme svar som om saken ikke fantes

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «[…] kan heller ikke
  #   utleveres i større utstrekning enn det som er nødvendig for formålet.» Å åpne en sak uten
  #   rolle i den må begrunnes, og lederen ser det.
  Scenario: Lederen ser nødtilgang markert, med begrunnelsen
    Når Siv åpner saken med nødtilgang fordi «Barnet er skadet og stafettholder er syk i dag.»
    Og Siv slår opp saken
    Så får Siv se saken
    Når Anne ser tilgangskontrollen for enheten sin
    Så står nødtilgangen til Siv der med begrunnelsen «Barnet er skadet og stafettholder er syk i dag.»
    Og står oppslaget til Siv der markert som nødtilgang

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «kan heller ikke utleveres i
  #   større utstrekning enn det som er nødvendig for formålet» Heller ikke i en nødsituasjon uten
  #   grunn.
  Scenario: Nødtilgang uten begrunnelse blir avvist
    Når Siv åpner saken med nødtilgang uten begrunnelse
    Så blir nødtilgangen avvist fordi begrunnelsen mangler
    Når Siv slår opp saken
    Så får Siv samme svar som om saken ikke fantes

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
  #   brukes til andre formål enn det samtykket er gitt for» Nødtilgang er for enheten som har
  #   saken, ikke for hvem som helst i kommunen.
  Scenario: En lærer ved en annen skole får ikke nødtilgang
    Når Truls åpner saken med nødtilgang fordi «Jeg må se saken nå, det haster.»
    Så blir nødtilgangen avvist uten at det sies om saken finnes
    Når Truls slår opp saken
    Så får Truls samme svar som om saken ikke fantes
