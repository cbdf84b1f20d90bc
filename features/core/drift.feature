# language: no
Egenskap: Driften ser ikke hvem sakene gjelder, og sikkerhetskopien gir alt tilbake
  Kommunens IT-avdeling driver plattformen. Den leser driftsloggen når noe går galt, og den tar
  sikkerhetskopi av databasen. Driftsloggen forteller hva som skjedde og når, men ikke hvem
  sakene gjelder eller hvem som arbeider med dem. En sikkerhetskopi som legges tilbake, gir
  alle sakene tilbake, og loggen over hvem som har sett og endret dem henger fortsatt sammen.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og at Ola er registrert med fødselsnummer 15091712345
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker», punkt 4: «(obs navn må
  #   ikke oppgis i epost.)»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
  #   brukes til andre formål enn det samtykket er gitt for, og kan heller ikke utleveres i større
  #   utstrekning enn det som er nødvendig for formålet.» Driften trenger ikke vite hvem sakene
  #   gjelder.
  Scenario: Driftsloggen forteller hva som skjedde, men ikke hvem det gjaldt
    Når Kari logger inn med feil passord
    Og Kari logger inn og åpner saken om Ola, med Olas navn og fødselsnummer i adressen
    Så har hvert oppslag sin egen linje i driftsloggen, med tidspunkt, kommune og referanse
    Og driftsloggen nevner verken Ola, fødselsnummeret hans, Kari eller brukernavnet hennes

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Handlingsplan, (arkiveres ikke
  #   i TIT. Arkiveres i barnets/den gravides journal lokalt)». Det som er skrevet i saken, må
  #   kunne hentes fram igjen; og etter samtykkeerklæringen over må det fortsatt kunne vises
  #   hvem som har sett opplysningene.
  Scenario: En sikkerhetskopi gir tilbake saken og en tilgangslogg som henger sammen
    Når driften tar sikkerhetskopi av databasen og legger den tilbake i en ny database
    Så finnes saken om Ola i den nye databasen
    Og loggen over hvem som har sett og endret sakene, er den samme og henger sammen
