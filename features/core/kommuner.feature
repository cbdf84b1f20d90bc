# language: no
Egenskap: Kommunene som bruker plattformen
  Hver kommune arbeider etter sin egen handlingsveileder. Når en kommune tas i bruk,
  skal plattformen kjenne kommunens navn og kommunenummer. En kommune uten egen
  tilpasning følger den nasjonale BTI-modellen. Mangler noe, skal plattformen ikke
  starte i det stille med feil veileder, men stoppe og si tydelig hva som mangler.

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Forord»: «Metodeboken er utarbeidet for ansatte
  #   i Bærum kommune.» Kommunenavnene står i kildene; kommunenumrene står ikke der, de er hentet
  #   fra SSBs kommuneliste (gjeldende fra 1. januar 2024).
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder»: «Slik samarbeider vi rundt
  #   barn, unge og familier i Jevnaker kommune»
  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «[…] sikrer vi at barn
  #   og unge i Vestby kommune gis god, koordinert hjelp.»
  # Kilde: shared/seeds/004_e094d3244bfd92ed.txt, «Stafettlogg i Sampro»: «Tromsø kommune bruker
  #   Sampro […]»
  Scenario: Hver kommune har sitt eget navn og kommunenummer
    Gitt at Bærum, Jevnaker, Vestby og Tromsø er tatt i bruk
    Så kjenner plattformen disse kommunene:
      | kommune          | kommunenummer |
      | Bærum kommune    | 3201          |
      | Jevnaker kommune | 3236          |
      | Vestby kommune   | 3216          |
      | Tromsø kommune   | 5501          |

  # Kilde: shared/seeds/002_36ab055ecf8ed34e.txt, «Bekymring følges opp»: «Handlingsveilederen
  #   beskriver fire nivåer i arbeidet med barn og unge […]»; shared/seeds/001_3254db2c7bc0f88f.txt,
  #   før tabellen for nivå 0: «Modellen nedenfor viser nivåene i BTI-arbeidet. Nivå 0 omhandler
  #   avklaring av bekymring, nivå 1 beskriver innsats innenfor hver enkelt tjeneste, nivå 2 og 3
  #   beskriver tverrfaglig og tverretatlig samarbeid.»
  Scenario: En kommune uten egen tilpasning følger den nasjonale modellens fire nivåer
    Gitt at Eksempel kommune, kommunenummer 9999, er tatt i bruk uten egen tilpasning
    Når en ansatt i Eksempel kommune slår opp i kommunens handlingsveileder
    Så har handlingsveilederen nivåene 0, 1, 2 og 3
    Og nivåene er de samme som i den nasjonale modellen
    Og kommunenummeret til Eksempel kommune er 9999

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder»: «Handlingsveilederen er
  #   forpliktende for alle ansatte som møter barn og unge med behov for hjelp […]». En kommune som
  #   har sin egen veileder, skal aldri i det stille få en annen.
  Scenario: Oppstarten stopper når kommunens tilpasning ikke er installert
    Gitt at Lillevik kommune skal tas i bruk med sin egen tilpasning
    Men kommunens tilpasning er ikke installert
    Når plattformen startes
    Så stopper oppstarten med beskjed om at tilpasningen til Lillevik kommune ikke er installert

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Handlingsveileder»: «Slik samarbeider vi rundt
  #   barn, unge og familier i Jevnaker kommune». Veilederen gjelder én bestemt kommune; uten
  #   navn og kommunenummer vet ingen hvilken.
  Scenario: Oppstarten stopper når en kommune uten egen tilpasning mangler kommunenummer
    Gitt at Eksempel kommune skal tas i bruk uten egen tilpasning og uten kommunenummer
    Når plattformen startes
    Så stopper oppstarten med beskjed om at Eksempel kommune må ha navn og kommunenummer
