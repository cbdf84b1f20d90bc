"""Emergency access (break-glass): a staff member with no role in a case opens it in an
emergency, giving a reason, for :data:`HOURS` hours.

Who may: anyone with a membership in the case's unit (the unit that answers for the case,
where a colleague must be able to act for the child when those on the case are away).
Nobody else: a case of another unit, or a reference that matches nothing, gets the same
message, so the form tells nothing about which cases exist, and the attempt is audited as
denied. Someone who may already see the case is told so and gets no grant.

The grant is a row of :class:`~bti.models.BreakGlassGrant`, audited as ``case.break_glass``
with ``via=break-glass``; while it lasts the access policy lets its holder through the
ordinary audited :func:`~bti.services.access.get_case`, each read marked ``via=break-glass``.
The reason is kept in the grant (it is free text and may name people), never in the audit
trail. The case's people and the unit's leader see every emergency read in the case's
access log, and the leader's review flags each grant with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.case_panels import CaseRead
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import AuditPurpose, BreakGlassGrant, Case
from bti.rules.access import Actor, may_view
from bti.services import audit
from bti.services.access import VIA_BREAK_GLASS, case_facts
from bti.services.access_log.who import BREAK_GLASS

HOURS = 2
REASON_MIN, REASON_MAX = 10, 500

NO_CASE = _l(
    "There is no case with this reference that you may open with emergency access. Emergency "
    "access is for staff of the unit the case belongs to."
)
NO_REFERENCE = _l("Write the case's reference, or paste the address of its page.")
NO_REASON = _l("Write why you must open the case now.")
SHORT_REASON = _l("Write the reason in at least %(min)s characters.", min=REASON_MIN)
LONG_REASON = _l("Write the reason in at most %(max)s characters.", max=REASON_MAX)
ALREADY = _l("You may already see this case: you need no emergency access.")

_REFERENCE = re.compile(r"(?:/sak/)?([A-Za-z0-9_-]{8,32})/?$")


@dataclass(frozen=True)
class Opened:
    case_id: str
    expires_at: datetime


def reference(typed: str) -> str | None:
    """The case id in what was typed: the reference itself, or its page's address."""
    found = _REFERENCE.search((typed or "").strip().split("?")[0].split("#")[0])
    return found.group(1) if found else None


def check_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("reason", NO_REASON)
    if len(reason) < REASON_MIN:
        raise InvalidInput("reason", SHORT_REASON)
    if len(reason) > REASON_MAX:
        raise InvalidInput("reason", LONG_REASON)
    return reason


def open_case(session: Session, *, by: Actor, case_ref: str, reason: str, **_: object) -> Opened:
    """Open a case with emergency access for :data:`HOURS` hours; :class:`InvalidInput`
    beside the field at fault (nothing written but the denied attempt)."""
    if not (case_ref or "").strip():
        raise InvalidInput("case_ref", NO_REFERENCE)
    reason = check_reason(reason)
    case_id = reference(case_ref)
    case = session.get(Case, case_id) if case_id else None
    if case is None or case.unit_id not in by.unit_ids:
        audit.record_denial(
            session,
            actor=by,
            action=BREAK_GLASS,
            case_ref=case_id,
            purpose=AuditPurpose.SECURITY if case is None else AuditPurpose.BREAK_GLASS,
        )
        raise InvalidInput("case_ref", NO_CASE)
    if may_view(by, case_facts(session, case)):
        raise InvalidInput("case_ref", ALREADY)
    now = clock.now()
    grant = BreakGlassGrant(
        case_id=case.id,
        user_id=by.user_id,
        unit_id=case.unit_id,
        reason=reason,
        granted_at=now,
        expires_at=now + timedelta(hours=HOURS),
    )
    session.add(grant)
    session.flush()
    audit.record(
        session,
        actor=by,
        action=BREAK_GLASS,
        purpose=AuditPurpose.BREAK_GLASS,
        case_ref=case.id,
        detail=f"{VIA_BREAK_GLASS};grant={grant.id}",
    )
    return Opened(case.id, grant.expires_at)


@dataclass(frozen=True)
class Notice:
    """Shown at the top of a case opened with emergency access: until when, and that every
    read is seen by the case's people and the unit's leader."""

    expires_at: datetime


def notice(context: CaseRead) -> Notice | None:
    """The case-page panel's read: a notice for a viewer there by emergency access only (no
    query at all for those with a role in the case or leading its unit)."""
    case, actor = context.case, context.actor
    if context.takes_part or context.is_holder or actor.leads(case.unit_id):
        return None
    if case.reported_to_barnevern_at is not None and actor.is_barnevern:
        return None
    expires = context.session.exec(
        select(sa.func.max(BreakGlassGrant.expires_at)).where(
            BreakGlassGrant.case_id == case.id,
            BreakGlassGrant.user_id == actor.user_id,
            BreakGlassGrant.expires_at > context.now,
        )
    ).one()
    return Notice(expires) if expires is not None else None
