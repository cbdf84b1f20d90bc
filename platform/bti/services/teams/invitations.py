"""The consent check and the written invitations («Sikre at skriftlig samtykke er gitt»,
«Sende skriftlig møteinnkalling til alle deltakere, obs samtykke fra foreldre hvis det er
behov for andre deltakere enn de faste»): no case on the agenda without a written consent
covering the team's services unless the family attends themselves, and a guest who is not a
fixed member only with the consent naming their service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    CaseParticipant,
    Meeting,
    MeetingInvitee,
    ReferralStatus,
    Subject,
    TeamMeeting,
    TeamRecord,
    TeamReferral,
    TeamReferralGuest,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, guardians
from bti.services.cases.deciding import record_step
from bti.services.consent_coverage import covered_services
from bti.services.consents import subject_age
from bti.services.teams import roster
from bti.services.teams.access import CHAIR, get_referral
from bti.services.teams.referrals import INVITED, next_level

#: The meeting kind of the case's meeting in the team (its invitations, its attendance).
TEAM_MEETING_KIND = "tit"


@dataclass(frozen=True)
class ConsentCheck:
    """Whether the case may be discussed: a written consent covering the team's services,
    or the family attending themselves; and whether each guest is covered."""

    written: bool
    family_attends: bool
    missing: tuple[str, ...]  # fixed services not covered by a valid consent
    guests_missing: tuple[str, ...]  # guests' services not covered

    @property
    def may_discuss(self) -> bool:
        return (
            self.family_attends or (self.written and not self.missing)
        ) and not self.guests_missing


def consent_check(
    session: Session,
    *,
    municipality: Municipality,
    referral: TeamReferral,
    team: TeamRecord,
    on: date,
) -> ConsentCheck:
    checks = consent_checks(
        session, municipality=municipality, referrals=[referral], team=team, on=on
    )
    return checks[referral.id]


def consent_checks(
    session: Session,
    *,
    municipality: Municipality,
    referrals: Sequence[TeamReferral],
    team: TeamRecord,
    on: date,
) -> dict[int, ConsentCheck]:
    """:class:`ConsentCheck` of each of ``referrals`` (by id), in three statements however
    many there are: the cases' own units, the consents valid on ``on`` with the services
    they name, and the guests' services."""
    if not referrals:
        return {}
    case_ids = [r.case_id for r in referrals]
    own_kind = dict(
        session.exec(
            select(Case.id, Unit.kind)
            .outerjoin(Unit, Unit.id == Case.unit_id)
            .where(Case.id.in_(case_ids))
        ).all()
    )
    covered = covered_services(session, case_ids=case_ids, on=on)
    guests = _guest_kinds(session, referrals)
    definition = roster.definition(municipality, team)
    seats = [s.service for s in definition.seats if not s.from_referring_unit] if definition else []
    checks = {}
    for referral in referrals:
        own = own_kind.get(referral.case_id)
        named = covered.get(referral.case_id, frozenset())
        checks[referral.id] = ConsentCheck(
            written=referral.case_id in covered,
            family_attends=referral.family_attends,
            missing=tuple(s for s in dict.fromkeys(seats) if s != own and s not in named),
            guests_missing=tuple(
                k for k in guests.get(referral.id, []) if k != own and k not in named
            ),
        )
    return checks


def _guest_kinds(session: Session, referrals: Sequence[TeamReferral]) -> dict[int, list[str]]:
    """The services (unit kinds) of each referral's guests, through their part in the case."""
    rows = session.exec(
        select(TeamReferralGuest.referral_id, Unit.kind)
        .join(TeamReferral, TeamReferral.id == TeamReferralGuest.referral_id)
        .join(
            CaseParticipant,
            (CaseParticipant.user_id == TeamReferralGuest.user_id)
            & (CaseParticipant.case_id == TeamReferral.case_id),
        )
        .join(Unit, Unit.id == CaseParticipant.unit_id)
        .where(TeamReferralGuest.referral_id.in_([r.id for r in referrals]))
    ).all()
    kinds: dict[int, list[str]] = {}
    for referral_id, kind in rows:
        found = kinds.setdefault(referral_id, [])
        if str(kind) not in found:
            found.append(str(kind))
    return kinds


