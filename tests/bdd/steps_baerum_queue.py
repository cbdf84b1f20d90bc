"""Steps for Bærum's Tidlig innsatsteam (TIT): the chair's queue — urgency, meeting days,
places, invitations and the minute-taker.

Loaded as a pytest plugin (``-p tests.bdd.steps_baerum_queue``); the teams and the referral
are in :mod:`tests.bdd.steps_baerum_tit`, whose helpers these steps use.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Guardian,
    Meeting,
    MeetingInvitee,
    ReferralStatus,
    TeamMeeting,
    TeamRecord,
    Urgency,
)
from bti.services.teams import queue, roster
from tests.bdd.steps_baerum_tit import (
    NAME,
    NAMES,
    TEAM,
    Tit,
    case_about,
    clock_time,
    local_today,
    names_in,
    not_found,
    referral_of,
    refused_at,
    team_named,
)
from tests.support.world import World

# ---------------------------------------------------------------------------------------------
# The chair's queue: urgency, meeting days, places, invitations, minute-taker
# ---------------------------------------------------------------------------------------------


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) vurderer saken(?: om (?P<barn>{NAME}))? som (?P<grad>haster|vanlig)"
        r"(?:, fordi «(?P<note>.+)»)?$"
    )
)
def _(world: World, navn: str, barn: str | None, grad: str, note: str | None) -> None:
    case_id = case_about(world, barn) if barn else None
    world.act(
        navn,
        queue.assess,
        referral_id=referral_of(world, case_id).id,
        urgency=Urgency.URGENT if grad == "haster" else Urgency.ORDINARY,
        note=note or "",
    )


@then(parsers.re(rf"er saken vurdert som at den haster av (?P<navn>{NAME})$"))
def _(world: World, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    referral = referral_of(world)
    assert (referral.urgency, referral.assessed_by_id) == (Urgency.URGENT, world.staff[navn])


def _queue_of(world: World, name: str, team_id: int | None = None):
    if team_id is None:
        team_id = referral_of(world).team_id
    return world.look(name, queue.queue, team_id=team_id)


@then(parsers.re(rf"står saken om (?P<barn>{NAME}) i køen til (?P<navn>{NAME})$"))
def _(world: World, barn: str, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    page = _queue_of(world, navn)
    assert barn in [i.subject.given_name for i in page.items], page.items


@then(parsers.re(rf"står sakene i denne rekkefølgen i køen til (?P<navn>{NAME}):"))
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    page = _queue_of(world, navn)
    assert [i.subject.given_name for i in page.items] == [row[0] for row in datatable]


@then(parsers.re(rf"finner (?P<navn>{NAME}) ikke teamets kø$"))
def _(world: World, navn: str) -> None:
    with pytest.raises(NotFound):
        _queue_of(world, navn)


@then(
    parsers.re(
        rf"finner (?P<navn>{NAME}) ikke (?:saken i teamets kø|saken i teamet|teamets oppsett)$"
    )
)
def _(world: World, navn: str) -> None:
    not_found(world)


def _team_of_chair(world: World, name: str) -> TeamRecord:
    with world.scoped() as session:
        for team, role in roster.my_teams(session, user_id=world.staff[name]):
            if roster.chairs(role):
                return team
    raise AssertionError(f"{name} leder ikke noe team")


def plan_day(world: World, by: str, team_id: int, on: date, at: time, place: str = "") -> int:
    day = world.act(
        by,
        queue.plan_day,
        team_id=team_id,
        starts_at=datetime.combine(on, at),
        place=place or "Bærum rådhus, møterom 3",
    )
    assert world.error is None, f"avvist: {world.error!r}"
    return day.id


def _day_on(world: World, team_id: int, on: date) -> int | None:
    tz = world.kommune.profile.tz
    with world.scoped() as session:
        for day in session.exec(select(TeamMeeting).where(TeamMeeting.team_id == team_id)):
            starts = day.starts_at if day.starts_at.tzinfo else day.starts_at.replace(tzinfo=tz)
            if starts.astimezone(tz).date() == on:
                return day.id
    return None


def place(world: World, tit: Tit, by: str, day_id: int, at: time, minutes: int = 45, **extra):
    return world.act(
        by,
        queue.place,
        referral_id=referral_of(world).id,
        team_meeting_id=day_id,
        starts_at=at,
        minutes=minutes,
        **extra,
    )


def schedule(world: World, tit: Tit, by: str, days: int, at: time) -> None:
    """``by`` puts the current case on the meeting day of its team ``days`` ahead (planned
    from 09.00 when there is none yet)."""
    team_id = referral_of(world).team_id
    on = local_today(world) + timedelta(days=days)
    day_id = _day_on(world, team_id, on)
    if day_id is None:
        day_id = plan_day(world, by, team_id, on, time(9, 0))
    tit.day_id = day_id
    place(world, tit, by, day_id, at)


_SCHEDULE = (
    rf"(?P<navn>{NAME}) (?:setter|har satt) saken opp på teamets møte om (?P<dager>\d+) dager "
    r"klokka (?P<tid>[\d.]+)$"
)


@given(parsers.re(rf"at {_SCHEDULE}"))
def _(world: World, tit: Tit, navn: str, dager: str, tid: str) -> None:
    schedule(world, tit, navn, int(dager), clock_time(tid))
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(_SCHEDULE))
def _(world: World, tit: Tit, navn: str, dager: str, tid: str) -> None:
    schedule(world, tit, navn, int(dager), clock_time(tid))


_DAY = (
    rf"(?P<navn>{NAME}) (?:lager|har laget) et møte for teamet om (?P<dager>\d+) dager klokka "
    r"(?P<tid>[\d.]+)(?: på «(?P<sted>.+)»)?$"
)


def _make_day(world: World, tit: Tit, navn: str, dager: str, tid: str, sted: str | None) -> None:
    team = _team_of_chair(world, navn)
    on = local_today(world) + timedelta(days=int(dager))
    tit.day_id = plan_day(world, navn, team.id, on, clock_time(tid), sted or "")


@given(parsers.re(rf"at {_DAY}"))
def _(world: World, tit: Tit, navn: str, dager: str, tid: str, sted: str | None) -> None:
    _make_day(world, tit, navn, dager, tid, sted)


@when(parsers.re(_DAY))
def _(world: World, tit: Tit, navn: str, dager: str, tid: str, sted: str | None) -> None:
    _make_day(world, tit, navn, dager, tid, sted)


@then(
    parsers.re(
        r"har teamet et møte om (?P<dager>\d+) dager fra klokka (?P<fra>[\d.]+) til klokka "
        r"(?P<til>[\d.]+) på «(?P<sted>.+)»$"
    )
)
def _(world: World, tit: Tit, dager: str, fra: str, til: str, sted: str) -> None:
    tz = world.kommune.profile.tz
    with world.scoped() as session:
        day = session.get(TeamMeeting, tit.day_id)
    starts, ends = (
        m.replace(tzinfo=m.tzinfo or tz).astimezone(tz) for m in (day.starts_at, day.ends_at)
    )
    assert starts.date() == local_today(world) + timedelta(days=int(dager))
    assert (starts.time(), ends.time()) == (clock_time(fra), clock_time(til))
    assert day.place == sted


_PLACE = (
    rf"(?P<navn>{NAME}) (?:setter|har satt) saken opp klokka (?P<tid>[\d.]+) med "
    r"(?P<minutter>\d+) minutter(?P<tolk> og tolk (?:på (?P<sprak>\w+)|uten å si språket))?$"
)


def _place(world, tit, navn, tid, minutter, tolk, sprak) -> None:
    place(
        world,
        tit,
        navn,
        tit.day_id,
        clock_time(tid),
        int(minutter),
        interpreter_needed=bool(tolk),
        interpreter_language=sprak or "",
    )


@given(parsers.re(rf"at {_PLACE}"))
def _(world, tit, navn, tid, minutter, tolk, sprak) -> None:
    _place(world, tit, navn, tid, minutter, tolk, sprak)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(_PLACE))
def _(world, tit, navn, tid, minutter, tolk, sprak) -> None:
    _place(world, tit, navn, tid, minutter, tolk, sprak)


@then(
    parsers.re(
        r"står saken på møtet om (?P<dager>\d+) dager klokka (?P<tid>[\d.]+) med "
        r"(?P<minutter>\d+) minutter(?: og tolk på (?P<sprak>\w+))?$"
    )
)
def _(world: World, dager: str, tid: str, minutter: str, sprak: str | None) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    referral = referral_of(world)
    tz = world.kommune.profile.tz
    starts = referral.starts_at.replace(tzinfo=referral.starts_at.tzinfo or tz).astimezone(tz)
    assert starts.date() == local_today(world) + timedelta(days=int(dager))
    assert starts.time() == clock_time(tid)
    assert referral.minutes == int(minutter)
    assert referral.interpreter_needed == bool(sprak)
    assert referral.interpreter_language == (sprak or "")
    assert referral.status == ReferralStatus.SCHEDULED


@then(parsers.re(r"blir saken ikke satt opp, fordi (?P<grunn>.+)$"))
def _(world: World, grunn: str) -> None:
    reasons = {
        "den må få plass innenfor møtet": (
            "starts_at",
            _l("The case must fit within the meeting day."),
        ),
        "en annen sak har den tiden": ("starts_at", _l("Another case has that time.")),
        "den ikke kan drøftes uten skriftlig samtykke når foreldrene ikke kommer selv": (
            "referral",
            queue.CONSENT_NEEDED,
        ),
    }
    refused_at(world, *reasons[grunn])


@then("blir saken ikke satt opp, og det står ved tolken at språket må oppgis")
def _(world: World) -> None:
    refused_at(world, "interpreter_language")
    assert referral_of(world).status == ReferralStatus.RECEIVED


@then(
    parsers.re(
        rf"blir saken ikke satt opp, og (?P<navn>{NAME}) får vite at (?P<barn>{NAME}) er "
        rf"(?P<alder>\d+) år den dagen og hører til «(?P<team>{TEAM})»$"
    )
)
def _(world: World, navn: str, barn: str, alder: str, team: str) -> None:
    refused_at(world, "team_meeting_id")
    message = str(world.error.message)
    assert team in message and alder in message, message
    assert referral_of(world).status == ReferralStatus.RECEIVED


@when(parsers.re(rf"(?P<navn>{NAME}) flytter saken til «(?P<team>{TEAM})»$"))
def _(world: World, navn: str, team: str) -> None:
    world.act(
        navn,
        queue.move_to_team,
        referral_id=referral_of(world).id,
        team_id=team_named(world, team).id,
    )
    assert world.error is None, f"avvist: {world.error!r}"


@then(parsers.re(rf"står saken på møtet til «(?P<team>{TEAM})» om (?P<dager>\d+) dager$"))
def _(world: World, team: str, dager: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    referral = referral_of(world)
    record = team_named(world, team)
    assert referral.team_id == record.id
    assert referral.team_meeting_id == _day_on(
        world, record.id, local_today(world) + timedelta(days=int(dager))
    )
    assert referral.status == ReferralStatus.SCHEDULED


# -- the invitations ----------------------------------------------------------------------------


@given(parsers.re(rf"at (?P<navn>{NAME}) har sendt innkallingene$"))
def _(world: World, navn: str) -> None:
    world.act(navn, queue.invite, referral_id=referral_of(world).id)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(rf"(?P<navn>{NAME}) sender innkallingene$"))
def _(world: World, navn: str) -> None:
    world.act(navn, queue.invite, referral_id=referral_of(world).id)


@then("er innkallingene sendt")
def _(world: World) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    referral = referral_of(world)
    assert referral.status == ReferralStatus.INVITED and referral.meeting_id is not None


@then(parsers.re(r"blir innkallingene ikke sendt, fordi (?P<grunn>.+)$"))
def _(world: World, grunn: str) -> None:
    reasons = {
        "saken ikke kan drøftes uten skriftlig samtykke når foreldrene ikke kommer selv": (
            queue.CONSENT_NEEDED
        ),
        "saken først må settes opp på et møte": _l("Put the case on a meeting day first."),
        "saken er meldt til barnevernet og foreldrene ikke skal kontaktes": _l(
            "The case has been reported to barnevern and the guardians are kept out: it "
            "cannot be discussed in the team."
        ),
    }
    refused_at(world, "referral", reasons[grunn])
    assert referral_of(world).meeting_id is None, "innkallingene ble likevel sendt"


def invited(world: World) -> tuple[set[str], bool]:
    """The names invited to the case's meeting in the team, and whether the youth is."""
    referral = referral_of(world)
    assert referral.meeting_id is not None, "ingen innkalling er sendt"
    with world.scoped() as session:
        rows = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == referral.meeting_id)
        ).all()
        guardians = {g.id: g.name for g in session.exec(select(Guardian))}
    names = {world.name_of(r.user_id) for r in rows if r.user_id is not None}
    names |= {guardians[r.guardian_id] for r in rows if r.guardian_id is not None}
    return names, any(r.is_subject for r in rows)


