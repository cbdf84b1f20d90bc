"""Steps for what Bærum follows up from its Tidlig innsatsteam: the indicators of the
tiltaksplan «Sammen for barn og unge» and the quarter's anonymised protocols, on the page
and from the command line.

Loaded as a pytest plugin (``-p tests.bdd.steps_baerum_figures``); builds on
:mod:`tests.bdd.steps_baerum_tit` and :mod:`tests.bdd.steps_baerum_meeting`. Scenarios stop
the platform's clock («Gitt at det er mandag 5. oktober 2026 kl. 09.00») so the meetings
land in the quarter they name; many cases at once are children «Barn1», «Barn2» …, each with
one guardian, discussed half an hour apiece on the team's meeting days two weeks apart.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.models import Custody, Membership, Role, StaffUser, TeamRecord, Unit, UnitKind
from bti.services import reports
from bti.services.figures import UNDER_FIVE, Quarter
from bti.services.teams import protocol, queue, roster
from tests.bdd.steps_baerum_meeting import discuss
from tests.bdd.steps_baerum_queue import plan_day
from tests.bdd.steps_baerum_tit import (
    NAME,
    Tit,
    chair_of,
    local_today,
    named_date,
    names_in,
    not_found,
    refer,
    referral_of,
)
from tests.bdd.steps_vestby import MONTHS
from tests.support.world import World, birth_date_for

#: The indicator the plan's «Foreldre deltar i 100 % av sakene» is measured by.
PARTICIPATION = "tit_foreldre_deltatt"
#: Each case's share of a meeting day, and how many fit in the team's four hours.
MINUTES = 30
PER_DAY = 8


def _quarter(number: str, year: str) -> Quarter:
    return Quarter(int(year), int(number))


@given(parsers.re(rf"at (?P<navn>{NAME}) er koordinator for Sammen for barn og unge$"))
def _(world: World, navn: str) -> None:
    """The coordinator of the programme: no unit of her own, the coordinator's role."""
    with world.transaction() as session:
        unit = Unit(name="Sammen for barn og unge", kind=UnitKind.ANNET)
        session.add(unit)
        session.flush()
        world.units[unit.name] = unit.id
    with world.db.unscoped() as session, session.begin():
        user = StaffUser(username=f"{navn.lower()}-{len(world.staff)}", display_name=navn)
        session.add(user)
        session.flush()
        world.staff[navn] = user.id
    with world.transaction() as session:
        session.add(Membership(user_id=world.staff[navn], unit_id=unit.id, role=Role.KOORDINATOR))


def _consent_for_the_team(world: World, by: str, guardian: str) -> None:
    """A written consent covering the services of the team the case is referred to (not the
    referrer's own), signed by the guardian."""
    referral = referral_of(world)
    with world.scoped() as session:
        team = session.get(TeamRecord, referral.team_id)
    own = world.case().unit_id
    with world.scoped() as session:
        own_kind = str(session.get(Unit, own).kind)
    seats = roster.definition(world.kommune, team).seats
    services = [s.service for s in seats if not s.from_referring_unit and s.service != own_kind]
    world.give_consent(by, list(dict.fromkeys(services)), signers=(guardian,))


def _discussed_case(world: World, tit: Tit, unit: str, family: bool) -> None:
    """One more child from ``unit``, referred by the first employee there, placed on the
    next free half hour of its team's meeting days, invited and discussed."""
    number = len([n for n in world.children if n.startswith("Barn")]) + 1
    child, guardian = f"Barn{number}", f"Forelder{number}"
    world.child(child, birth_date=birth_date_for(9), unit_name=unit)
    world.set_custody(child, Custody.ENE)
    world.guardian(guardian, child)
    referrer = _staff_at(world, world.unit(unit))
    world.open_case(referrer, child)
    refer(world, referrer, family_attends=family)
    assert world.error is None, f"avvist: {world.error!r}"
    if not family:
        _consent_for_the_team(world, referrer, guardian)
    team_id = referral_of(world).team_id
    chair = chair_of(world, team_id)
    slot = tit.placed
    tit.placed += 1
    on = local_today(world) + timedelta(days=14 * (1 + slot // PER_DAY))
    if slot % PER_DAY == 0:
        tit.day_id = plan_day(world, chair, team_id, on, time(9, 0))
    starts = (
        datetime.combine(on, time(9, 0)) + timedelta(minutes=MINUTES * (slot % PER_DAY))
    ).time()
    world.act_ok(
        chair,
        queue.place,
        referral_id=referral_of(world).id,
        team_meeting_id=tit.day_id,
        starts_at=starts,
        minutes=MINUTES,
    )
    world.act_ok(chair, queue.invite, referral_id=referral_of(world).id)
    discuss(world, chair, "foresatte og melderen" if family else "melderen")


def _staff_at(world: World, unit_id: int) -> str:
    """The first employee the scenario named at the unit: the one who refers its cases."""
    with world.scoped() as session:
        users = set(session.exec(select(Membership.user_id).where(Membership.unit_id == unit_id)))
    found = [name for name, uid in world.staff.items() if uid in users]
    assert found, "ingen ansatte ved enheten"
    return found[0]


@given(
    parsers.re(
        r"at (?P<antall>\d+) (?:sak|saker) fra (?P<enhet>.+?) er drøftet i teamet "
        r"(?P<hvem>med foresatte til stede|på skriftlig samtykke uten foresatte) i "
        r"(?P<kvartal>\d)\. kvartal (?P<aar>\d{4})$"
    )
)
def _(world: World, tit: Tit, antall: str, enhet: str, hvem: str, kvartal: str, aar: str):
    for _ in range(int(antall)):
        _discussed_case(world, tit, enhet, family=hvem.startswith("med"))
        meeting_on = referral_of(world).starts_at
        tz = world.kommune.profile.tz
        local = meeting_on.replace(tzinfo=meeting_on.tzinfo or tz).astimezone(tz).date()
        assert Quarter.of(local) == _quarter(kvartal, aar), f"møtet {local} er i et annet kvartal"


@given(
    parsers.re(
        rf"at saken om (?P<barn>{NAME}) er drøftet på teamets møte \w+ (?P<dato>\d+\. \w+ \d{{4}}) "
        r"og protokollen er ferdigstilt: «(?P<tekst>.+)»$"
    )
)
def _(world: World, tit: Tit, barn: str, dato: str, tekst: str) -> None:
    referrer = _staff_at(world, world.subject(barn).unit_id)
    world.open_case(referrer, barn)
    refer(world, referrer, family_attends=True)
    assert world.error is None, f"avvist: {world.error!r}"
    team_id = referral_of(world).team_id
    chair = chair_of(world, team_id)
    day_id = plan_day(world, chair, team_id, named_date(world, dato), time(9, 0))
    world.act_ok(
        chair,
        queue.place,
        referral_id=referral_of(world).id,
        team_meeting_id=day_id,
        starts_at=time(10, 0),
        minutes=45,
    )
    world.act_ok(chair, queue.invite, referral_id=referral_of(world).id)
    discuss(world, chair, "foresatte og melderen")
    world.act_ok(chair, protocol.finalise, referral_id=referral_of(world).id, text=tekst)


# ---------------------------------------------------------------------------------------------
# The indicators
# ---------------------------------------------------------------------------------------------


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) ser på indikatorene for (?P<kvartal>\d)\. kvartal (?P<aar>\d{{4}})$"
    )
)
def _(world: World, navn: str, kvartal: str, aar: str) -> None:
    world.act(navn, reports.indicators_page, quarter=_quarter(kvartal, aar))


