# language: no
Egenskap: Skjemaene i handlingsveilederen til Jevnaker
  Verktøyene handlingsveilederen ber de ansatte fylle ut, fylles ut i saken og tas vare på
  der, og kan skrives ut blanke eller utfylte, også som PDF: observasjonsskjemaet,
  resultatet fra undringssamtalen, kortversjonen av meldeskjemaet for faglige og sosiale
  utfordringer og evalueringsmalen for møtet. Samtykkeskjemaet fylles ut i samtykkedelen av
  saken og har veilederens navn. Veilederen gir ikke innholdet i skjemaene; spørsmålene
  bygger på det veilederen selv sier skal skrives ned.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», nivå 0, Verktøy:
  #   «Kortversjon_Meldeskjema for faglige og sosiale utfordringer.docx […] Evalueringsmal
  #   møte.docx»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Helhetlig oversikt»: «Observasjonsskjema.docx […]
  #   Resultat fra undringssamtalen – oppsummering fra informasjonen som nå er samlet skrives av den
  #   som fikk undringen først»
  Scenario: Skjemaene veilederen ber de ansatte fylle ut, kan fylles ut i saken
    Så kan den ansatte fylle ut «Observasjonsskjema», «Resultat fra undringssamtalen», «Kortversjon meldeskjema for faglige og sosiale utfordringer», «Evalueringsmal møte» og «Sjekkliste psykiske lidelser for barn og unge» i saken

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Helhetlig oversikt», nivå 0: «Å konkretisere en
  #   undring […] er å sammenfatte observasjoner eller samtaler. For skole innebærer også dette
  #   kartlegginger faglig […] Oversikten skal bære tydelig preg av hva vi med sikkerhet vet om
  #   barnets utfordring.»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Helhetlig oversikt», Hvem?: «Utfylling skjer
  #   sammen» (med en kollega).
  Scenario: Observasjonsskjemaet får fram hva vi med sikkerhet vet, og fylles ut sammen med en kollega
    Så har «Observasjonsskjema» disse spørsmålene blant annet:
      | Observasjoner og samtaler: hva har du sett og hørt, og når? |
      | Hva vet vi med sikkerhet om barnets utfordring?             |
      | Kartlegginger faglig (for skole)                            |
      | Fylt ut sammen med (kollega)                                |
    Når Kari fyller ut «Observasjonsskjema» i saken:
      | Observert fra                                               | 2026-11-02                                         |
      | Observasjoner og samtaler: hva har du sett og hørt, og når? | Ola har sittet alene i friminuttene i to uker.     |
      | Hva vet vi med sikkerhet om barnets utfordring?             | Han leser klart under det som er forventet.        |
      | Fylt ut sammen med (kollega)                                | Nina, kontaktlærer                                 |
    Så har saken «Observasjonsskjema» fra Kari med svarene hun fylte ut
    Og er det logget at Kari fylte ut «Observasjonsskjema»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Helhetlig oversikt», nivå 0: «Oversikten skal
  #   bære tydelig preg av hva vi med sikkerhet vet om barnets utfordring.»
  Scenario: Observasjonsskjemaet lagres ikke uten det vi med sikkerhet vet
    Når Kari fyller ut «Observasjonsskjema» på saksiden:
      | Observert fra                                               | 02.11.2026                                     |
      | Observasjoner og samtaler: hva har du sett og hørt, og når? | Ola har sittet alene i friminuttene i to uker. |
      | Fylt ut sammen med (kollega)                                | Nina                                           |
    Så blir skjemaet ikke lagret, og feltet «Hva vet vi med sikkerhet om barnets utfordring?» får feilmeldingen «Skriv hva dere med sikkerhet vet om barnets utfordring.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltak evalueres», nivå 1: «Ta utgangspunkt i
  #   bekymring og skjema for evaluering.» Og «Tjenesten evaluerer iverksatte tiltak i forkant
  #   av det planlagte møtet med foresatte og barnet/ungdommen. Gjør en felles evaluering i
  #   selve møtet.»
  Scenario: Evalueringsmalen tar utgangspunkt i bekymringen og evaluerer før og i møtet
    Så har «Evalueringsmal møte» disse spørsmålene blant annet:
      | Bekymringen vi tar utgangspunkt i                      |
      | Tjenestens evaluering av tiltakene, i forkant av møtet |
      | Felles evaluering i møtet                              |
      | Behov for ytterligere innsats                          |
      | Evaluering av prosessen                                |
    Når Kari fyller ut «Evalueringsmal møte» på saksiden:
      | Dato for møtet                                         | 01.12.2026                                  |
      | Tjenestens evaluering av tiltakene, i forkant av møtet | Lesekurset har gitt bedre flyt.             |
    Så blir skjemaet ikke lagret, og feltet «Bekymringen vi tar utgangspunkt i» får feilmeldingen «Skriv bekymringen evalueringen tar utgangspunkt i.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Hva kan vi gjøre innenfor egen virksomhet?»,
  #   nivå 0: «Start alltid med: «Hva kan vi gjøre innenfor egen virksomhet?»» , og Verktøy:
  #   «Kortversjon_Meldeskjema for faglige og sosiale utfordringer.docx»
  Scenario: Meldeskjemaet spør om faglige eller sosiale utfordringer og hva som er prøvd i egen virksomhet
    Når Kari fyller ut «Kortversjon meldeskjema for faglige og sosiale utfordringer» på saksiden:
      | Gjelder det faglige eller sosiale utfordringer?   | Både faglige og sosiale utfordringer          |
      | Beskriv utfordringene: hva vet vi med sikkerhet?  | Ola leser under forventet nivå og er alene.   |
      | Hva er prøvd innenfor egen virksomhet?            | Lesekurs to ganger i uka og faste lekegrupper. |
    Så er skjemaet lagret i saken
    Og viser saksiden «Både faglige og sosiale utfordringer» som svar på «Gjelder det faglige eller sosiale utfordringer?»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltak evalueres», nivå 1, Verktøy:
  #   «Evalueringsmal møte.docx» . Skjemaet skrives ut blankt som PDF med veilederens ord.
  Scenario: Evalueringsmalen kan skrives ut blank som PDF med veilederens ord
    Når Kari skriver ut «Evalueringsmal møte» blankt som PDF
    Så står «Evalueringsmal møte» i PDF-en
    Og står «Ta utgangspunkt i bekymring og skjema for evaluering.» i PDF-en
    Og står «Dato og underskrift» i PDF-en

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Samlet informasjon», nivå 1: «Fyll ut
  #   samtykkeskjema, opprett stafettlogg og avtal nytt møte» og nivå 2
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Samtykke», Verktøy: «Samtykkeskjema stafettlogg
  #   og tverrfaglig samarbeid.docx»
  Scenario: Samtykkeskjemaet har navnet fra handlingsveilederen
    Når en ansatt i Jevnaker kommune slår opp i kommunens handlingsveileder
    Så heter skjemaet for samtykke «Samtykkeskjema stafettlogg og tverrfaglig samarbeid»
