# language: no
Egenskap: Møter om barnet: invitasjon, oppmøte, referat og kalender
  Møter i en sak er invitasjoner, ikke innkallinger: de inviterte får vite tid, sted og hva
  møtet skal handle om, slik at de kan forberede seg. Etter møtet føres det hvem som var med,
  også om foreldrene og barnet var der, og referatet skrives for hvert punkt på agendaen.
  Kalenderfilen til møtet har tid og sted og en lenke, men ingen navn.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til møte», Nivå 1 – fra bekymring til
  #   tiltak: «Send ut skriftlig invitasjon (obs, ikke innkalling) hvor det står tydelig hva
  #   agendaen er slik at de inviterte får forberedt seg.»
  Scenario: Foreldrene og barnet får en skriftlig invitasjon med tid, sted og agenda
    Når Kari inviterer Per, Lise og Ola til samarbeidsmøte:
      | tid    | i morgen klokka 14      |
      | slutt  | i morgen klokka 15      |
      | sted   | Møterom 2, Nordby skole |
      | agenda | Hva vi har sett         |
      | agenda | Barnets stemme          |
      | agenda | Veien videre            |
    Så er møtet planlagt i morgen klokka 14 på «Møterom 2, Nordby skole»
    Og invitasjonen har agendaen «Hva vi har sett», «Barnets stemme» og «Veien videre»
    Og de inviterte er Kari, Per, Lise og Ola

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til møte», Nivå 1 – fra bekymring til
  #   tiltak: «Det er viktig at barnet/ungdommen og foresatte vet hva de inviteres til. […] Send
  #   ut skriftlig invitasjon (obs, ikke innkalling) hvor det står tydelig hva agendaen er».
  Scenariomal: En invitasjon uten <mangler> blir ikke sendt
    Når Kari inviterer Per og Lise til samarbeidsmøte uten <mangler>
    Så avvises invitasjonen, med beskjed ved feltet «<mangler>»
    Og det er ikke planlagt noe møte i saken

    Eksempler:
      | mangler |
      | tid     |
      | sted    |
      | agenda  |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til møte», Nivå 1 – fra bekymring til
  #   tiltak: «Sett av tid til å svare på eventuelle spørsmål og finn en tid som passer for
  #   alle.» En invitasjon gjelder et møte som skal holdes, ikke et som har vært.
  Scenario: Et møte kan ikke planlegges tilbake i tid
    Når Kari inviterer Per og Lise til samarbeidsmøte:
      | tid    | i går klokka 14         |
      | sted   | Møterom 2, Nordby skole |
      | agenda | Hva vi har sett         |
    Så avvises invitasjonen, med beskjed ved feltet «tid»
    Og det er ikke planlagt noe møte i saken

  # Kilde: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt»: «Andel saker i
  #   tidlig innsatsteam der foreldre har deltatt […] Foreldre deltar i 100 % av sakene i tidlig
  #   innsatsteam» . Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forord»: «Målet er 100 prosent
  #   ungdom- og eller foreldredeltakelse.»
  Scenariomal: Oppmøtet viser om foreldrene og barnet var med på møtet
    Gitt at Kari har invitert Per, Lise og Ola til samarbeidsmøte i morgen klokka 14
    Når Kari fører at <møtte> møtte, men ikke <uteble>
    Og Kari fører barnets mening: «Jeg vil ha noen å være sammen med i friminuttene.»
    Og Kari registrerer møtet som holdt
    Så viser oppmøtet at foreldrene <foreldrene> med på møtet
    Og oppmøtet viser at barnet <barnet> med på møtet
    Og andelen saker der foreldrene har deltatt, er <andel> %

    Eksempler:
      | møtte       | uteble      | foreldrene | barnet   | andel |
      | Per og Ola  | Lise        | var        | var      | 100   |
      | Ola         | Per og Lise | ikke var   | var      | 0     |
      | Per og Lise | Ola         | var        | ikke var | 100   |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Møtestruktur»: «1. Presentasjon […] 2. Framlegg
  #   av sak […] 3. Drøftingsdel […] 4. Avrunding […] 5. Metarefleksjon […] 6. Protokoll - Møteleder
  #   ferdigstiller protokoll». Kilde: shared/seeds/002_36ab055ecf8ed34e.txt,
  #   «Møte/undringssamtale»: «Husk å skrive og sende ut referat fra møtet.»
  Scenario: Referatet føres for hvert punkt på agendaen, i samme rekkefølge
    Gitt at Kari har invitert Per og Lise til samarbeidsmøte i morgen klokka 9 med agendaen:
      | Presentasjon    |
      | Framlegg av sak |
      | Drøftingsdel    |
      | Avrunding       |
      | Metarefleksjon  |
      | Protokoll       |
    Når Kari fører referat fra møtet:
      | punkt           | referat                                                      |
      | Presentasjon    | Alle presenterte seg. Taushetsplikten ble presisert.         |
      | Framlegg av sak | Kari la fram det skolen har sett siden høsten.               |
      | Drøftingsdel    | Hver tjeneste sa hva den ser, og foreldrene fortalte om hjemme. |
      | Avrunding       | Foreldrene la fram sitt syn; handlingsplanen er satt opp.    |
      | Metarefleksjon  | Teamet snakket om hvordan møtet fungerte.                    |
      | Protokoll       | Møteleder ferdigstiller protokollen.                         |
    Og Kari fører at barnet ikke kunne si sin mening, fordi «Ola var ikke med; kontaktlæreren snakket med ham dagen før.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og referatet har en del for hvert punkt på agendaen, i samme rekkefølge

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Ved mistanke om
  #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
  #   Foresatte involveres ikke!» Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn
  #   saker»: «Foreldre skal da ikke kontaktes, og skal heller ikke ha informasjon om meldingen.»
  Scenario: Foreldrene kan ikke inviteres til møte etter at saken er meldt til barnevernet
    Gitt at Kari har meldt bekymringen for Ola til barnevernet
    Når Kari inviterer Per og Lise til samarbeidsmøte:
      | tid    | i morgen klokka 14      |
      | sted   | Møterom 2, Nordby skole |
      | agenda | Hva vi har sett         |
    Så avvises invitasjonen fordi foreldrene ikke skal involveres når saken er meldt til barnevernet
    Og det er ikke planlagt noe møte i saken

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Kontakt koordinator
  #   for TIT på telefon eller epost […] (obs navn må ikke oppgis i epost.)» Kalenderen er som
  #   e-posten: den deles og synkroniseres utenfor plattformen. Derfor bare tid, sted og en
  #   lenke; resten finner den inviterte i plattformen.
  Scenario: Kalenderfilen til møtet har tid, sted og en lenke, men ingen navn
    Gitt at Kari har invitert Per, Lise og Ola til samarbeidsmøte i morgen klokka 14
    Når Kari henter kalenderfilen til møtet
    Så har kalenderfilen møtets tid og sted
    Og kalenderfilen har en lenke til møtet i plattformen
    Men verken Ola, Per eller Lise er nevnt i kalenderfilen
    Og verken bekymringen eller agendaen står i kalenderfilen

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Inviter til og gjennomfør samarbeidsmøte»:
  #   «Skriv referat fra møtet, hvor tiltak og ansvarlig for tiltak synliggjøres.» Kilde:
  #   shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Stafettloggen endres underveis
  #   og er et godt verktøy i tverrfaglige møter, da den også fungerer som et møtereferat.»
  Scenario: To skriver referat fra samme møte, og ingen av tekstene går tapt
    Gitt Mona er lærer ved Nordby skole
    Og at Mona er med i saken
    Og at det var samarbeidsmøte i går klokka 9 med Mona, Per og Ola
    Når Kari og Mona åpner begge skjemaet for å registrere møtet som holdt
    Og Kari lagrer referatet «Ola får en fast friminuttsvenn.»
    Og Mona lagrer referatet «Mona snakker med Ola hver fredag.»
    Så er møtet registrert som holdt med referatet «Ola får en fast friminuttsvenn.»
    Og referatet har ikke «Mona snakker med Ola hver fredag.»
    Og Mona får beskjed ved skjemaet: «Noen andre har endret dette mens du skrev. Se hva som er lagret nå, og lagre på nytt.»
    Og teksten til Mona, «Mona snakker med Ola hver fredag.», står fortsatt i skjemaet