def _page(world: World) -> reports.IndicatorsPage:
    assert world.error is None, f"avvist: {world.error!r}"
    return world.result


@then(
    parsers.re(r"er andelen saker der foreldrene deltok (?P<andel>\d+) % mot målet (?P<mal>\d+) %$")
)
def _(world: World, andel: str, mal: str) -> None:
    row = next(r for r in _page(world).rows if r.code == PARTICIPATION)
    assert row.status.number == float(andel), row.status
    assert row.target == float(mal), row.target
    assert _page(world).participation.value == float(andel)


@then(parsers.re(r"er det drøftet (?P<antall>\d+) saker i Tidlig innsatsteam i kvartalet$"))
def _(world: World, antall: str) -> None:
    assert _page(world).discussed.value == int(antall), _page(world).discussed


@then(parsers.re(r"vises antallet saker drøftet i kvartalet bare som «(?P<tekst>.+)»$"))
def _(world: World, tekst: str) -> None:
    discussed = _page(world).discussed
    assert discussed.suppressed and discussed.value is None, discussed
    assert world.shown(UNDER_FIVE) == tekst


@then("vises ingen andel saker der foreldrene deltok")
def _(world: World) -> None:
    page = _page(world)
    assert page.participation.value is None, page.participation
    row = next(r for r in page.rows if r.code == PARTICIPATION)
    assert row.status.number is None and row.status.suppressed, row.status


@then(parsers.re(rf"finner (?P<navn>{NAME}) ikke (?:indikatorene|protokollene)$"))
def _(world: World, navn: str) -> None:
    not_found(world)


# ---------------------------------------------------------------------------------------------
# The quarter's protocols
# ---------------------------------------------------------------------------------------------


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) henter protokollene for (?P<kvartal>\d)\. kvartal (?P<aar>\d{{4}})$"
    )
)
def _(world: World, navn: str, kvartal: str, aar: str) -> None:
    world.act(navn, reports.quarter_protocols, quarter=_quarter(kvartal, aar))


def _written(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


@then("er dette protokollene for kvartalet:")
def _(world: World, datatable: list[list[str]]) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    rows = [[str(r.number), _written(r.meeting_on), r.protocol] for r in world.result.rows]
    assert rows == [[c.strip() for c in row] for row in datatable[1:]], rows


@when(parsers.re(r"kvartalsrapporten for (?P<kvartal>\d{4}Q\d) hentes fra kommandolinjen$"))
def _(world: World, kvartal: str) -> None:
    app = world.deployment.start()
    result = app.test_cli_runner().invoke(
        args=[world.kommune.slug, "quarterly-report", "--quarter", kvartal]
    )
    assert result.exit_code == 0, result.output
    world.result = result.output


@then(parsers.re(r"(?P<ikke>står|står ikke) «(?P<tekst>.+)» i kvartalsrapporten$"))
def _(world: World, ikke: str, tekst: str) -> None:
    assert (tekst in world.result) is (ikke == "står"), world.result


@then(parsers.re(r"nevner ikke kvartalsrapporten (?P<hvem>.+)$"))
def _(world: World, hvem: str) -> None:
    for name in names_in(hvem):
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", world.result), name
