# language: no
Egenskap: Barnets stemme i møtene
  Barn som har fylt 7 år, har rett til å si sin mening, og fra 12 år skal meningen tillegges
  stor vekt. Når et møte om et barn på 7 år eller mer registreres som holdt, føres barnets
  mening i referatet, eller hvorfor barnet ikke kunne si den.

  Bakgrunn:
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Og Kari er lærer ved Nordby skole

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»: «Barn
  #   som har fylt 7 år har rett til å si sin mening.» Kilde: shared/seeds/004_e094d3244bfd92ed.txt
  #   (Tromsø), «Tverrfaglig samarbeid - nivå 2», trinn 4: «Legg til rette for at barnet/ ungdommen
  #   får si sin mening i møter eller i forbindelse med møter.»
  Scenario: Barnets mening føres i referatet fra møtet
    Gitt Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per, Lise og Ola til samarbeidsmøte i morgen klokka 14
    Når Kari fører barnets mening: «Jeg vil ha noen å være sammen med i friminuttene.»
    Og Kari registrerer møtet som holdt
    Så står barnets mening «Jeg vil ha noen å være sammen med i friminuttene.» i referatet fra møtet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»: «Barn
  #   som har fylt 7 år har rett til å si sin mening.» Kilde: shared/seeds/004_e094d3244bfd92ed.txt
  #   (Tromsø), «Innsats i egen avdeling - nivå 1», trinn 5: «Evalueringen må inneholde
  #   barnets/ungdommens stemme.»
  Scenariomal: Et møte om et barn på <alder> år registreres ikke uten barnets mening
    Gitt Siri er <alder> år og går på Nordby skole
    Og foreldrene til Siri, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Siri
    Og at Kari har invitert Per, Lise og Siri til oppfølgingsmøte i morgen klokka 14
    Når Kari registrerer møtet som holdt
    Så blir møtet ikke registrert som holdt, med beskjed ved feltet «barnets mening»

    Eksempler:
      | alder |
      | 7     |
      | 12    |
      | 16    |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Dersom dere vurderer at det er til barnets beste å ikke delta på oppfølgingsmøtene […] bør
  #   det etableres andre arenaer hvor barnet/ungdommen får komme med sin mening.»
  Scenario: Kunne ikke barnet si sin mening, føres det hvorfor
    Gitt Ola er 9 år og går på Nordby skole
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at Kari har invitert Per og Lise til oppfølgingsmøte i morgen klokka 14
    Når Kari fører at barnet ikke kunne si sin mening, fordi «Ola ville ikke være med; kontaktlæreren snakker med ham i morgen.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og i referatet står det hvorfor barnet ikke kunne si sin mening: «Ola ville ikke være med; kontaktlæreren snakker med ham i morgen.»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Barn som har fylt 7 år har rett til å si sin mening. […] Når barnet har fylt 12 år skal
  #   dets mening tillegges stor vekt.»
  Scenariomal: Barnets mening skal høres fra 7 år og tillegges stor vekt fra 12 år
    Gitt Siri er <alder> år og går på Nordby skole
    Og at Kari har åpnet en sak om Siri
    Og at Kari har invitert Siri til samarbeidsmøte i morgen klokka 14
    Når Kari fører barnets mening: «Jeg vil helst ha hjelp i timene, ikke ta meg ut av klassen.»
    Og Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og barnets mening skal <vekt>

    Eksempler:
      | alder | vekt                         |
      | 7     | høres                        |
      | 11    | høres                        |
      | 12    | høres og tillegges stor vekt |
      | 17    | høres og tillegges stor vekt |

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Barns rett til medvirkning og samtykke»:
  #   «Yngre barn som er i stand til å danne sine egne meninger skal også få informasjon og
  #   anledning til å uttrykke seg» — men kravet om å føre meningen gjelder fra 7 år.
  Scenario: Et møte om et barn under 7 år kan registreres uten barnets mening
    Gitt Nora er 6 år og går på Nordby skole
    Og foreldrene til Nora, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Nora
    Og at Kari har invitert Per og Lise til undringssamtale i morgen klokka 14
    Når Kari registrerer møtet som holdt
    Så er møtet registrert som holdt
    Og det er ikke krav om at barnets mening føres
