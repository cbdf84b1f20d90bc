"""Steps for local passwords: a one-time link from the administrator, changing one's own
password, the list of common passwords, and the second factor an administrator requires.

Loaded as a pytest plugin (``-p tests.bdd.steps_passwords``). Kari works through the real
pages (the sign-in, «Bytt passord», the link); the administrator acts through the services
the admin pages call (:mod:`bti.services.password_reset`, :func:`bti.services.totp.require`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from pytest_bdd import given, parsers, then, when

from bti.services import password_reset, totp
from tests.support.web import PASSWORD, csrf, give_passwords, sign_in
from tests.support.world import World

NAME = r"(?P<navn>[A-ZÆØÅ]\w+)"
MACHINES = {"første": 0, "andre": 1}


@dataclass
class Passwords:
    """What the scenario has handed out: passwords given, machines signed in, the link,
    and the last answer a page gave."""

    given: bool = False
    machines: dict[str, list] = field(default_factory=dict)
    link: str | None = None
    answer: object = None


@pytest.fixture
def passord() -> Passwords:
    return Passwords()


def _ready(world: World, passord: Passwords):
    """The platform, everyone with their first password (once: later it is theirs)."""
    app = world.deployment.start()
    if not passord.given:
        give_passwords(world)
        passord.given = True
    return app


def _signed_in(client, world: World) -> bool:
    answer = client.get(f"/{world.kommune.slug}/saker")
    return answer.status_code == 200


@given(parsers.re(rf"^at {NAME} er logget inn på to maskiner$"))
def _(world: World, passord: Passwords, navn: str) -> None:
    app = _ready(world, passord)
    machines = []
    for _ in range(2):
        client = app.test_client()
        sign_in(client, navn.lower())
        client.get("/velg-kommune")
        assert _signed_in(client, world)
        machines.append(client)
    passord.machines[navn] = machines


@given(parsers.re(rf"^at (?P<admin>[A-ZÆØÅ]\w+) har laget en lenke for nytt passord til {NAME}$"))
def _(world: World, passord: Passwords, admin: str, navn: str) -> None:
    app = _ready(world, passord)
    with app.app_context():
        token = password_reset.issue(
            world.db,
            by=world.actor(admin),
            account_kind="staff",
            account_id=world.staff[navn],
            municipality_id=world.mid,
        )
        passord.link = password_reset.link(token)


@given(parsers.re(rf"^at (?P<admin>[A-ZÆØÅ]\w+) krever tofaktorinnlogging av {NAME}$"))
def _(world: World, passord: Passwords, admin: str, navn: str) -> None:
    _ready(world, passord)
    totp.require(
        world.db,
        by=world.actor(admin),
        user_id=world.staff[navn],
        required=True,
        municipality_id=world.mid,
    )


def _use_link(world: World, passord: Passwords, nytt: str) -> None:
    client = _ready(world, passord).test_client()
    token = csrf(client, passord.link)
    passord.answer = client.post(
        passord.link, data={"new_password": nytt, "repeat": nytt, "csrf_token": token}
    )


@when(parsers.re(rf"^{NAME} bruker lenken og velger passordet «(?P<nytt>.+)»$"))
def _(world: World, passord: Passwords, navn: str, nytt: str) -> None:
    _use_link(world, passord, nytt)


@when(parsers.re(r"^noen bruker den samme lenken igjen og velger passordet «(?P<nytt>.+)»$"))
def _(world: World, passord: Passwords, nytt: str) -> None:
    _use_link(world, passord, nytt)


@when(
    parsers.re(
        rf"^{NAME} bytter passordet sitt til «(?P<nytt>.+)» på den (?P<hvilken>første|andre) "
        r"maskinen$"
    )
)
def _(world: World, passord: Passwords, navn: str, nytt: str, hvilken: str) -> None:
    client = passord.machines[navn][MACHINES[hvilken]]
    passord.answer = client.post(
        "/passord",
        data={
            "current_password": PASSWORD,
            "new_password": nytt,
            "repeat": nytt,
            "csrf_token": csrf(client, "/passord"),
        },
    )


@when(parsers.re(rf"^{NAME} logger inn med passordet sitt$"))
def _(world: World, passord: Passwords, navn: str) -> None:
    client = _ready(world, passord).test_client()
    passord.answer = sign_in(client, navn.lower())


@then(parsers.re(r"^får de beskjed om at lenken ikke kan brukes$"))
def _(passord: Passwords) -> None:
    assert passord.answer.status_code == 410, passord.answer.status_code
    page = passord.answer.get_data(as_text=True)
    assert "Lenken kan ikke brukes" in page
    assert "er allerede brukt, er utløpt eller er ikke gyldig" in page


@then(
    parsers.re(
        rf"^får {NAME} beskjed ved feltet for nytt passord om at passordet er blant de vanligste$"
    )
)
def _(passord: Passwords, navn: str) -> None:
    assert passord.answer.status_code == 400, passord.answer.status_code
    page = passord.answer.get_data(as_text=True)
    beside = re.search(r'id="new_password-error">([^<]+)<', page)
    assert beside, "ingen melding ved feltet for nytt passord"
    assert "Dette passordet er blant de vanligste" in beside.group(1), beside.group(1)


@then(parsers.re(rf"^kan {NAME} (?P<ikke>ikke )?logge inn med passordet «(?P<passordet>.+)»$"))
def _(world: World, passord: Passwords, navn: str, ikke: str | None, passordet: str) -> None:
    page = sign_in(_ready(world, passord).test_client(), navn.lower(), passordet)
    if ikke:
        assert page.request.path == "/logg-inn" and page.status_code == 401
    else:
        assert page.request.path == f"/{world.kommune.slug}/saker", page.request.path


@then(parsers.re(rf"^er {NAME} (?P<hvordan>fortsatt logget inn|logget ut) på den "
                 r"(?P<hvilken>første|andre) maskinen$"))  # fmt: skip
def _(world: World, passord: Passwords, navn: str, hvordan: str, hvilken: str) -> None:
    client = passord.machines[navn][MACHINES[hvilken]]
    assert _signed_in(client, world) == (hvordan == "fortsatt logget inn")


@then(parsers.re(rf"^må {NAME} sette opp tofaktorinnlogging før hun kommer videre$"))
def _(world: World, passord: Passwords, navn: str) -> None:
    page = passord.answer
    assert page.request.path == "/tofaktor", page.request.path
    assert "Administratoren din krever tofaktorinnlogging" in page.get_data(as_text=True)
