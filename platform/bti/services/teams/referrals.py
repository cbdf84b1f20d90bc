"""The meldeskjema sent from the case («Hvordan melde inn saker»), and what the case page
shows of the team: where the referral is, the meeting, the action plan, the evaluation.

The referral goes to the team's chair inside the platform, never as an attachment or an
e-mail; nothing that leaves the system names the child. The case moves from its first level
to the next (recorded as the step ``tit_referred``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    NotificationKind,
    ReferralStatus,
    Subject,
    TeamRecord,
    TeamReferral,
    TeamReferralGuest,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, notifications
from bti.services.access import case_facts, get_case, refusal
from bti.services.cases.deciding import record_step
from bti.services.guards import require_open
from bti.services.teams import roster

#: What a concern may be about («Type saker»: «psykososiale miljø, endring i atferd, læring,
#: helse og omsorgsmessige situasjoner»), for the protocol and the indicators.
CASE_TYPES = {
    "psychosocial": _l("Psychosocial environment"),
    "behaviour": _l("Change in behaviour"),
    "learning": _l("Learning"),
    "health": _l("Health"),
    "care": _l("Care situation"),
}

#: The steps the team's pages record as decisions on the case.
REFERRED = "tit_referred"
INVITED = "tit_invited"
DISCUSSED = "tit_discussed"
STEP_LABELS = {
    REFERRED: _l("Referred to the team"),
    INVITED: _l("Invited to the team's meeting"),
    DISCUSSED: _l("Discussed in the team; follow-up under the action plan"),
}

OPEN_STATUSES = (
    ReferralStatus.RECEIVED,
    ReferralStatus.SCHEDULED,
    ReferralStatus.INVITED,
    ReferralStatus.DISCUSSED,
)


def open_referral(session: Session, *, case_id: str) -> TeamReferral | None:
    return session.exec(
        select(TeamReferral).where(
            TeamReferral.case_id == case_id, TeamReferral.status.in_(OPEN_STATUSES)
        )
    ).first()


def refer(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    referrer_contact: str,
    case_types: Sequence[str],
    family_attends: bool,
    others_wanted: str = "",
    guest_ids: Sequence[int] = (),
    team_id: int | None = None,
) -> TeamReferral:
    """Send the meldeskjema to the team. Refused where the case is not at the level a
    referral is made from, or is already referred; the team follows from the subject's age
    today (the chair moves it if the age changes band before the meeting day)."""
    case = get_case(session, by=by, case_id=case_id, action="case.team_refer")
    require_open(session, by=by, case=case)
    if case.level != municipality.levels[0].number:
        raise refusal(
            session, by=by, case_id=case.id, reason="not_at_first_level",
            message=_l("A case is referred to the team from the first level, once it has "
                       "been discussed in your own service."),
        )  # fmt: skip
    if case.guardians_kept_out:
        raise refusal(
            session, by=by, case_id=case.id, reason="guardians_kept_out",
            message=_l("The case has been reported to barnevern and the guardians are kept "
                       "out: it cannot be discussed in the team."),
        )  # fmt: skip
    if open_referral(session, case_id=case.id) is not None:
        raise refusal(
            session, by=by, case_id=case.id, reason="already_referred",
            message=_l("The case is already referred to the team."),
        )  # fmt: skip
    contact = (referrer_contact or "").strip()
    if not contact:
        raise InvalidInput("referrer_contact", _l("Give your e-mail or phone, for the chair."))
    types = [t for t in dict.fromkeys(case_types) if t]
    if not types:
        raise InvalidInput("case_types", _l("Say what the concern is about."))
    if any(t not in CASE_TYPES for t in types):
        raise InvalidInput("case_types", _l("Choose from the list."))
    guests = _guests(session, case=case, ids=guest_ids, by=by)
    subject = session.get(Subject, case.subject_id)
    team = _team(
        session, subject=subject, case=case, team_id=team_id, today=clock.today(municipality)
    )

    number = (session.exec(select(sa.func.max(TeamReferral.number))).one() or 0) + 1
    referral = TeamReferral(
        case_id=case.id,
        team_id=team.id,
        number=number,
        referred_by_id=by.user_id,
        unit_id=case.unit_id,
        referrer_contact=contact[:200],
        others_wanted=(others_wanted or "").strip(),
        case_types=",".join(types),
        family_attends=bool(family_attends),
    )
    session.add(referral)
    session.flush()
    session.add_all(TeamReferralGuest(referral_id=referral.id, user_id=u) for u in guests)
    record_step(
        session, municipality=municipality, by=by, case=case, outcome=REFERRED,
        to_level=next_level(municipality, case.level),
    )  # fmt: skip
    audit.record(
        session, actor=by, action="case.team_referred", case_ref=case.id,
        detail=f"referral={referral.id}",
    )  # fmt: skip
    # The chair and the deputy learn that a case waits in the queue; the meldeskjema
    # itself stays in the platform («obs navn må ikke oppgis i epost»).
    notifications.tell(
        session, kind=NotificationKind.TEAM_REFERRAL, case=case,
        user_ids=[team.coordinator_id, team.deputy_id], but=by.user_id,
    )  # fmt: skip
    return referral


def next_level(municipality: Municipality, level: int) -> int:
    """The level after ``level`` (the same where it is the last): where a team's step
    moves the case."""
    numbers = [lvl.number for lvl in municipality.levels]
    after = [n for n in numbers if n > level]
    return after[0] if after else level


def _guests(session: Session, *, case: Case, ids: Sequence[int], by: Actor) -> list[int]:
    """Others to invite, by agreement with the family: people taking part in the case."""
    wanted = [i for i in dict.fromkeys(ids) if i and i != by.user_id]
    taking_part = case_facts(session, case).active_participant_ids
    if any(i not in taking_part for i in wanted):
        raise InvalidInput("guest_ids", _l("Choose among the people taking part in the case."))
    return wanted


def _team(
    session: Session, *, subject: Subject, case: Case, team_id: int | None, today: date
) -> TeamRecord:
    choice = roster.team_for(session, subject=subject, on=today, unit_id=case.unit_id)
    if not choice.candidates:
        raise InvalidInput(
            "team_id", _l("No team serves the child's age. Ask the coordinator which team to use.")
        )
    if team_id is not None:
        for team in choice.candidates:
            if team.id == team_id:
                return team
        raise InvalidInput("team_id", _l("Choose one of the teams serving the child's age."))
    if choice.team is None:
        raise InvalidInput("team_id", _l("Several teams serve the child's age: choose one."))
    return choice.team


def withdraw(
    session: Session, *, municipality: Municipality | None = None, by: Actor, case_id: str
) -> TeamReferral:
    """The referrer takes the case off the team's list before the meeting."""
    case = get_case(session, by=by, case_id=case_id, action="case.team_withdraw")
    referral = open_referral(session, case_id=case.id)
    if referral is None or referral.status == ReferralStatus.DISCUSSED:
        raise refusal(
            session, by=by, case_id=case.id, reason="nothing_to_withdraw",
            message=_l("There is no referral waiting for a meeting to withdraw."),
        )  # fmt: skip
    referral.status = ReferralStatus.WITHDRAWN
    referral.closed_at = clock.now()
    session.add(referral)
    session.flush()
    audit.record(
        session, actor=by, action="case.team_withdrawn", case_ref=case.id,
        detail=f"referral={referral.id}",
    )  # fmt: skip
    return referral


@dataclass(frozen=True)
class RefereeOption:
    id: int
    label: str


def team_options(
    session: Session, *, subject: Subject, unit_id: int | None, today: date
) -> tuple[list[RefereeOption], int | None]:
    """The teams serving the subject's age today, and the one the case would go to."""
    choice = roster.team_for(session, subject=subject, on=today, unit_id=unit_id)
    options = [RefereeOption(t.id, t.name) for t in choice.candidates]
    return options, choice.team.id if choice.team else None
