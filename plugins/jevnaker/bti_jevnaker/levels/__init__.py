"""Jevnaker's four levels, as the rows of its handlingsveileder.

Source: shared/seeds/001_3254db2c7bc0f88f.txt — the tables «Undring? Nivå 0», «Utfordringene
kan løses på tjenestestedet Nivå 1», «Utfordringene krever bistand fra andre Nivå 2» and
«Omfattende samarbeid mellom flere tjenester Nivå 3». Each table has a row per thing to do:
its heading and what to do (``title``, ``description``), and the columns «Hvordan?» (``how``),
«Hvem?» (``who``) and «Verktøy» (``tools``). The tables were flattened when the seed was
extracted; each row is rebuilt from the order of its cells. Where a row runs over a page
break (nivå 0's «Beslutning tiltak», whose note about the conversation and «Ved beslutning om
å ta saken videre opprettes stafettlogg nivå 1 - digitalt» open the next page) it is kept as
one row. The guide's spelling slips («helthetlig», «bevist», «Dersom det er anses») are
written as meant («helhetlig», «bevisst», «Dersom det anses»).

What the guide decides, and how the platform keeps it:

* Nivå 0 ends in «en beslutning om saken skal gå videre på individnivå, systemnivå eller
  avsluttes». Going on at the individual level opens the digital stafettlogg at nivå 1
  together with the consent and a date for the next meeting («Ved beslutning om å ta saken
  videre opprettes stafettlogg nivå 1 - digitalt»; nivå 1: «Fyll ut samtykkeskjema, opprett
  stafettlogg og avtal nytt møte»). That is this plugin's rule, given through the
  ``bti_levels`` hook: nivå 0 has no stafettlogg (``stafettlogg=False``: a closed wondering
  leaves only its note), and the decision to nivå 1 opens it (``opens_stafettlogg``). Tromsø
  opens it at nivå 2 with the same two fields.
* «Ved behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre dager» is a
  fourth choice at nivå 0: the clarification is recorded as a decision that keeps the case at
  nivå 0, and the decision that follows is due within three working days (see
  :data:`AVKLARING_TRE_DAGER`).
* Nivå 1 and 2 give no list of decisions; their choices follow the guide's own moves between
  the levels: measures go on at the service («avtal nytt møte»), the challenges need help
  from others (nivå 2), the case is «sammensatt og trenger tverrfaglig drøfting» (nivå 3), it
  goes back, or it ends; and the duty to report, which holds at every level.
* Nivå 3's «Beslutning» has four numbered points. The first two are each a choice between
  two («Avslutte eller fortsette», «Fortsette på tverrfaglig eller enhetsnivå») and are
  offered as two choices sharing the guide's number; the third and fourth are one each.

The parts: :mod:`.early` (nivå 0–1) and :mod:`.late` (nivå 2–3).
"""

from __future__ import annotations

from dataclasses import replace

from bti import Level
from bti_jevnaker.levels.early import NIVA_0, NIVA_1
from bti_jevnaker.levels.late import NIVA_2, NIVA_3


def _with_tools(level: Level) -> Level:
    """The level's tools: every tool its rows name, once, in the order they appear."""
    seen: dict[str, object] = {}
    for step in level.steps:
        for tool in step.tools:
            seen.setdefault(str(tool.name), tool)
    return replace(level, tools=tuple(seen.values()))


LEVELS = tuple(_with_tools(level) for level in (NIVA_0, NIVA_1, NIVA_2, NIVA_3))
