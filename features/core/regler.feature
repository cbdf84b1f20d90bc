# language: no
Egenskap: Reglene kan leses som et dokument av dem som eier veilederen
  De som eier kommunens veileder, skal kunne lese reglene løsningen følger uten å logge inn:
  hver regel med avsnittet i veilederen den bygger på, og om den holdt sist testene ble kjørt.
  Overskriftene i veilederen som ingen regel bygger på, vises for seg, så de ser hva løsningen
  ennå ikke følger.

  # Kilde: shared/DESIGN.md, «What it is for»: «who own the guides and review the rules as Gherkin
  #   specs in Norwegian»
  Scenario: Reglene for Vestby kan leses uten å logge inn
    Når noen som ikke er logget inn, åpner reglene for Vestby kommune
    Så ser de hver regel som gjelder Vestby kommune, med kilden den bygger på
    Og de ser ingen regel som bare gjelder Tromsø kommune

  # Kilde: shared/DESIGN.md, «Quality bars (every issue)»: «Behaviour that a policy writer would
  #   recognise is specified as a Gherkin scenario in Norwegian and runs in the test suite»
  Scenario: Siden viser hvilke regler som holdt i siste testkjøring
    Gitt at siste testkjøring fant at den første regelen om akutt bekymring i Vestby holdt, og at den andre ikke holdt
    Når noen som ikke er logget inn, åpner reglene for Vestby kommune
    Så er den første regelen om akutt bekymring merket «Bestått»
    Og den andre regelen om akutt bekymring er merket «Feilet»

  # Kilde: shared/DESIGN.md, «Quality bars (every issue)»: «Behaviour that a policy writer would
  #   recognise is specified as a Gherkin scenario in Norwegian and runs in the test suite» Uten
  #   en rapport kan siden ikke si om reglene holdt, og den later ikke som.
  Scenario: Siden sier fra når det ikke finnes noen rapport fra en testkjøring
    Gitt at testene ikke har vært kjørt
    Når noen som ikke er logget inn, åpner reglene for Tromsø kommune
    Så står det på siden at den ikke kan si om reglene holdt
    Og ingen regel er merket «Bestått» eller «Feilet»

  # Kilde: shared/seeds/README.md, «The source documents»: «every Gherkin scenario, should be
  #   traceable to a passage here (cite the file name and the heading)»
  Scenario: Dekningen viser overskriftene i Tromsøs veileder og reglene som bygger på dem
    Når noen som ikke er logget inn, åpner dekningen av veilederen for Tromsø kommune
    Så står hver overskrift i Tromsø kommunes veileder på siden
    Og under «Barn som pårørende» står regelen «Foreldre og søsken tolkes vidt»
    Og «Rutiner og planer for tverrfaglig samarbeid» er merket med at ingen regel viser til den

  # Kilde: shared/DESIGN.md, «Quality bars (every issue)»: «No personal data in logs, e-mails,
  #   URLs or error pages.» En endring foreslås om regelen, aldri om et barn eller en familie.
  Scenario: Hver regel har en lenke for å foreslå en endring, med regelen og kilden fylt inn
    Gitt at forslag til endringer sendes til veileder@vestby.kommune.no
    Når noen som ikke er logget inn, åpner reglene for Vestby kommune
    Så har hver regel en lenke som lager en e-post til veileder@vestby.kommune.no
    Og e-posten om den første regelen om akutt bekymring har regelens navn i emnet og kilden i teksten
    Og siden ber om at forslaget ikke nevner navn eller andre opplysninger om en sak
