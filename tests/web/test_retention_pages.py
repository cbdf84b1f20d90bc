"""An anonymised case (``bti retention run``) still opens for the people who had a role in
it, says nothing of the child, and its list of who has read it shows retention's work."""

from __future__ import annotations

import re
from datetime import timedelta

from bti import clock
from bti.config_retention import RetentionPolicy
from bti.services import cases, retention
from tests.support.web import case_path, sign_in


def test_the_anonymised_case_opens_without_names_and_its_access_list_still_shows(
    world_with_case,
):
    world = world_with_case("Tromsø")
    app = world.deployment.start()
    with clock.frozen(clock.now() - timedelta(days=6 * 365), app):
        world.act_ok(
            "Kari",
            cases.decide,
            case_id=world.case_id,
            outcome="close",
            rationale="Ola har det bra",
        )
    report = retention.run(world.db, policies={"tromso": RetentionPolicy()}, now=clock.now())
    assert [c.action for c in report.municipalities[0].cases] == ["anonymised"]

    client = world.deployment.client()
    sign_in(client, "kari")
    page = client.get(case_path(world))
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert not re.search(r"\b(Ola|Testesen|Per)\b", text)
    assert "<h1>Anonymisert sak</h1>" in text
    assert client.get(f"{case_path(world)}/hvem-har-sett").status_code == 200
    assert client.get("/tromso/").status_code == 200
