"""The stafettlogg and the action plan: goals, measures, evaluations, and who may read what.

Sources: «Det er den instans som først ser at det er behov for tverrfaglig samarbeid/innsats
som skal være Stafettholder og opprette Stafettlogg» and «I Sampro finnes Stafettloggen der
det settes det opp målsettinger, og hvem som gjør hva for å nå målene … da den også fungerer
som et møtereferat» (Tromsø, «Stafettholder - Sampro», «Stafettlogg i Sampro»); «Har vi nådd
målene? Er det nye mål? Bør det endres strategi?» (Vestby nivå 1 «Evaluering og
oppfølgingsmøter»); the child's voice from 7 and its great weight from 12 (Jevnaker «Barns
rett til medvirkning og samtykke»).

The stafettlogg is open while the case has a stafettholder (``Case.stafettholder_id``); the
baton itself moves through :mod:`bti.services.handover`.

The parts:

* :mod:`.opening` — opening the stafettlogg with one stafettholder, and whether it is open;
* :mod:`.writing` — entries, measures in the action plan and their evaluations (the
  child's view where the child is old enough);
* :mod:`.reading` — the stafettlogg as a viewer may see it (an entry «Kun for
  helsepersonell» for health personnel, and for others only through a service of theirs that
  a valid consent including health information names), the action plan, and
  the entries written as a meeting's minutes.
"""

from bti.services.stafettlogg.opening import is_open, open_stafettlogg
from bti.services.stafettlogg.reading import (
    action_plan,
    minutes_of,
    plan_items,
    sees_health_entries,
    timeline,
    visible_entries,
    voice_has_great_weight,
)
from bti.services.stafettlogg.writing import (
    MEASURE_EVALUATED,
    add_entry,
    add_measure,
    evaluate_measure,
)

__all__ = [
    "MEASURE_EVALUATED",
    "action_plan",
    "add_entry",
    "add_measure",
    "evaluate_measure",
    "is_open",
    "minutes_of",
    "open_stafettlogg",
    "plan_items",
    "sees_health_entries",
    "timeline",
    "visible_entries",
    "voice_has_great_weight",
]
