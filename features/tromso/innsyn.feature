# language: no
@tromso
Egenskap: Foreldre og ungdom leser stafettloggen
  Foreldre og ungdom har tilgang til stafettloggen på lik linje med tjenesteyterne som er
  involvert. En foresatt leser stafettloggen til sitt eget barn og ingen andres; en ungdom
  fra 15 år leser sin egen. Notater som bare er for helsetjenesten, vises aldri, og en sak som
  er meldt til barneverntjenesten, vises ikke. Hver lesing blir logget. Stafettloggen hører
  til nivå 2 og 3 og opprettes med samtykke.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Hege er helsesykepleier ved skolehelsetjenesten i Tromsø

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom har
  #   tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «I Sampro finnes
  #   Stafettloggen der det settes det opp målsettinger, og hvem som gjør hva for å nå målene.»
  Scenario: En foresatt leser stafettloggen til sitt eget barn, og ikke saken til et annet barn
    Gitt Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og Emma er 10 år og går på Prestvannet skole
    Og Emma har én forelder, Nina, med foreldreansvar alene
    Og at Kari har åpnet en sak om Emma
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Kari har ført inn dette tiltaket i handlingsplanen:
      | mål                       | tiltak                                 | ansvarlig | oppfølging  |
      | Ola trives i friminuttene | Fast aktivitet i friminuttene hver dag | Kari      | om 30 dager |
    Og at Lise har en innlogging som innbygger
    Når Lise åpner stafettloggene sine
    Så ser Lise bare stafettloggen til Ola
    Når Lise leser stafettloggen til Ola
    Så ser Lise målet «Ola trives i friminuttene» med tiltaket «Fast aktivitet i friminuttene hver dag», Kari som ansvarlig og oppfølging om 30 dager
    Når Lise leser stafettloggen til Emma
    Så får Lise samme svar som om saken ikke fantes

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom
  #   har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.» Tromsø lar
  #   ungdom fra 15 år logge inn og lese sin egen stafettlogg.
  Scenariomal: En ungdom fra 15 år leser sin egen stafettlogg
    Gitt Mia er <alder> år og går på Prestvannet skole
    Og foreldrene til Mia, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Mia
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Mia har en innlogging som innbygger
    Når Mia åpner stafettloggene sine
    Så <svar>

    Eksempler:
      | alder | svar                              |
      | 15    | ser Mia bare sin egen stafettlogg |
      | 14    | ser Mia ingen stafettlogger       |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom
  #   har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.» En ungdom
  #   under 15 år får samme svar som om stafettloggen ikke fantes.
  Scenario: En ungdom på 14 år kan ikke lese stafettloggen sin
    Gitt Mia er 14 år og går på Prestvannet skole
    Og foreldrene til Mia, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Mia
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Mia har en innlogging som innbygger
    Når Mia prøver å lese sin egen stafettlogg
    Så får Mia samme svar som om saken ikke fantes

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom
  #   har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.» Notater som
  #   bare er for helsetjenesten, er ikke delt med tjenesteyterne, og heller ikke med familien.
  Scenario: Foreldrene ser aldri et notat som bare er for helsetjenesten
    Gitt Ola er 12 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har ført saken til nivå 2
    Og at foreldrene har skrevet under på samtykke til samarbeid med skolehelsetjeneste
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Og at Kari har skrevet i stafettloggen: «Ola har hatt en fin uke på skolen»
    Og at Hege har skrevet et notat i stafettloggen som bare er for helsetjenesten: «Ola har fått time hos lege for søvnvansker»
    Og at Lise har en innlogging som innbygger
    Når Lise leser stafettloggen til Ola
    Så kan Lise lese «Ola har hatt en fin uke på skolen» i stafettloggen til Ola
    Men Lise kan ikke lese «Ola har fått time hos lege for søvnvansker» i stafettloggen til Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og
  #   samtykke»: «Det er alltid den tjenesten som skal gi fra seg opplysninger som avgjør hva som
  #   kan gis uten hinder av taushetsplikten.» Et samtykke om helseopplysninger deler med
  #   tjenestene det nevner, ikke med familien gjennom innsynet.
  Scenario: Foreldrene ser ikke helsenotatet selv når samtykket om helseopplysninger nevner skolen
    Gitt Ola er 12 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har ført saken til nivå 2
    Og at foreldrene har skrevet under på et samtykke der også helseopplysninger kan deles med skolehelsetjeneste og skole
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at Hege er med i laget rundt Ola
    Og at Hege har skrevet et notat i stafettloggen som bare er for helsetjenesten: «Ola har fått time hos lege for søvnvansker»
    Og at Lise har en innlogging som innbygger
    Når Lise leser stafettloggen til Ola
    Så kan Lise ikke lese «Ola har fått time hos lege for søvnvansker» i stafettloggen til Ola
    Men Kari ser «Ola har fått time hos lege for søvnvansker» i stafettloggen

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 4:
  #   «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; bekymringsmelding til
  #   barneverntjenesten/politi.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom har
  #   tilgang Stafettloggen […]» . Når saken er meldt, får foreldrene ikke se den.
  Scenario: En sak som er meldt til barneverntjenesten, vises ikke for foreldrene
    Gitt Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Lise har en innlogging som innbygger
    Når Kari melder saken til barnevernet
    Og Lise åpner stafettloggene sine
    Så ser Lise ingen stafettlogger
    Når Lise leser stafettloggen til Ola
    Så får Lise samme svar som om saken ikke fantes

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom
  #   har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.» Som for
  #   tjenesteyterne blir hver lesing logget.
  Scenario: Hver lesing blir logget, både den som ble tillatt og den som ble avvist
    Gitt Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og Emma er 10 år og går på Prestvannet skole
    Og Emma har én forelder, Nina, med foreldreansvar alene
    Og at Kari har åpnet en sak om Emma
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Lise har en innlogging som innbygger
    Når Lise leser stafettloggen til Ola
    Og Lise leser stafettloggen til Emma
    Så er lesingene til Lise logget slik, uten navn eller fødselsnummer:
      | stafettlogg | utfall  |
      | Ola         | tillatt |
      | Emma        | avvist  |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom
  #   har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert.» Foreldrene
  #   leser som foresatte; når barnet har fylt 18 år, er det ikke lenger under foreldreansvar.
  Scenariomal: Foreldrene leser stafettloggen til barnet fyller 18 år
    Gitt Sara er <alder> år og går på Prestvannet skole
    Og foreldrene til Sara, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Sara
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Lise har en innlogging som innbygger
    Når Lise åpner stafettloggene sine
    Så <svar>

    Eksempler:
      | alder | svar                                 |
      | 17    | ser Lise bare stafettloggen til Sara |
      | 18    | ser Lise ingen stafettlogger         |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid med spesiell innsats - nivå
  #   3»: «De involverte tjenester og barn/ungdom/foresatte setter felles mål»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Foreldre og ungdom har
  #   tilgang Stafettloggen […]» . Foreldrene holdes utenfor bare mens meldingen til
  #   barneverntjenesten tilsier det; barneverntjenesten avgjør når de kan involveres igjen.
  Scenario: Når barneverntjenesten sier at foreldrene kan involveres igjen, kan de lese stafettloggen
    Gitt Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og Bjørn er saksbehandler i barneverntjenesten i Tromsø
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Lise har en innlogging som innbygger
    Når Kari melder saken til barnevernet
    Og Kari registrerer at foreldrene kan involveres igjen
    Så blir det avvist fordi bare barnevernet kan si at foreldrene kan involveres igjen
    Når Bjørn registrerer at foreldrene kan involveres igjen
    Og Lise åpner stafettloggene sine
    Så ser Lise bare stafettloggen til Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 7:
  #   «A: Bekymring rundt omsorgssituasjonen til barnet/ungdommen? Send bekymringsmelding til
  #   barneverntjenesten.» En melding betyr ikke alltid at foreldrene skal holdes utenfor: det
  #   gjelder når det er mistanke om vold, overgrep eller alvorlig omsorgssvikt.
  Scenario: En melding der foreldrene kan kjenne til den, stenger ikke stafettloggen for dem
    Gitt Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har opprettet stafettloggen på nivå 2, med samtykke, og er stafettholder
    Og at Lise har en innlogging som innbygger
    Når Kari melder saken til barnevernet, og foreldrene kan kjenne til meldingen
    Og Lise åpner stafettloggene sine
    Så ser Lise bare stafettloggen til Ola
