# language: no
@baerum
Egenskap: Protokollene fra Tidlig innsatsteam samles kvartalsvis for Sammen for barn og unge
  De anonymiserte protokollene sendes kvartalsvis til koordinator for Sammen for barn og unge.
  En sak hører til kvartalet møtet ble holdt i, regnet etter Bærums egen klokke: et møte 31.
  desember hører til 4. kvartal, et møte 4. januar til 1. kvartal året etter. Rapporten kan
  også hentes fra kommandolinjen.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og at det er mandag 28. desember 2026 kl. 09.00
    Og at Tidlig innsatsteamene fra metodeboka er satt opp
    Og at Høvik skole ligger i område Øst
    Og Kim er avdelingsleder ved Bærum barnevern
    Og Hege er helsesykepleier ved Høvik skolehelsetjeneste
    Og at Tidlig innsatsteam 6–15 år Øst har Kim som koordinator og Hege som fast medlem
    Og Kari er lærer ved Høvik skole
    Og at Gro er koordinator for Sammen for barn og unge
    Og Ola er 9 år og går på Høvik skole
    Og Emma er 10 år og går på Høvik skole
    Og at saken om Ola er drøftet på teamets møte torsdag 31. desember 2026 og protokollen er ferdigstilt: «Sak 1: uro i klassen, plan om pauser.»
    Og at saken om Emma er drøftet på teamets møte mandag 4. januar 2027 og protokollen er ferdigstilt: «Sak 2: mye fravær, plan om oppfølging.»

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Protokoll (anonymisert).
  #   Arkiveres i TIT. Sendes til koordinator Sammen for barn og unge, kvartalsvis»
  Scenario: Et møte 31. desember hører til 4. kvartal, et møte 4. januar til 1. kvartal
    Når Gro henter protokollene for 4. kvartal 2026
    Så er dette protokollene for kvartalet:
      | sak nr. | møtedag          | protokoll                            |
      | 1       | 31. desember 2026 | Sak 1: uro i klassen, plan om pauser. |
    Når Gro henter protokollene for 1. kvartal 2027
    Så er dette protokollene for kvartalet:
      | sak nr. | møtedag         | protokoll                             |
      | 2       | 4. januar 2027  | Sak 2: mye fravær, plan om oppfølging. |

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Protokoll (anonymisert).
  #   Arkiveres i TIT. Sendes til koordinator Sammen for barn og unge, kvartalsvis»
  Scenario: Kvartalsrapporten hentes fra kommandolinjen uten navn
    Når kvartalsrapporten for 2026Q4 hentes fra kommandolinjen
    Så står «Sak 1: uro i klassen, plan om pauser.» i kvartalsrapporten
    Men står ikke «Sak 2: mye fravær, plan om oppfølging.» i kvartalsrapporten
    Og nevner ikke kvartalsrapporten Ola, Emma eller Testesen

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Dokumentasjon»: «Sendes til koordinator Sammen
  #   for barn og unge, kvartalsvis»
  Scenario: Bare koordinatoren for Sammen for barn og unge henter kvartalets protokoller
    Når Kari henter protokollene for 4. kvartal 2026
    Så finner Kari ikke protokollene
