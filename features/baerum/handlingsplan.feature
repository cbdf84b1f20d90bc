# language: no
@baerum
Egenskap: Handlingsplanen fra møtet i Tidlig innsatsteam
  Møtet ender med en handlingsplan: tidligere tiltak, saksnummer, tidspunkt for første
  oppfølgingsmøte og rader med mål, tiltak, hvem som er ansvarlig og tidspunkt for
  oppfølgingssamtale. Oppfølgingen ligger i den lokale tjenesten: planen hører til saken, ikke
  til teamets protokoll, og foresatte får et eksemplar. Den som er koordineringsansvarlig for
  oppfølgingen, evaluerer planen med metodebokas fem spørsmål; ingen andre kan det.

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
    Og Mari er kontaktlærer ved Høvik skole
    Og Ola er 9 år og går på Høvik skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Mari er med i saken
    Og at Kari har meldt saken til Tidlig innsatsteam, og foreldrene kommer selv
    Og at Kim har satt saken opp på teamets møte om 14 dager klokka 10
    Og at Kim har sendt innkallingene
    Og at Kim har ført presentasjonen med foresatte og melderen til stede
    Og at Hege har ført framlegget av saken med tiltakene som er prøvd: «Samtaler med kontaktlærer»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 4: Handlingsplan»: «Tidligere tiltak […]
  #   Sak nr. […] Tidspunkt for første oppfølgingsmøte […] Mål Tiltak Ansvarlig Tidspunkt for
  #   oppfølgingssamtale»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 4: Handlingsplan»: «Møtestruktur»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «4. Avrunding»: «Det utarbeides handlingsplan fra
  #   møtet»
  Scenario: Avrundingen gir handlingsplanen på saken og oppfølgingsmøtet i den lokale tjenesten
    Når Kim fører avrundingen med Mari som koordineringsansvarlig, oppfølgingsmøte om 42 dager på «Høvik skole» og handlingsplanen:
      | mål                  | tiltak                     | ansvarlig   | oppfølgingssamtale |
      | Ro i timene          | Fast plass og faste pauser | Kontaktlærer | om 40 dager        |
      | Trygg på skoleveien  | Følges av nabo første uke  | Foreldrene  | om 20 dager        |
    Så har saken en handlingsplan med disse tiltakene:
      | mål                 | tiltak                     | ansvarlig    | oppfølgingssamtale |
      | Ro i timene         | Fast plass og faste pauser | Kontaktlærer | om 40 dager        |
      | Trygg på skoleveien | Følges av nabo første uke  | Foreldrene   | om 20 dager        |
    Og har handlingsplanen saksnummer 1 og de tidligere tiltakene «Samtaler med kontaktlærer»
    Og er det planlagt et oppfølgingsmøte i saken om 42 dager på «Høvik skole» med Mari som møteleder og Per og Lise invitert

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «4. Avrunding», Møtestruktur: «Det utarbeides
  #   handlingsplan fra møtet, se eget skjema»
  Scenario: Et tiltak uten ansvarlig blir ikke ført i handlingsplanen
    Når Kim fører avrundingen med Mari som koordineringsansvarlig, oppfølgingsmøte om 42 dager på «Høvik skole» og handlingsplanen:
      | mål         | tiltak                     | ansvarlig | oppfølgingssamtale |
      | Ro i timene | Fast plass og faste pauser |           | om 40 dager        |
    Så blir avrundingen ikke ført, og det står at hvert tiltak trenger mål, tiltak og hvem som er ansvarlig
    Og har saken ingen handlingsplan

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «4. Avrunding», Møtestruktur:
  #   «Oppfølgingsansvaret for det enkelte tiltak ligger i den aktuelle, lokale tjeneste. Det
  #   avklares hvem som skal være koordineringsansvarlig for oppfølging av tiltakene i
  #   handlingsplanen.»
  Scenario: Den koordineringsansvarlige er noen i den lokale tjenesten som er med i saken
    Når Kim fører avrundingen med Pål som koordineringsansvarlig, oppfølgingsmøte om 42 dager på «Høvik skole» og handlingsplanen:
      | mål         | tiltak                     | ansvarlig    | oppfølgingssamtale |
      | Ro i timene | Fast plass og faste pauser | Kontaktlærer | om 40 dager        |
    Så blir avrundingen ikke ført, og det står at den koordineringsansvarlige må være med i saken i den lokale tjenesten

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 4: Handlingsplan»: «Evaluering
  #   v/koordineringsansvarlig: Stikkord til tema for oppfølgingssamtale: […] Hvordan nådde du
  #   målet? […] Hva kan være årsaken til at vi ikke nådde målet? […] Hvilken instans fulgte opp
  #   saken? […] Ble forslag til tiltak benyttet? […] Hvordan har effekten av råd/tiltak vært?»
  Scenario: Den koordineringsansvarlige evaluerer handlingsplanen med de fem spørsmålene
    Gitt at Kim har ført avrundingen med Mari som koordineringsansvarlig
    Når Mari evaluerer handlingsplanen:
      | Hvordan nådde du målet?                            | Faste pauser hjalp              |
      | Hva kan være årsaken til at vi ikke nådde målet?   | Vi nådde målet                  |
      | Hvilken instans fulgte opp saken?                  | Høvik skole                     |
      | Ble forslag til tiltak benyttet?                   | Ja, alle                        |
      | Hvordan har effekten av råd/tiltak vært?           | Roligere i timene               |
    Så er handlingsplanen evaluert av Mari

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 4: Handlingsplan»: «Evaluering
  #   v/koordineringsansvarlig»
  Scenario: Andre enn den koordineringsansvarlige kan ikke evaluere handlingsplanen
    Gitt at Kim har ført avrundingen med Mari som koordineringsansvarlig
    Når Kari evaluerer handlingsplanen med svar på alle spørsmålene
    Så blir evalueringen avvist, fordi det er den koordineringsansvarlige som evaluerer handlingsplanen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 4: Handlingsplan»: «Evaluering
  #   v/koordineringsansvarlig: Stikkord til tema for oppfølgingssamtale»
  Scenario: Evalueringen må svare på alle fem spørsmålene
    Gitt at Kim har ført avrundingen med Mari som koordineringsansvarlig
    Når Mari evaluerer handlingsplanen uten å svare på «Hvilken instans fulgte opp saken?»
    Så blir evalueringen ikke lagret, og det står ved «Hvilken instans fulgte opp saken?» at spørsmålet må besvares

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Handlingsplan, (arkiveres ikke i
  #   TIT. Arkiveres i barnets/den gravides journal lokalt) […] Protokoll (anonymisert). Arkiveres i
  #   TIT.»
  Scenario: Handlingsplanen arkiveres på saken i den lokale tjenesten, ikke i teamets protokoll
    Gitt at Kim har ført avrundingen med Mari som koordineringsansvarlig
    Og at Kim har ferdigstilt protokollen «Sak 1: uro i klassen. Plan om faste pauser.»
    Så hører handlingsplanen til saken om Ola
    Og står ikke tiltakene fra handlingsplanen i teamets protokoll

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «4. Avrunding», Møtestruktur: «Foreldre/den
  #   unge og aktuelle fagpersoner får med seg et eksemplar fra handlingsplanen»
  Scenario: Foresatte får et eksemplar av handlingsplanen
    Gitt at Kim har ført avrundingen med Mari som koordineringsansvarlig
    Når Kari skriver ut handlingsplanen fra saksiden
    Så står «Ro i timene», «Fast plass og faste pauser» og «Kontaktlærer» i handlingsplanen foresatte får med seg
    Og står «Tidligere tiltak», «Sak nr.», «Tidspunkt for første oppfølgingsmøte» og «Hvordan nådde du målet?» i handlingsplanen foresatte får med seg

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg 4: Handlingsplan»: «Tidligere tiltak […]
  #   Sak nr. […] Tidspunkt for første oppfølgingsmøte […] Mål Tiltak Ansvarlig Tidspunkt for
  #   oppfølgingssamtale […] Evaluering v/koordineringsansvarlig»
  Scenario: Handlingsplanen fra møtet har metodebokas felter
    Gitt at Kim har ført avrundingen med Mari som koordineringsansvarlig
    Når Kari skriver ut handlingsplanen fra teamets side
    Så står dette i utskriften:
      | Tidligere tiltak                      | Samtaler med kontaktlærer  |
      | Sak nr.                               | 1                          |
      | Tidspunkt for første oppfølgingsmøte  | Høvik skole                |
      | Koordineringsansvarlig                | Mari                       |
      | Mål                                   | Ro i timene                |
      | Tiltak                                | Fast plass og faste pauser |
      | Ansvarlig                             | Kontaktlærer               |
      | Evaluering v/koordineringsansvarlig   | Hvordan nådde du målet?    |
