"""The demo's steps for a standing team (Bærum's Tidlig innsatsteam), one service call each
(a team's setting-up is the administrator's page: the chair, deputy and leader, then each
member). See :data:`bti.demo.story.ACTIONS`:

``team`` code, chair, deputy, leader (staff keys), members ((staff key, service) pairs),
units (unit keys whose cases go to it) — the administrator sets a team up; ``refer``
types, family, contact, guests (staff keys), team (code, where several serve the age) —
the meldeskjema; ``tit_day`` team (code), on,
at, place — a meeting day; ``assess`` urgency, note; ``place`` on, at, minutes, interpreter
(language) — the case on the team's day ``on`` days ago; ``tit_invite``; ``tit_present``
guardians, youth, referrer; ``tit_case`` text, earlier; ``tit_discuss`` text;
``tit_close`` summary, view, plan ((goal, measure, responsible, weeks) rows), coordinator
(staff key), follow_up (days ahead of the meeting), place, feedback; ``tit_left``;
``tit_reflect`` text; ``tit_protocol`` text; ``tit_evaluate`` experience, plan, helped, via
(``"staff"`` or ``"link"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import select

from bti.models import TeamEvaluation, TeamMeeting, TeamRecord, TeamReferral
from bti.services.teams import evaluation, meeting, protocol, queue, referrals, roster

PLACE = "Rådhuset, møterom Tidlig innsatsteam"


def _team(s, code: str) -> TeamRecord:
    return s.session.exec(select(TeamRecord).where(TeamRecord.code == code)).one()


def _referral(s) -> TeamReferral:
    query = select(TeamReferral).where(TeamReferral.case_id == s.case_id)
    return s.session.exec(query.order_by(TeamReferral.id.desc())).first()


def _local(s, day: date, at: str) -> datetime:
    hour, minute = (int(part) for part in at.split(":"))
    return datetime.combine(day, time(hour, minute))  # naive, local: as the page sends it


def _day(s, ago: int) -> date:
    from bti.demo.replay import moment

    return (
        moment(s.ctx, ago, "12:00", ahead_ok=True).astimezone(s.ctx.municipality.profile.tz).date()
    )


def team(
    s, code: str, chair: str, deputy: str, leader: str, members: Sequence[tuple[str, str]] = (),
    units: Sequence[str] = (),
) -> None:  # fmt: skip
    record = _team(s, code)
    roster.update(
        s.session, by=s.by, team_id=record.id, coordinator_id=s.user(chair),
        deputy_id=s.user(deputy), leader_id=s.user(leader), weekday=record.weekday,
        starts_at_hour=record.starts_at_hour, cadence_days=record.cadence_days,
        meeting_hours=record.meeting_hours, place=record.place or PLACE,
    )  # fmt: skip
    for key, service in members:
        roster.add_member(
            s.session, by=s.by, team_id=record.id, user_id=s.user(key), service=service
        )
    if units:
        unit_ids = [s.ctx.units[key].id for key in units]
        roster.set_units(s.session, by=s.by, team_id=record.id, unit_ids=unit_ids)


def refer(
    s, types: Sequence[str], family=True, contact="Telefon via sentralbordet",
    guests: Sequence[str] = (), team: str | None = None, others="",
) -> None:  # fmt: skip
    referrals.refer(
        **s.on_case, referrer_contact=contact, case_types=list(types), family_attends=family,
        others_wanted=others, guest_ids=[s.user(k) for k in guests],
        team_id=_team(s, team).id if team else None,
    )  # fmt: skip


def tit_day(s, team: str, on: int, at="09:00", place=PLACE) -> None:
    queue.plan_day(
        **s.kw, team_id=_team(s, team).id, starts_at=_local(s, _day(s, on), at), place=place
    )


def assess(s, urgency="ordinary", note="") -> None:
    queue.assess(s.session, by=s.by, referral_id=_referral(s).id, urgency=urgency, note=note)


def place(s, on: int, at="09:00", minutes=45, interpreter="") -> None:
    referral = _referral(s)
    day = _day(s, on)
    tz = s.ctx.municipality.profile.tz
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    found = s.session.exec(
        select(TeamMeeting).where(
            TeamMeeting.team_id == referral.team_id,
            TeamMeeting.starts_at >= start,
            TeamMeeting.starts_at < start + timedelta(days=1),
        )
    ).first()
    hour, minute = (int(part) for part in at.split(":"))
    queue.place(
        **s.kw, referral_id=referral.id, team_meeting_id=found.id if found else None,
        starts_at=time(hour, minute), minutes=minutes, interpreter_needed=bool(interpreter),
        interpreter_language=interpreter,
    )  # fmt: skip


def tit_invite(s) -> None:
    queue.invite(**s.kw, referral_id=_referral(s).id)


def tit_present(s, guardians=True, youth=False, referrer=True) -> None:
    meeting.record_presentation(
        s.session, by=s.by, referral_id=_referral(s).id, confidentiality_stated=True,
        guardians_present=guardians, youth_present=youth, referrer_present=referrer,
    )  # fmt: skip


def tit_case(s, text: str, earlier="") -> None:
    meeting.record_case(
        s.session, by=s.by, referral_id=_referral(s).id, presentation=text, earlier_measures=earlier
    )


def tit_discuss(s, text: str) -> None:
    meeting.record_discussion(s.session, by=s.by, referral_id=_referral(s).id, text=text)


def tit_close(
    s, summary: str, plan: Sequence[tuple[str, str, str, int]], coordinator: str, view="",
    follow_up=42, place="", feedback="",
) -> None:  # fmt: skip
    referral = _referral(s)
    meeting_day = referral.starts_at.astimezone(s.ctx.municipality.profile.tz).date()
    rows = [
        meeting.PlanRow(goal, measure, responsible, meeting_day + timedelta(weeks=weeks))
        for goal, measure, responsible, weeks in plan
    ]
    meeting.record_closing(
        **s.kw, referral_id=referral.id, summary=summary, family_view=view, plan=rows,
        follow_up_coordinator_id=s.user(coordinator),
        follow_up_at=_local(s, meeting_day + timedelta(days=follow_up), "14:00"),
        follow_up_place=place or "Det lokale tjenestestedet", family_feedback=feedback,
    )  # fmt: skip


def tit_left(s) -> None:
    meeting.family_left(s.session, by=s.by, referral_id=_referral(s).id)


def tit_reflect(s, text: str) -> None:
    meeting.record_reflection(s.session, by=s.by, referral_id=_referral(s).id, text=text)


def tit_protocol(s, text: str) -> None:
    protocol.finalise(s.session, by=s.by, referral_id=_referral(s).id, text=text)


def tit_evaluate(s, experience=4, plan="yes", helped="yes", via="staff", text="") -> None:
    answers = evaluation.Answers(experience, text, plan, helped, "")
    referral = _referral(s)
    if via == "link":
        token = s.session.exec(
            select(TeamEvaluation.token).where(TeamEvaluation.referral_id == referral.id)
        ).one()
        evaluation.answer_by_link(s.session, token=token, answers=answers)
    else:
        evaluation.with_staff(s.session, by=s.by, referral_id=referral.id, answers=answers)


#: The steps above by their action names.
TEAM_ACTIONS = {
    "team": team,
    "refer": refer,
    "tit_day": tit_day,
    "assess": assess,
    "place": place,
    "tit_invite": tit_invite,
    "tit_present": tit_present,
    "tit_case": tit_case,
    "tit_discuss": tit_discuss,
    "tit_close": tit_close,
    "tit_left": tit_left,
    "tit_reflect": tit_reflect,
    "tit_protocol": tit_protocol,
    "tit_evaluate": tit_evaluate,
}
