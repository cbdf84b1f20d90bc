# language: no
Egenskap: Samtykke før andre tjenester trekkes inn
  Andre tjenester kan bare trekkes inn i saken med et gyldig, skriftlig samtykke som nevner
  dem. Hvem som skal skrive under, følger av alderen til den saken gjelder og av hvordan
  foreldrene bor. Et samtykke gjelder bare når alle som skal skrive under, har gjort det, og
  bare i tidsrommet det er gitt for. Det kan trekkes tilbake når som helst, og det gjelder
  fra samme øyeblikk. Et nei tas vare på i saken. Plikten til å melde fra til barnevernet
  krever aldri samtykke.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning

  Regel: Under 15 år skriver foreldrene under, etter hvordan de bor

    Bakgrunn:
      Gitt Kari er lærer ved Nordby skole
      Og Ola er 9 år og går på Nordby skole

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Der foreldre bor
    #   sammen, er det tilstrekkelig at den ene skriver under.»
    Scenario: Foreldre som bor sammen: det er nok at én av dem skriver under
      Gitt foreldrene til Ola, Per og Lise, bor sammen
      Og at Kari har åpnet en sak om Ola
      Og at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Der foreldre ikke bor
    #   sammen, er det den som har den daglige omsorgen som skal skrive under.»
    Scenario: Foreldre som bor hver for seg: den som har den daglige omsorgen skriver under
      Gitt foreldrene til Ola, Per og Lise, bor hver for seg, og Lise har den daglige omsorgen
      Og at Kari har åpnet en sak om Ola
      Og at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Per skriver under
      Så blir underskriften avvist fordi Per ikke skal skrive under dette samtykket
      Når Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Er det delt omsorg skal
    #   begge skrive under.»
    Scenario: Foreldre med delt omsorg: begge må skrive under
      Gitt foreldrene til Ola, Per og Lise, har delt omsorg
      Og at Kari har åpnet en sak om Ola
      Og at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Per skriver under
      Så er samtykket ikke gyldig ennå
      Når Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Underskrift foresatt»;
    #   den som har foreldreansvaret alene, er den eneste foresatte som kan skrive under.
    Scenario: Én forelder med foreldreansvaret alene skriver under alene
      Gitt Ola har én forelder, Per, med foreldreansvar alene
      Og at Kari har åpnet en sak om Ola
      Og at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Per skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Underskrift ungdom over
    #   15 år»; shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «Barn som har fylt 15 år kan sammen med foresatte velge om det vil samtykke til
    #   tverrfaglig samarbeid.» Før fylte 15 år er det foreldrene som samtykker.
    Scenario: Et barn under 15 år skriver ikke under på samtykket selv
      Gitt foreldrene til Ola, Per og Lise, bor sammen
      Og at Kari har åpnet en sak om Ola
      Og at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Ola skriver under selv
      Så blir underskriften avvist fordi Ola ikke skal skrive under dette samtykket

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Er det delt omsorg skal
    #   begge skrive under.»; shared/seeds/002_36ab055ecf8ed34e.txt, nivå 0, «Grunn til å gå
    #   videre? Avklaring»: «Samtykke må foreligge.»
    Scenario: Et samtykke som mangler en underskrift, gir ikke lov til å trekke inn en ny tjeneste
      Gitt Hege er helsesykepleier ved Nordby helsestasjon
      Og foreldrene til Ola, Per og Lise, har delt omsorg
      Og at Kari har åpnet en sak om Ola
      Og at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
      Og at Per har skrevet under på samtykket
      Når Kari legger til Hege som deltaker i saken
      Så blir Hege ikke med i saken fordi ingen gyldig samtykke omfatter helsestasjonen

  Regel: Fra 15 år skriver ungdommen under sammen med foreldrene, og fra 16 år alene om helse

    Bakgrunn:
      Gitt Hege er helsesykepleier ved Nordby helsestasjon

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «Fra 15 år skal foresatte og/eller ungdommen skrive under på samtykkeskjema.»;
    #   shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Underskrift ungdom over 15 år»
    #   og «Underskrift foresatt». Den nasjonale modellen krever begge («og»).
    Scenariomal: En ungdom på <alder> år skriver under sammen med foreldrene
      Gitt Mia er <alder> år
      Og foreldrene til Mia, Per og Lise, bor sammen
      Og at Hege har åpnet en sak om Mia
      Og at Hege har registrert et samtykke for Mia som gjelder PPT
      Når Mia skriver under selv
      Så er samtykket ikke gyldig ennå
      Når Per skriver under
      Så er samtykket gyldig

      Eksempler:
        | alder |
        | 15    |
        | 16    |
        | 17    |

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «I helsetjenestene kan ungdom over 16 år selv samtykke til at taushetsplikten faller
    #   bort.»; shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «(vedrørende helse er
    #   den «helserettslige myndighetsalder» 16 år)».
    Scenariomal: En ungdom på <alder> år samtykker selv til å dele helseopplysninger
      Gitt Mia er <alder> år
      Og foreldrene til Mia, Per og Lise, bor sammen
      Og at Hege har åpnet en sak om Mia
      Og at Hege har registrert et samtykke for Mia som gjelder helseopplysninger og skolehelsetjenesten
      Når Per skriver under
      Så blir underskriften avvist fordi Per ikke skal skrive under dette samtykket
      Når Mia skriver under selv
      Så er samtykket gyldig

      Eksempler:
        | alder |
        | 16    |
        | 17    |

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Underskrift ungdom over
    #   15 år : (vedrørende helse er den «helserettslige myndighetsalder» 16 år)». Før fylte
    #   16 år skriver foreldrene under også om helseopplysninger.
    Scenario: En ungdom på 15 år kan ikke alene samtykke til å dele helseopplysninger
      Gitt Mia er 15 år
      Og foreldrene til Mia, Per og Lise, bor sammen
      Og at Hege har åpnet en sak om Mia
      Og at Hege har registrert et samtykke for Mia som gjelder helseopplysninger og skolehelsetjenesten
      Når Mia skriver under selv
      Så er samtykket ikke gyldig ennå
      Når Lise skriver under
      Så er samtykket gyldig

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «I helsetjenestene kan ungdom over 16 år selv samtykke til at taushetsplikten faller
    #   bort.» — i helsetjenestene, ikke for PPT, skole eller barnevern; der gjelder «Fra 15 år
    #   skal foresatte og/eller ungdommen skrive under på samtykkeskjema.»
    Scenario: Ungdommens egen underskrift om helse gir ikke lov til å trekke inn tjenester utenfor helse
      Gitt Siri er rådgiver ved Nordby PPT
      Og Mia er 16 år
      Og foreldrene til Mia, Per og Lise, bor sammen
      Og at Hege har åpnet en sak om Mia
      Og at Hege har registrert et samtykke for Mia som gjelder helseopplysninger, skolehelsetjenesten og PPT
      Når Mia skriver under selv
      Og Hege legger til Siri som deltaker i saken
      Så blir Siri ikke med i saken fordi ingen gyldig samtykke omfatter PPT

  Regel: En kommune kan bestemme at ungdom fra 15 år skriver under «eller» foreldrene

    Bakgrunn:
      Gitt at kommunen har bestemt at en ungdom mellom 15 og 18 år kan skrive under på samtykket i stedet for foreldrene
      Og Hege er helsesykepleier ved Nordby helsestasjon
      Og Mia er 15 år
      Og foreldrene til Mia, Per og Lise, bor sammen
      Og at Hege har åpnet en sak om Mia
      Og at Hege har registrert et samtykke for Mia som gjelder PPT

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «Fra 15 år skal foresatte og/eller ungdommen skrive under på samtykkeskjema. Mellom 15
    #   år og 18 år skal ungdommen få stadig større selvbestemmelsesrett.»
    Scenario: Der kommunen har valgt «eller», er det nok at ungdommen skriver under
      Når Mia skriver under selv
      Så er samtykket gyldig

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «Fra 15 år skal foresatte og/eller ungdommen skrive under på samtykkeskjema.»
    Scenario: Der kommunen har valgt «eller», er det nok at én av foreldrene skriver under
      Når Per skriver under
      Så er samtykket gyldig

  Regel: Voksne og gravide skriver under selv

    Bakgrunn:
      Gitt Hege er helsesykepleier ved Nordby helsestasjon

    # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
    #   «Mellom 15 år og 18 år skal ungdommen få stadig større selvbestemmelsesrett.» Fra 18 år
    #   er ungdommen myndig; shared/seeds/000_0e1a3820b93a5dea.txt, «Målgruppe»: «Barn og unge
    #   mellom 0-23 år […]».
    Scenario: En som har fylt 18 år, skriver under selv og alene
      Gitt Jonas er 19 år
      Og foreldrene til Jonas, Per og Lise, bor sammen
      Og at Hege har åpnet en sak om Jonas
      Og at Hege har registrert et samtykke for Jonas som gjelder NAV
      Når Per skriver under
      Så blir underskriften avvist fordi Per ikke skal skrive under dette samtykket
      Når Jonas skriver under selv
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Målgruppe»: «Barn og unge mellom 0-23 år og
    #   gravide som kan ha behov for å få sin sak drøftet tverrfaglig.»
    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Jeg samtykker til at ulike
    #   instanser kan samarbeide for at jeg […] skal få et best mulig koordinert tilbud».
    Scenario: En gravid kvinne skriver under på sitt eget samtykke
      Gitt Nora er gravid med termin om 10 uker
      Og at Hege har åpnet en sak om Nora
      Og at Hege har registrert et samtykke for Nora som gjelder fastlegen og psykisk helse
      Når Nora skriver under selv
      Så er samtykket gyldig

  Regel: Et samtykke gjelder bare så lenge det er gitt, for de tjenestene det nevner

    Bakgrunn:
      Gitt Kari er lærer ved Nordby skole
      Og Hege er helsesykepleier ved Nordby helsestasjon
      Og Ola er 9 år og går på Nordby skole
      Og foreldrene til Ola, Per og Lise, bor sammen
      Og at Kari har åpnet en sak om Ola

    # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Tverrfaglig samarbeid - nivå 2», trinn 1:
    #   «Innhent samtykke til tverrfaglig samarbeid.» og trinn 2: «NB! Husk samtykke.»
    Scenario: Med et gyldig samtykke kan saken gå til nivå 2
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
      Og at Lise har skrevet under på samtykket
      Når Kari beslutter å gå til nivå 2 fordi «Ola trenger hjelp fra helsestasjonen»
      Så står saken på nivå 2

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Dette samtykket gjelder i
    #   tidsrommet: […] […] Sted: Dato:» over underskriftene. En underskrift datert før samtykket
    #   ble laget, eller etter at tidsrommet er ute, er en skrivefeil og gir ikke samtykke.
    Scenario: En underskrift må være datert innenfor samtykkets egne datoer
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
      Når Lise skriver under med datoen for 800 dager siden
      Så blir underskriften avvist fordi datoen ligger utenfor samtykkets egne datoer
      Når Lise skriver under med datoen i dag
      Så er samtykket gyldig

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Dette samtykket gjelder i
    #   tidsrommet: […]». Et samtykke kan skrives under før tidsrommet begynner.
    Scenario: Et samtykke som gjelder fra neste måned, kan skrives under i dag
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen fra om 30 dager til om 395 dager
      Når Lise skriver under med datoen i dag
      Så er samtykket gitt, men det gjelder ikke før tidsrommet begynner

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Jeg/vi er kjent med at
    #   samtykket når som helst kan trekkes tilbake.»
    Scenario: Et samtykke som trekkes tilbake, gjelder ikke lenger fra samme øyeblikk
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
      Og at Lise har skrevet under på samtykket
      Når Lise trekker samtykket tilbake
      Så er samtykket ikke lenger gyldig
      Når Kari legger til Hege som deltaker i saken
      Så blir Hege ikke med i saken fordi ingen gyldig samtykke omfatter helsestasjonen
      Når Kari beslutter å gå til nivå 2 fordi «Ola trenger hjelp fra helsestasjonen»
      Så avvises beslutningen fordi det ikke finnes et gyldig samtykke

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Jeg/vi er kjent med at
    #   samtykket når som helst kan trekkes tilbake.»
    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Opplysningene kan ikke
    #   brukes til andre formål enn det samtykket er gitt for» . Uten samtykke deles ingenting mer
    #   med tjenesten det gjaldt.
    Scenario: Når samtykket trekkes tilbake, får tjenesten det gjaldt, ikke lenger se saken
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen
      Og at Lise har skrevet under på samtykket
      Og at Kari har lagt til Hege som deltaker i saken
      Når Lise trekker samtykket tilbake
      Og Hege slår opp saken
      Så får Hege samme svar som om saken ikke fantes

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker»: «Innhent informert
    #   skriftlig samtykke […]»
    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Formål»: «Hvis foreldrene/ungdommen ikke ønsker
    #   å delta, må det foreligge skriftlig samtykke før saken drøftes.» Et nei er også en
    #   opplysning i saken.
    Scenario: Når foreldrene sier nei, blir avslaget tatt vare på i saken
      Gitt at Kari har registrert et samtykke for Ola som gjelder PPT
      Når Per sier nei til samtykket
      Så står samtykket i saken som avslått, og det gjelder ikke
      Når Lise skriver under
      Så blir underskriften avvist fordi samtykket ikke lenger kan skrives under

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Dette samtykket gjelder
    #   i tidsrommet: […]»
    Scenario: Et samtykke kan ikke slutte før det begynner
      Når Kari registrerer et samtykke for Ola som gjelder PPT fra om 10 dager til i morgen
      Så blir samtykket ikke registrert fordi det slutter før det begynner

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Dette samtykket gjelder
    #   i tidsrommet: […]»
    Scenario: Et samtykke som har gått ut, gir ikke lenger lov til å trekke inn tjenester
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen fra i dag til om 30 dager
      Og at Lise har skrevet under på samtykket
      Når samtykkets gyldighetstid har løpt ut
      Og Kari legger til Hege som deltaker i saken
      Så blir Hege ikke med i saken fordi ingen gyldig samtykke omfatter helsestasjonen
      Når Kari beslutter å gå til nivå 2 fordi «Ola trenger hjelp fra helsestasjonen»
      Så avvises beslutningen fordi det ikke finnes et gyldig samtykke

    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Dette samtykket gjelder
    #   i tidsrommet: […]»
    Scenario: Et samtykke som ennå ikke har begynt å gjelde, gir ikke lov til å trekke inn tjenester
      Gitt at Kari har registrert et samtykke for Ola som gjelder helsestasjonen fra om 10 dager til om 100 dager
      Og at Lise har skrevet under på samtykket
      Når Kari legger til Hege som deltaker i saken
      Så blir Hege ikke med i saken fordi ingen gyldig samtykke omfatter helsestasjonen

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Avklar/avslutt», Nivå 1: «Om behov for
    #   flere tjenester inn, lag et nytt samtykkeskjema.»
    # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Samtykkeerklæring»: «Instanser som kan
    #   samarbeide og utveksle informasjon: 1: […] 4: […]»
    Scenario: En ny tjeneste krever et nytt samtykke
      Gitt at Kari har registrert et samtykke for Ola som gjelder PPT
      Og at Lise har skrevet under på samtykket
      Når Kari legger til Hege som deltaker i saken
      Så blir Hege ikke med i saken fordi ingen gyldig samtykke omfatter helsestasjonen
      Når Kari registrerer et nytt samtykke for Ola som gjelder helsestasjonen
      Og Lise skriver under
      Og Kari legger til Hege som deltaker i saken
      Så er Hege deltaker i saken

  Regel: Plikten til å melde fra til barnevernet krever aldri samtykke

    Bakgrunn:
      Gitt Kari er lærer ved Nordby skole
      Og Ola er 9 år og går på Nordby skole
      Og foreldrene til Ola, Per og Lise, bor sammen
      Og at Kari har åpnet en sak om Ola

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «Ved mistanke om
    #   vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til barnevernstjenesten.
    #   Foresatte involveres ikke!» Opplysningsplikten går foran taushetsplikten.
    Scenario: En bekymringsmelding til barnevernet krever ikke samtykke
      Når Kari melder saken til barnevernet
      Så er meldingen sendt uten samtykke

    # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Akutt?»: «[…] skal saken meldes direkte til
    #   barnevernstjenesten. Foresatte involveres ikke!»; shared/seeds/004_e094d3244bfd92ed.txt,
    #   nivå 0, trinn 4: «Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3;
    #   bekymringsmelding til barneverntjenesten/politi.»
    Scenario: Et samtykke som er trukket tilbake, hindrer ikke en bekymringsmelding
      Gitt at Kari har registrert et samtykke for Ola som gjelder PPT
      Og at Lise har skrevet under på samtykket
      Og at Lise har trukket samtykket tilbake
      Når Kari beslutter å melde saken til barnevernet fordi «Ola forteller om slag hjemme»
      Så er meldingen sendt uten samtykke
      Og står saken på nivå 3
