"""Steps for Bærum's Tidlig innsatsteam (TIT): the teams and the referral.

Loaded as a pytest plugin (``-p tests.bdd.steps_baerum_tit``); the chair's queue is in
:mod:`tests.bdd.steps_baerum_queue`, the meeting, the action plan, the protocol and the
family's evaluation in :mod:`tests.bdd.steps_baerum_meeting`, the indicators in
:mod:`tests.bdd.steps_baerum_figures`.
Scenarios name a team as the Bærum plugin does («Tidlig innsatsteam 6–15 år Øst»), its
people by first name, and days as «om 14 dager klokka 10» (local time). The team a step
speaks of is the one the current case is referred to; «saken» is the current case.

Every service runs through :class:`tests.support.world.World`, so a refusal lands in
``world.error`` for a «Så»-step to name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import clock
from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    AuditEvent,
    Case,
    Custody,
    Meeting,
    MeetingInvitee,
    Membership,
    ReferralStatus,
    Role,
    StaffUser,
    Subject,
    TeamMember,
    TeamRecord,
    TeamReferral,
    TeamUnit,
    Unit,
    UnitKind,
)
from bti.services.teams import queue, referrals, roster
from tests.bdd.steps_vestby import MONTHS
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"
NAMES = rf"{NAME}(?:(?:, | og | eller ){NAME})*"
TEAM = r"Tidlig innsatsteam [^«»]+?"

#: The meldeskjema's fields as the scenarios name them, and the service's names for them.
REFERRAL_FIELDS = {
    "Epost, telefon": "referrer_contact",
    "Bekymringen gjelder": "case_types",
    "Andre fagpersoner som ønskes med i møtet": "guest_ids",
}
#: What a concern may be about («Type saker»), in the scenarios' words.
CASE_TYPES = {
    "psykososialt miljø": "psychosocial",
    "endring i atferd": "behaviour",
    "læring": "learning",
    "helse": "health",
    "omsorgssituasjon": "care",
}


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "baerum: a scenario about Bærum's Tidlig innsatsteam (features/baerum)"
    )


@dataclass
class Tit:
    """What a TIT scenario keeps beyond the world: the meeting day it planned last."""

    world: World
    day_id: int | None = None
    placed: int = 0  # cases put on meeting days by a step that makes many at once
    days: dict[int, int] = field(default_factory=dict)  # team id → the last day planned


@pytest.fixture
def tit(world: World) -> Tit:
    return Tit(world)


# ---------------------------------------------------------------------------------------------
# Helpers the meeting's steps use too
# ---------------------------------------------------------------------------------------------


def names_in(text: str) -> list[str]:
    """«Kim, Siri og Hege» → the names."""
    return [n.strip() for n in re.split(r",\s*|\s+og\s+|\s+eller\s+", text) if n.strip()]


def local_today(world: World) -> date:
    with world._on_the_clock():
        return clock.today(world.kommune)


def named_date(world: World, text: str) -> date:
    """«20. mars 2027» or «om 14 dager»."""
    text = text.strip()
    if match := re.fullmatch(r"om (\d+) dager", text):
        return local_today(world) + timedelta(days=int(match[1]))
    match = re.fullmatch(r"(\d+)\. (\w+) (\d{4})", text)
    assert match, f"forstår ikke datoen «{text}»"
    return date(int(match[3]), MONTHS.index(match[2]) + 1, int(match[1]))


def clock_time(text: str) -> time:
    hour, _, minute = text.replace(":", ".").partition(".")
    return time(int(hour), int(minute or 0))


def team_named(world: World, name: str) -> TeamRecord:
    with world.scoped() as session:
        found = session.exec(select(TeamRecord).where(TeamRecord.name == name)).first()
        names = [t.name for t in session.exec(select(TeamRecord))]
    assert found is not None, f"ingen team heter «{name}»; teamene er {names}"
    return found


def referral_of(world: World, case_id: str | None = None) -> TeamReferral:
    """The latest referral of the case (the current one unless named)."""
    with world.scoped() as session:
        found = session.exec(
            select(TeamReferral)
            .where(TeamReferral.case_id == (case_id or world.case_id))
            .order_by(TeamReferral.id.desc())
        ).first()
    assert found is not None, "saken er ikke meldt til noe team"
    return found


def case_about(world: World, child: str) -> str:
    """The latest case about ``child``."""
    with world.scoped() as session:
        case = session.exec(
            select(Case)
            .where(Case.subject_id == world.children[child])
            .order_by(Case.opened_at.desc())
        ).first()
    assert case is not None, f"ingen sak om {child}"
    return case.id


def chair_of(world: World, team_id: int) -> str:
    with world.scoped() as session:
        team = session.get(TeamRecord, team_id)
    return world.name_of(team.coordinator_id)


def same_text(message: object, expected: object) -> bool:
    """Two (lazy) texts read alike in the same language."""
    return str(message) == str(expected)


def refused_at(world: World, field_name: str, message: object | None = None) -> None:
    """The last action was refused, with a message beside ``field_name`` (``message``, when
    given)."""
    world.invalid_field(field_name)
    if message is not None:
        assert same_text(world.error.message, message), str(world.error.message)


def not_found(world: World) -> None:
    assert isinstance(world.error, NotFound), f"fant det likevel: {world.error!r}"


def service_of(world: World, name: str) -> str:
    with world.scoped() as session:
        membership = session.exec(
            select(Membership).where(Membership.user_id == world.staff[name])
        ).first()
        return str(session.get(Unit, membership.unit_id).kind)


# ---------------------------------------------------------------------------------------------
# Gitt: the teams and who sits in them
# ---------------------------------------------------------------------------------------------


@given("at Tidlig innsatsteamene fra metodeboka er satt opp")
def _(world: World) -> None:
    """The plugin's teams, as the platform writes them when it is taken into use (written
    once; nothing changes when they are there already)."""
    with world.transaction() as session:
        roster.seed_defaults(session, municipality=world.kommune)
        assert roster.teams(session), "ingen team å sette opp"


@given(parsers.re(r"at (?P<steder>.+) ligger i område (?P<omrade>\w+)$"))
def _(world: World, steder: str, omrade: str) -> None:
    unit_ids = [world.unit(name) for name in names_in(steder)]
    with world.transaction() as session:
        teams = session.exec(select(TeamRecord).where(TeamRecord.area == omrade)).all()
        assert teams, f"ingen team i område {omrade}"
        session.add_all(TeamUnit(team_id=t.id, unit_id=u) for t in teams for u in unit_ids)


def _seat(world: World, team_name: str, name: str, place: str) -> None:
    team = team_named(world, team_name)
    with world.transaction() as session:
        record = session.get(TeamRecord, team.id)
        user_id = world.staff[name]
        if place == "koordinator":
            record.coordinator_id = user_id
        elif place == "fast stedfortreder":
            record.deputy_id = user_id
        elif place == "leder":
            record.leader_id = user_id
        else:
            session.add(
                TeamMember(team_id=record.id, user_id=user_id, service=service_of(world, name))
            )
        session.add(record)


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) er (?P<plass>koordinator|fast stedfortreder|leder) for "
        rf"(?P<team>{TEAM})$"
    )
)
def _(world: World, navn: str, plass: str, team: str) -> None:
    _seat(world, team, navn, plass)


@given(parsers.re(rf"at (?P<team>{TEAM}) har (?P<hvem>{NAMES} som .+)$"))
def _(world: World, team: str, hvem: str) -> None:
    """«Kim som koordinator, Siri som fast stedfortreder og Hege og Pål som faste medlemmer»."""
    seats = re.finditer(
        rf"(?P<navn>{NAME}(?: og {NAME})*) som "
        r"(?P<plass>koordinator|fast stedfortreder|leder|faste medlemmer|fast medlem)",
        hvem,
    )
    found = False
    for seat in seats:
        found = True
        place = "medlem" if seat["plass"].startswith("fast") and "medlem" in seat["plass"] else ""
        for name in names_in(seat["navn"]):
            _seat(world, team, name, place or seat["plass"])
    assert found, f"forstår ikke hvem som sitter i teamet: {hvem}"


@given(parsers.re(rf"at (?P<navn>{NAME}) er administrator i (?P<kommune>\w+) kommune$"))
def _(world: World, navn: str, kommune: str) -> None:
    with world.transaction() as session:
        unit = Unit(name=f"{kommune} kommune, administrasjonen", kind=UnitKind.ANNET)
        session.add(unit)
        session.flush()
        world.units[unit.name] = unit.id
    with world.db.unscoped() as session, session.begin():
        user = StaffUser(username=f"{navn.lower()}-{len(world.staff)}", display_name=navn)
        session.add(user)
        session.flush()
        world.staff[navn] = user.id
    with world.transaction() as session:
        session.add(Membership(user_id=world.staff[navn], unit_id=unit.id, role=Role.ADMINISTRATOR))


@given(
    parsers.re(
        rf"(?P<navn>{NAME}) fyller (?P<alder>\d+) år (?P<nar>\d+\. \w+ \d{{4}}|om \d+ dager) "
        r"og er registrert ved (?P<enhet>.+)$"
    )
)
def _(world: World, navn: str, alder: str, nar: str, enhet: str) -> None:
    birthday = named_date(world, nar)
    if (birthday.month, birthday.day) == (2, 29):
        pytest.skip("a birthday on 29 February does not come every year")
    world.child(navn, birth_date=birthday.replace(year=birthday.year - int(alder)), unit_name=enhet)


@given(parsers.re(rf"at (?P<navn>{NAME}) er med i saken$"))
def _(world: World, navn: str) -> None:
    with world.scoped() as session:
        unit_id = session.exec(
            select(Membership.unit_id).where(Membership.user_id == world.staff[navn])
        ).first()
        unit_name = session.get(Unit, unit_id).name
    world.bring_in(navn, unit_name, by=world.opener())


# ---------------------------------------------------------------------------------------------
# The administrator's changes
# ---------------------------------------------------------------------------------------------


def _update(world: World, by: str, team_name: str, **changes) -> None:
    team = team_named(world, team_name)
    current = {
        "coordinator_id": team.coordinator_id,
        "deputy_id": team.deputy_id,
        "leader_id": team.leader_id,
        "weekday": team.weekday,
        "starts_at_hour": team.starts_at_hour,
        "cadence_days": team.cadence_days,
        "meeting_hours": team.meeting_hours,
        "place": team.place,
    }
    world.act(by, roster.update, team_id=team.id, **{**current, **changes})


@when(parsers.re(rf"(?P<navn>{NAME}) setter (?P<team>{TEAM}) til å møtes hver (?P<d>\d+)\. dag$"))
def _(world: World, navn: str, team: str, d: str) -> None:
    _update(world, navn, team, cadence_days=int(d))
    assert world.error is None, f"avvist: {world.error!r}"


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) utnevner (?P<koord>{NAME}) til koordinator(?P<leder> og leder)? og "
        rf"(?P<stedf>{NAME}) til fast stedfortreder for (?P<team>{TEAM})$"
    )
)
def _(world: World, navn: str, koord: str, leder: str | None, stedf: str, team: str) -> None:
    changes = {"coordinator_id": world.staff[koord], "deputy_id": world.staff[stedf]}
    if leder:
        changes["leader_id"] = world.staff[koord]
    _update(world, navn, team, **changes)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) tar inn (?P<hvem>{NAME}) som fast medlem fra (?P<tjeneste>.+?) i "
        rf"(?P<team>{TEAM})$"
    )
)
def _(world: World, navn: str, hvem: str, tjeneste: str, team: str) -> None:
    world.act(
        navn,
        roster.add_member,
        team_id=team_named(world, team).id,
        user_id=world.staff[hvem],
        service=service_of(world, hvem),
    )


@when(parsers.re(rf"(?P<navn>{NAME}) tar (?P<hvem>{NAME}) ut av (?P<team>{TEAM})$"))
def _(world: World, navn: str, hvem: str, team: str) -> None:
    record = team_named(world, team)
    with world.scoped() as session:
        member = session.exec(
            select(TeamMember).where(
                TeamMember.team_id == record.id, TeamMember.user_id == world.staff[hvem]
            )
        ).one()
    world.act(navn, roster.remove_member, team_id=record.id, member_id=member.id)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(rf"(?P<navn>{NAME}) lar (?P<enhet>.+?) høre til (?P<team>{TEAM})$"))
def _(world: World, navn: str, enhet: str, team: str) -> None:
    world.act(
        navn, roster.set_units, team_id=team_named(world, team).id, unit_ids=[world.unit(enhet)]
    )
    assert world.error is None, f"avvist: {world.error!r}"


# ---------------------------------------------------------------------------------------------
# The referral (meldeskjema)
# ---------------------------------------------------------------------------------------------


def refer(
    world: World,
    by: str,
    *,
    family_attends: bool = True,
    guests: list[str] = (),
    contact: str | None = None,
    case_types: list[str] = ("learning", "psychosocial"),
    others: str = "",
) -> TeamReferral | None:
    return world.act(
        by,
        referrals.refer,
        case_id=world.case_id,
        referrer_contact=f"{by.lower()}@baerum.kommune.no" if contact is None else contact,
        case_types=list(case_types),
        family_attends=family_attends,
        others_wanted=others,
        guest_ids=[world.staff[g] for g in guests],
    )


_REFER = (
    rf"(?P<navn>{NAME}) (?:melder|har meldt) saken til Tidlig innsatsteam"
    rf"(?: med (?P<gjester>{NAMES}) som ønsket i møtet)?, "
    r"(?P<familie>og foreldrene kommer selv|uten at (?:foreldrene|\w+) kommer selv)$"
)


@given(parsers.re(rf"at {_REFER}"))
def _(world: World, navn: str, gjester: str | None, familie: str) -> None:
    guests = names_in(gjester) if gjester else []
    refer(world, navn, family_attends=familie.startswith("og"), guests=guests)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(_REFER))
def _(world: World, navn: str, gjester: str | None, familie: str) -> None:
    guests = names_in(gjester) if gjester else []
    refer(world, navn, family_attends=familie.startswith("og"), guests=guests)


@when(
    parsers.re(rf"(?P<navn>{NAME}) fyller ut meldeskjemaet og sender det til Tidlig innsatsteam:")
)
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    form = {row[0].strip(): row[1].strip() for row in datatable}
    types = [CASE_TYPES[t] for t in names_in(form["Bekymringen gjelder"])]
    others = form.get("Andre fagpersoner som ønskes med i møtet", "")
    refer(
        world,
        navn,
        contact=form["Epost, telefon"],
        case_types=types,
        others="" if others == "Ingen" else others,
        family_attends=form["Foresatte eller ungdommen kommer selv"] == "ja",
    )


@when(parsers.re(rf"(?P<navn>{NAME}) sender meldeskjemaet uten e-post eller telefon$"))
def _(world: World, navn: str) -> None:
    refer(world, navn, contact="")


@when(parsers.re(rf"(?P<navn>{NAME}) sender meldeskjemaet uten å si hva bekymringen gjelder$"))
def _(world: World, navn: str) -> None:
    refer(world, navn, case_types=[])


@then(parsers.re(rf"er saken meldt til «(?P<team>{TEAM})»(?: som sak nr\. (?P<nr>\d+))?$"))
def _(world: World, team: str, nr: str | None) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    referral = referral_of(world)
    assert referral.team_id == team_named(world, team).id, f"meldt til team {referral.team_id}"
    assert referral.status == ReferralStatus.RECEIVED
    if nr:
        assert referral.number == int(nr), referral.number


@then(
    parsers.re(
        r"blir meldeskjemaet ikke sendt, og det står ved «(?P<felt>[^»]+)» at .+$",
    )
)
def _(world: World, felt: str) -> None:
    refused_at(world, REFERRAL_FIELDS[felt])
    with world.scoped() as session:
        assert not session.exec(select(TeamReferral)).all(), "meldeskjemaet ble likevel lagret"


@then(
    "blir meldingen avvist, fordi saken er meldt til barnevernet og foreldrene ikke skal kontaktes"
)
def _(world: World) -> None:
    world.refused_because("guardians_kept_out")
    with world.scoped() as session:
        assert not session.exec(select(TeamReferral)).all(), "meldeskjemaet ble likevel lagret"


@then("blir meldingen avvist, fordi saken alt er meldt videre og ikke lenger står på nivå 0")
def _(world: World) -> None:
    world.refused_because("not_at_first_level")
    with world.scoped() as session:
        assert len(session.exec(select(TeamReferral)).all()) == 1


@then("er meldeskjemaet bare lagt i koordinators kø i plattformen, uten vedlegg")
def _(world: World) -> None:
    """The referral is a row in the team's queue; nothing else is made from it: no meeting,
    no invitation, nobody outside the platform is written to (the platform has no e-mail
    and no attachments; the notifications outbox is not built)."""
    assert world.error is None, f"avvist: {world.error!r}"
    referral = referral_of(world)
    chair = chair_of(world, referral.team_id)
    page = world.look(chair, queue.queue, team_id=referral.team_id)
    assert [i.referral.id for i in page.items] == [referral.id]
    assert world.in_case(Meeting) == [], "meldingen laget et møte"
    with world.scoped() as session:
        assert session.exec(select(MeetingInvitee)).all() == [], "meldingen innkalte noen"


@then(
    parsers.re(r"nevner ingenting plattformen har skrevet om meldingen utenfor saken (?P<hvem>.+)$")
)
def _(world: World, hvem: str) -> None:
    """The audit trail (what the platform writes about the referral outside the case) and the
    referral's own fields name neither the child nor the guardians."""
    referral = referral_of(world)
    with world.scoped() as session:
        details = [e.detail for e in session.exec(select(AuditEvent))]
    written = [*details, referral.referrer_contact, referral.others_wanted, referral.case_types]
    for name in names_in(hvem):
        assert not any(re.search(rf"\b{name}\b", text or "") for text in written), name


