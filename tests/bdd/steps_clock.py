"""«Gitt at det er mandag 3. mars 2025 kl. 15.00»: the platform's one clock set for a scenario.

Loaded as a pytest plugin (``-p tests.bdd.steps_clock``). Setting the application's clock
(:mod:`bti.clock`) makes every service, page and default timestamp agree on the moment.
"""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, then, when

from bti.clock import FixedClock
from tests.bdd.steps_vestby import moment_named
from tests.support.web import give_passwords, sign_in
from tests.support.world import World


@given(parsers.re(r"at det er (?P<nar>(?:en |)\w+ (?:\d+\. \w+ \d{4} |)kl\. [\d.]+)$"))
def _(world: World, nar: str) -> None:
    app = world.deployment.start()
    app.extensions["bti_clock"] = FixedClock(moment_named(world.kommune.profile.tz, nar))


@when(parsers.re(r"(?P<navn>[A-ZÆØÅ]\w+) slår opp i handlingsveilederen på nettet$"))
def _(world: World, navn: str) -> None:
    give_passwords(world)
    client = world.deployment.client()
    sign_in(client, navn.lower())
    client.get("/velg-kommune")
    response = client.get(f"/{world.kommune.slug}/veileder")
    assert response.status_code == 200, response.status_code
    world.result = response.get_data(as_text=True)


@then(parsers.re(r"står (?P<nummer>[\d /]+?) først blant numrene på siden$"))
def _(world: World, nummer: str) -> None:
    numbers = re.findall(r'href="tel:[^"]*">([^<]+)</a>', world.result)
    assert numbers, "siden viser ingen telefonnumre"
    assert numbers[0] == nummer, numbers
