"""What the levels share: who does what, the tools, and the outcomes and deadlines
several levels use."""

from __future__ import annotations

from bti import DeadlineRule, Outcome, Tool
from bti import lazy_gettext as _l

# Who does what, in the guide's words.
KOLLEGA_LEDER = _l("Kollega/leder")
BARNET = _l("Barnet/ungdommen")
FORESATTE = _l("Foresatte")
STAFETTHOLDER = _l("Stafettholder")
TJENESTENE = _l("De involverte tjenester")

# «Verktøy nivå 0». Those with a form kind can be filled in or printed on the case.
OBSERVASJONSSKJEMA = Tool(_l("Observasjonsskjema"), form="observation")
FEM_TRINN = Tool(_l("Fem trinn fra bekymring til melding"), form="fem_trinn")
BEKYMRINGSMELDING = Tool(
    _l("Mal for bekymringsmelding til barneverntjenesten"), form="bekymringsmelding"
)
SAMTYKKESKJEMA = Tool(_l("Samtykkeskjema"), form="consent")
#: Nivå 1, trinn 3 and 5: the plan «i eget fagsystem» and its evaluation.
PLAN = Tool(_l("Plan for det videre forløpet"), form="plan_niva_1")
EVALUERING = Tool(_l("Evaluering av tiltakene"), form="evaluering_niva_1")

#: «Frist for å ta en beslutning 14 dager etter at bekymring oppstår» (nivå 0, trinn 4).
BESLUTNING_14_DAGER = DeadlineRule(
    code="beslutning_14_dager",
    label=_l("Beslutning innen 14 dager etter at bekymringen oppsto"),
    trigger="case_opened",
    days=14,
    met_by="decision",
)

#: «Behov for å samarbeide med andre tjenester? Gå til nivå 2.» — decision 3 at nivå 0 and 1.
SAMARBEID_MED_ANDRE = Outcome(
    "level_2",
    _l("Behov for å samarbeide med andre tjenester? Gå til nivå 2."),
    to_level=2,
    number="3",
)


def melding_og_niva_3(label) -> Outcome:
    """Decision 4 at nivå 0 and nivå 1: a report to barnevern, and the case goes to nivå 3."""
    return Outcome("level_3_report", label, to_level=3, reports_to_barnevern=True, number="4")