# ---------------------------------------------------------------------------------------------
# Så: the teams
# ---------------------------------------------------------------------------------------------


def _band(team: TeamRecord) -> str:
    words = f"{team.min_age}–{team.max_age + 1} år"
    return f"{words} og gravide" if team.includes_pregnant else words


def _teams(world: World) -> list[TeamRecord]:
    with world.scoped() as session:
        return roster.teams(session)


@then(parsers.re(r"har Bærum disse Tidlig innsatsteamene:"))
def _(world: World, datatable: list[list[str]]) -> None:
    expected = sorted((row[0], row[1]) for row in datatable[1:])
    found = []
    for team in _teams(world):
        band = _band(team)
        # «1–5 år», «6–15 år», «16–23 år»: the guide names a band by its first and last year.
        if team.max_age >= 1:
            band = band.replace(f"–{team.max_age + 1} år", f"–{team.max_age} år")
        found.append((team.name, band))
    assert sorted(found) == expected, sorted(found)


@then(parsers.re(r"har «(?P<team>[^»]+)» faste deltakere fra (?P<deltakere>.+)$"))
def _(world: World, team: str, deltakere: str) -> None:
    definition = roster.definition(world.kommune, team_named(world, team))
    seats = [str(seat.label).lower() for seat in definition.seats]
    assert seats == [d.lower() for d in names_in(deltakere)], seats


