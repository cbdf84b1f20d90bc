"""Whom a Bærum employee calls: Barneverntjenesten, the coordinator for Tidlig innsatsteam,
and Bufdir's pages about barnevern.

Source: shared/seeds/000_0e1a3820b93a5dea.txt, «Hvordan melde inn saker». The method book
gives no phone number for anyone, so no contact here has one: the platform says «fylles inn
av kommunen» in its place and offers nothing to call, as for Jevnaker. The national numbers
(112, 116 111, 02800) come from the core's defaults and stay listed first.

* Barneverntjenesten is the acute path: «Ved mistanke om vold eller seksuelle overgrep skal
  Barneverntjenesten kontaktes umiddelbart. Barneverntjenesten tar kontakt med politiet.
  Foreldre skal da ikke kontaktes, og skal heller ikke ha informasjon om meldingen.»
* The coordinator for TIT: «Kontakt koordinator for TIT på telefon eller epost for å sjekke
  ut når saken kan komme opp i TIT (hastegrad vurderes) […] (obs navn må ikke oppgis i
  epost.)»
* The method book links «http://www.bufdir.no/Barnevern/» under the duty to report.
"""

from __future__ import annotations

from bti import Contact
from bti import lazy_gettext as _l

#: The method book gives no number: the core says «fylles inn av kommunen» instead.
NO_NUMBER = ""

#: «Hvordan melde inn saker»: the duty to report, and the acute path.
MELDEPLIKT = _l(
    "Alle offentlige ansatte har et selvstendig ansvar for å melde fra til "
    "Barneverntjenesten direkte ved mistanke om alvorlig omsorgssvikt, vold eller "
    "overgrep mot et barn. Ved mistanke om vold eller seksuelle overgrep skal "
    "Barneverntjenesten kontaktes umiddelbart. Barneverntjenesten tar kontakt med "
    "politiet. Foreldre skal da ikke kontaktes, og skal heller ikke ha informasjon om "
    "meldingen."
)

CONTACTS = (
    Contact(
        name=_l("Barneverntjenesten i Bærum"),
        phone=NO_NUMBER,
        when_to_use=MELDEPLIKT,
        acute=True,
        kind="barnevern",
    ),
    Contact(
        name=_l("Koordinator for Tidlig innsatsteam"),
        phone=NO_NUMBER,
        when_to_use=_l(
            "Kontakt koordinator for TIT på telefon eller epost for å sjekke ut når saken kan "
            "komme opp i TIT (hastegrad vurderes), og gi beskjed om at meldeskjema vil bli "
            "sendt. Obs: navn må ikke oppgis i epost."
        ),
        kind="tit_koordinator",
    ),
    Contact(
        name=_l("Bufdir: Barnevern"),
        phone=NO_NUMBER,
        when_to_use=_l("Informasjon om barnevernet og om å melde bekymring."),
        kind="bufdir",
        url="http://www.bufdir.no/Barnevern/",
    ),
)
