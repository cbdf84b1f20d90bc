"""What the levels share: who does what, the tools, and the outcomes and deadlines
several levels use."""

from __future__ import annotations

from bti import DeadlineRule, Outcome, Step, Tool
from bti import lazy_gettext as _l

# Who does what, in the guide's words.
ANSATT = _l("Ansatt")
KOLLEGA_LEDER = _l("Kollega eller leder")
FORESATTE = _l("Foresatte")
BARNET = _l("Barnet/ungdommen")
KOORDINATOR = _l("Koordinator")
TJENESTENE = _l("Tjenestene som er med")

# Verktøy. Those with a form kind can be filled in or printed on the case.
FAKTORER = Tool(_l("Faktorer som kan gi grunnlag for bekymring"))
UNDRINGSNOTAT = Tool(_l("Undringsnotat"), form="undringsnotat")
OBSERVASJONSSKJEMA = Tool(_l("Observasjonsskjema"), form="observation")
STOTTEARK = Tool(_l("Støtteark samtaler med barn"))
UNDRINGSSAMTALEN = Tool(_l("Undringssamtalen med foresatte"))
MOTEMAL = Tool(_l("Møtemal"))
TJENESTEOVERSIKT = Tool(_l("Tjenesteoversikt"))
INVITASJON = Tool(_l("Invitasjon til møte"), form="invitation")
REFERAT = Tool(_l("Referat fra møte"), form="minutes")
SAMTYKKESKJEMA = Tool(_l("Samtykkeskjema"), form="consent")

#: «Eksempler på andre tjenester kan være: barnevern, familieveileder, ungdomslos, NAV,
#: psykisk helse og rus, skolehelsetjenesten» (nivå 1, «Evaluering og oppfølgingsmøter»).
OTHER_SERVICES = (
    "barnevern",
    "familieveiledning",
    "ungdomskontakt",
    "nav",
    "psykisk_helse",
    "skolehelsetjeneste",
)


def report() -> Outcome:
    """«Ved mistanke om vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til
    barnevernstjenesten. Foresatte involveres ikke!» — at every level; the case stays."""
    return Outcome(
        "report_barnevern",
        _l(
            "Meld saken direkte til barnevernstjenesten (mistanke om vold, overgrep eller "
            "alvorlig omsorgssvikt)"
        ),
        reports_to_barnevern=True,
    )


def follow_up(code: str, label, trigger: str) -> DeadlineRule:
    """«Oppfølgingsmøte skal gjennomføres innen 2-4 uker»: due at four weeks, the owner is
    reminded at two, met when a follow-up meeting is held."""
    return DeadlineRule(
        code, label, trigger=trigger, days=28, remind_days=14, met_by="meeting_held:oppfolgingsmote"
    )


AKUTT = Step(
    _l("Er situasjonen akutt?"),
    _l(
        "Ved mistanke om vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til "
        "barnevernstjenesten. Foresatte involveres ikke! Ved høy bekymring, kontakt politiet "
        "parallelt. Er du i tvil kan du drøfte saken anonymt med barnevernstjenesten."
    ),
    who=(ANSATT,),
)
