# language: no
Egenskap: Når situasjonen er akutt, meldes saken direkte til barnevernet
  Ved mistanke om vold, overgrep eller alvorlig omsorgssvikt skal saken meldes direkte til
  barnevernstjenesten. Foresatte involveres ikke. Plikten til å melde (opplysningsplikten)
  går foran taushetsplikten og krever ikke samtykke.

  Regel: Ved mistanke om vold, overgrep eller alvorlig omsorgssvikt meldes saken direkte

    Bakgrunn:
      Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
      Og Kari er lærer ved Nordby skole
      Og Ola er 9 år og går på Nordby skole
      Og foreldrene til Ola, Per og Lise, bor sammen

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Obs! Ved mistanke om
    #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
    #   Foresatte involveres ikke!»
    Scenario: En akutt bekymring meldes til barnevernet med opplysningsplikt som grunnlag
      Når Kari svarer at situasjonen er akutt og melder bekymringen for Ola til Barnevernstjenesten, mottak
      Så er saken meldt til Barnevernstjenesten, mottak av Kari med opplysningsplikt som grunnlag
      Og skal ingen foresatte inviteres eller informeres om saken

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Foresatte involveres ikke!» Før en
    #   melding er sendt, skal foresatte derimot inviteres til samtale (Vestby
    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Del undringen/bekymringen»: «Så tidlig som
    #   mulig inviter barnet/ungdommen/foresatte til en samtale om uroen.» )
    Scenario: Foresatte involveres i en vanlig bekymring, men ikke etter en melding
      Gitt at Kari har åpnet en sak om Ola
      Så skal Per og Lise inviteres og informeres
      Når Kari melder saken til barnevernet
      Så skal ingen foresatte inviteres eller informeres om saken

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Omfattende samarbeid mellom flere tjenester
    #   Nivå 3», beslutning ; opplysningsplikten krever ikke samtykke., 3. Melde saken til
    #   barnevernet: «Nivå 3»
    Scenario: Melding til barnevernet krever ikke samtykke
      Gitt at Kari har åpnet en sak om Ola
      Når Kari beslutter å melde saken til barnevernet fordi «Ola forteller om slag hjemme»
      Så er meldingen sendt uten samtykke
      Og står saken på nivå 3

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Er du i tvil kan du drøfte saken
    #   anonymt med barnevernstjenesten.» Bærum (000), «Anonyme drøftinger tas kun i bruk ved
    #   konsultasjonstelefoner».
    Scenario: En anonym drøfting med barnevernet lagres uten personopplysninger
      Når Kari drøfter saken anonymt med barnevernet og får råd om å melde
      Så er det lagret at en anonym drøfting fant sted
      Og er det ikke lagret noe om hvem drøftingen gjaldt

  Regel: Etter meldingen når ingenting fram til foresatte, heller ikke det som alt var planlagt
    Fra meldingen er registrert og til barnevernet sier at foresatte kan involveres igjen,
    gjelder dette i alle kommuner: møter som ikke er holdt, blir holdt uten foresatte, og en
    samtale med foresatte settes på vent; ingen utskrift eller kalenderfil nevner dem; ingen
    møter kan føres med foresatte til stede; og ingenting vises for dem på innbyggersidene.

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Foreldre skal da
    #   ikke kontaktes, og skal heller ikke ha informasjon om meldingen.»
    #   shared/seeds/001_3254db2c7bc0f88f.txt, «Nivå 0»: «unntatt når det er mistanke om seksuelle
    #   overgrep eller vold». shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Foresatte
    #   involveres ikke!»
    Scenariomal: I <kommune> settes en planlagt samtale med foresatte på vent, og andre møter holdes uten dem
      Gitt at <kommune> er tatt i bruk
      Og at saken gjelder <kommune> kommune
      Og Kari er lærer ved Nordby skole
      Og Ola er 9 år og går på Nordby skole
      Og foreldrene til Ola, Per og Lise, bor sammen
      Og at Kari har åpnet en sak om Ola
      Og at Kari har invitert Per og Lise til undringssamtale i overmorgen klokka 14
      Og at Kari har invitert Per, Lise og Ola til samarbeidsmøte om 3 dager klokka 10 med agendaen:
        | Hvordan Ola har det hjemme hos Per og Lise |
        | Veien videre                               |
      Og at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Kari melder saken til barnevernet på saksiden
      Så står det på saksiden til Kari at foresatte ikke skal kontaktes før barnevernet sier at de kan involveres igjen
      Og står det på saksiden til Kari at undringssamtale er satt på vent, fordi det var en samtale med foresatte
      Og står det på saksiden til Kari at samarbeidsmøte holdes uten foresatte
      Og nevner ingen utskrift eller kalenderfil fra saken Per eller Lise
      Og har plattformen ingen foresatte å sende noe til i saken

      Eksempler:
        | kommune  |
        | Bærum    |
        | Jevnaker |
        | Vestby   |
        | Tromsø   |

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Foresatte involveres ikke!»
    #   shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Foreldre skal da ikke
    #   kontaktes, og skal heller ikke ha informasjon om meldingen.»
    Scenariomal: I <kommune> kan ingen møter føres med foresatte til stede etter meldingen
      Gitt at <kommune> er tatt i bruk
      Og at saken gjelder <kommune> kommune
      Og Kari er lærer ved Nordby skole
      Og Ola er 9 år og går på Nordby skole
      Og foreldrene til Ola, Per og Lise, bor sammen
      Og at Kari har åpnet en sak om Ola
      Og at Kari har invitert Per og Lise til samarbeidsmøte i går klokka 10, og møtet er ikke ført som holdt
      Og Per kan logge inn på innbyggersidene
      Når Kari melder saken til barnevernet på saksiden
      Og Kari fører samarbeidsmøte som holdt på saksiden, med foresatte til stede
      Så blir møtet ikke ført, og ved spørsmålet om foresatte deltok står det «Saken er meldt til barnevernet: et møte kan ikke registreres med foresatte til stede»
      Når Kari fører samarbeidsmøte som holdt på saksiden, med foresatte ikke til stede
      Så er møtet ført som holdt uten foresatte
      Og nevner ingen utskrift eller kalenderfil fra saken Per eller Lise
      Og ser Per ingenting om saken på innbyggersidene

      Eksempler:
        | kommune  |
        | Bærum    |
        | Jevnaker |
        | Vestby   |
        | Tromsø   |
