# language: no
Egenskap: Varsler på e-post uten navn
  Den som får noe å gjøre i en sak, får vite det også når hun ikke har plattformen åpen:
  et varsel i plattformen, og en e-post hvis hun vil. E-posten har bare en lenke og en
  nøytral referanse. Den nevner aldri barnet, foreldrene, de ansatte eller bekymringen ved
  navn. Hver ansatt velger selv hvilke varsler som skal komme på e-post.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og at plattformen sender varsler på e-post gjennom kommunens e-posttjener
    Og Kari er lærer ved Nordby skole
    Og Hege er helsesykepleier ved Nordby helsestasjon
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari og Hege har e-postadresse på jobben
    Og at Kari har opprettet stafettloggen og er stafettholder
    Og at foreldrene har skrevet under på samtykke til samarbeid med helsestasjon
    Og at Hege er med i laget rundt Ola

  # Kilde: shared/DESIGN.md, «Domain (core)»: «E-mails and other notifications carry a link,
  #   never a name or a concern»
  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «(obs navn må
  #   ikke oppgis i epost.)»
  Scenario: Den som blir tilbudt stafettpinnen, får en e-post med lenke og uten navn
    Når Kari tilbyr stafettpinnen til Hege
    Og varslene sendes
    Så får Hege en e-post med emnet «Nytt i BTI-plattform: du er tilbudt stafettpinnen i en sak»
    Og e-posten har en lenke til varselet i plattformen
    Og ingen e-post nevner Ola, Per, Lise, Kari eller Hege

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettholderens oppgaver»: «Inneha rollen
  #   som Stafettholder fram til Stafettpinnen er levert og akseptert av en samarbeidsaktør.»
  Scenario: Den som tilbød stafettpinnen, får vite at tilbudet er besvart
    Når Kari tilbyr stafettpinnen til Hege
    Og Hege takker ja til stafettpinnen
    Og varslene sendes
    Så får Kari en e-post med emnet «Nytt i BTI-plattform: tilbudet ditt om stafettpinnen er besvart»
    Og ingen e-post nevner Ola, Per, Lise, Kari eller Hege

  # Kilde: shared/DESIGN.md, «Domain (core)»: «Consent can be withdrawn
  #   at any time; from then on nothing more is shared with the services it covered.»
  Scenario: Når et samtykke trekkes tilbake, får stafettholderen vite det, men ikke den som registrerte det
    Når Hege registrerer at foreldrene trekker samtykket tilbake
    Og varslene sendes
    Så får Kari en e-post med emnet «Nytt i BTI-plattform: et samtykke er trukket tilbake»
    Og Hege får ingen e-post
    Og ingen e-post nevner Ola, Per, Lise, Kari eller Hege

  # Kilde: shared/DESIGN.md, «Going live and growing»: «Notifications go through an outbox
  #   table written in the same transaction as the action, and a worker sends them»
  Scenario: Den som ikke vil ha et varsel på e-post, ser det bare i plattformen
    Gitt at Hege bare vil se varsler om «Stafettpinnen tilbys deg» i plattformen
    Når Kari tilbyr stafettpinnen til Hege
    Og varslene sendes
    Så Hege får ingen e-post
    Og ser Hege varselet «du er tilbudt stafettpinnen i en sak» i listen over varsler
