# language: no
Egenskap: Eget passord, og en engangslenke når passordet er glemt
  Der kommunen ikke lar de ansatte logge inn gjennom sin egen påloggingstjeneste, logger de
  inn med brukernavn og passord. Den som har glemt passordet, får en lenke av administratoren
  som virker én gang og bare i et døgn. De vanligste passordene godtas ikke, og når passordet
  er nytt, er alle andre innlogginger avsluttet. Administratoren kan kreve tofaktorinnlogging
  av en ansatt.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ada er administrator ved Nordby skole

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» Brukerne kan bytte passordet og få en lenke til nytt. En lenke for
  #   nytt passord er en nøkkel til kontoen: brukt én gang, er den ikke verdt noe mer.
  Scenario: En lenke for nytt passord kan bare brukes én gang
    Gitt at Ada har laget en lenke for nytt passord til Kari
    Når Kari bruker lenken og velger passordet «blåbær-sykkel-tak-41»
    Så kan Kari logge inn med passordet «blåbær-sykkel-tak-41»
    Når noen bruker den samme lenken igjen og velger passordet «en-helt-annen-frase-77»
    Så får de beskjed om at lenken ikke kan brukes
    Og kan Kari ikke logge inn med passordet «en-helt-annen-frase-77»
    Men kan Kari logge inn med passordet «blåbær-sykkel-tak-41»

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» Brukerne kan bytte passordet og få en lenke til nytt.
  #   Lenken virker bare i et døgn, så en lenke som blir liggende i en innboks, ikke åpner
  #   kontoen senere.
  Scenario: En lenke som er eldre enn et døgn, avvises
    Gitt at det er mandag 1. desember 2025 kl. 09.00
    Og at Ada har laget en lenke for nytt passord til Kari
    Og at det er tirsdag 2. desember 2025 kl. 09.01
    Når Kari bruker lenken og velger passordet «blåbær-sykkel-tak-41»
    Så får de beskjed om at lenken ikke kan brukes
    Og kan Kari ikke logge inn med passordet «blåbær-sykkel-tak-41»

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» Et passord som står på listen over de vanligste passordene, prøves først
  #   av den som gjetter.
  Scenario: Et av de vanligste passordene godtas ikke
    Gitt at Kari er logget inn på to maskiner
    Når Kari bytter passordet sitt til «passord123456» på den første maskinen
    Så får Kari beskjed ved feltet for nytt passord om at passordet er blant de vanligste
    Og kan Kari ikke logge inn med passordet «passord123456»

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» De vanligste
  #   passordene godtas ikke.
  Scenario: Et av de vanligste passordene godtas heller ikke gjennom lenken
    Gitt at Ada har laget en lenke for nytt passord til Kari
    Når Kari bruker lenken og velger passordet «passord123456»
    Så får Kari beskjed ved feltet for nytt passord om at passordet er blant de vanligste
    Og kan Kari ikke logge inn med passordet «passord123456»

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» Brukerne kan bytte passordet og få en lenke til nytt. Den
  #   som har fått nytt passord fordi noen andre kan ha fått tak i det gamle, må vite at ingen
  #   lenger er logget inn med det.
  Scenario: Etter nytt passord gjennom lenken er alle tidligere innlogginger avsluttet
    Gitt at Kari er logget inn på to maskiner
    Og at Ada har laget en lenke for nytt passord til Kari
    Når Kari bruker lenken og velger passordet «blåbær-sykkel-tak-41»
    Så er Kari logget ut på den første maskinen
    Og er Kari logget ut på den andre maskinen

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» Brukerne kan bytte
  #   passordet og få en lenke til nytt.
  Scenario: Den som bytter passord selv, forblir innlogget der hun byttet, men ikke andre steder
    Gitt at Kari er logget inn på to maskiner
    Når Kari bytter passordet sitt til «blåbær-sykkel-tak-41» på den første maskinen
    Så er Kari fortsatt logget inn på den første maskinen
    Og er Kari logget ut på den andre maskinen
    Og kan Kari logge inn med passordet «blåbær-sykkel-tak-41»

  # Kilde: shared/DESIGN.md, «Going live and growing»: «local passwords stay for development and
  #   small deployments.» Administratoren kan
  #   kreve en ekstra kode ved innlogging (tofaktor).
  Scenario: Administratoren krever tofaktorinnlogging av en ansatt
    Gitt at Ada krever tofaktorinnlogging av Kari
    Når Kari logger inn med passordet sitt
    Så må Kari sette opp tofaktorinnlogging før hun kommer videre
