"""Vestby's four levels, as its handlingsveileder «Bekymring følges opp» words them.

Source: shared/seeds/002_36ab055ecf8ed34e.txt. Each level keeps the guide's name, its
hovedpunkter in order (as steps), the questions it asks, its tools (verktøy) and the
decisions it ends in. The text is the guide's own bokmål; the plugin's catalogs give
nynorsk and English.

The parts: :mod:`.common` (who, tools, shared outcomes and deadlines), :mod:`.early`
(nivå 0–1) and :mod:`.late` (nivå 2–3).
"""

from bti_vestby.levels.early import NIVA_0, NIVA_1
from bti_vestby.levels.late import NIVA_2, NIVA_3

LEVELS = (NIVA_0, NIVA_1, NIVA_2, NIVA_3)
