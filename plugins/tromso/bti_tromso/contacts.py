"""Tromsø's contacts, as its guide names them: Ressurssenteret and barneverntjenesten.

Source: shared/seeds/004_e094d3244bfd92ed.txt. The guide gives no phone numbers and no
opening hours, so none are written here (``phone=""``): the contacts say *when* to turn to
them in the guide's words, and the page leaves the number out. The national numbers that
always answer (police 112 and 02800, Alarmtelefonen for barn og unge 116 111) come from the
core's defaults.
"""

from __future__ import annotations

from bti import Contact
from bti import lazy_gettext as _l

#: «Ta kontakt med andre tjenester eller Ressurssenteret dersom du er i tvil om hvilke
#: instanser som kan bistå» (nivå 2 trinn 3); «Kontakt Ressurssenteret for vurdering av
#: retten til individuell plan» (nivå 2, 3 B); «Ved usikkerhet – ta kontakt med
#: Ressurssenteret» (nivå 3, 4); «Bringe saken inn til Ressurssenter/ Tverrfaglig
#: drøftingsteam (etter samtykke fra foresatte)» (Stafettholderens oppgaver); «Barn som
#: pårørende»: «… ta kontakt med Ressurssenteret».
RESSURSSENTERET = Contact(
    name=_l("Ressurssenteret"),
    phone="",
    when_to_use=_l(
        "Ta kontakt med Ressurssenteret dersom du er i tvil om hvilke instanser som kan "
        "bistå, for vurdering av retten til individuell plan, og ved usikkerhet på nivå 3. "
        "Stafettholderen bringer saken inn til Ressurssenter/Tverrfaglig drøftingsteam "
        "(etter samtykke fra foresatte) når det er behov for veiledning eller nye "
        "tiltak/instanser. Ressurssenteret svarer også på hvordan kommunen ivaretar barn "
        "som pårørende."
    ),
    kind="ressurssenteret",
)

#: «Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; bekymringsmelding til
#: barneverntjenesten/politi» (nivå 0, 4); «Barnevernet skal alltid ha Stafettholderansvaret
#: når de er inne med hjelpetiltak» (Stafettholder - Sampro).
BARNEVERNTJENESTEN = Contact(
    name=_l("Barneverntjenesten i Tromsø kommune"),
    phone="",
    when_to_use=_l(
        "Ved bekymring for barnets/ungdommens omsorgssituasjon: send bekymringsmelding til "
        "barneverntjenesten, og kontakt politiet når det trengs. Barnevernet skal alltid ha "
        "Stafettholderansvaret når de er inne med hjelpetiltak."
    ),
    acute=True,
    kind="barnevern",
)

CONTACTS = (RESSURSSENTERET, BARNEVERNTJENESTEN)
