# language: no
Egenskap: Invitasjoner som går ut av plattformen, og å endre eller avlyse et møte
  De som er invitert til et møte, får en invitasjon i kalenderen sin. Blir møtet flyttet, får de
  en oppdatering av den samme invitasjonen; blir det avlyst, får de beskjed om det i den samme
  invitasjonen. Bare den som inviterte, eller stafettholderen, kan endre eller avlyse møtet.
  Ingenting som går ut av plattformen, nevner barnet, foreldrene, stedet eller agendaen, og
  grunnen til at et møte ble avlyst, står bare i saken.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Mona er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Mona er med i saken
    Og at Mona har e-postadressen mona@nordby.example.no
    Og at Kari har invitert Mona, Per og Lise til samarbeidsmøte i morgen klokka 14

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Den som kaller
  #   inn til møtet er ansvarlig for å sende ut invitasjon til begge foreldre.»
  Scenario: Den som er invitert, får en kalenderinvitasjon til møtet
    Så har Mona fått en kalenderinvitasjon til møtet

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «(obs navn må ikke
  #   oppgis i epost.)»
  Scenario: Kalenderinvitasjonen nevner verken barnet, foreldrene, stedet eller agendaen
    Så er verken Ola, Per eller Lise nevnt i invitasjonen til Mona
    Og verken stedet eller agendaen står i invitasjonen til Mona

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til møte»: «Det er viktig at
  #   barnet/ungdommen og foresatte vet hva de inviteres til.»
  Scenario: Et møte som flyttes, blir en oppdatering av den samme invitasjonen
    Når Kari flytter møtet til i overmorgen klokka 9
    Så har Mona fått en oppdatering av den samme kalenderinvitasjonen, med det nye tidspunktet

  # Kilde: shared/DESIGN.md, «Domain (core)»: «E-mails and other notifications carry a link,
  #   never a name or a concern»
  Scenario: Et avlyst møte meldes i den samme invitasjonen, uten grunnen
    Når Kari avlyser møtet fordi «Ola er syk»
    Så har Mona fått beskjed om at møtet er avlyst, i den samme kalenderinvitasjonen
    Men står grunnen til at møtet ble avlyst, ikke i beskjeden til Mona
    Og kan Kari ikke registrere møtet som holdt

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Innkalle til
  #   samarbeidsmøter for relevante aktører rundt barnet/ungdommen.»
  Scenario: Bare den som inviterte, eller stafettholderen, kan avlyse møtet
    Når Mona avlyser møtet fordi «Jeg kan ikke den dagen»
    Så avvises det fordi bare den som inviterte, eller stafettholderen, kan endre møtet
