"""Barn som pårørende: marking a case as concerning a child who is next of kin.

Sources: «Barn og unge (0-18 år) er pårørende når foreldre eller søsken opplever
helseproblemer eller dør. Foreldre og søsken tolkes vidt og inkluderer for eksempel
steforeldre, fosterforeldre, adoptivforeldre og tilsvarende søsken. Helseproblemene kan være
psykisk sykdom, avhengighet, eller alvorlig somatisk sykdom eller skade. Det kan også være
funksjonsnedsettelser. Barn og unge er også pårørende når nære personer dør.» (Tromsø, «Barn
som pårørende»).

Only a death makes a child next of kin of «nære personer» other than parents and siblings.
The municipality's routine and contact come from ``bti_next_of_kin_routine``.
"""

from __future__ import annotations

from sqlmodel import Session

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.labels import NEXT_OF_KIN_REASONS, NEXT_OF_KIN_RELATIONS
from bti.models import Case, Subject
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, versions
from bti.services.access import get_case
from bti.services.consents import subject_age
from bti.services.guards import require_open

#: «Barn og unge (0-18 år)»: the age up to which a child is next of kin in this sense,
#: unless the municipality's routine says otherwise.
MAX_AGE = 18


def is_marked(case: Case) -> bool:
    return bool(case.next_of_kin_relation)


def max_age(municipality: Municipality) -> int:
    routine = municipality.next_of_kin_routine
    return routine.max_age if routine is not None else MAX_AGE


def mark(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    relation: str,
    reason: str,
    version: int | None = None,
) -> Case:
    """Mark the case as concerning a child as next of kin: of whom, and why. ``version``
    is the case's version the user's form started from (:mod:`bti.services.versions`)."""
    case = get_case(session, by=by, case_id=case_id, action="case.next_of_kin")
    require_open(session, by=by, case=case)
    versions.claim(session, case, seen=version, by=by, case_id=case.id)
    if relation not in NEXT_OF_KIN_RELATIONS:
        raise InvalidInput("relation", _l("Choose who is ill, injured or has died."))
    if reason not in NEXT_OF_KIN_REASONS:
        raise InvalidInput("reason", _l("Choose what the health problem is, or a death."))
    if relation == "naer_person" and reason != "dodsfall":
        raise InvalidInput(
            "reason",
            _l("For other close persons, a child is next of kin when the person has died."),
        )
    age = subject_age(session.get(Subject, case.subject_id), clock.today(municipality))
    limit = max_age(municipality)
    if age is not None and age > limit:
        raise InvalidInput(
            "relation",
            _l("Children and young people up to %(age)s are next of kin in this sense.", age=limit),
        )
    case.next_of_kin_relation = relation
    case.next_of_kin_reason = reason
    session.add(case)
    session.flush()
    audit.record(session, actor=by, action="case.next_of_kin_marked", case_ref=case.id)
    return case


def unmark(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    version: int | None = None,
) -> Case:
    """Remove the marking (it was set by mistake, or no longer applies)."""
    case = get_case(session, by=by, case_id=case_id, action="case.next_of_kin")
    require_open(session, by=by, case=case)
    versions.claim(session, case, seen=version, by=by, case_id=case.id)
    case.next_of_kin_relation = ""
    case.next_of_kin_reason = ""
    session.add(case)
    session.flush()
    audit.record(session, actor=by, action="case.next_of_kin_unmarked", case_ref=case.id)
    return case
