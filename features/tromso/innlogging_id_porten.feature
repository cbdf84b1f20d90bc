# language: no
@tromso
Egenskap: Foreldre og ungdom logger inn med ID-porten
  På innsynssidene logger foreldre og ungdom inn med ID-porten på høyt sikkerhetsnivå. Den
  som logger inn, kjennes igjen på fødselsnummeret som er registrert på saken, og ser bare
  stafettloggen til sitt eget barn (eller sin egen). Den som logger inn på et lavere nivå,
  blir avvist, og forsøket blir logget.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk, og innbyggerne logger inn med ID-porten
    Og Kari er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at fødselsnummeret til Lise er registrert på saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom
  #   har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.»
  # Kilde: shared/DESIGN.md, «Going live and growing»: «citizens through ID-porten» Fødselsnummeret
  #   fra ID-porten kobles til en foresatt eller ungdom som er registrert på en sak.
  Scenario: En foresatt logger inn med ID-porten og ser bare saken til sitt eget barn
    Gitt Siri er 10 år og går på Prestvannet skole
    Og foreldrene til Siri, Anne og Jon, bor sammen
    Og at Kari har åpnet en sak om Siri
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Når Lise logger inn med ID-porten på høyt sikkerhetsnivå
    Så ser Lise stafettloggen til Ola på innbyggersidene
    Men Lise ser ikke stafettloggen til Siri

  # Kilde: shared/DESIGN.md, «Going live and growing»: «citizens through ID-porten» På høyt
  #   sikkerhetsnivå: stafettloggen er taushetsbelagte opplysninger om et barn; et lavere nivå
  #   slipper ikke inn.
  Scenario: En innbygger som logger inn på et lavere sikkerhetsnivå, blir avvist
    Når Lise logger inn med ID-porten på betydelig sikkerhetsnivå
    Så får Lise beskjeden «Denne tjenesten krever høyt sikkerhetsnivå.»
    Og er Lise ikke logget inn
    Og er den avviste innloggingen logget
