# language: no
Egenskap: Stafettloggen opprettes på nivå 1 sammen med samtykket og neste møte
  I Jevnaker opprettes den digitale stafettloggen allerede på nivå 1: når det besluttes å ta
  saken videre, eller å sette inn tiltak i egen enhet. Samtykkeskjemaet fylles ut, stafett-
  loggen opprettes og nytt møte avtales i samme beslutning. Den som beslutter, blir
  stafettholder. (I Tromsø kommer stafettloggen først på nivå 2.)

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at det er fredag 4. desember 2026 kl. 10.00
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0: «Ved
  #   beslutning om å ta saken videre opprettes stafettlogg nivå 1 - digitalt […] Utfordringene kan
  #   løses på tjenestestedet Nivå 1»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Samlet informasjon»: «Fyll ut samtykkeskjema,
  #   opprett stafettlogg og avtal nytt møte»
  Scenario: Beslutningen om tiltak i egen enhet oppretter stafettloggen og avtaler neste møte
    Gitt at foreldrene har skrevet under på samtykkeskjemaet for stafettlogg og tverrfaglig samarbeid
    Når Kari beslutter «Saken går videre på individnivå: tiltak i egen enhet (nivå 1)» fordi «Ola trenger støtte i friminuttene.», med neste møte torsdag 17. desember 2026 kl. 14.00 på «Jevnaker skole, møterom 2»
    Så står saken på nivå 1
    Og er Kari stafettholder i saken
    Og er Møte med foresatte og barnet planlagt torsdag 17. desember 2026 kl. 14.00 på «Jevnaker skole, møterom 2», med Kari, Per, Lise og Ola invitert
    Og står det ved beslutningen i saken: «Stafettloggen er opprettet på nivå 1, digitalt, med samtykket og datoen for neste møte.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Samlet informasjon», Utfordringene kan løses
  #   på tjenestestedet Nivå 1: «Fyll ut samtykkeskjema, opprett stafettlogg og avtal nytt møte»
  Scenario: Uten samtykkeskjema opprettes ingen stafettlogg
    Når Kari beslutter «Saken går videre på individnivå: tiltak i egen enhet (nivå 1)» fordi «Ola trenger støtte i friminuttene.», med neste møte torsdag 17. desember 2026 kl. 14.00 på «Jevnaker skole, møterom 2»
    Så avvises beslutningen fordi det ikke finnes et gyldig samtykke
    Og står saken på nivå 0
    Og er ingen stafettlogg opprettet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Samlet informasjon», Utfordringene kan løses
  #   på tjenestestedet Nivå 1: «[…] og avtal nytt møte»
  Scenario: Beslutningen må si når neste møte er
    Gitt at foreldrene har skrevet under på samtykkeskjemaet for stafettlogg og tverrfaglig samarbeid
    Når Kari beslutter «Saken går videre på individnivå: tiltak i egen enhet (nivå 1)» fordi «Ola trenger støtte i friminuttene.», uten å avtale neste møte
    Så avvises beslutningen, med beskjed ved feltet for neste møte
    Og står saken på nivå 0
    Og er ingen stafettlogg opprettet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltak evalueres», Utfordringene kan løses på
  #   tjenestestedet Nivå 1: «Tjenesten evaluerer iverksatte tiltak i forkant av det planlagte
  #   møtet med foresatte og barnet/ungdommen.»
  Scenario: Fortsetter tiltakene på nivå 1, avtales et nytt møte
    Gitt at saken om Ola er på nivå 1 med Kari som stafettholder
    Når Kari beslutter «Tiltakene fortsetter på tjenestestedet, og nytt møte avtales» fordi «Tiltakene virker, men trenger mer tid.», med neste møte onsdag 13. januar 2027 kl. 09.00 på «Jevnaker skole, møterom 2»
    Så står saken på nivå 1
    Og er Møte med foresatte og barnet planlagt onsdag 13. januar 2027 kl. 09.00 på «Jevnaker skole, møterom 2», med Kari, Per og Lise invitert
