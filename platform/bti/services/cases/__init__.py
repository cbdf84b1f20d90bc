"""Opening a case, the acute path, decisions between levels, closing and reopening.

Sources: the support questions (Tromsø nivå 0 trinn 2), «Er situasjonen akutt?» and the
direct report to barnevern without the guardians (Vestby nivå 0 «Akutt?»), the decisions at
the end of each level (Tromsø trinn 4/6/7, Jevnaker nivå 3), samtidighetsansvar (Vestby,
Jevnaker).

The parts: :mod:`.opening` (the concern and the acute path), :mod:`.reporting` (the report
to barnevern and involving the guardians again), :mod:`.deciding` (decisions, closing,
reopening, one's own part) and :mod:`.follow_up` (what a decision brings with it: who took
part, the stafettlogg it opens, the next meeting it agrees).
"""

from bti.services.cases.deciding import (
    close_own_part,
    decide,
    enter_level,
    reopen,
    service_count_warning,
    services_involved,
)
from bti.services.cases.opening import open_concern
from bti.services.cases.reporting import (
    involve_guardians_again,
    report_to_barnevern,
    require_barnevern,
)

__all__ = [
    "close_own_part",
    "decide",
    "enter_level",
    "involve_guardians_again",
    "open_concern",
    "reopen",
    "report_to_barnevern",
    "require_barnevern",
    "service_count_warning",
    "services_involved",
]
