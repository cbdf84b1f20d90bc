# language: no
Egenskap: Beslutningen etter undringen på nivå 0
  På nivå 0 tolkes grunnlagsmaterialet, og det tas en beslutning om saken skal gå videre på
  individnivå, systemnivå eller avsluttes. Avsluttes undringen, blir notatet om samtalen
  liggende i saken som en del av barnets journal i tjenesten; det opprettes ingen stafettlogg.
  Er det mistanke om seksuelle overgrep eller vold, får foreldrene ikke vite, og
  barnevernstjenesten kontaktes med en gang.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole
    Og Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0:
  #   «Grunnlagsmaterialet tolkes og det tas en beslutning om saken skal gå videre på individnivå,
  #   systemnivå eller avsluttes […] Ved behov for avklaring i egen tjeneste før iverksettelse
  #   gjøres det innen tre dager.»
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Foreldre har rett
  #   til å vite, unntatt når det er mistanke om seksuelle overgrep eller vold.»
  Scenario: På nivå 0 kan det besluttes det veilederen nevner
    Så kan det på nivå 0 besluttes nøyaktig dette:
      | beslutning                                                                                              |
      | Saken går videre på individnivå: tiltak i egen enhet (nivå 1)                                           |
      | Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)                           |
      | Saken går videre på systemnivå: tiltak for gruppen eller virksomheten                                  |
      | Undringen avsluttes                                                                                     |
      | Mistanke om seksuelle overgrep eller vold: barnevernstjenesten kontaktes umiddelbart, og foreldrene får ikke vite |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0: «Dersom
  #   undringen avsluttes lagres dette i barnets journal innenfor tjenesten som har hatt
  #   undringen. Dersom tiltak iverksettes i egen enhet opprettes stafettlogg»
  Scenario: Når undringen avsluttes, blir notatet liggende i saken og ingen stafettlogg opprettes
    Når Kari beslutter «Undringen avsluttes» fordi «Samtalen med foreldrene avklarte undringen.»
    Så er beslutningen «Undringen avsluttes» lagret i saken
    Og er saken avsluttet
    Og er ingen stafettlogg opprettet
    Og står det ved beslutningen i saken: «Notatet om undringssamtalen er lagret i saken. Det hører til barnets journal i tjenesten som har hatt undringen. Ingen stafettlogg er opprettet.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0: «[…] om
  #   saken skal gå videre på individnivå, systemnivå eller avsluttes»
  Scenario: Går saken videre på systemnivå, avsluttes saken om barnet uten stafettlogg
    Når Kari beslutter «Saken går videre på systemnivå: tiltak for gruppen eller virksomheten» fordi «Flere i klassen strever; vi endrer friminuttene for hele trinnet.»
    Så er saken avsluttet
    Og er ingen stafettlogg opprettet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Beslutning tiltak», Undring? Nivå 0: «Dersom
  #   tiltak iverksettes i egen enhet opprettes stafettlogg» — ikke før.
  Scenario: På nivå 0 opprettes det ingen stafettlogg
    Når Kari prøver å opprette stafettloggen
    Så avvises det fordi stafettloggen ikke brukes på dette nivået

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undringssamtale foresatte»: «Foreldre har
  #   rett til å vite, unntatt når det er mistanke om seksuelle overgrep eller vold. Da tas det
  #   umiddelbart kontakt med barnevernstjenesten.»
  Scenario: Ved mistanke om overgrep eller vold meldes saken uten at foreldrene får vite
    Når Kari beslutter «Mistanke om seksuelle overgrep eller vold: barnevernstjenesten kontaktes umiddelbart, og foreldrene får ikke vite» fordi «Ola fortalte om slag hjemme.»
    Så er saken meldt til barnevernet av Kari, mottatt av «Barnevernstjenesten i Jevnaker, mottak»
    Og er meldingen sendt uten samtykke
    Og skal ingen foresatte inviteres eller informeres om saken
