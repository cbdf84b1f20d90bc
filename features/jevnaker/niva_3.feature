# language: no
Egenskap: Nivå 3 i Jevnaker: psykolog og lege kobles på, og foresatte kan takke nei
  På nivå 3 fyller stafettholder ut sjekklisten for psykiske lidelser. Ved mistanke om
  psykiske lidelser skal kommunepsykolog kobles på samarbeidet, og er man usikker på om det er
  fysisk eller psykisk sykdom, skal også kommuneoverlege/fastlege være med. Saken viser hvem
  som skal være med, men mangler ennå. Foresatte har rett til å takke nei til hjelp; det føres
  i stafettloggen, og lederen i enheten der undringen oppsto, får i oppgave å vurdere om det
  skal lages en tiltaksplan for barnet der.

  Bakgrunn:
    Gitt at Jevnaker kommune er tatt i bruk
    Og at saken gjelder Jevnaker kommune
    Og Kari er lærer ved Jevnaker ungdomsskole
    Og Randi er leder ved Jevnaker ungdomsskole
    Og Truls er leder ved Bergermoen skole
    Og Siri er psykolog ved Jevnaker kommunepsykolog
    Og Ola er 13 år
    Og foreldrene til Ola, Per og Lise, bor sammen
    Og at Kari har åpnet en sak om Ola
    Og at saken er på nivå 3 med Kari som stafettholder

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Mulige psykiske lidelser»: «Ved mistanke om
  #   psykiske lidelser skal kommunepsykolog kobles på i det tverrfaglige samarbeidet»
  #   (Verktøy: «Sjekkliste psykiske lidelser for barn og unge»)
  Scenario: Mistanke om psykiske lidelser kobler på kommunepsykologen
    Når Kari krysser av for «Det er mistanke om psykiske lidelser» i «Sjekkliste psykiske lidelser for barn og unge»
    Så skal Kommunepsykolog kobles på samarbeidet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Avklaring somatisk eller fysisk sykdom»: «Ved
  #   tilfeller der man er usikker på fysisk eller psykisk sykdom eller eksempelvis begge deler
  #   skal kommuneoverlege/fastlege og kommunepsykolog involveres i samarbeidet»
  Scenario: Usikkerhet om fysisk eller psykisk sykdom kobler på både lege og psykolog
    Når Kari krysser av for «Det er usikkert om det er fysisk eller psykisk sykdom, eller begge deler» i «Sjekkliste psykiske lidelser for barn og unge»
    Så skal Kommuneoverlege/fastlege og Kommunepsykolog kobles på samarbeidet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Mulige psykiske lidelser», Hvem: «Stafettholder»
  Scenario: Saken viser stafettholderen hvem som skal være med, men mangler ennå
    Når Kari krysser av for «Det er mistanke om psykiske lidelser» i «Sjekkliste psykiske lidelser for barn og unge»
    Så ser Kari på saken at «Skal være med, mangler ennå: Kommunepsykolog.»
    Og ser Kari på saken at «Som stafettholder kobler du dem på saken nedenfor»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Foresattes vurdering», Etabler laget rundt
  #   barnet: «Deltagere avklares på nytt etter nivå 2.» Og
  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Mulige psykiske lidelser»: «[…] skal
  #   kommunepsykolog kobles på i det tverrfaglige samarbeidet»
  Scenario: Når psykologen er lagt til som deltaker, mangler ingen lenger
    Gitt at foreldrene har skrevet under på samtykke til samarbeid med kommunepsykolog
    Når Kari krysser av for «Det er mistanke om psykiske lidelser» i «Sjekkliste psykiske lidelser for barn og unge»
    Og Kari legger til Siri som deltaker i saken
    Så mangler det ingen tjenester i samarbeidet
    Og ser Kari ikke på saken at «mangler ennå»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Mulige psykiske lidelser»: «Ved mistanke om
  #   psykiske lidelser skal kommunepsykolog kobles på» — uten mistanke kobles ingen på.
  Scenario: En sjekkliste uten mistanke kobler ingen på
    Når Kari fyller ut «Sjekkliste psykiske lidelser for barn og unge» uten å krysse av for noen mistanke
    Så mangler det ingen tjenester i samarbeidet

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Foresattes vurdering»: «Lytt til
  #   foreldre/foresatte vurdering og anerkjenn deres rett til å takke nei til tilbud om hjelp»
  Scenario: At foresatte takker nei til hjelp, føres i stafettloggen
    Når Kari fører at foresatte takker nei til «samtaler med kommunepsykologen»
    Så står det i stafettloggen, ført av Kari: «Foresatte takker nei til den tilbudte hjelpen: samtaler med kommunepsykologen»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Foresattes vurdering»: «anerkjenn deres rett
  #   til å takke nei til tilbud om hjelp» — det må stå hva de takker nei til.
  Scenario: Det må stå hvilken hjelp foresatte takker nei til
    Når Kari fører at foresatte takker nei, uten å si til hva
    Så avvises det, med beskjed ved feltet «hvilken hjelp foresatte takker nei til»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltaksplan»: «På tross av at foreldre
  #   /foresatte ikke ønsker hjelp fra andre instanser må det vurderes om tiltaksplan skal
  #   utarbeides for barnet /ungdommen i den virksomheten barnet befinner seg i, og undringen
  #   har oppstått», Hvem: «Ansvarlig leder i enheten»
  Scenario: Lederen i enheten får i oppgave å vurdere en tiltaksplan
    Når Kari fører at foresatte takker nei til «hjelp fra PPT og kommunepsykologen»
    Så har Randi oppgaven «Vurder om tiltaksplan skal utarbeides for barnet i virksomheten» i «Mine saker»
    Og har Truls ikke oppgaven «Vurder om tiltaksplan skal utarbeides for barnet i virksomheten» i «Mine saker»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltaksplan»: «[…] må det vurderes om
  #   tiltaksplan skal utarbeides […]», Hvem: «Ansvarlig leder i enheten»
  Scenario: Lederens vurdering føres, og oppgaven er gjort
    Gitt at Kari har ført at foresatte takker nei til «hjelp fra PPT»
    Når Randi fører vurderingen «Tiltaksplan skal utarbeides» fordi «Ola trenger tett oppfølging i timene.»
    Så står det i stafettloggen, ført av Randi: «Vurder om tiltaksplan skal utarbeides for barnet i virksomheten: Tiltaksplan skal utarbeides. Begrunnelse: Ola trenger tett oppfølging i timene.»
    Og har Randi ikke oppgaven «Vurder om tiltaksplan skal utarbeides for barnet i virksomheten» i «Mine saker»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltaksplan»: «Ansvarlig leder i enheten»
  #   Vurderingen gjøres av «Ansvarlig leder i enheten», og den må begrunnes.
  Scenario: Lederens vurdering lagres ikke uten begrunnelse
    Gitt at Kari har ført at foresatte takker nei til «hjelp fra PPT»
    Når Randi fører vurderingen «Tiltaksplan trengs ikke» fordi «»
    Så blir vurderingen ikke lagret, med beskjed ved feltet «begrunnelse»

  # Kilde: shared/seeds/001_3254db2c7bc0f88f.txt, «Tiltaksplan», Hvem: «Ansvarlig leder i
  #   enheten» — en leder i en annen enhet har ingen del i den.
  Scenario: En leder i en annen enhet kan ikke føre vurderingen
    Gitt at Kari har ført at foresatte takker nei til «hjelp fra PPT»
    Når Truls fører vurderingen «Tiltaksplan trengs ikke» fordi «Ikke vår elev.»
    Så finnes ikke oppgaven for Truls
