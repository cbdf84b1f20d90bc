# language: no
Egenskap: Ansatte logger inn gjennom kommunens egen innlogging
  Kommunen kan la de ansatte logge inn gjennom sin egen innlogging (for eksempel Microsoft
  Entra ID), den samme som de bruker ellers på jobben. Bare den som administratoren har
  registrert som ansatt, kommer inn: plattformen oppretter aldri en ansatt av seg selv. Den
  som ikke er registrert, får en tydelig beskjed, og forsøket blir logget.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk, og de ansatte logger inn gjennom kommunens egen innlogging
    Og Kari er lærer ved Nordby skole
    Og at administratoren har registrert Kari for kommunens innlogging

  # Kilde: shared/DESIGN.md, «Going live and growing»: «Staff sign in through the
  #   municipality's OpenID Connect provider (Entra ID or another)» Ved første innlogging
  #   kobles kontoen til den ansatte administratoren har registrert, med en fast identitet eller
  #   e-postadresse.
  Scenario: En ansatt som administratoren har registrert, logger inn gjennom kommunens innlogging
    Når Kari logger inn gjennom kommunens innlogging
    Så er Kari logget inn og ser «Mine saker»
    Og er innloggingen logget

  # Kilde: shared/DESIGN.md, «Going live and growing»: «Staff sign in through the municipality's
  #   OpenID Connect provider (Entra ID or another)» Bare ansatte administratoren har registrert,
  #   slipper inn; en ukjent person får et klart avslag, og forsøket blir logget.
  Scenario: En ukjent person blir avvist, og det blir logget
    Når Truls, som ingen har registrert, logger inn gjennom kommunens innlogging
    Så får Truls beskjeden «Du er ikke registrert som ansatt i Vestby kommune. Kontakt administratoren.»
    Og er Truls ikke logget inn
    Og er den avviste innloggingen logget
    Og er det ikke opprettet noen ny ansatt
