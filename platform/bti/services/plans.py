"""Plans a child has beside the stafettlogg: an individual plan (IP), an individual
education plan (IOP) or development plan (IUP).

Sources: «Tromsø kommune bruker også Sampro for individuelle planer, individuelle
opplæringsplaner (skole) og individuelle utviklingsplaner (barnehage). Det betyr at et
barn/ungdom både kan ha en IUP/IOP og en Stafettlogg/IP i Sampro.» (Tromsø, «Stafettlogg i
Sampro»); the right to an individual plan for «Barn/ungdom med behov for tjenester over tid
… som må sees i sammenheng med hverandre» (nivå 3, note 1).

The platform refers to the plan — what it is, where it is kept, who is responsible — and does
not hold it. One active plan of each kind per case; the stafettlogg goes on beside them.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import CasePlan, PlanKind
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, versions
from bti.services.access import get_case, refusal
from bti.services.guards import require_open, required_text


def active(session: Session, *, case_id: str) -> list[CasePlan]:
    """The case's plans that have not ended, IP first."""
    order = {kind: i for i, kind in enumerate(PlanKind)}
    plans = session.exec(
        select(CasePlan).where(CasePlan.case_id == case_id, CasePlan.ended_at.is_(None))
    ).all()
    return sorted(plans, key=lambda plan: (order[PlanKind(plan.kind)], plan.id))


def register(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    kind: str,
    kept_in: str,
    responsible: str,
) -> CasePlan:
    """Refer to a plan the child has: its kind, where it is kept and who is responsible."""
    case = get_case(session, by=by, case_id=case_id, action="plan.register")
    require_open(session, by=by, case=case)
    try:
        kind = PlanKind(kind)
    except ValueError:
        raise InvalidInput("kind", _l("Choose the kind of plan.")) from None
    kept_in = required_text("kept_in", kept_in, _l("Say where the plan is kept."))
    responsible = required_text(
        "responsible", responsible, _l("Say who is responsible for the plan.")
    )
    if any(plan.kind == kind for plan in active(session, case_id=case.id)):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="plan_exists",
            message=_l("The case already refers to a plan of this kind. End it first."),
        )
    plan = CasePlan(
        case_id=case.id,
        kind=kind,
        kept_in=kept_in[:160],
        responsible=responsible[:160],
        registered_by_id=by.user_id,
    )
    session.add(plan)
    session.flush()
    audit.record(session, actor=by, action="plan.registered", case_ref=case.id, detail=str(kind))
    return plan


def end(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    plan_id: int,
    version: int | None = None,
) -> CasePlan:
    """The plan has ended (or no longer applies): it leaves the list, the row stays."""
    case = get_case(session, by=by, case_id=case_id, action="plan.end")
    require_open(session, by=by, case=case)
    plan = session.get(CasePlan, plan_id) if plan_id is not None else None
    if plan is None or plan.case_id != case.id:
        raise InvalidInput("plan_id", _l("Choose a plan in this case."))
    versions.claim(session, plan, seen=version, by=by, case_id=case.id)
    if plan.ended_at is not None:
        raise InvalidInput("plan_id", _l("Choose a plan in this case."))
    plan.ended_at = clock.now()
    session.add(plan)
    session.flush()
    audit.record(session, actor=by, action="plan.ended", case_ref=case.id, detail=str(plan.kind))
    return plan
