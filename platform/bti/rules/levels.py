"""Levels and decisions: which outcomes a level allows and where each leads."""

from __future__ import annotations

from bti.guide import Level, Outcome


def find_outcome(level: Level, code: str) -> Outcome | None:
    for outcome in level.outcomes:
        if outcome.code == code:
            return outcome
    return None


def needs_consent(outcome: Outcome) -> bool:
    """Bringing in other services (level 2 and up) needs a valid consent; a report to
    barnevern never does (opplysningsplikt overrides confidentiality)."""
    if outcome.reports_to_barnevern:
        return False
    return outcome.requires_consent or (outcome.to_level or 0) >= 2
