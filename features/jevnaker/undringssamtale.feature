# language: no
Egenskap: Undringssamtalen med foreldrene i Jevnaker
  Begge foreldrene inviteres til undringssamtalen, og den som kaller inn, er ansvarlig for å
  invitere begge. Samtalen kan tas på telefon i stedet for møte, og notatet sier hvilken av
  dem det var. Etterpå skrives et notat om samtalen, med dato og underskrift: resultatet fra
  undringssamtalen skrives av den som fikk undringen først, den som åpnet saken.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Nina er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Den som kaller
  #   inn til møtet er ansvarlig for å sende ut invitasjon til begge foreldre.»
  Scenario: Undringssamtalen planlegges med begge foreldrene invitert
    Gitt foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Når Kari inviterer Per og Lise til undringssamtale på saksiden i morgen
    Så er undringssamtalen planlagt med Per og Lise invitert

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Den som kaller
  #   inn til møtet er ansvarlig for å sende ut invitasjon til begge foreldre.»
  Scenario: En undringssamtale med bare den ene forelderen invitert blir ikke planlagt
    Gitt foreldrene til Ola, Per og Lise, bor hver for seg, og Lise har den daglige omsorgen
    Og at Kari har åpnet en sak om Ola
    Når Kari inviterer Lise til undringssamtale på saksiden i morgen
    Så blir undringssamtalen ikke planlagt, og feltet «Foresatte som inviteres» får beskjeden «Begge foreldrene skal inviteres: den som kaller inn, er ansvarlig for å invitere begge.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Det tilstrebes at
  #   begge foreldrene kan møte til en undringssamtale». Er bare den ene forelderen registrert,
  #   er det bare den som kan inviteres, og siden sier fra om det.
  Scenario: Er bare én forelder registrert, inviteres den, og saksiden sier at den andre ikke er registrert
    Gitt bare den ene forelderen til Ola, Per, er registrert
    Og at Kari har åpnet en sak om Ola
    Når Kari inviterer Per til undringssamtale på saksiden i morgen
    Så er undringssamtalen planlagt med Per invitert
    Og står det ved feltet «Foresatte som inviteres» på saksiden: «Bare én forelder med foreldreansvar er registrert for barnet.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Den som kaller
  #   inn til møtet er ansvarlig for å sende ut invitasjon til begge foreldre.» Verktøy:
  #   «Undringssamtale.docx»
  Scenario: Invitasjonen til undringssamtalen skrives ut til begge foreldrene
    Gitt foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per og Lise til undringssamtale i morgen klokka 14
    Når Kari skriver ut invitasjonen til undringssamtalen
    Så står «Invitasjon til undringssamtale» i utskriften
    Og står «Invitasjonen går til begge foreldrene.» i utskriften
    Og er Per og Lise blant de inviterte i utskriften

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Dersom det er anses
  #   som mest hensiktsmessig at dette kan løses ved å ta en telefon gjøres det fremfor innkalling
  #   til møte.»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak»: «Dokumenter oppstart på
  #   samarbeidet med foreldrene/foresatte ved å lage et notat om samtalen med dato og underskrift.»
  Scenario: En undringssamtale på telefon føres i notatet som telefon, datert og underskrevet
    Gitt foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Når Kari fyller ut «Resultat fra undringssamtalen» på saksiden:
      | Dato for samtalen                                | 03.12.2026                                       |
      | Ble samtalen holdt som møte eller på telefon?    | Telefon                                          |
      | Hvem deltok i samtalen?                          | Kari, Per og Lise                                |
      | Ble begge foreldrene invitert?                   | Ja, begge foreldrene ble invitert                |
      | Oppsummering fra informasjonen som nå er samlet  | Foreldrene kjenner seg igjen og ønsker lesekurs. |
    Så er skjemaet lagret i saken
    Og viser saksiden «Telefon» som svar på «Ble samtalen holdt som møte eller på telefon?»
    Og står det på saksiden og i utskriften at notatet er datert og underskrevet av Kari

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak»: «Dokumenter oppstart på
  #   samarbeidet med foreldrene/foresatte ved å lage et notat om samtalen med dato og
  #   underskrift.»
  Scenario: Notatet lagres ikke uten datoen for samtalen
    Gitt at Kari har åpnet en sak om Ola
    Når Kari fyller ut «Resultat fra undringssamtalen» på saksiden:
      | Ble samtalen holdt som møte eller på telefon?    | Møte                                             |
      | Hvem deltok i samtalen?                          | Kari og Per                                      |
      | Ble begge foreldrene invitert?                   | Ja, begge foreldrene ble invitert                |
      | Oppsummering fra informasjonen som nå er samlet  | Far kjenner seg igjen.                           |
    Så blir notatet ikke lagret, og feltet «Dato for samtalen» får feilmeldingen «Skriv datoen for samtalen, som dd.mm.åååå.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Den som kaller
  #   inn til møtet er ansvarlig for å sende ut invitasjon til begge foreldre.»
  Scenario: Ble ikke begge foreldrene invitert, må notatet si hvorfor
    Gitt at Kari har åpnet en sak om Ola
    Når Kari fyller ut «Resultat fra undringssamtalen» på saksiden:
      | Dato for samtalen                                | 03.12.2026                                       |
      | Ble samtalen holdt som møte eller på telefon?    | Møte                                             |
      | Hvem deltok i samtalen?                          | Kari og Per                                      |
      | Ble begge foreldrene invitert?                   | Nei                                              |
      | Oppsummering fra informasjonen som nå er samlet  | Far kjenner seg igjen.                           |
    Så blir notatet ikke lagret, og feltet «Hvis ikke begge ble invitert: hvorfor ikke?» får feilmeldingen «Den som kaller inn, er ansvarlig for å invitere begge foreldrene. Skriv hvorfor bare én ble invitert.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Verktøy: «Resultat fra
  #   undringssamtalen – oppsummering fra informasjonen som nå er samlet skrives av den som fikk
  #   undringen først»
  Scenario: Bare den som fikk undringen først, skriver resultatet fra undringssamtalen
    Gitt at Kari har åpnet en sak om Ola
    Og at Kari har lagt til Nina som deltaker i saken
    Når Nina fyller ut «Resultat fra undringssamtalen» på saksiden:
      | Dato for samtalen                                | 03.12.2026                                       |
      | Ble samtalen holdt som møte eller på telefon?    | Møte                                             |
      | Hvem deltok i samtalen?                          | Nina, Per og Lise                                |
      | Ble begge foreldrene invitert?                   | Ja, begge foreldrene ble invitert                |
      | Oppsummering fra informasjonen som nå er samlet  | Foreldrene kjenner seg igjen.                    |
    Så avvises notatet med beskjeden «Dette skjemaet skrives av den som fikk undringen først, den som åpnet saken.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Verktøy: «Resultat fra
  #   undringssamtalen – oppsummering fra informasjonen som nå er samlet skrives av den som fikk
  #   undringen først»
  Scenario: Saksiden sier hvem som skal skrive resultatet fra undringssamtalen
    Gitt at Kari har åpnet en sak om Ola
    Og at Kari har lagt til Nina som deltaker i saken
    Når Nina åpner saksiden
    Så står det ved «Resultat fra undringssamtalen» på saksiden: «Skrives av den som fikk undringen først: Kari.»
    Og kan Nina ikke fylle ut «Resultat fra undringssamtalen» på saksiden