@then(parsers.re(rf"er (?P<hvem>{NAMES}) innkalt til møtet i teamet$"))
def _(world: World, hvem: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    names, _youth = invited(world)
    assert set(names_in(hvem)) <= names, names


@then(parsers.re(rf"er disse innkalt til møtet i teamet: (?P<hvem>{NAMES})$"))
def _(world: World, hvem: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    names, youth = invited(world)
    assert names == set(names_in(hvem)), names
    assert not youth


@then(
    parsers.re(
        rf"er (?P<barn>{NAME}) (?P<ikke>ikke )?selv innkalt til møtet i teamet"
        rf"(?:, sammen med (?P<andre>{NAMES}))?$"
    )
)
def _(world: World, barn: str, ikke: str | None, andre: str | None) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    names, youth = invited(world)
    assert youth is not bool(ikke)
    if andre:
        assert set(names_in(andre)) <= names, names


@then("er ingen innkalt til møtet i teamet")
def _(world: World) -> None:
    assert referral_of(world).meeting_id is None
    with world.scoped() as session:
        assert session.exec(select(MeetingInvitee)).all() == []


@then("har møtet i saken tiden, stedet og agendaen med teamets seks deler")
def _(world: World, tit: Tit) -> None:
    referral = referral_of(world)
    with world.scoped() as session:
        meeting = session.get(Meeting, referral.meeting_id)
        day = session.get(TeamMeeting, referral.team_meeting_id)
    assert meeting.starts_at == referral.starts_at
    assert meeting.place == day.place
    titles = [str(part.title) for part in world.kommune.team_agenda]
    assert len(titles) == 6 and all(t in meeting.agenda for t in titles), meeting.agenda


# -- the minute-taker -----------------------------------------------------------------------------


@when(parsers.re(rf"(?P<navn>{NAME}) velger (?P<hvem>{NAME}) som referent$"))
def _(world: World, tit: Tit, navn: str, hvem: str) -> None:
    world.act(
        navn, queue.choose_minute_taker, team_meeting_id=tit.day_id, user_id=world.staff[hvem]
    )


@then("blir referenten ikke valgt, fordi referenten skal være et av teamets faste medlemmer")
def _(world: World, tit: Tit) -> None:
    refused_at(world, "user_id", _l("Choose one of the team's fixed members."))
    with world.scoped() as session:
        assert session.get(TeamMeeting, tit.day_id).minute_taker_id is None


@then(parsers.re(rf"er (?P<navn>{NAME}) referent på møtet$"))
def _(world: World, tit: Tit, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    with world.scoped() as session:
        assert session.get(TeamMeeting, tit.day_id).minute_taker_id == world.staff[navn]
