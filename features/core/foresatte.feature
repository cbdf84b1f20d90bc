# language: no
Egenskap: Foresatte og omsorgsordning
  Saken må vite hvem barnets foresatte er, og hvordan foreldrene bor, for det avgjør hvem
  som skal skrive under på et samtykke. Et barn som ikke stod i listen da bekymringen ble
  meldt, får foresatte og omsorgsordning registrert på saksiden, og samtykket kan skrives
  under straks. Omsorgsordningen kan bare registreres når de foresatte stemmer med den. En
  foresatt som er registrert ved en feil, kan fjernes, men ikke en som har skrevet under.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole
    Og at Kari har meldt en bekymring for Nora, 9 år, som ikke stod i listen over barn

  Regel: Foreldre som bor sammen: det er nok at én av dem skriver under

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Der foreldre bor
    #   sammen, er det tilstrekkelig at den ene skriver under.»
    Scenario: Kari registrerer foreldrene og at de bor sammen, og én underskrift er nok
      Når Kari registrerer Per som far til Nora med foreldreansvar og daglig omsorg på saksiden
      Og Kari registrerer Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Og Kari registrerer på saksiden at foreldrene bor sammen
      Så er omsorgsordningen i saken at foreldrene bor sammen
      Og viser saksiden til Kari de foresatte slik:
        | navn | relasjon | foreldreansvar | daglig omsorg |
        | Per  | far      | Ja             | Ja            |
        | Lise | mor      | Ja             | Ja            |
      Når Kari registrerer et samtykke for Nora som gjelder PPT
      Og Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Der foreldre bor
    #   sammen, er det tilstrekkelig at den ene skriver under.» Da må begge foreldrene være
    #   registrert.
    Scenario: At foreldrene bor sammen, kan ikke registreres før begge er registrert
      Gitt at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Når Kari registrerer på saksiden at foreldrene bor sammen
      Så får Kari beskjed på saksiden: «Foreldre som bor sammen: registrer først begge to med foreldreansvar.»
      Og er ingen omsorgsordning registrert i saken

  Regel: Foreldre som bor hver for seg: den som har den daglige omsorgen skriver under

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Der foreldre ikke bor
    #   sammen, er det den som har den daglige omsorgen som skal skrive under.»
    Scenario: Bare den som har den daglige omsorgen, kan skrive under
      Gitt at Kari har registrert Per som far til Nora med foreldreansvar på saksiden
      Og at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Når Kari registrerer på saksiden at foreldrene bor hver for seg, og den ene har den daglige omsorgen
      Så er omsorgsordningen i saken at foreldrene bor hver for seg, og den ene har den daglige omsorgen
      Når Kari registrerer et samtykke for Nora som gjelder PPT
      Og Per skriver under
      Så blir underskriften avvist fordi Per ikke skal skrive under dette samtykket
      Når Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «den som har den
    #   daglige omsorgen» Det er «den som har den daglige omsorgen» som skriver under; da må det
    #   være nøyaktig én av dem.
    Scenario: Når begge har daglig omsorg, bor de ikke hver for seg med omsorgen hos én
      Gitt at Kari har registrert Per som far til Nora med foreldreansvar og daglig omsorg på saksiden
      Og at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Når Kari registrerer på saksiden at foreldrene bor hver for seg, og den ene har den daglige omsorgen
      Så får Kari beskjed på saksiden: «Foreldre som bor hver for seg: nøyaktig én foresatt med foreldreansvar skal ha den daglige omsorgen. Rett opp de foresatte først.»
      Og er ingen omsorgsordning registrert i saken

  Regel: Delt daglig omsorg: begge skriver under

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Er det delt omsorg skal
    #   begge skrive under.»
    Scenario: Med delt omsorg gjelder samtykket først når begge har skrevet under
      Gitt at Kari har registrert Per som far til Nora med foreldreansvar og daglig omsorg på saksiden
      Og at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Når Kari registrerer på saksiden at foreldrene har delt daglig omsorg
      Og Kari registrerer et samtykke for Nora som gjelder PPT
      Og Per skriver under
      Så er samtykket ikke gyldig ennå
      Når Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Er det delt omsorg skal
    #   begge skrive under.» Blir det rettet opp at den andre også har daglig omsorg, stemmer
    #   ikke ordningen lenger; til den er registrert på nytt, skriver alle med foreldreansvar under.
    Scenario: Når de foresatte ikke lenger stemmer med ordningen, må den registreres på nytt
      Gitt at Kari har registrert Per som far til Nora med foreldreansvar på saksiden
      Og at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Og at Kari har registrert på saksiden at foreldrene bor hver for seg, og den ene har den daglige omsorgen
      Når Kari retter opp at Per har daglig omsorg
      Så får Kari beskjed på saksiden: «De foresatte stemmer ikke lenger med omsorgsordningen, så den er ikke lenger registrert: registrer den på nytt.»
      Og er ingen omsorgsordning registrert i saken
      Når Kari registrerer på saksiden at foreldrene har delt daglig omsorg
      Så er omsorgsordningen i saken at foreldrene har delt daglig omsorg

  Regel: Har én forelder foreldreansvaret alene, skriver den ene under

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Underskrift foresatt»;
    #   den som har foreldreansvaret alene, er den eneste foresatte som kan skrive under.
    Scenario: Den som har foreldreansvaret alene, skriver under alene
      Gitt at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Og at Kari har registrert Per som far til Nora på saksiden
      Når Kari registrerer på saksiden at én forelder har foreldreansvaret alene
      Og Kari registrerer et samtykke for Nora som gjelder PPT
      Og Lise skriver under
      Så er samtykket gyldig

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Underskrift foresatt:» Den
  #   som har skrevet under, står på samtykket; det skal ikke forsvinne fra saken.
  Regel: En foresatt som er registrert ved en feil, kan fjernes, men ikke en som har skrevet under

    Scenario: Kari fjerner en foresatt hun registrerte ved en feil
      Gitt at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Og at Kari har registrert Lisa som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Når Kari fjerner Lisa fra de foresatte på saksiden
      Så er Lisa ikke blant de foresatte i saken
      Og er Lise blant de foresatte i saken

    Scenario: Den som har skrevet under på et samtykke, kan ikke fjernes
      Gitt at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Og at Kari har registrert på saksiden at én forelder har foreldreansvaret alene
      Og at Kari har registrert et samtykke for Nora som gjelder PPT
      Og at Lise har skrevet under på samtykket
      Når Kari fjerner Lise fra de foresatte på saksiden
      Så får Kari beskjed på saksiden: «Denne foresatte har skrevet under på et samtykke eller vært med i et møte, så saken nevner dem og de kan ikke fjernes.»
      Og er Lise blant de foresatte i saken

  Regel: Er saken meldt til barnevernet slik at foresatte ikke skal involveres, viser saksiden dem ikke, og ingenting om dem kan registreres

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Foreldre skal da
    #   ikke kontaktes, og skal heller ikke ha informasjon om meldingen»;
    #   shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Foresatte involveres ikke!»
    Scenario: Etter meldingen ser Kari verken navnene eller skjemaene for de foresatte
      Gitt at Kari har registrert Lise som mor til Nora med foreldreansvar og daglig omsorg på saksiden
      Når Kari melder saken til barnevernet på saksiden
      Så viser saksiden til Kari ingen foresatte, bare at de ikke skal involveres
      Når Kari registrerer Per som far til Nora med foreldreansvar på saksiden
      Så får Kari beskjed på saksiden: «Saken er meldt til barnevernet: de foresatte skal ikke involveres, så ingenting om dem kan registreres her.»
      Og er Per ikke blant de foresatte i saken
