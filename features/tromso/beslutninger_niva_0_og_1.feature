# language: no
@tromso
Egenskap: Beslutningene på nivå 0 og nivå 1
  Nivå 0 ender i trinn 4: oppsummer og ta beslutning. Nivå 1 ender i trinn 6: ta beslutning.
  Beslutningene er nummerert slik handlingsveilederen nummererer dem. Ved bekymring for
  omsorgssituasjonen går saken til nivå 3 med bekymringsmelding til barneverntjenesten; den
  sendes uten samtykke, og foresatte involveres ikke.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole
    Og Ola er 9 år og går på Prestvannet skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 4: «1. Ikke behov for videre tiltak? Saken avsluttes. 2. Behov for å sette inn
  #   innsats i egen avdeling/enhet? Gå til nivå 1. 3. Behov for å samarbeide med andre
  #   tjenester? Gå til nivå 2.»
  Scenariomal: Beslutning 1, 2 og 3 på nivå 0
    Når Kari tar beslutningen «<beslutning>» fordi «<grunn>»
    Så <utfall>
    Og er Karis beslutning «<beslutning>» lagret i saken, med begrunnelsen «<grunn>»

    Eksempler:
      | beslutning                                                             | grunn                                                            | utfall               |
      | 1. Ikke behov for videre tiltak? Saken avsluttes.                      | Samtalen med foreldrene viste at det ikke er grunn til bekymring | er saken avsluttet   |
      | 2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1. | Ola trenger mer støtte i klassen                                 | står saken på nivå 1 |
      | 3. Behov for å samarbeide med andre tjenester? Gå til nivå 2.          | Ola trenger hjelp fra helsesykepleier                            | står saken på nivå 2 |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 4: «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3;
  #   bekymringsmelding til barneverntjenesten/politi.»
  Scenario: Beslutning 4 på nivå 0 sender bekymringsmelding til barneverntjenesten uten samtykke
    Når Kari tar beslutningen «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; bekymringsmelding til barneverntjenesten/politi.» fordi «Ola forteller om vold hjemme»
    Så står saken på nivå 3
    Og er bekymringsmeldingen sendt til barneverntjenesten av Kari uten samtykke
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0»,
  #   trinn 4: «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3;
  #   bekymringsmelding til barneverntjenesten/politi.» Meldes det også til politiet, skal det
  #   stå i saken.
  Scenario: Ved beslutning 4 på nivå 0 registreres det at også politiet er varslet
    Når Kari tar beslutningen «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; bekymringsmelding til barneverntjenesten/politi.» fordi «Ola forteller om vold hjemme», og politiet varsles samtidig
    Så står saken på nivå 3
    Og er bekymringsmeldingen sendt til barneverntjenesten av Kari uten samtykke
    Og er det registrert at politiet ble kontaktet parallelt

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1», trinn 6:
  #   «1. Avslutte interne tiltak? […] 3. Behov for å samarbeide med andre tjenester? Gå til
  #   nivå 2.»
  Scenariomal: Beslutning 1 og 3 på nivå 1
    Gitt at Kari har ført saken til nivå 1
    Når Kari tar beslutningen «<beslutning>» fordi «<grunn>»
    Så <utfall>
    Og er Karis beslutning «<beslutning>» lagret i saken, med begrunnelsen «<grunn>»

    Eksempler:
      | beslutning                                                    | grunn                                    | utfall               |
      | 1. Avslutte interne tiltak?                                   | Ola trives i klassen igjen               | er saken avsluttet   |
      | 3. Behov for å samarbeide med andre tjenester? Gå til nivå 2. | Skolen trenger hjelp fra helsesykepleier | står saken på nivå 2 |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1», trinn 6:
  #   «2. Fortsette interne tiltak?» og trinn 4–5: «Iverksett den konkrete innsatsen/tiltaket.
  #   Evaluer tiltakene etter oppsatt plan.» Problemstillingen, drøftingen og planen (trinn 1–3)
  #   står; tiltakene gjennomføres og evalueres på nytt.
  Scenario: Beslutning 2 på nivå 1 fortsetter de interne tiltakene fra trinn 4
    Gitt at Kari har ført saken til nivå 1
    Og at Kari har krysset av trinn 1, 2, 3, 4 og 5 på nivå 1 som gjort
    Når Kari tar beslutningen «2. Fortsette interne tiltak?» fordi «Tiltakene virker, men trengs fortsatt»
    Så står saken på nivå 1
    Og er trinn 1, 2 og 3 på nivå 1 fortsatt gjort
    Og er trinn 4, 5 og 6 på nivå 1 åpne igjen
    Og er avkrysningen av trinn 4 og 5 på nivå 1 fra forrige runde tatt vare på i saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Innsats i egen avdeling - nivå 1», trinn 6:
  #   «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3;
  #   bekymringsmelding til barneverntjenesten.»
  Scenario: Beslutning 4 på nivå 1 sender bekymringsmelding til barneverntjenesten uten samtykke
    Gitt at Kari har ført saken til nivå 1
    Når Kari tar beslutningen «4. Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; bekymringsmelding til barneverntjenesten.» fordi «Ola har fortalt om vold hjemme»
    Så står saken på nivå 3
    Og er bekymringsmeldingen sendt til barneverntjenesten av Kari uten samtykke
    Og skal ingen foresatte inviteres eller informeres om saken

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Identifisering og avklaring - nivå 0», trinn
  #   4: «2. Fortsette interne tiltak?» Beslutningene 1–4. Å fortsette interne tiltak er en
  #   beslutning på nivå 1 («2. Fortsette interne tiltak?»), ikke på nivå 0.
  Scenario: En beslutning fra et annet nivå kan ikke tas på nivå 0
    Når Kari tar beslutningen «2. Fortsette interne tiltak?» fordi «Vi fortsetter som før»
    Så finnes ikke den beslutningen på nivå 0
    Og står saken på nivå 0
