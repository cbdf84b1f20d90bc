# language: no
Egenskap: Barns medvirkning i møtene i Jevnaker
  Jevnaker kommune skal sikre barns medvirkning: barn som har fylt 7 år, har rett til å si sin
  mening, yngre barn som kan danne seg egne meninger, skal også få si den, og fra 12 år skal
  meningen tillegges stor vekt. Når et møte registreres som holdt, føres det hvordan barnet
  deltok: barnet sa sin mening i møtet, sa den på en annen arena der den som står barnet
  nærmest tar den med til neste møte, ble invitert men ville ikke, eller var ikke i stand til
  det. Barnet kan få lese referatet fra møtet.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker ungdomsskole
    Og Berit er kontaktlærer ved Jevnaker ungdomsskole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barn som har fylt 7 år har rett til å si sin mening.»
  Scenario: Et barn på 7 år sier sin mening i møtet
    Gitt Ola er 7 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per, Lise og Ola til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet sa sin mening i møtet: «Jeg vil ha noen å være sammen med i friminuttene.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og står det i referatet: «Barnet sa sin mening i møtet»
    Og står det i referatet: «Jeg vil ha noen å være sammen med i friminuttene.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Når barnet har fylt 12 år skal dets mening tillegges stor vekt.»
  Scenario: Meningen til et barn på 12 år tillegges stor vekt
    Gitt Siri er 12 år
    Og foreldrene til Siri, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Siri
    Og at Kari har invitert Per, Lise og Siri til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet sa sin mening i møtet: «Jeg vil ha hjelp i timene, ikke utenfor klassen.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og barnets mening skal høres og tillegges stor vekt

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Yngre barn som er i stand til å danne sine egne meninger skal også få informasjon og
  #   anledning til å uttrykke seg før det blir tatt avgjørelser om personlige forhold for barnet.»
  Scenario: Et yngre barn som kan danne seg en egen mening, får den ført
    Gitt Nora er 5 år
    Og foreldrene til Nora, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Nora
    Og at Kari har invitert Per, Lise og Nora til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet sa sin mening i møtet: «Jeg liker best å tegne sammen med Emma.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og står det i referatet: «Jeg liker best å tegne sammen med Emma.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barnet blir informert om sin rett til å si sin mening. Den ansatte skal invitere, men
  #   ikke presse barnet til å si sin mening.»
  Scenario: Barnet ble invitert, men ville ikke si sin mening, og det er gyldig
    Gitt Ola er 9 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per, Lise og Ola til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet ble invitert, men ikke ville si sin mening
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og står det i referatet: «Barnet ble invitert, men ville ikke si sin mening»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»,
  #   etter: «I så fall kan et eget møte mellom barnet og for eksempel den som jobber tettest
  #   med barnet være en bedre måte å medvirke. […] Dersom barnet ønsker, kan den ansatte
  #   videreformidle det barnet har sagt på neste møte slik at det kan tillegges vekt.»
  Scenario: Barnet sier sin mening på en annen arena, og kontaktlæreren tar den med til møtet
    Gitt Ola er 10 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har lagt til Berit som deltaker i saken
    Og at Kari har invitert Per og Lise til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet sa sin mening i et eget møte med kontaktlæreren, og at Berit tar meningen med til neste møte: «Jeg vil ikke sitte i møter med mamma og pappa.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og står det i referatet: «et eget møte med kontaktlæreren»
    Og står det i referatet: «Berit tar med barnets mening til neste møte.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»,
  #   etter: «Den ansatte kan fortelle hva som er avtalt på møtene» — på en annen arena må det
  #   stå hvem som står barnet nærmest og tar meningen med til neste møte.
  Scenario: På en annen arena må det stå hvem som tar barnets mening med til neste møte
    Gitt Ola er 10 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per og Lise til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet sa sin mening i et eget møte med kontaktlæreren, uten å si hvem som tar meningen med til neste møte: «Jeg vil ha hjelp med lesingen.»
    Og Kari registrerer møtet som holdt
    Så blir møtet ikke registrert som holdt, med beskjed ved feltet «den som står barnet nærmest»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barn som har fylt 7 år har rett til å si sin mening.» — kunne barnet ikke si den, føres
  #   det hvorfor.
  Scenario: Var barnet ikke i stand til å si sin mening, må det stå hvorfor
    Gitt Ola er 9 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per og Lise til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet ikke var i stand til å si sin mening, uten å si hvorfor
    Og Kari registrerer møtet som holdt
    Så blir møtet ikke registrert som holdt, med beskjed ved feltet «hvorfor barnet ikke kunne si sin mening»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»,
  #   etter: «Barnet kan få lese referat fra møtet, stille spørsmål og få informasjon.»
  Scenario: Barnet kan få lese referatet, og det føres når barnet fikk det
    Gitt Ola er 11 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per, Lise og Ola til møte med foresatte og barnet i morgen klokka 14
    Når Kari fører at barnet sa sin mening i møtet: «Jeg vil prøve en uke til.»
    Og Kari registrerer møtet som holdt
    Så står det i referatet: «Barnet kan få lese referatet, stille spørsmål og få informasjon.»
    Når Kari fører at barnet har fått lese referatet
    Så er det registrert at barnet har fått lese referatet
    Og står det i referatet: «Barnet fikk lese referatet»
