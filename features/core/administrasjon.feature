# language: no
Egenskap: Kommunens administratorer holder orden på tjenestesteder, ansatte og roller
  Administratorene i kommunen legger inn tjenestestedene, de ansatte og rollene deres i
  løsningen selv. Bare kommunens egne administratorer ser administrasjonen, og de ser bare
  sin egen kommune. En ansatt som slutter, mister tilgangen med en gang, og kommunen står
  aldri uten administrator.

  Bakgrunn:
    Gitt at Vestby og Tromsø er tatt i bruk
    Og at administrasjonen gjelder Vestby kommune
    Og Vera er administrator i Vestby administrasjon
    Og Kari er lærer ved Nordby skole
    Og Lise er leder ved Nordby skole
    Og Tore er administrator i Tromsø kommune

  # Kilde: shared/DESIGN.md, «Going live and growing»: «Administrators manage units, staff, roles
  #   and teams in the web UI and the `bti admin` commands; nothing needs SQL.» Bare administratorer
  #   ser administrasjonen; for alle andre finnes siden ikke.
  Scenario: Bare kommunens administratorer ser administrasjonen
    Når Kari åpner administrasjonen
    Så får Kari samme svar som om siden ikke fantes
    Når Lise åpner administrasjonen
    Så får Lise samme svar som om siden ikke fantes
    Når Vera åpner administrasjonen
    Så ser Vera tjenestestedene og de ansatte i kommunen

  # Kilde: shared/DESIGN.md, «Domain (core)»: «Tables, all scoped to one municipality»
  # Kilde: shared/DESIGN.md, «What it is for»: «one deployment may serve several municipalities,
  #   strictly separated».
  Scenario: En administrator i Vestby ser ikke de ansatte i Tromsø
    Når Vera ser på listen over de ansatte
    Så står Kari, Lise og Vera på listen
    Men Tore står ikke på listen
    Når Vera slår opp Tore i administrasjonen
    Så får Vera samme svar som om siden ikke fantes

  # Kilde: shared/DESIGN.md, «Going live and growing»: «Administrators manage units, staff, roles
  #   and teams in the web UI» En ansatt som slutter, deaktiveres, og da slutter også øktene
  #   hennes.
  Scenario: En ansatt som deaktiveres, kan ikke lenger logge inn, og øktene hennes avsluttes
    Gitt at Kari er logget inn
    Når Vera deaktiverer kontoen til Kari
    Så er Kari logget ut
    Og Kari kan ikke logge inn igjen
    Og deaktiveringen er logget med Vera som den som gjorde det

  # Kilde: shared/DESIGN.md, «Going live and growing»: «Administrators manage units, staff, roles
  #   and teams in the web UI»: uten en administrator kan ingen gjøre det lenger.
  Scenario: Den siste administratoren kan ikke fjernes
    Når Vera tar bort administratorrollen sin
    Så får Vera beskjed om at kommunen må ha minst én administrator
    Og Vera er fortsatt administrator
    Når Vera gjør Lise til administrator
    Og Vera tar bort administratorrollen sin
    Så er Lise kommunens eneste administrator
