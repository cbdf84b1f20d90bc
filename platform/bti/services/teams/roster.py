"""The teams as data: seeded once from the plugin's defaults, then kept by an administrator;
which team a case goes to; who sits in a team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import Session, select

from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    AuditPurpose,
    Membership,
    Role,
    StaffUser,
    Subject,
    SubjectKind,
    TeamMember,
    TeamRecord,
    TeamUnit,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, versions
from bti.services.consents import subject_age

#: Reading and changing the teams is administration (see ``AuditPurpose``).
ADMIN = AuditPurpose.ADMINISTRATION

COORDINATOR = "coordinator"
DEPUTY = "deputy"
LEADER = "leader"
MEMBER = "member"


def seed_defaults(session: Session, *, municipality: Municipality) -> list[TeamRecord]:
    """Write the plugin's teams the first time; later calls change nothing, so what an
    administrator has changed stays."""
    existing = {t.code: t for t in session.exec(select(TeamRecord))}
    added = []
    for team in municipality.teams:
        if team.code in existing:
            continue
        record = TeamRecord(
            code=team.code,
            name=str(team.name),
            area=str(team.area),
            min_age=team.min_age if team.min_age is not None else 0,
            max_age=team.max_age if team.max_age is not None else 99,
            includes_pregnant=team.includes_pregnant,
            cadence_days=team.cadence_days or 14,
            meeting_hours=team.meeting_hours or 4.0,
            weekday=team.weekday if team.weekday is not None else 1,
            starts_at_hour=team.starts_at_hour,
            place=str(team.place),
        )
        session.add(record)
        added.append(record)
    session.flush()
    return added


def in_utc(municipality: Municipality, moment: datetime) -> datetime:
    """A moment as typed on a page (naive, the municipality's local time) in UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=municipality.profile.tz)
    return moment.astimezone(UTC)


def teams(session: Session) -> list[TeamRecord]:
    return list(session.exec(select(TeamRecord).order_by(TeamRecord.min_age, TeamRecord.code)))


def definition(municipality: Municipality, record: TeamRecord):
    """The plugin's :class:`bti.guide.Team` for a team (seats, the guide's words)."""
    for team in municipality.teams:
        if team.code == record.code:
            return team
    return None


def serves(record: TeamRecord, subject: Subject, on: date) -> bool:
    """Whether the team's ages cover the subject on ``on`` (whole years, both ends
    included); a pregnant woman goes to the team that includes pregnant women."""
    if subject.kind == SubjectKind.GRAVID:
        return record.includes_pregnant
    age = subject_age(subject, on)
    return age is not None and record.min_age <= age <= record.max_age


@dataclass(frozen=True)
class Choice:
    team: TeamRecord | None
    candidates: tuple[TeamRecord, ...]  # every team serving the subject's age that day


def team_for(session: Session, *, subject: Subject, on: date, unit_id: int | None) -> Choice:
    """The team for a case on the meeting date ``on``: the one whose ages cover the subject
    that day; where several do, the one serving the unit the case comes from."""
    candidates = tuple(t for t in teams(session) if serves(t, subject, on))
    if len(candidates) <= 1:
        return Choice(candidates[0] if candidates else None, candidates)
    if unit_id is not None:
        serving = set(
            session.exec(
                select(TeamUnit.team_id).where(
                    TeamUnit.unit_id == unit_id,
                    TeamUnit.team_id.in_([t.id for t in candidates]),
                )
            )
        )
        for team in candidates:
            if team.id in serving:
                return Choice(team, candidates)
    return Choice(None, candidates)


def role_in(session: Session, *, team: TeamRecord, user_id: int) -> str | None:
    """The user's place in the team: chair (coordinator), deputy, leader, fixed member."""
    if team.coordinator_id == user_id:
        return COORDINATOR
    if team.deputy_id == user_id:
        return DEPUTY
    if team.leader_id == user_id:
        return LEADER
    member = session.exec(
        select(TeamMember.id).where(TeamMember.team_id == team.id, TeamMember.user_id == user_id)
    ).first()
    return MEMBER if member is not None else None


def my_teams(session: Session, *, user_id: int) -> list[tuple[TeamRecord, str]]:
    """The teams the user sits in, with their place in each."""
    out = []
    for team in teams(session):
        role = role_in(session, team=team, user_id=user_id)
        if role is not None:
            out.append((team, role))
    return out


def chairs(role: str | None) -> bool:
    """The coordinator and the fixed deputy run the queue and the meeting."""
    return role in (COORDINATOR, DEPUTY)


def fixed_member_ids(session: Session, *, team: TeamRecord) -> list[int]:
    """Everyone with a fixed place: chair, deputy, leader and the members."""
    ids = [team.coordinator_id, team.deputy_id, team.leader_id]
    ids += list(session.exec(select(TeamMember.user_id).where(TeamMember.team_id == team.id)))
    return list(dict.fromkeys(i for i in ids if i is not None))


def members(session: Session, *, team: TeamRecord) -> list[tuple[TeamMember, StaffUser]]:
    return list(
        session.exec(
            select(TeamMember, StaffUser)
            .join(StaffUser, StaffUser.id == TeamMember.user_id)
            .where(TeamMember.team_id == team.id)
            .order_by(TeamMember.service, StaffUser.display_name)
        )
    )


def served_units(session: Session, *, team: TeamRecord) -> list[Unit]:
    return list(
        session.exec(
            select(Unit)
            .join(TeamUnit, TeamUnit.unit_id == Unit.id)
            .where(TeamUnit.team_id == team.id)
            .order_by(Unit.name)
        )
    )


# -- the administrator's changes --------------------------------------------------------------


@dataclass(frozen=True)
class Administration:
    team: TeamRecord
    members: list[tuple[TeamMember, StaffUser]]
    staff: list[tuple[int, str]]  # everyone with a role in the municipality
    seats: list[tuple[str, str]]  # (service, the guide's words) of the team's fixed seats
    units: list[tuple[int, str]]
    served: list[int]


def administration(
    session: Session, *, municipality: Municipality, by: Actor, team_id: int
) -> Administration:
    """What the administrator's page for a team shows."""
    _administrator(session, by)
    team = _team(session, team_id)
    staff = session.exec(
        select(StaffUser.id, StaffUser.display_name)
        .where(StaffUser.id.in_(select(Membership.user_id)), StaffUser.active)
        .order_by(StaffUser.display_name)
    ).all()
    definition_ = definition(municipality, team)
    seats = [
        (s.service, str(s.label))
        for s in (definition_.seats if definition_ else ())
        if not s.from_referring_unit
    ]
    units = session.exec(select(Unit.id, Unit.name).order_by(Unit.name)).all()
    served = list(session.exec(select(TeamUnit.unit_id).where(TeamUnit.team_id == team.id)))
    audit.record(
        session, actor=by, action="team.admin_read", purpose=ADMIN, detail=f"team={team.id}"
    )
    return Administration(
        team, members(session, team=team), [tuple(r) for r in staff],
        list(dict.fromkeys(seats)), [tuple(u) for u in units], served,
    )  # fmt: skip


def all_teams(session: Session, *, by: Actor) -> list[TeamRecord]:
    """The teams, for the administrator's list."""
    _administrator(session, by)
    audit.record(session, actor=by, action="team.admin_list", purpose=ADMIN)
    return teams(session)


def administers(by: Actor) -> bool:
    return any(p.role == Role.ADMINISTRATOR for p in by.posts)


def _administrator(session: Session, by: Actor) -> None:
    if not administers(by):
        audit.record_denial(session, actor=by, action="team.admin")
        raise NotFound("team")


def _team(session: Session, team_id: int) -> TeamRecord:
    team = session.get(TeamRecord, team_id)
    if team is None:
        raise NotFound("team")
    return team


def _staff_in_municipality(session: Session, user_id: int | None, field: str) -> int | None:
    if user_id is None:
        return None
    known = session.exec(select(Membership.id).where(Membership.user_id == user_id)).first()
    if known is None:
        raise InvalidInput(field, _l("Choose a member of staff from the list."))
    return user_id


def update(
    session: Session,
    *,
    by: Actor,
    team_id: int,
    coordinator_id: int | None,
    deputy_id: int | None,
    leader_id: int | None,
    weekday: int,
    starts_at_hour: int,
    cadence_days: int,
    meeting_hours: float,
    place: str,
    version: int | None = None,
) -> TeamRecord:
    """An administrator changes the team's chair, deputy, leader and meeting days
    (``version``: the team's as the form showed it, see :mod:`bti.services.versions`)."""
    _administrator(session, by)
    team = _team(session, team_id)
    versions.claim(session, team, seen=version, by=by, case_id=None)
    if not 0 <= weekday <= 6:
        raise InvalidInput("weekday", _l("Choose a weekday."))
    if not 7 <= starts_at_hour <= 18:
        raise InvalidInput("starts_at_hour", _l("Choose an hour between 07 and 18."))
    if cadence_days not in (7, 14, 21, 28):
        raise InvalidInput("cadence_days", _l("Choose how often the team meets."))
    if not 1 <= meeting_hours <= 8:
        raise InvalidInput("meeting_hours", _l("A meeting lasts between 1 and 8 hours."))
    coordinator_id = _staff_in_municipality(session, coordinator_id, "coordinator_id")
    deputy_id = _staff_in_municipality(session, deputy_id, "deputy_id")
    if deputy_id is not None and deputy_id == coordinator_id:
        raise InvalidInput("deputy_id", _l("The deputy must be someone other than the chair."))
    team.coordinator_id = coordinator_id
    team.deputy_id = deputy_id
    team.leader_id = _staff_in_municipality(session, leader_id, "leader_id")
    team.weekday, team.starts_at_hour = weekday, starts_at_hour
    team.cadence_days, team.meeting_hours = cadence_days, meeting_hours
    team.place = (place or "").strip()[:200]
    session.add(team)
    session.flush()
    audit.record(session, actor=by, action="team.updated", purpose=ADMIN, detail=f"team={team.id}")
    return team


def add_member(
    session: Session, *, by: Actor, team_id: int, user_id: int | None, service: str
) -> TeamMember:
    _administrator(session, by)
    team = _team(session, team_id)
    user_id = _staff_in_municipality(session, user_id, "user_id")
    if user_id is None:
        raise InvalidInput("user_id", _l("Choose a member of staff from the list."))
    if not (service or "").strip():
        raise InvalidInput("service", _l("Choose the service the member sits for."))
    if role_in(session, team=team, user_id=user_id) == MEMBER:
        raise InvalidInput("user_id", _l("This person is already a fixed member of the team."))
    member = TeamMember(team_id=team.id, user_id=user_id, service=service.strip()[:32])
    session.add(member)
    session.flush()
    audit.record(
        session, actor=by, action="team.member_added", purpose=ADMIN, detail=f"team={team.id}"
    )
    return member


def remove_member(session: Session, *, by: Actor, team_id: int, member_id: int) -> None:
    _administrator(session, by)
    member = session.get(TeamMember, member_id)
    if member is None or member.team_id != team_id:
        raise NotFound("member")
    session.delete(member)
    session.flush()
    audit.record(
        session, actor=by, action="team.member_removed", purpose=ADMIN, detail=f"team={team_id}"
    )


def set_units(session: Session, *, by: Actor, team_id: int, unit_ids: list[int]) -> None:
    """The units whose cases go to this team (where several teams serve the same ages)."""
    _administrator(session, by)
    team = _team(session, team_id)
    known = set(session.exec(select(Unit.id).where(Unit.id.in_(unit_ids or [-1]))))
    if set(unit_ids) - known:
        raise InvalidInput("unit_ids", _l("Choose the units from the list."))
    for link in session.exec(select(TeamUnit).where(TeamUnit.team_id == team.id)):
        session.delete(link)
    session.flush()
    session.add_all(TeamUnit(team_id=team.id, unit_id=u) for u in sorted(known))
    session.flush()
    audit.record(
        session, actor=by, action="team.units_set", purpose=ADMIN, detail=f"team={team.id}"
    )
