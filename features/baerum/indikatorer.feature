# language: no
@baerum
Egenskap: Indikatorene for Tidlig innsatsteam i tiltaksplanen «Sammen for barn og unge»
  Kommunen følger andelen saker i Tidlig innsatsteam der foreldrene eller ungdommen deltok,
  mot målet 100 %. En sak som ble drøftet på skriftlig samtykke uten dem, teller som en sak
  der de ikke deltok. En sak hører til kvartalet møtet ble holdt i. Tall som gjelder færre
  enn fem saker, vises ikke, så ingen familie kan kjennes igjen.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at det er mandag 5. oktober 2026 kl. 09.00
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator og Hege som fast medlem
    Og Kari er lærer ved Høvik skole
    Og at Gro er koordinator for Sammen for barn og unge

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»: «Andel saker i
  #   tidlig innsatsteam der foreldre har deltatt»
  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på lang sikt»: «Foreldre deltar
  #   i 100 % av sakene i tidlig innsatsteam»
  Scenario: Deltok foreldrene i alle sakene i kvartalet, er målet på 100 % nådd
    Gitt at 5 saker fra Høvik skole er drøftet i teamet med foresatte til stede i 4. kvartal 2026
    Når Gro ser på indikatorene for 4. kvartal 2026
    Så er andelen saker der foreldrene deltok 100 % mot målet 100 %
    Og er det drøftet 5 saker i Tidlig innsatsteam i kvartalet

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»: «Andel saker i
  #   tidlig innsatsteam der foreldre har deltatt»; shared/seeds/000_0e1a3820b93a5dea.txt, «Formål»:
  #   «Hvis foreldrene/ungdommen ikke ønsker å delta, må det foreligge skriftlig samtykke før
  #   saken drøftes.»
  Scenario: En sak drøftet på skriftlig samtykke uten foreldrene teller som en sak der de ikke deltok
    Gitt at 5 saker fra Høvik skole er drøftet i teamet med foresatte til stede i 4. kvartal 2026
    Og at 5 saker fra Høvik skole er drøftet i teamet på skriftlig samtykke uten foresatte i 4. kvartal 2026
    Når Gro ser på indikatorene for 4. kvartal 2026
    Så er andelen saker der foreldrene deltok 50 % mot målet 100 %
    Og er det drøftet 10 saker i Tidlig innsatsteam i kvartalet

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»: «Andel saker i
  #   tidlig innsatsteam der foreldre har deltatt, type saker og effekt av innsatsen»
  Scenario: Færre enn fem saker gir ingen tall
    Gitt at 3 saker fra Høvik skole er drøftet i teamet med foresatte til stede i 4. kvartal 2026
    Når Gro ser på indikatorene for 4. kvartal 2026
    Så vises antallet saker drøftet i kvartalet bare som «under 5»
    Og vises ingen andel saker der foreldrene deltok

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»: «Andel saker i
  #   tidlig innsatsteam der foreldre har deltatt»
  Scenario: En andel som ville peke ut færre enn fem familier, vises ikke
    Gitt at 5 saker fra Høvik skole er drøftet i teamet med foresatte til stede i 4. kvartal 2026
    Og at 1 sak fra Høvik skole er drøftet i teamet på skriftlig samtykke uten foresatte i 4. kvartal 2026
    Når Gro ser på indikatorene for 4. kvartal 2026
    Så er det drøftet 6 saker i Tidlig innsatsteam i kvartalet
    Men vises ingen andel saker der foreldrene deltok

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»: «Tiltakene med
  #   måltall skal følges opp årlig i ledernes resultatavtaler»
  Scenario: Indikatorene er for koordinatorer og ledere, ikke for alle ansatte
    Når Kari ser på indikatorene for 4. kvartal 2026
    Så finner Kari ikke indikatorene
