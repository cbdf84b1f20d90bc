"""Jevnaker's help services, as the guide names them («Kontaktliste til hjelpetjenestene»).

Source: shared/seeds/001_3254db2c7bc0f88f.txt. The guide names the services and links two
of them to the municipality's pages («PPT og logoped - JEVNAKER KOMMUNE», «Fysioterapi,
ergoterapi og rehabilitering - JEVNAKER KOMMUNE»); it gives no phone number for any of
them. So no contact here has a number: the platform shows «fylles inn av kommunen» in its
place and offers nothing to call, until the municipality fills the numbers in. The national
numbers (112, 116 111, 02800) come from the core's defaults and stay listed first.

* Barnevernstjenesten is the acute path: «Foreldre har rett til å vite, unntatt når det er
  mistanke om seksuelle overgrep eller vold. Da tas det umiddelbart kontakt med
  barnevernstjenesten.»
* The kommunepsykolog: «Ved mistanke om psykiske lidelser skal kommunepsykolog kobles på i
  det tverrfaglige samarbeidet» (nivå 3).
* Ressursgruppe BTI: «Ta kontakt med ressursgruppe BTI dersom man trenger anonym veiledning
  for gjennomføring av møtet» (nivå 1).
* Helsestasjonen is not named in the guide's tables; its «forebyggende tjenester» (nivå 1,
  «Iverksett tiltak») are where a helsestasjon belongs, and the issue lists it among the
  help services.
"""

from __future__ import annotations

from bti import Contact
from bti import lazy_gettext as _l

#: The guide gives no number: the core says «fylles inn av kommunen» instead.
NO_NUMBER = ""

CONTACTS = (
    Contact(
        name=_l("Barnevernstjenesten i Jevnaker"),
        phone=NO_NUMBER,
        when_to_use=_l(
            "Ved mistanke om seksuelle overgrep eller vold tas det umiddelbart kontakt med "
            "barnevernstjenesten, uten at foreldrene får vite det. Klare saker henvises "
            "direkte. Alle tjenesteytere har en selvstendig meldeplikt ved alvorlig "
            "bekymring."
        ),
        acute=True,
        kind="barnevern",
    ),
    Contact(
        name=_l("PPT og logoped"),
        phone=NO_NUMBER,
        when_to_use=_l(
            "Klare saker til PPT henvises direkte. Ved behov for tiltak som involverer PPT "
            "involveres tjenesten i samarbeidet."
        ),
        kind="ppt",
        url="https://www.jevnaker.kommune.no/ppt-og-logoped.521598.no.html",
    ),
    Contact(
        name=_l("Fysioterapi, ergoterapi og rehabilitering"),
        phone=NO_NUMBER,
        when_to_use=_l("Klare saker til fysio/ergoterapitjenesten henvises direkte."),
        kind="fysio_ergo",
        url="https://www.jevnaker.kommune.no/fysioterapi-ergoterapi-og-rehabilitering.520535.no.html",
    ),
    Contact(
        name=_l("Kommunepsykolog"),
        phone=NO_NUMBER,
        when_to_use=_l(
            "Ved mistanke om psykiske lidelser skal kommunepsykolog kobles på i det "
            "tverrfaglige samarbeidet. Er man usikker på fysisk eller psykisk sykdom, "
            "involveres også kommuneoverlege/fastlege."
        ),
        kind="kommunepsykolog",
    ),
    Contact(
        name=_l("Helsestasjon og skolehelsetjeneste"),
        phone=NO_NUMBER,
        when_to_use=_l(
            "Forebyggende tjenester for gravide, barn, unge og foreldre, når tiltak i "
            "hjemmet eller på fritid trenger andre tjenester."
        ),
        kind="helsestasjon",
    ),
    Contact(
        name=_l("Ressursgruppe BTI"),
        phone=NO_NUMBER,
        when_to_use=_l(
            "Ta kontakt med ressursgruppe BTI dersom man trenger anonym veiledning for "
            "gjennomføring av møtet."
        ),
        kind="ressursgruppe_bti",
    ),
)
