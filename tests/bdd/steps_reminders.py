"""Steps for reminders (``bti reminders run``): running them now, in some days or at a
named moment, and who was reminded of what. The reminders are read back from the outbox."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import clock
from bti.models import Notification, NotificationKind
from bti.services import reminders
from tests.bdd.steps_vestby import moment_named
from tests.support.world import World, services_listed

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"
WHAT = {
    "fristen snart går ut": NotificationKind.DEADLINE_SOON,
    "fristen er overskredet": NotificationKind.DEADLINE_OVERDUE,
    "samtykket snart går ut": NotificationKind.CONSENT_EXPIRING,
}


def _now(world: World) -> datetime:
    with world._on_the_clock():
        return clock.now()


def _run(world: World, now: datetime) -> None:
    reminders.run(world.db, municipality=world.kommune, municipality_id=world.mid, now=now)


def _told(world: World, name: str) -> list[str]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(Notification.kind).where(Notification.user_id == world.staff[name])
            ).all()
        )


@given(
    parsers.re(
        r"^at Per har skrevet under på et samtykke til samarbeid med (?P<tjenester>.+?), "
        r"som gjelder i (?P<dager>\d+) dager$"
    )
)
def _(world: World, tjenester: str, dager: str) -> None:
    world.give_consent(world.opener(), services_listed(tjenester), days=int(dager))


@when(parsers.re(r"^påminnelsene kjøres(?: igjen)?$"))
def _(world: World) -> None:
    _run(world, _now(world))


@when(parsers.re(r"^påminnelsene kjøres om (?P<dager>\d+) dager$"))
def _(world: World, dager: str) -> None:
    _run(world, _now(world) + timedelta(days=int(dager)))


@when(parsers.re(r"^påminnelsene kjøres (?P<nar>\w+ \d+\. \w+ \d{4} kl\. [\d.]+)$"))
def _(world: World, nar: str) -> None:
    _run(world, moment_named(world.kommune.profile.tz, nar))


@then(parsers.re(rf"^får {NAME} én påminnelse om at (?P<hva>{'|'.join(WHAT)})$"))
def _(world: World, navn: str, hva: str) -> None:
    told = _told(world, navn)
    assert told.count(WHAT[hva]) == 1, f"{navn} har fått {told}"


@then(parsers.re(rf"^får {NAME} ingen påminnelse$"))
def _(world: World, navn: str) -> None:
    assert _told(world, navn) == [], f"{navn} har fått {_told(world, navn)}"
