# language: no
@tromso
Egenskap: Barn som pårørende
  Barn og unge (0–18 år) er pårørende når foreldre eller søsken opplever helseproblemer eller
  dør. Foreldre og søsken tolkes vidt. Barn og unge er også pårørende når nære personer dør.
  Kommunen har rutiner for hvordan barn som pårørende ivaretas, og Ressurssenteret svarer på
  hvordan kommunen jobber med dette.

  Bakgrunn:
    Gitt at Tromsø kommune er tatt i bruk
    Og at saken gjelder Tromsø kommune
    Og Kari er lærer ved Prestvannet skole

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Barn som pårørende»: «Barn og unge (0-18 år) er
  #   pårørende når foreldre eller søsken opplever helseproblemer eller dør. […] Helseproblemene kan
  #   være psykisk sykdom, avhengighet, eller alvorlig somatisk sykdom eller skade. […] Det er
  #   utarbeidet rutiner for hvordan barn som pårørende til syke foreldre og søsken skal ivaretas i
  #   kommunen.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Barn som pårørende»: «[…] ta kontakt med
  #   Ressurssenteret.»
  Scenario: Saken merkes når barnet er pårørende til en forelder med psykisk sykdom, og kommunens rutine vises
    Gitt Ola er 10 år og går på Prestvannet skole
    Og at Kari har åpnet en sak om Ola
    Når Kari markerer at Ola er pårørende til mor med psykisk sykdom
    Så er saken markert med at Ola er pårørende til «en forelder (også ste-, foster- eller adoptivforelder)» på grunn av «psykisk sykdom»
    Og viser saken kommunens rutine: «Det er utarbeidet rutiner for hvordan barn som pårørende til syke foreldre og søsken skal ivaretas i kommunen.»
    Og er Ressurssenteret kontakten for barn som pårørende

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Barn som pårørende»: «Foreldre og søsken
  #   tolkes vidt og inkluderer for eksempel steforeldre, fosterforeldre, adoptivforeldre og
  #   tilsvarende søsken. Helseproblemene kan være psykisk sykdom, avhengighet, eller alvorlig
  #   somatisk sykdom eller skade. Det kan også være funksjonsnedsettelser.»
  Scenariomal: Foreldre og søsken tolkes vidt
    Gitt Ola er 10 år og går på Prestvannet skole
    Og at Kari har åpnet en sak om Ola
    Når Kari markerer at Ola er pårørende til <hvem> med <hva>
    Så er saken markert med at Ola er pårørende til «<slektskap>» på grunn av «<helseproblem>»

    Eksempler:
      | hvem             | hva                                  | slektskap                                              | helseproblem                         |
      | en stefar        | avhengighet                          | en forelder (også ste-, foster- eller adoptivforelder) | avhengighet                          |
      | en fostermor     | alvorlig somatisk sykdom eller skade | en forelder (også ste-, foster- eller adoptivforelder) | alvorlig somatisk sykdom eller skade |
      | en storebror     | avhengighet                          | et søsken (også ste-, foster- eller adoptivsøsken)     | avhengighet                          |
      | en adoptivsøster | funksjonsnedsettelse                 | et søsken (også ste-, foster- eller adoptivsøsken)     | funksjonsnedsettelse                 |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Barn som pårørende»: «Barn og unge (0-18
  #   år) er pårørende når foreldre eller søsken opplever helseproblemer eller dør.»
  Scenariomal: Barn og unge til og med 18 år er pårørende i denne betydningen
    Gitt Ola er <alder> år og går på Prestvannet skole
    Og at Kari har åpnet en sak om Ola
    Når Kari markerer at Ola er pårørende til far med avhengighet
    Så <svar>

    Eksempler:
      | alder | svar                                                                                                                            |
      | 18    | er saken markert med at Ola er pårørende til «en forelder (også ste-, foster- eller adoptivforelder)» på grunn av «avhengighet» |
      | 19    | blir markeringen avvist fordi «Barn og unge opp til 18 år er pårørende i denne betydningen.»                                    |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Barn som pårørende»: «Barn og unge er også
  #   pårørende når nære personer dør.» For andre enn foreldre og søsken er det dødsfallet som
  #   gjør barnet pårørende.
  Scenariomal: For andre nære personer er barnet pårørende når personen dør
    Gitt Ola er 10 år og går på Prestvannet skole
    Og at Kari har åpnet en sak om Ola
    Når Kari markerer at Ola er pårørende til en nær person <hva>
    Så <svar>

    Eksempler:
      | hva                | svar                                                                                                      |
      | som er død         | er saken markert med at Ola er pårørende til «en annen person som står barnet nær» på grunn av «dødsfall» |
      | med psykisk sykdom | blir markeringen avvist fordi «For andre nære personer er barnet pårørende når personen er død.»          |

  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Barn som pårørende»: «Barn og unge (0-18
  #   år) er pårørende når foreldre eller søsken opplever helseproblemer eller dør.» En merking
  #   som ikke lenger gjelder, kan fjernes.
  Scenario: En merking som ikke lenger gjelder, fjernes
    Gitt Ola er 10 år og går på Prestvannet skole
    Og at Kari har åpnet en sak om Ola
    Og at Kari har markert at Ola er pårørende til mor med psykisk sykdom
    Når Kari fjerner merkingen av Ola som pårørende
    Så er saken ikke markert som barn som pårørende
