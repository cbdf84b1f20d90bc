"""Nivå 3 in Jevnaker: the «Sjekkliste psykiske lidelser for barn og unge» that brings in the
kommunepsykolog and the kommuneoverlege/fastlege, and the responsible leader's task to
consider a tiltaksplan when the guardians decline help.

Source: shared/seeds/001_3254db2c7bc0f88f.txt, nivå 3:

* «Mulige psykiske lidelser»: «Ved mistanke om psykiske lidelser skal kommunepsykolog
  kobles på i det tverrfaglige samarbeidet» (Hvem: Stafettholder; Verktøy: Sjekkliste
  psykiske lidelser for barn og unge).
* «Avklaring somatisk eller fysisk sykdom»: «Ved tilfeller der man er usikker på fysisk
  eller psykisk sykdom eller eksempelvis begge deler skal kommuneoverlege/fastlege og
  kommunepsykolog involveres i samarbeidet» (Hvem: Stafettholder).
* «Foresattes vurdering»: «anerkjenn deres rett til å takke nei til tilbud om hjelp».
* «Tiltaksplan»: «På tross av at foreldre/foresatte ikke ønsker hjelp fra andre instanser må
  det vurderes om tiltaksplan skal utarbeides for barnet/ungdommen i den virksomheten barnet
  befinner seg i, og undringen har oppstått» (Hvem: Ansvarlig leder i enheten). The guide
  gives no deadline, so the task has none.

The guide names the checklist but not its fields: the fields are the two questions the guide
asks at nivå 3 and what a stafettholder writes down to support them. There is no unit kind
for the kommuneoverlege: the guide writes «kommuneoverlege/fastlege» as one service, and both
are doctors the municipality reaches through its medical services, so a participant from a
unit of kind ``fastlege`` answers it.
"""

from __future__ import annotations

from wtforms import BooleanField, TextAreaField

from bti import BringsIn, FlaskForm, FormVariant, TaskRule
from bti import lazy_gettext as _l

PSYKISK = _l(
    "Ved mistanke om psykiske lidelser skal kommunepsykolog kobles på i det tverrfaglige "
    "samarbeidet."
)
SOMATISK = _l(
    "Ved tilfeller der man er usikker på fysisk eller psykisk sykdom eller eksempelvis begge "
    "deler skal kommuneoverlege/fastlege og kommunepsykolog involveres i samarbeidet."
)
KOMMUNEPSYKOLOG = _l("Kommunepsykolog")
KOMMUNEOVERLEGE_FASTLEGE = _l("Kommuneoverlege/fastlege")


class SjekklistePsykisk(FlaskForm):
    mistanke_psykisk = BooleanField(_l("Det er mistanke om psykiske lidelser"))
    usikker_fysisk_psykisk = BooleanField(
        _l("Det er usikkert om det er fysisk eller psykisk sykdom, eller begge deler")
    )
    tegn = TextAreaField(
        _l("Hva har dere sett? Tegn, endringer og hvor lenge det har vart"),
        render_kw={"rows": 4},
    )
    barnet_og_foresatte = TextAreaField(
        _l("Hva sier barnet/ungdommen og foresatte?"), render_kw={"rows": 3}
    )


VARIANTS = {
    "sjekkliste_psykisk": FormVariant(
        "sjekkliste_psykisk",
        _l("Sjekkliste psykiske lidelser for barn og unge"),
        form_class=SjekklistePsykisk,
        description=_l(
            "Stafettholder fyller ut sjekklisten ved mistanke om psykiske lidelser, eller når "
            "man er usikker på om det er fysisk eller psykisk sykdom."
        ),
        brings_in=(
            BringsIn("mistanke_psykisk", "yes", "kommunepsykolog", KOMMUNEPSYKOLOG, PSYKISK),
            BringsIn(
                "usikker_fysisk_psykisk", "yes", "fastlege", KOMMUNEOVERLEGE_FASTLEGE, SOMATISK
            ),
            BringsIn("usikker_fysisk_psykisk", "yes", "kommunepsykolog", KOMMUNEPSYKOLOG, SOMATISK),
        ),
    ),
}

#: When the guardians decline help: the responsible leader of the unit where the wondering
#: arose considers a tiltaksplan for the child there.
TILTAKSPLAN = TaskRule(
    code="tiltaksplan",
    title=_l("Vurder om tiltaksplan skal utarbeides for barnet i virksomheten"),
    why=_l(
        "På tross av at foreldre/foresatte ikke ønsker hjelp fra andre instanser må det "
        "vurderes om tiltaksplan skal utarbeides for barnet/ungdommen i den virksomheten "
        "barnet befinner seg i, og undringen har oppstått."
    ),
    answers=(
        ("made", _l("Tiltaksplan skal utarbeides")),
        ("not_needed", _l("Tiltaksplan trengs ikke")),
    ),
)
