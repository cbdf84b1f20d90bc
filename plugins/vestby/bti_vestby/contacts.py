"""Vestby's acute contacts, as every level of the guide lists them:

    Vestby barnevernstjeneste: 64 98 02 12 (08.00 – 15.00)
    Follo barnevernsvakt: 917 19 615 (etter kl.15.00)
    Politi: 64 85 16 00 / 02800

The office answers on working days 08.00–15.00, both ends included as the guide writes
them (15.00 is the whole minute, up to 15:00:59); the barnevernsvakt whenever the office is
closed (from 15.01, at night, at weekends and on public holidays), so exactly one of the two
answers at any moment and it is listed first.
"""

from __future__ import annotations

from datetime import time

from bti import Contact, OpeningHours
from bti import lazy_gettext as _l

OFFICE_HOURS = OpeningHours(time(8), time(15), closed_on_holidays=True)

CONTACTS = (
    Contact(
        name=_l("Vestby barnevernstjeneste"),
        phone="64 98 02 12",
        when_to_use=_l(
            "Ved mistanke om vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte "
            "hit. Foresatte involveres ikke! Er du i tvil, kan du drøfte saken anonymt med "
            "barnevernstjenesten. Åpent 08.00–15.00."
        ),
        hours=(OFFICE_HOURS,),
        acute=True,
        kind="barnevern",
    ),
    Contact(
        name=_l("Follo barnevernsvakt"),
        phone="917 19 615",
        when_to_use=_l("Etter kl. 15.00, og når barnevernstjenesten er stengt."),
        acute=True,
        kind="barnevernsvakt",
        when_closed="barnevern",
    ),
    Contact(
        name=_l("Politi"),
        phone="64 85 16 00 / 02800",
        when_to_use=_l("Ved høy bekymring: kontakt politiet parallelt med barnevernstjenesten."),
        acute=True,
        kind="politi",
    ),
)
