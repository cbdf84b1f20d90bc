# language: no
Egenskap: Skjemaene i handlingsveilederen
  Undringsnotatet og observasjonsskjemaet fylles ut i saken og tas vare på der. Møter har en
  skriftlig invitasjon, ikke en innkalling, og et referat; samtykke gis på et samtykkeskjema.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?», nivå 0, Uro/bekymring/dårlig
  #   magefølelse og observasjon fra deg selv eller andre: «Bruk observasjonsskjemaet og
  #   observer barnet/ungdommen i en kort periode. […] Verktøy: - Faktorer som kan gi grunnlag
  #   for bekymring - Undringsnotat»
  Scenario: Undringsnotatet og observasjonsskjemaet kan fylles ut i saken
    Så kan den ansatte fylle ut «Undringsnotat» og «Observasjonsskjema» i saken

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?», nivå 0, Uro/bekymring/dårlig
  #   magefølelse og observasjon fra deg selv eller andre: «Konkretiser bekymring for deg selv.
  #   Drøft med kollega eller leder. Ser de saken på en annen måte enn deg?»
  Scenario: Et utfylt undringsnotat tas vare på i saken
    Når Kari fyller ut «Undringsnotat» i saken:
      | Hva lurer du på, eller hva er du bekymret for?            | Ola virker lei seg og trekker seg unna de andre.  |
      | Hva har du sett og hørt? Beskriv de konkrete opplevelsene | Han har sittet alene i friminuttene i to uker.    |
      | Hvem har du drøftet uroen med (kollega eller leder)?      | Inspektøren                                       |
      | Ser de saken på en annen måte enn deg?                    | Nei, inspektøren har sett det samme.              |
    Så har saken «Undringsnotat» fra Kari med svarene hun fylte ut
    Og er det logget at Kari fylte ut «Undringsnotat»

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?», nivå 0, Uro/bekymring/dårlig
  #   magefølelse og observasjon fra deg selv eller andre: «Bruk observasjonsskjemaet og
  #   observer barnet/ungdommen i en kort periode. Skriv ned det som gir grunn til å lure, og ha
  #   fokus på de konkrete opplevelsene.»
  Scenario: Et utfylt observasjonsskjema tas vare på i saken
    Når Kari fyller ut «Observasjonsskjema» i saken:
      | Observert fra                                          | 02.03.2026                                               |
      | Observert til                                          | 06.03.2026                                               |
      | Hva observerte du? Beskriv konkret det du så og hørte  | Ola satt alene i alle friminuttene og spiste ikke lunsj. |
      | Hva gir grunn til å lure?                              | Han pleide å spille fotball med de andre.                |
    Så har saken «Observasjonsskjema» fra Kari med svarene hun fylte ut
    Og er det logget at Kari fylte ut «Observasjonsskjema»

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?», nivå 0: «Skriv ned det som gir grunn
  #   til å lure, og ha fokus på de konkrete opplevelsene.» Et tomt skjema sier ingenting.
  Scenario: Et tomt undringsnotat lagres ikke
    Når Kari lagrer «Undringsnotat» i saken uten å fylle ut noe
    Så blir skjemaet ikke lagret før minst ett felt er fylt ut

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til møte», nivå 1: «Send ut skriftlig
  #   invitasjon (obs, ikke innkalling) hvor det står tydelig hva agendaen er slik at de
  #   inviterte får forberedt seg.»
  Scenario: Invitasjonen til møter heter invitasjon, ikke innkalling
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så heter skjemaet for invitasjon til møter «Invitasjon til møte»
    Og brukes ikke ordet «innkalling» om invitasjonen til møter

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Møte/undringssamtale», nivå 1: «Verktøy: -
  #   Invitasjon til møte - Referat fra møte - Tjenesteoversikt» Og
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Husk samtykkeskjema.»
  Scenariomal: Skjemaene for referat og samtykke har navnene fra handlingsveilederen
    Når en ansatt i Vestby kommune slår opp i kommunens handlingsveileder
    Så heter skjemaet for <hva> «<navn>»

    Eksempler:
      | hva      | navn             |
      | referat  | Referat fra møte |
      | samtykke | Samtykkeskjema   |
