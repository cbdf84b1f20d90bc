"""The report to barnevern (opplysningsplikt), wherever it is made, and involving the
guardians again when barnevern says so."""

from __future__ import annotations

from sqlmodel import Session

from bti import clock
from bti.i18n import lazy_gettext as _l
from bti.models import (
    BarnevernReport,
    Case,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, guardians
from bti.services.access import get_case, refusal
from bti.services.guards import required_text


def _report(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    recipient: str,
    police: bool,
    keep_guardians_out: bool = True,
) -> BarnevernReport:
    """The report itself, wherever it is made (on its own, by a decision, on the acute
    path): who received it is required; unless the reporter says the guardians may know
    of it, they are kept out from now on (:func:`bti.services.guardians.keep_out`)."""
    recipient = required_text(
        "recipient", recipient, _l("Say who at barnevern received the report.")
    )
    now = clock.now()
    report = BarnevernReport(
        case_id=case.id,
        reported_by_id=by.user_id,
        recipient=recipient,
        police_notified=police,
        reported_at=now,
    )
    session.add(report)
    case.reported_to_barnevern_at = case.reported_to_barnevern_at or now
    session.add(case)
    detail = ""
    if keep_guardians_out:
        kept_out = guardians.keep_out(session, municipality=municipality, case=case, now=now)
        detail = (
            f"guardians_kept_out withdrawn={len(kept_out.withdrawn_from)} "
            f"on_hold={len(kept_out.on_hold)}"
        )
    session.flush()
    audit.record(session, actor=by, action="case.report_barnevern", case_ref=case.id, detail=detail)
    return report


def report_to_barnevern(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    recipient: str,
    police_notified: bool = False,
    guardians_may_know: bool = False,
) -> BarnevernReport:
    """Report the case to barnevern (opplysningsplikt). Needs no consent; a withdrawn
    consent does not block it. From now on nothing about the case reaches the guardians,
    unless the reporter says they may know of it."""
    case = get_case(session, by=by, case_id=case_id, action="case.report_barnevern")
    return _report(
        session,
        municipality=municipality,
        by=by,
        case=case,
        recipient=recipient,
        police=police_notified,
        keep_guardians_out=not guardians_may_know,
    )


def involve_guardians_again(session: Session, *, by: Actor, case_id: str) -> Case:
    """Barnevern has followed up the report: the guardians can be involved in the case
    again (invited, asked for consent, and — where the municipality allows — reading the
    stafettlogg). Only barnevern decides this."""
    case = get_case(session, by=by, case_id=case_id, action="case.involve_guardians")
    require_barnevern(
        session,
        by=by,
        case=case,
        message=_l("Only barnevern can say that the guardians can be involved again."),
    )
    case.guardians_kept_out = False
    session.add(case)
    session.flush()
    audit.record(session, actor=by, action="case.guardians_involved_again", case_ref=case.id)
    return case


def require_barnevern(session: Session, *, by: Actor, case: Case, message) -> None:
    """Refuse (and audit) what only barnevern may do."""
    if not by.is_barnevern:
        raise refusal(session, by=by, case_id=case.id, reason="not_barnevern", message=message)
