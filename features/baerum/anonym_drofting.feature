# language: no
@baerum
Egenskap: Anonyme drøftinger i Bærum er konsultasjoner, ikke saker i Tidlig innsatsteam
  I Bærum drøftes saker i Tidlig innsatsteam bare med foreldre eller ungdom til stede og
  med skriftlig samtykke. En anonym drøfting er en telefonkonsultasjon med barnevernet: den
  registreres uten navn og blir ikke en sak.

  Bakgrunn:
    Gitt at Bærum kommune er tatt i bruk
    Og at saken gjelder Bærum kommune
    Og Hanne er helsesykepleier ved Bekkestua helsestasjon

  # Kilde: shared/seeds/000_0e1a3820b93a5dea.txt, «Type saker»: «Anonyme drøftinger tas kun i
  #   bruk ved konsultasjonstelefoner (se flytskjema)».
  Scenario: En anonym drøfting i Bærum registreres uten personopplysninger og blir ikke en sak
    Når Hanne følger lenken «Drøft anonymt med barnevernet» når hun melder en ny bekymring
    Og Hanne registrerer en anonym drøfting i dag, fra helsestasjonen, med rådet «Ingen videre tiltak nå»
    Så er det lagret en anonym drøfting fra helsestasjonen i dag med rådet «Ingen videre tiltak nå»
    Og er det ikke lagret noe om hvem drøftingen gjaldt
    Og inneholder den lagrede drøftingen bare dagen, tjenesten, rådet og kommunen
