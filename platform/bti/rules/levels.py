"""Levels and decisions: which outcomes a level allows, where each leads, and whether the
number of services taking part fits the level."""

from __future__ import annotations

from bti.guide import Level, Outcome
from bti.i18n import lazy_gettext as _l


def find_outcome(level: Level, code: str) -> Outcome | None:
    for outcome in level.outcomes:
        if outcome.code == code:
            return outcome
    return None


def needs_consent(outcome: Outcome, target: Level | None = None) -> bool:
    """Bringing in other services (level 2 and up) needs a valid consent; a report to
    barnevern never does (opplysningsplikt overrides confidentiality).

    A ``target`` level that gathers the consent itself before its stafettlogg opens
    (``consent_before_stafettlogg``: Tromsø's «Innhent samtykke til tverrfaglig samarbeid»
    as nivå 2 trinn 1) is entered without one, unless the outcome itself asks for it."""
    if outcome.reports_to_barnevern:
        return False
    if outcome.requires_consent or outcome.names_services:
        return True
    if target is not None and target.consent_before_stafettlogg:
        return False
    return (outcome.to_level or 0) >= 2


def span_text(level: Level) -> object | None:
    """The level's span of services in words: «1–2 tjenester», «3 eller flere tjenester»."""
    if level.service_span is None:
        return None
    low, high = level.service_span
    if high is None:
        return _l("%(low)s or more services", low=low)
    if high == low:
        return _l("%(low)s services", low=low)
    return _l("%(low)s–%(high)s services", low=low, high=high)


def fits(level: Level, count: int) -> bool:
    """Whether ``count`` services besides the case's own fits the level's span."""
    if level.service_span is None:
        return True
    low, high = level.service_span
    return count >= low and (high is None or count <= high)


def service_count_warning(level: Level, count: int) -> object | None:
    """A warning when the number of services taking part does not fit the level, e.g.
    level 2 («1–2 tjenester») with 3 services, or level 3 («3 eller flere») with 2."""
    if fits(level, count):
        return None
    return _l(
        "Level %(level)s is for cooperation with %(span)s, but %(count)s services take part "
        "in this case. Consider whether the case is at the right level.",
        level=level.number,
        span=span_text(level),
        count=count,
    )
