"""Whether the registered guardians fit the custody arrangement.

The arrangement decides who signs a consent (:func:`bti.rules.consent.guardian_alternatives`,
from Bærum's samtykkeerklæring, 000: «Der foreldre bor sammen, er det tilstrekkelig at den
ene skriver under. Der foreldre ikke bor sammen, er det den som har den daglige omsorgen som
skal skrive under. Er det delt omsorg skal begge skrive under.»). So the arrangement is only
registered when the guardians say the same, counted among those with parental
responsibility (the only ones who can sign):

* ``sammen`` — the parents live together: exactly two with parental responsibility;
* ``daglig_omsorg`` — they live apart: exactly one of them has daily care (that one signs);
* ``delt_omsorg`` — they share daily care: exactly two, both with daily care (both sign);
* ``ene`` — one alone has parental responsibility: exactly one with it;
* ``offentlig`` — public care: at least one with parental responsibility (the service that
  holds custody is registered as a guardian).

A change to the guardians that breaks the arrangement clears it: until it is registered
again, every guardian with parental responsibility signs (the rules' «unknown»), which never
lets fewer people sign than the arrangement would.
"""

from __future__ import annotations

from collections.abc import Iterable

from bti.rules.consent import GuardianFacts

SAMMEN = "sammen"
DAGLIG_OMSORG = "daglig_omsorg"
DELT_OMSORG = "delt_omsorg"
ENE = "ene"
OFFENTLIG = "offentlig"


def mismatch(custody: str | None, guardians: Iterable[GuardianFacts]) -> str | None:
    """``None`` when ``guardians`` fit ``custody`` (or no arrangement is registered), else
    the code of the rule they break: ``"<custody>"``, e.g. ``"delt_omsorg"``."""
    if custody is None:
        return None
    responsible = [g for g in guardians if g.parental_responsibility]
    carers = [g for g in responsible if g.daily_care]
    fits = {
        SAMMEN: len(responsible) == 2,
        DAGLIG_OMSORG: len(carers) == 1,
        DELT_OMSORG: len(responsible) == 2 and len(carers) == 2,
        ENE: len(responsible) == 1,
        OFFENTLIG: len(responsible) >= 1,
    }
    return None if fits.get(str(custody), False) else str(custody)
