# language: no
@baerum
Egenskap: Møtet i Tidlig innsatsteam i seks deler
  Møtet har seks deler med fast tidsbruk: presentasjon, framlegg av sak, drøfting, avrunding,
  metarefleksjon og protokoll. For hver sak føres det om foresatte, ungdommen og melderen var
  med. Metarefleksjonen holdes først etter at melderen og familien har gått; bare teamets faste
  medlemmer ser den, og den kommer aldri med i utskrifter eller på innbyggersidene.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og Pål er rådgiver ved Bærum PPT
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator og Hege og Pål som faste medlemmer
    Og Kari er lærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Og at Kim har sendt innkallingene

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «1. Presentasjon, ca 5- 10
  #   minutter […] 2. Framlegg av sak, ca 10 - 15 minutter […] 3. Drøftingsdel, ca 30 minutter […]
  #   4. Avrunding, ca 15 minutter […] 5. Metarefleksjon, ca10 minutter […] 6. Protokoll - Møteleder
  #   ferdigstiller protokoll»
  Scenario: Møtet har seks deler med metodebokas tidsbruk
    Så har møtet i teamet disse delene:
      | del              | tid             |
      | Presentasjon     | 5–10 minutter   |
      | Framlegg av sak  | 10–15 minutter  |
      | Drøftingsdel     | 30 minutter     |
      | Avrunding        | 15 minutter     |
      | Metarefleksjon   | 10 minutter     |
      | Protokoll        |                 |
    Og er metarefleksjonen bare for teamets faste medlemmer

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «1. Presentasjon […]
  #   Taushetsplikten presiseres.»
  Scenario: Møtet kan ikke føres før taushetsplikten er presisert
    Når Kim fører presentasjonen uten at taushetsplikten er presisert
    Så blir presentasjonen ikke ført, og det står at møtelederen presiserer taushetsplikten først
    Når Hege fører framlegget av saken
    Så blir framlegget ikke ført, fordi presentasjonen må føres først

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forord»: «Målet er 100 prosent ungdom- og eller
  #   foreldredeltakelse.»; shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»:
  #   «Andel saker i tidlig innsatsteam der foreldre har deltatt»
  Scenario: Om foresatte var med, må føres for hver sak
    Når Kim fører presentasjonen med taushetsplikten presisert, uten å si om foresatte var med
    Så blir presentasjonen ikke ført, og det står at det må sies om foresatte var med
    Når Kim fører presentasjonen med taushetsplikten presisert, med foresatte og melderen til stede
    Så er det ført at foresatte og melderen var med, og ungdommen ikke

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «2. Framlegg av sak […] Det
  #   redegjøres for tiltak som allerede er iverksatt. […] 4. Avrunding […] Sikre at foresatte/den
  #   unge får legge fram med sitt syn om videre tiltak»
  Scenario: Framlegget fører tiltakene som er prøvd, og avrundingen foreldrenes syn
    Gitt at Kim har ført presentasjonen med foresatte og melderen til stede
    Når Hege fører framlegget av saken med tiltakene som er prøvd: «Samtaler med kontaktlærer»
    Og Hege fører drøftingen: «Trenger mer struktur i skoledagen»
    Og Kim fører avrundingen uten foreldrenes syn
    Så blir avrundingen ikke ført, og det står at foreldrenes eller ungdommens syn på tiltakene må skrives
    Når Kim fører avrundingen med foreldrenes syn «Vi er enige i planen»
    Så er avrundingen ført
    Og står saken på nivå 3

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «5. Metarefleksjon, ca10 minutter
  #   Etter at innmelder og foreldre/den unge har gått, gir de faste teammedlemmene
  #   tilbakemeldinger til hverandre.»
  Scenario: Metarefleksjonen holdes først når melderen og familien har gått
    Gitt at saken er drøftet i teamet med foresatte og melderen til stede
    Når Hege fører metarefleksjonen: «Vi slapp ikke foreldrene nok til»
    Så blir metarefleksjonen ikke ført, fordi melderen og familien ikke har gått
    Når Kim fører at melderen og familien har gått
    Og Hege fører metarefleksjonen: «Vi slapp ikke foreldrene nok til»
    Så er metarefleksjonen ført

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «5. Metarefleksjon […] Etter at
  #   innmelder og foreldre/den unge har gått, gir de faste teammedlemmene tilbakemeldinger til
  #   hverandre.»
  Scenario: Bare de faste medlemmene ser metarefleksjonen, melderen ser resten av møtet
    Gitt at saken er drøftet i teamet med foresatte og melderen til stede
    Og at teamet har ført metarefleksjonen «Vi slapp ikke foreldrene nok til» etter at melderen og familien gikk
    Så ser Pål metarefleksjonen når han leser saken fra møtet
    Men Kari ser ikke metarefleksjonen når hun leser saken fra møtet
    Og ser Kari avrundingen når hun leser saken fra møtet
    Og står «Vi slapp ikke foreldrene nok til» på møtesiden til Pål
    Men står ikke «Vi slapp ikke foreldrene nok til» på møtesiden til Kari

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «5. Metarefleksjon […] Etter at
  #   innmelder og foreldre/den unge har gått, gir de faste teammedlemmene tilbakemeldinger til
  #   hverandre.»
  Scenario: Metarefleksjonen står ikke i møtet på saken, i utskriftene eller på innbyggersidene
    Gitt at saken er drøftet i teamet med foresatte og melderen til stede
    Og at teamet har ført metarefleksjonen «Vi slapp ikke foreldrene nok til» etter at melderen og familien gikk
    Og Per kan logge inn på innbyggersidene
    Så står ikke «Vi slapp ikke foreldrene nok til» i noe møtereferat i saken
    Og står ikke «Vi slapp ikke foreldrene nok til» i noen utskrift fra teamet
    Og står ikke «Vi slapp ikke foreldrene nok til» på saksiden til Kari
    Og ser Per ikke «Vi slapp ikke foreldrene nok til» på innbyggersidene

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «Alle i teamet presenterer seg med
  #   fornavn og funksjon og arbeidsområde.»
  Scenario: Den som ikke sitter i teamet, kan ikke føre noe i møtet
    Gitt Truls er lærer ved Bekkestua skole
    Når Truls fører presentasjonen med taushetsplikten presisert, med foresatte og melderen til stede
    Så finner Truls ikke saken i teamet