@then("møtes hvert Tidlig innsatsteam hver 14. dag i 4 timer")
def _(world: World) -> None:
    teams = _teams(world)
    assert len(teams) == 7
    assert {(t.cadence_days, t.meeting_hours) for t in teams} == {(14, 4.0)}


@then(parsers.re(r"står det for hvert team at det ledes av «(?P<hvem>.+)»$"))
def _(world: World, hvem: str) -> None:
    for team in _teams(world):
        assert str(roster.definition(world.kommune, team).leader) == hvem


@then(parsers.re(r"står det for hvert team at det kan møtes oftere: «(?P<tekst>.+)»$"))
def _(world: World, tekst: str) -> None:
    for team in _teams(world):
        assert str(roster.definition(world.kommune, team).more_often) == tekst


@then(
    parsers.re(
        rf"møtes (?P<team>{TEAM}) (?:fortsatt )?hver (?P<d>\d+)\. dag i (?P<timer>\d+) timer$"
    )
)
def _(world: World, team: str, d: str, timer: str) -> None:
    record = team_named(world, team)
    assert (record.cadence_days, record.meeting_hours) == (int(d), float(timer))


@then(parsers.re(rf"er (?P<navn>{NAME}) fast møteleder i (?P<team>{TEAM})$"))
def _(world: World, navn: str, team: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert team_named(world, team).coordinator_id == world.staff[navn]


@then(parsers.re(rf"er (?P<navn>{NAME}) fast stedfortreder for møteleder i (?P<team>{TEAM})$"))
def _(world: World, navn: str, team: str) -> None:
    assert team_named(world, team).deputy_id == world.staff[navn]


@then(parsers.re(rf"ledes (?P<team>{TEAM}) av (?P<navn>{NAME})$"))
def _(world: World, team: str, navn: str) -> None:
    assert team_named(world, team).leader_id == world.staff[navn]


@then(
    "blir endringen avvist ved stedfortrederen, fordi stedfortrederen skal være en annen enn "
    "møtelederen"
)
def _(world: World) -> None:
    refused_at(world, "deputy_id", _l("The deputy must be someone other than the chair."))


def _members(world: World, team: str) -> list[str]:
    record = team_named(world, team)
    with world.scoped() as session:
        return [world.name_of(m.user_id) for m, _u in roster.members(session, team=record)]


@then(parsers.re(rf"er (?P<navn>{NAME}) det eneste faste medlemmet i (?P<team>{TEAM})$"))
def _(world: World, navn: str, team: str) -> None:
    assert _members(world, team) == [navn]


@then(parsers.re(rf"har (?P<team>{TEAM}) ingen faste medlemmer$"))
def _(world: World, team: str) -> None:
    assert _members(world, team) == []


# ---------------------------------------------------------------------------------------------
# Så: the team by age on the meeting date
# ---------------------------------------------------------------------------------------------


def _choice(world: World, child: str, on: str):
    with world.scoped() as session:
        subject = session.get(Subject, world.children[child])
        return roster.team_for(
            session, subject=subject, on=named_date(world, on), unit_id=subject.unit_id
        )


@then(parsers.re(rf"hører (?P<barn>{NAME}) til «(?P<team>{TEAM})» på et møte (?P<dato>.+)$"))
def _(world: World, barn: str, team: str, dato: str) -> None:
    choice = _choice(world, barn, dato)
    assert choice.team is not None, [t.name for t in choice.candidates]
    assert choice.team.name == team, choice.team.name


@then(
    parsers.re(rf"hører (?P<barn>{NAME}) ikke til noe Tidlig innsatsteam på et møte (?P<dato>.+)$")
)
def _(world: World, barn: str, dato: str) -> None:
    choice = _choice(world, barn, dato)
    assert choice.candidates == (), [t.name for t in choice.candidates]


@given(
    parsers.re(
        rf"foreldrene til (?P<barn>{NAME}), (?P<a>{NAME} {NAME}) og (?P<b>{NAME} {NAME}), "
        r"bor sammen$"
    )
)
def _(world: World, barn: str, a: str, b: str) -> None:
    """Guardians named in full, for what a protocol must leave out."""
    world.set_custody(barn, Custody.SAMMEN)
    for parent in (a, b):
        world.guardian(parent, barn)


@then(parsers.re(r"står disse stegene for nivå (?P<niva>\d) i Bærums veileder:"))
def _(world: World, niva: str, datatable: list[list[str]]) -> None:
    level = world.kommune.level(int(niva))
    titles = [world.shown(step.title) for step in level.steps]
    assert titles == [row[0].strip() for row in datatable], titles
