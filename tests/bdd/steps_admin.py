"""Steps for the municipality's administration (features/core/administrasjon.feature): who
sees it, one municipality's staff apart from another's, deactivating an account, and the
last administrator. The steps go through the web pages, as the administrator does.

Loaded as a pytest plugin (``-p tests.bdd.steps_admin``).
"""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, then, when
from sqlmodel import col, select

from bti.models import AuditEvent, LoginSession, Membership, Role, StaffUser
from bti.services import administration
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in
from tests.support.world import World

ADMIN = "administrasjon"


def _client(world: World, navn: str):
    """``navn`` signed in (every account gets its sign-in name and the test password)."""
    give_passwords(world)
    client = world.deployment.start().test_client()
    sign_in(client, navn.lower())
    client.get("/velg-kommune")
    return client


def _clients(world: World) -> dict:
    return world.__dict__.setdefault("_admin_clients", {})


def _as(world: World, navn: str):
    clients = _clients(world)
    if navn not in clients:
        clients[navn] = _client(world, navn)
    return clients[navn]


def _base(world: World) -> str:
    return f"/{world.kommune.slug}/{ADMIN}"


def _user_id(world: World, navn: str) -> int:
    give_passwords(world)  # each account's sign-in name is the person's name
    with world.db.unscoped() as session:
        return session.exec(select(StaffUser.id).where(StaffUser.username == navn.lower())).one()


# -- Gitt ---------------------------------------------------------------------------------------


@given(parsers.parse("at administrasjonen gjelder {kommune} kommune"))
def _(world: World, kommune: str) -> None:
    world.kommune_name = kommune


@given(parsers.re(r"(?P<navn>[A-ZÆØÅ]\w+) er administrator i (?P<kommune>\w+) kommune$"))
def _(world: World, navn: str, kommune: str) -> None:
    municipality_id = world.deployment.municipality_id(kommune)
    administration.create_user(
        world.db, username=navn.lower(), display_name=navn, municipality_id=municipality_id,
        password=PASSWORD,
    )  # fmt: skip


@given(parsers.parse("at {navn} er logget inn"))
def _(world: World, navn: str) -> None:
    client = _as(world, navn)
    assert client.get(f"/{world.kommune.slug}/saker").status_code == 200


# -- Når ----------------------------------------------------------------------------------------


@when(parsers.parse("{navn} åpner administrasjonen"))
def _(world: World, navn: str) -> None:
    world.result = _as(world, navn).get(f"{_base(world)}/")


@when(parsers.parse("{navn} ser på listen over de ansatte"))
def _(world: World, navn: str) -> None:
    world.result = _as(world, navn).get(f"{_base(world)}/ansatte")


@when(parsers.parse("{navn} slår opp {annen} i administrasjonen"))
def _(world: World, navn: str, annen: str) -> None:
    world.result = _as(world, navn).get(f"{_base(world)}/ansatte/{_user_id(world, annen)}")


@when(parsers.parse("{navn} deaktiverer kontoen til {annen}"))
def _(world: World, navn: str, annen: str) -> None:
    page = f"{_base(world)}/ansatte/{_user_id(world, annen)}"
    client = _as(world, navn)
    world.result = client.post(f"{page}/deaktiver", data={"csrf_token": csrf(client, page)})
    assert world.result.status_code == 303, world.result.status_code


def _administrator_role(world: World, navn: str) -> int | None:
    with world.scoped() as session:
        return session.exec(
            select(Membership.id).where(
                Membership.user_id == _user_id(world, navn),
                Membership.role == Role.ADMINISTRATOR,
            )
        ).first()


@when(parsers.parse("{navn} tar bort administratorrollen sin"))
def _(world: World, navn: str) -> None:
    page = f"{_base(world)}/ansatte/{_user_id(world, navn)}"
    client = _as(world, navn)
    role = _administrator_role(world, navn)
    world.result = client.post(
        f"{page}/rolle/{role}/fjern", data={"csrf_token": csrf(client, page)}
    )


@when(parsers.parse("{navn} gjør {annen} til administrator"))
def _(world: World, navn: str, annen: str) -> None:
    page = f"{_base(world)}/ansatte/{_user_id(world, annen)}"
    client = _as(world, navn)
    unit = world.unit("Vestby administrasjon")
    response = client.post(
        f"{page}/rolle",
        data={"csrf_token": csrf(client, page), "role-unit_id": unit, "role-role": "administrator"},
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]


# -- Så -----------------------------------------------------------------------------------------


def _page(world: World) -> str:
    return world.result.get_data(as_text=True)


@then(parsers.parse("får {navn} samme svar som om siden ikke fantes"))
def _(world: World, navn: str) -> None:
    assert world.result.status_code == 404
    assert "Siden finnes ikke" in _page(world)


@then(parsers.parse("ser {navn} tjenestestedene og de ansatte i kommunen"))
def _(world: World, navn: str) -> None:
    assert world.result.status_code == 200
    page = _page(world)
    assert "Tjenestesteder" in page and "Ansattkontoer" in page


def _listed(world: World) -> list[str]:
    assert world.result.status_code == 200
    return re.findall(r'/ansatte/\d+">([^<]+)</a>', _page(world))


@then(parsers.re(r"står (?P<navn>.+) på listen$"))
def _(world: World, navn: str) -> None:
    wanted = re.split(r",\s*|\s+og\s+", navn)
    assert sorted(_listed(world)) == sorted(wanted)


@then(parsers.parse("{navn} står ikke på listen"))
def _(world: World, navn: str) -> None:
    assert navn not in _listed(world)
    assert navn not in _page(world)


@then(parsers.parse("er {navn} logget ut"))
def _(world: World, navn: str) -> None:
    response = _as(world, navn).get(f"/{world.kommune.slug}/saker", follow_redirects=True)
    assert response.request.path == "/logg-inn"
    assert "Økten din er avsluttet." in response.get_data(as_text=True)
    with world.db.unscoped() as session:
        open_sessions = session.exec(
            select(LoginSession).where(
                LoginSession.user_id == _user_id(world, navn),
                col(LoginSession.ended_at).is_(None),
            )
        ).all()
    assert open_sessions == []


@then(parsers.parse("{navn} kan ikke logge inn igjen"))
def _(world: World, navn: str) -> None:
    client = world.deployment.start().test_client()
    assert sign_in(client, navn.lower()).status_code == 401


@then(parsers.parse("deaktiveringen er logget med {navn} som den som gjorde det"))
def _(world: World, navn: str) -> None:
    with world.scoped() as session:
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "admin.staff.deactivate")
        ).one()
    assert event.actor_id == _user_id(world, navn)
    assert event.purpose == "administration"


@then(parsers.parse("får {navn} beskjed om at kommunen må ha minst én administrator"))
def _(world: World, navn: str) -> None:
    assert world.result.status_code == 400
    assert "Kommunen må ha minst én administrator." in _page(world)


@then(parsers.parse("{navn} er fortsatt administrator"))
def _(world: World, navn: str) -> None:
    assert _administrator_role(world, navn) is not None


@then(parsers.parse("er {navn} kommunens eneste administrator"))
def _(world: World, navn: str) -> None:
    with world.scoped() as session:
        admins = session.exec(
            select(StaffUser.username)
            .join(Membership, Membership.user_id == StaffUser.id)
            .where(Membership.role == Role.ADMINISTRATOR)
        ).all()
    assert admins == [navn.lower()]
