# language: no
Egenskap: Anonym drøfting med barnevernstjenesten fra boksen «Akutt?» på alle nivåer
  Vestbys handlingsveileder har den samme boksen «Akutt?» på nivå 0, 1, 2 og 3, og den
  slutter med at den ansatte som er i tvil, kan drøfte saken anonymt med
  barnevernstjenesten. Veien til å registrere en slik drøfting står derfor i boksen på
  saken uansett hvilket nivå saken er på.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?», (nivå 0, og likt under nivå 1, 2 og
  #   3): «Er du i tvil kan du drøfte saken anonymt med barnevernstjenesten. Vestby
  #   barnevernstjeneste: 64 98 02 12 (08.00 – 15.00)»
  Scenariomal: Lenken til anonym drøfting står i boksen «Akutt?» på nivå <nivå>
    Gitt at saken er kommet til nivå <nivå> med samtykke fra foreldrene
    Når Kari følger lenken «Drøft anonymt med barnevernet» på saken
    Så ser Kari nummeret til Vestby barnevernstjeneste, 64 98 02 12, på siden
    Når Kari registrerer en anonym drøfting i dag, fra skolen, med rådet «Melde saken til barnevernet»
    Så er det lagret en anonym drøfting fra skolen i dag med rådet «Melde saken til barnevernet»
    Og kan Kari gå tilbake til saken

    Eksempler:
      | nivå |
      | 0    |
      | 1    |
      | 2    |
      | 3    |
