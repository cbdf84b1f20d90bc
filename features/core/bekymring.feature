# language: no
Egenskap: En ansatt registrerer en undring eller bekymring for et barn
  Den som lurer på om et barn trenger hjelp, plikter å følge opp bekymringen sin. Saken
  starter på nivå 0, og det første spørsmålet er alltid om situasjonen er akutt.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 0 – uro/bekymring», hovedpunkter:
  #   «Er situasjonen akutt? […] Undring og observasjon […] Del bekymringen […] Avklaring»
  Scenario: Spørsmålet om situasjonen er akutt må besvares først
    Når Kari registrerer en bekymring for Ola uten å svare på om det er akutt
    Så blir bekymringen ikke registrert før spørsmålet om akutt situasjon er besvart

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn
  #   2, støttespørsmål, Konkretiser: «Hva har du sett eller hørt? […] Hva har barnet/ungdommen
  #   sagt eller gjort? […] Hvor lenge har du vært bekymret? […] Har det tidligere vært
  #   bekymringer for barnet/ungdommen?»
  Scenario: Bekymringen registreres på nivå 0 med svarene på støttespørsmålene
    Når Kari registrerer en bekymring for Ola som ikke er akutt:
      | Hva er du bekymret for?             | Ola virker lei seg og trekker seg unna       |
      | Hva har du sett eller hørt?         | Sitter alene i friminuttene                  |
      | Hva har barnet sagt eller gjort?    | Sier at ingen vil leke med ham               |
      | Hvor lenge har du vært bekymret?    | Siden høstferien                             |
      | Har det vært bekymringer tidligere? | Nei, ikke som vi kjenner til                 |
    Så står saken på nivå 0
    Og er svarene på støttespørsmålene lagret i saken
    Og har Kari saken i sin egen liste

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Undring og observasjon»: «Skriv ned det som gir
  #   grunn til å lure, og ha fokus på de konkrete opplevelsene.»
  Scenario: En bekymring uten beskrivelse blir ikke registrert
    Når Kari registrerer en bekymring for Ola uten å beskrive den
    Så blir bekymringen ikke registrert, og feltet «Hva er du bekymret for?» får en feilmelding

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn 1:
  #   «Bekymring for et barn/ungdom oppstår» — datoen bekymringen oppsto, er en dato som har vært.
  Scenario: Datoen bekymringen oppsto kan ikke ligge fram i tid
    Når Kari registrerer en bekymring for Ola som oppsto om 3 dager
    Så blir bekymringen ikke registrert, og feltet «Når oppsto bekymringen?» får en feilmelding
