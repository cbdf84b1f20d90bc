# language: no
Egenskap: Veien videre: beslutningene på hvert nivå
  Hvert nivå ender i en avklaring av veien videre. På nivå 0 avsluttes saken, eller den går
  videre til nivå 1 når samtykke foreligger. På nivå 1 dokumenteres og avsluttes saken når
  målene er nådd, eller den går til nivå 2 med de tjenestene som skal inn. På nivå 2 endres,
  videreføres eller avsluttes tiltakene, og flere tjenester kan tas inn. På nivå 3 kan saken
  gå ned til nivå 2 eller 1, eller tjenestene avsluttes. Hver tjeneste som tas inn, må stå i
  et gyldig samtykkeskjema.

  Bakgrunn:
    Gitt at Vestby kommune er tatt i bruk
    Og at saken gjelder Vestby kommune
    Og Kari er lærer ved Solbakken ungdomsskole
    Og Ola er 14 år og går på Solbakken ungdomsskole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Grunn til å gå videre? Avklaring»: «Etter å ha
  #   drøftet saken, og snakket med barnet/ungdommen/foresatte, vurder behovet. Om det ikke er
  #   behov for å gå videre - avslutt saken.»
  Scenario: På nivå 0 avsluttes saken når det ikke er behov for å gå videre
    Når Kari beslutter at saken avsluttes, fordi «Samtalen med Ola og foreldrene viste at det ikke er behov for å gå videre»
    Så er saken avsluttet
    Og er beslutningen «Avslutt saken: det er ikke behov for å gå videre» lagret i saken

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Grunn til å gå videre? Avklaring»: «Om det
  #   fortsatt foreligger en bekymring/undring, gå videre til nivå 1 i handlingsveilederen.
  #   Samtykke må foreligge.»
  Scenario: Saken går videre til nivå 1 først når samtykke foreligger
    Når Kari beslutter at saken går videre til nivå 1, fordi «Uroen består etter samtalen»
    Så avvises beslutningen fordi det ikke finnes et gyldig samtykke
    Og står saken på nivå 0
    Når Lise skriver under på et samtykkeskjema som gjelder skolen
    Og Kari beslutter at saken går videre til nivå 1, fordi «Uroen består etter samtalen»
    Så står saken på nivå 1

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Om måloppnåelse og ikke behov for ytterlige tiltak – dokumenter og avslutt.»
  Scenario: På nivå 1 dokumenteres og avsluttes saken når målene er nådd
    Gitt at saken er kommet til nivå 1 med samtykke fra foreldrene
    Når Kari beslutter at saken dokumenteres og avsluttes, fordi «Målene er nådd, og det er ikke behov for flere tiltak»
    Så er saken avsluttet
    Og er begrunnelsen «Målene er nådd, og det er ikke behov for flere tiltak» ført inn i stafettloggen

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Om behov for å involvere flere tjenester, gå til nivå 2 i handlingsveilederen. Eksempler
  #   på andre tjenester kan være: barnevern, familieveileder, ungdomslos, NAV, psykisk helse og
  #   rus, skolehelsetjenesten. Husk samtykkeskjema.»
  Scenario: Beslutningen om å gå til nivå 2 må si hvilke tjenester som skal inn
    Gitt at saken er kommet til nivå 1 med samtykke fra foreldrene
    Når Kari beslutter at saken går til nivå 2 uten å si hvilke tjenester som skal inn, fordi «Skolen trenger hjelp fra andre»
    Så avvises beslutningen fordi den ikke sier hvilke tjenester som skal inn
    Og står saken på nivå 1

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Om behov for å involvere flere tjenester, gå til nivå 2 i handlingsveilederen. […] Husk
  #   samtykkeskjema.»
  Scenario: En tjeneste som samtykkeskjemaet ikke omfatter, kan ikke tas inn
    Gitt at Lise har skrevet under på et samtykkeskjema som gjelder skolehelsetjenesten
    Og at Kari har besluttet at saken går videre til nivå 1, fordi «Uroen består etter samtalen»
    Når Kari beslutter at saken går til nivå 2 med skolehelsetjenesten og NAV, fordi «Ola trenger helsesykepleier og hjelp til å finne sommerjobb»
    Så avvises beslutningen fordi samtykkeskjemaet ikke omfatter NAV
    Og står saken på nivå 1

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering og oppfølgingsmøter av tiltakene»:
  #   «Om behov for å involvere flere tjenester, gå til nivå 2 i handlingsveilederen. […] Husk
  #   samtykkeskjema.»
  Scenario: Med samtykkeskjema for tjenestene går saken til nivå 2
    Gitt at Lise har skrevet under på et samtykkeskjema som gjelder skolehelsetjenesten og NAV
    Og at Kari har besluttet at saken går videre til nivå 1, fordi «Uroen består etter samtalen»
    Når Kari beslutter at saken går til nivå 2 med skolehelsetjenesten og NAV, fordi «Ola trenger helsesykepleier og hjelp til å finne sommerjobb»
    Så står saken på nivå 2
    Og er skolehelsetjenesten og NAV med i samarbeidet

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt», nivå 2: «Avklar om tiltakene
  #   skal endres, videreføres eller avsluttes.»
  Scenariomal: På nivå 2 kan tiltakene endres eller videreføres
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Når Kari beslutter at tiltakene <valg>, fordi «<grunn>»
    Så står saken på nivå 2
    Og er beslutningen «<beslutning>» lagret i saken

    Eksempler:
      | valg        | grunn                                           | beslutning           |
      | endres      | Målene er ikke nådd, og vi bytter strategi      | Endre tiltakene      |
      | videreføres | Tiltakene virker, men målene er ikke nådd ennå  | Videreføre tiltakene |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt», nivå 2: «Avklar om tiltakene
  #   skal endres, videreføres eller avsluttes.»
  Scenario: På nivå 2 kan tiltakene og saken avsluttes
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Når Kari beslutter at tiltakene og saken avsluttes, fordi «Målene er nådd»
    Så er saken avsluttet

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt», nivå 2: «Avklar behov for
  #   flere tjenester. Om behov for flere tjenester inn, lag et nytt samtykkeskjema.»
  Scenario: Flere tjenester tas inn på nivå 2 først når et nytt samtykkeskjema er underskrevet
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten
    Når Kari beslutter at også NAV skal inn i saken, fordi «Ola trenger hjelp til å finne sommerjobb»
    Så avvises beslutningen fordi samtykkeskjemaet ikke omfatter NAV
    Når Lise skriver under på et nytt samtykkeskjema som gjelder NAV
    Og Kari beslutter at også NAV skal inn i saken, fordi «Ola trenger hjelp til å finne sommerjobb»
    Så står saken på nivå 2
    Og er skolehelsetjenesten og NAV med i samarbeidet

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Nivå 3 – omfattende samarbeid mellom flere
  #   tjenester (3 eller flere)»: «På nivå 3 er det behov for omfattende samarbeid mellom flere
  #   tjenester.» og nivå 2
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt»: «Om behov for flere tjenester
  #   inn, lag et nytt samtykkeskjema.»
  Scenario: Når tre eller flere tjenester trengs, går saken til nivå 3 med et nytt samtykkeskjema
    Gitt at saken er kommet til nivå 2 med samtykke til samarbeid med skolehelsetjenesten og NAV
    Og at Per har skrevet under på et nytt samtykkeskjema som gjelder psykisk helse og rus
    Når Kari beslutter at saken går til nivå 3 med skolehelsetjenesten, NAV og psykisk helse og rus, fordi «Ola trenger hjelp fra flere tjenester samtidig»
    Så står saken på nivå 3
    Og er skolehelsetjenesten, NAV og psykisk helse og rus med i samarbeidet

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering», nivå 3: «Om man ser at tiltakene
  #   har ønsket effekt gjøres det vurderinger på om man kan avslutte tjenestene, eller evt gå
  #   ned til nivå 2 eller 1.»
  Scenariomal: Når tiltakene har ønsket effekt, kan saken gå ned fra nivå 3
    Gitt at saken er kommet til nivå 3 med samtykke til samarbeid med skolehelsetjenesten, NAV og ungdomslosen
    Når Kari beslutter at saken går ned til nivå <til>, fordi «Tiltakene har ønsket effekt»
    Så står saken på nivå <til>

    Eksempler:
      | til |
      | 2   |
      | 1   |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Evaluering», nivå 3: «Om man ser at tiltakene
  #   har ønsket effekt gjøres det vurderinger på om man kan avslutte tjenestene, eller evt gå
  #   ned til nivå 2 eller 1.»
  Scenario: Når tiltakene har ønsket effekt, kan tjenestene og saken avsluttes på nivå 3
    Gitt at saken er kommet til nivå 3 med samtykke til samarbeid med skolehelsetjenesten, NAV og ungdomslosen
    Når Kari beslutter at tjenestene og saken avsluttes, fordi «Tiltakene har ønsket effekt, og Ola klarer seg nå med skolens vanlige tilbud»
    Så er saken avsluttet
