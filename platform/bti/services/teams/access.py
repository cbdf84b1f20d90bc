"""Reaching a referral as one of the team: the chair, the deputy, the leader or a fixed
member of the team it was referred to (and, to read it, the person who referred it).

Every call is one access check and one audit event on the case (``case_ref``); anyone else
gets :class:`NotFound`, exactly as for a referral that does not exist, and a denial event.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bti.errors import NotFound
from bti.models import AuditOutcome, TeamRecord, TeamReferral
from bti.rules.access import Actor
from bti.services import audit
from bti.services.teams import roster

#: Who may do what: the chair and deputy run the queue and the meeting; every fixed member
#: records in the meeting and reads the metarefleksjon; the referrer reads.
CHAIR = "chair"
MEMBER = "member"
READ = "read"


@dataclass(frozen=True)
class Reached:
    referral: TeamReferral
    team: TeamRecord
    role: str | None  # the user's place in the team (roster.COORDINATOR …), None for the referrer


def get_referral(
    session: Session, *, by: Actor, referral_id: int | None, action: str, needs: str = READ
) -> Reached:
    """The referral if ``by`` may ``needs`` it; :class:`NotFound` otherwise. Audited."""
    referral = session.get(TeamReferral, referral_id) if referral_id else None
    team = session.get(TeamRecord, referral.team_id) if referral is not None else None
    role = roster.role_in(session, team=team, user_id=by.user_id) if team is not None else None
    if referral is None or not _allowed(needs, role, referral.referred_by_id == by.user_id):
        audit.record_denial(
            session,
            actor=by,
            action=action,
            case_ref=referral.case_id if referral is not None else None,
            detail=f"referral={referral_id}"[:200],
        )
        raise NotFound("referral")
    audit.record(
        session,
        actor=by,
        action=action,
        outcome=AuditOutcome.ALLOWED,
        case_ref=referral.case_id,
        detail=f"referral={referral.id}",
        survives_rollback=True,
    )
    return Reached(referral=referral, team=team, role=role)


def _allowed(needs: str, role: str | None, is_referrer: bool) -> bool:
    if needs == CHAIR:
        return roster.chairs(role)
    if needs == MEMBER:
        return role is not None
    return role is not None or is_referrer


def get_team(
    session: Session, *, by: Actor, team_id: int | None, action: str, chair: bool
) -> tuple[TeamRecord, str]:
    """A team the user sits in (as chair or deputy when ``chair``); :class:`NotFound`
    otherwise. Audited as one event without a case."""
    team = session.get(TeamRecord, team_id) if team_id else None
    role = roster.role_in(session, team=team, user_id=by.user_id) if team is not None else None
    if team is None or role is None or (chair and not roster.chairs(role)):
        audit.record_denial(session, actor=by, action=action, detail=f"team={team_id}"[:200])
        raise NotFound("team")
    audit.record(session, actor=by, action=action, detail=f"team={team.id}")
    return team, role
