# language: no
Egenskap: Jevnakers handlingsveileder slik den ansatte kjenner den igjen
  Handlingsveilederen i Jevnaker er skrevet som en tabell per nivå: hver rad sier hva som
  skal gjøres, og kolonnene «Hvordan?», «Hvem?» og «Verktøy». Plattformen viser den slik, på
  veiledersiden, i utskriften fra kommandolinjen og på saksiden for nivået saken står på.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker skole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder»: «Handlingsveilederen er
  #   forpliktende for alle ansatte som møter barn og unge med behov for hjelp, støtte og
  #   oppmerksomhet i korte eller lengre perioder i livet.»
  Scenario: Veilederen sier at den er forpliktende for alle ansatte
    Når Kari åpner veilederen
    Så står det på siden: «Handlingsveilederen er forpliktende for alle ansatte som møter barn og unge med behov for hjelp, støtte og oppmerksomhet i korte eller lengre perioder i livet.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder»: «Dersom du lurer på om et
  #   barn/ungdom trenger hjelp, plikter du som ansatt å gjøre noe med det. Husk at det kanskje
  #   bare er du som ser.»
  Scenario: Den som begynner på en ny bekymring, møtes med veilederens egne ord
    Når Kari begynner på en ny bekymring
    Så står det på siden: «Dersom du lurer på om et barn/ungdom trenger hjelp, plikter du som ansatt å gjøre noe med det.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Hvordan? Hvem? Verktøy»
  Scenariomal: Nivå <nivå> vises som veilederens rader med Hvordan?, Hvem? og Verktøy
    Når Kari åpner veilederen
    Så viser siden nivå <nivå> som rader med kolonnene «Hva gjøres», «Hvordan?», «Hvem?» og «Verktøy»

    Eksempler:
      | nivå |
      | 0    |
      | 1    |
      | 2    |
      | 3    |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Start alltid med: «Hva kan vi
  #   gjøre innenfor egen virksomhet?» […] Beslutning tiltak» .
  Scenario: Nivå 0 «Undring?» har veilederens fem rader
    Når Kari åpner veilederen
    Så har nivå 0 disse radene, i denne rekkefølgen:
      | rad                                         |
      | Hva kan vi gjøre innenfor egen virksomhet? |
      | Helhetlig oversikt                          |
      | Tidlig dialog med foresatte                 |
      | Undringssamtale foresatte                   |
      | Beslutning tiltak                           |
    Og står det i raden «Hva kan vi gjøre innenfor egen virksomhet?» på nivå 0:
      | kolonne   | tekst                                                     |
      | Hva gjøres | Start alltid med: «Hva kan vi gjøre innenfor egen virksomhet?» |
      | Hvordan?  | Sett ord på undringen. Bruk støtteverktøy.                |
      | Hvordan?  | Drøft undringen med en kollega og eventuelt nærmeste leder. |
      | Hvem?     | Alle medarbeidere                                         |
      | Verktøy   | Risikofaktorer og beskyttelsesfaktorer                    |
      | Verktøy   | Bekymringsskala vedrørende barn og unge                   |
      | Verktøy   | Observasjonsskjema                                        |
    Og står det i raden «Helhetlig oversikt» på nivå 0:
      | kolonne  | tekst                                                                   |
      | Hvordan? | Utfylling skjer sammen med en kollega.                                  |
      | Hvordan? | Konkretisering skjer før det deles med barn, unge eller foresatte.      |
    Og står det i raden «Tidlig dialog med foresatte» på nivå 0:
      | kolonne    | tekst                                                                          |
      | Hva gjøres | Det er viktig at foresatte er involvert raskt etter at undring oppstår.       |
      | Hvem?      | Alle medarbeidere                                                              |
    Og står det i raden «Undringssamtale foresatte» på nivå 0:
      | kolonne    | tekst                                                                               |
      | Hva gjøres | Den som kaller inn til møtet er ansvarlig for å sende ut invitasjon til begge foreldre. |
      | Hvordan?   | Foreldre har rett til å vite, unntatt når det er mistanke om seksuelle overgrep eller vold. |
      | Hvem?      | Ped leder/lærer                                                                     |
      | Verktøy    | Undringssamtale                                                                     |
    Og står det i raden «Beslutning tiltak» på nivå 0:
      | kolonne  | tekst                                                                                         |
      | Hvordan? | Ved behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre dager.         |
      | Hvordan? | Ved beslutning om å ta saken videre opprettes stafettlogg nivå 1 - digitalt.                  |
      | Hvem?    | Alle medarbeidere, Leder                                                                      |
      | Verktøy  | skrives av den som fikk undringen først                                                       |
      | Verktøy  | Samtykkeskjema stafettlogg og tverrfaglig samarbeid                                           |
      | Verktøy  | Evalueringsmal møte                                                                           |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Utfordringene kan løses på tjenestestedet Nivå
  #   1»: «Utarbeid forslag til tiltak […] Samlet informasjon […] Iverksett tiltak […] Tiltak
  #   evalueres» .
  Scenario: Nivå 1 «Utfordringene kan løses på tjenestestedet» har veilederens fire rader
    Når Kari åpner veilederen
    Så har nivå 1 disse radene, i denne rekkefølgen:
      | rad                         |
      | Utarbeid forslag til tiltak |
      | Samlet informasjon          |
      | Iverksett tiltak            |
      | Tiltak evalueres            |
    Og står det i raden «Utarbeid forslag til tiltak» på nivå 1:
      | kolonne    | tekst                                                                                           |
      | Hva gjøres | Ta kontakt med ressursgruppe BTI dersom man trenger anonym veiledning for gjennomføring av møtet. |
    Og står det i raden «Samlet informasjon» på nivå 1:
      | kolonne  | tekst                                                          |
      | Hvordan? | Møtet gjennomføres etter malen «den nødvendige samtalen».       |
      | Hvem?    | Ansvarlig for undringen                                        |
      | Verktøy  | Fyll ut samtykkeskjema, opprett stafettlogg og avtal nytt møte |
    Og står det i raden «Iverksett tiltak» på nivå 1:
      | kolonne  | tekst                                                         |
      | Hvordan? | Gjennomfør tiltaksbeskrivelsen ihht. Stafettloggen.           |
      | Hvem?    | Styrer/skoleleder orienteres fortløpende i skole og barnehage |
    Og står det i raden «Tiltak evalueres» på nivå 1:
      | kolonne  | tekst                          |
      | Hvordan? | Stafettholder leder møtet.     |
      | Hvem?    | Deltagere i møtet              |
      | Verktøy  | Evalueringsmal møte            |
    Og lenker verktøyet «Bufdir: tjenester som tilbyr foreldrestøtte» til https://bufdir.no/Familie/foreldrestotte/tjenester_som_tilbyr_foreldrestotte/

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Utfordringene krever bistand fra andre Nivå 2»:
  #   «Avklar på nytt med foresatte […] Nye tjenester kobles inn […] Henvisning […] Nye deltagere
  #   inn i samarbeidet […] Samtykke» .
  Scenario: Nivå 2 «Utfordringene krever bistand fra andre» har veilederens fem rader
    Når Kari åpner veilederen
    Så har nivå 2 disse radene, i denne rekkefølgen:
      | rad                             |
      | Avklar på nytt med foresatte    |
      | Nye tjenester kobles inn        |
      | Henvisning                      |
      | Nye deltagere inn i samarbeidet |
      | Samtykke                        |
    Og står det i raden «Avklar på nytt med foresatte» på nivå 2:
      | kolonne    | tekst                           |
      | Hva gjøres | Hvilke endringer har skjedd?    |
      | Hvem?      | Stafettholder                   |
    Og står det i raden «Henvisning» på nivå 2:
      | kolonne    | tekst                                                                         |
      | Hva gjøres | Klare saker til PPT, barnevern eller fysio/ergoterapi tjenesten henvises direkte. |
      | Hvem?      | Aktuelle tjenester etter egne interne rutiner                                 |
      | Verktøy    | PPT og logoped - Jevnaker kommune                                             |
    Og står det i raden «Samtykke» på nivå 2:
      | kolonne    | tekst                                                   |
      | Hva gjøres | Foreldre undertegner samtykkeskjema og henvisningsskjema. |
      | Hvem?      | Stafettholder                                           |
    Og lenker verktøyet «PPT og logoped - Jevnaker kommune» til https://www.jevnaker.kommune.no/ppt-og-logoped.521598.no.html

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Omfattende samarbeid mellom flere tjenester Nivå
  #   3»: «Foresattes vurdering […] Beslutning» .
  Scenario: Nivå 3 «Omfattende samarbeid mellom flere tjenester» har veilederens elleve rader
    Når Kari åpner veilederen
    Så har nivå 3 disse radene, i denne rekkefølgen:
      | rad                                    |
      | Foresattes vurdering                   |
      | Frem barnets behov tydelig             |
      | Møte                                   |
      | Etabler «laget rundt barnet»           |
      | Koordinerende innsats                  |
      | Mulige psykiske lidelser               |
      | Avklaring somatisk eller fysisk sykdom |
      | Evaluering av tiltak                   |
      | Meldeplikt barnevernstjenesten         |
      | Tiltaksplan                            |
      | Beslutning                             |
    Og står det i raden «Foresattes vurdering» på nivå 3:
      | kolonne    | tekst                                                                  |
      | Hva gjøres | anerkjenn deres rett til å takke nei til tilbud om hjelp               |
    Og står det i raden «Etabler «laget rundt barnet»» på nivå 3:
      | kolonne    | tekst                                                                           |
      | Hva gjøres | Deltagere avklares på nytt etter nivå 2.                                        |
      | Hvem?      | Ansvarlige i alle tjenester                                                     |
      | Verktøy    | Stafettloggen                                                                   |
    Og står det i raden «Mulige psykiske lidelser» på nivå 3:
      | kolonne    | tekst                                                                                     |
      | Hva gjøres | Ved mistanke om psykiske lidelser skal kommunepsykolog kobles på i det tverrfaglige samarbeidet. |
      | Hvem?      | Stafettholder                                                                             |
      | Verktøy    | Sjekkliste psykiske lidelser for barn og unge                                             |
    Og står det i raden «Tiltaksplan» på nivå 3:
      | kolonne | tekst                     |
      | Hvem?   | Ansvarlig leder i enheten |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Hvordan? Hvem? Verktøy»
  Scenario: Utskriften fra kommandolinjen viser de samme radene
    Når veilederen skrives ut på kommandolinjen
    Så står raden «Hva kan vi gjøre innenfor egen virksomhet?» i utskriften med «Hvordan?» «Sett ord på undringen. Bruk støtteverktøy.», «Hvem?» «Alle medarbeidere» og verktøyet «Observasjonsskjema — Skjema i plattformen»
    Og står raden «Tiltak evalueres» i utskriften med «Hvordan?» «Ta utgangspunkt i bekymring og skjema for evaluering.», «Hvem?» «Deltagere i møtet, Styrer/skoleleder orienteres fortløpende i skole og barnehage» og verktøyet «Evalueringsmal møte»
    Og står raden «Koordinerende innsats» i utskriften med «Hvordan?» «Stafettholder kaller inn til nytt møte på tvers av tjenestene», «Hvem?» «Stafettholder, Barnet, Foresatte, Repr fra andre tjenester» og verktøyet «Stafettloggen»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Undring? Nivå 0»: «Hvordan? Hvem? Verktøy»
  Scenario: Saksiden viser radene for nivået saken står på
    Gitt Ola er 9 år og går på Jevnaker skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Når Kari åpner saksiden
    Så viser siden nivå 0 som rader med kolonnene «Hva gjøres», «Hvordan?», «Hvem?» og «Verktøy»
    Og står det i raden «Undringssamtale foresatte» på nivå 0:
      | kolonne | tekst           |
      | Hvem?   | Ped leder/lærer |
