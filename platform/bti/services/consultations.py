"""An anonymous consultation with barnevern: the employee describes a situation without
saying whom it is about, and records only that it happened.

Sources: Vestby «Akutt?» («Er du i tvil kan du drøfte saken anonymt med
barnevernstjenesten»); Bærum «Type saker» (anonyme drøftinger).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import AnonymousConsultation
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit

#: The advice barnevern can give (labels in :mod:`bti.labels`).
ADVICE = ("report", "follow_up_in_own_service", "no_further_action")


def record_anonymous_consultation(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    consulted_on: date | None,
    advice: str,
    unit_kind: str,
) -> AnonymousConsultation:
    """Record that the employee discussed a situation with barnevern without saying whom it
    was about («Er du i tvil kan du drøfte saken anonymt med barnevernstjenesten», Vestby
    «Akutt?»). Only the day (today or earlier, in the municipality's time), which of the
    employee's services asked (a unit kind of their own) and the advice (one of
    :data:`ADVICE`) are kept: no case, no subject, no names. The audit event names neither
    a case nor a person, only the row."""
    if consulted_on is None:
        raise InvalidInput("consulted_on", _l("Give the date you talked with barnevern."))
    if consulted_on > clock.today(municipality):
        raise InvalidInput("consulted_on", _l("The date cannot be in the future."))
    if unit_kind not in {str(k) for k in by.unit_kinds}:
        raise InvalidInput("unit_kind", _l("Choose the service you work in."))
    if advice not in ADVICE:
        raise InvalidInput("advice", _l("Choose the advice you were given."))
    consultation = AnonymousConsultation(
        consulted_on=consulted_on, unit_kind=unit_kind, advice=advice
    )
    session.add(consultation)
    session.flush()
    audit.record(
        session, actor=by, action="consultation.record", detail=f"consultation={consultation.id}"
    )
    return consultation