def invite(session: Session, *, municipality: Municipality, by: Actor, referral_id: int) -> Meeting:
    """Send the written invitations («Sende skriftlig møteinnkalling til alle deltakere»):
    the fixed members, the guests agreed with the family, the referrer, the guardians and
    the youth from the age the team's guide says (``Team.youth_from_age``). Refused without
    a place on a meeting day, or without the written consent where the family does not
    attend themselves; a guest who is not a fixed member needs the family's consent to their
    service. The case moves to the meeting's level."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.invite", needs=CHAIR
    )
    referral, team = reached.referral, reached.team
    if referral.status != ReferralStatus.SCHEDULED or referral.team_meeting_id is None:
        raise InvalidInput("referral", _l("Put the case on a meeting day first."))
    case = session.get(Case, referral.case_id)
    if guardians.excluded(case):
        raise InvalidInput(
            "referral",
            _l("The case has been reported to barnevern and the guardians are kept out: it "
               "cannot be discussed in the team."),
        )  # fmt: skip
    check = consent_check(
        session, municipality=municipality, referral=referral, team=team,
        on=clock.today(municipality),
    )  # fmt: skip
    if check.guests_missing:
        raise InvalidInput("referral", GUESTS_NEED_CONSENT)
    if not check.may_discuss:
        raise InvalidInput("referral", CONSENT_NEEDED)
    day = session.get(TeamMeeting, referral.team_meeting_id)
    subject = session.get(Subject, case.subject_id)
    staff = roster.fixed_member_ids(session, team=team)
    staff += list(
        session.exec(
            select(TeamReferralGuest.user_id).where(TeamReferralGuest.referral_id == referral.id)
        )
    )
    staff.append(referral.referred_by_id)
    staff = list(dict.fromkeys(staff))
    meeting = Meeting(
        case_id=case.id,
        kind=TEAM_MEETING_KIND,
        starts_at=referral.starts_at,
        ends_at=referral.starts_at + timedelta(minutes=referral.minutes or 0),
        place=day.place,
        agenda=", ".join(str(part.title) for part in municipality.team_agenda),
        organiser_id=by.user_id,
    )
    session.add(meeting)
    session.flush()
    session.add_all(MeetingInvitee(meeting_id=meeting.id, user_id=uid) for uid in staff)
    session.add_all(
        MeetingInvitee(meeting_id=meeting.id, guardian_id=g.id)
        for g in guardians.to_involve(session, case=case)
    )
    age = subject_age(subject, clock.today(municipality))
    definition = roster.definition(municipality, team)
    youth_from = definition.youth_from_age if definition else None
    if age is not None and youth_from is not None and age >= youth_from:
        session.add(MeetingInvitee(meeting_id=meeting.id, is_subject=True))
    referral.meeting_id = meeting.id
    referral.invited_at = clock.now()
    referral.status = ReferralStatus.INVITED
    session.add(referral)
    record_step(
        session, municipality=municipality, by=by, case=case, outcome=INVITED,
        to_level=next_level(municipality, case.level),
    )  # fmt: skip
    session.flush()
    audit.record(
        session, actor=by, action="case.team_invited", case_ref=case.id,
        detail=f"referral={referral.id}",
    )  # fmt: skip
    return meeting


CONSENT_NEEDED = _l(
    "No case is put on the team's agenda without a written consent to discuss it in the "
    "team, covering the team's services, unless the guardians or the youth attend themselves."
)
GUESTS_NEED_CONSENT = _l(
    "Someone invited who is not a fixed member of the team needs the guardians' consent: "
    "the consent must name their service."
)
