"""The case page is made of panels from the ``bti_register_case_panels`` hook, and the
request path reads and audits the case once: one page view writes one ``case.read``, one
action writes one access event for its own action, and a panel's route answers 404 in a
municipality that does not have the panel."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from flask import Blueprint
from sqlmodel import select

from bti import FlaskForm, clock, hookimpl
from bti.case_panels import CasePanel, CaseRead
from bti.models import AuditEvent
from bti.services import access, stafettlogg
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from tests.support.deployment import Deployment
from tests.support.web import case_path, csrf, followed, give_passwords, post, signed_in
from tests.support.world import World, birth_date_for

TEMPLATE = """<h2 id="{{ panel.name }}-heading">{{ panel.title }}</h2>
<p>{{ d.people }} people take part.</p>
<form method="post" action="{{ url_for('wonder.note', case_id=case.id) }}">
  {{ f.note.csrf_token }}<button type="submit">Note it</button>
</form>
"""


class NoteForm(FlaskForm):
    pass


@dataclass(frozen=True)
class Wonder:
    people: int


def _read(ctx: CaseRead) -> Wonder:
    return Wonder(people=len(ctx.people))


def _note(session, *, municipality, by, case_id: str) -> None:
    """A one-off service: the gate, and nothing else."""
    access.get_case(session, by=by, case_id=case_id, action="wonder.note")


def _wonder_panel(tmp_path) -> CasePanel:
    """A panel as Jevnaker's undringssamtale will bring one: its own template, read model,
    forms and blueprint."""
    folder = tmp_path / "templates"
    (folder / "wonder").mkdir(parents=True)
    (folder / "wonder" / "_panel.html").write_text(TEMPLATE, encoding="utf-8")
    bp = Blueprint("wonder", __name__, template_folder=str(folder))

    @bp.post("/sak/<case_id>/undring")
    @staff_required
    def note(case_id: str):
        form = posted(NoteForm, "wonder")
        outcome = Failed()
        if form.validate_on_submit():
            outcome = perform(_note, case_id=case_id)
        return respond(
            outcome, case_id=case_id, key="wonder", form=form, done="Noted.", anchor="wonder"
        )

    return CasePanel(
        name="wonder",
        title="Undring",
        template="wonder/_panel.html",
        order=25,  # between people (20) and consent (30)
        read=_read,
        forms=lambda data, build: {"note": build.form("wonder", NoteForm)},
        blueprint=bp,
    )


@pytest.fixture
def world(make_app, tmp_path) -> World:
    panel = _wonder_panel(tmp_path)

    class WonderPlugin:
        @hookimpl
        def bti_register_case_panels(self, profile):
            # A one-off plugin is registered everywhere; a real one serves its municipality.
            return [panel] if profile.slug == "vestby" else []

    deployment = Deployment(make_app)
    deployment.take_into_use("Vestby", plugin="vestby")
    deployment.take_into_use("Tromsø", plugin="tromso")
    deployment.add_plugin(WonderPlugin())
    world = World(deployment, kommune_name="Vestby")
    world.employee("Kari", "Nordby skole")
    world.child("Ola", birth_date=birth_date_for(9))
    world.guardian("Per", "Ola")
    world.open_case("Kari", "Ola")
    give_passwords(world)
    return world


def _events(world: World) -> list[AuditEvent]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(AuditEvent)
                .where(AuditEvent.case_ref == world.case_id)
                .order_by(AuditEvent.id)
            )
        )


def test_a_plugins_panel_shows_on_the_case_page_and_its_route_works(world):
    client = signed_in(world)
    page = client.get(case_path(world)).get_data(as_text=True)
    assert 'data-panel="wonder"' in page
    assert "1 people take part." in page
    sections = [part.split('"')[0] for part in page.split('data-panel="')[1:]]
    assert sections.index("people") < sections.index("wonder") < sections.index("consent")

    done = followed(client, post(client, world, "/undring", {}), "#wonder")
    assert "Noted." in done
    assert ("wonder.note", "allowed") in {(e.action, e.outcome) for e in _events(world)}


def test_a_panels_route_is_not_found_where_the_municipality_lacks_the_panel(world):
    client = world.deployment.start().test_client()
    assert client.post(f"/tromso/sak/{world.case_id}/undring").status_code == 404
    assert client.post(f"{case_path(world)}/undring").status_code == 400  # no form token


def test_one_page_view_writes_one_read_event(world):
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    client = signed_in(world)
    before = len(_events(world))
    assert client.get(case_path(world)).status_code == 200
    new = _events(world)[before:]
    assert [(e.action, e.outcome) for e in new] == [("case.read", "allowed")]


def test_registering_a_consent_writes_one_access_event(world):
    client = signed_in(world)
    token = csrf(client, case_path(world))
    before = len(_events(world))
    today = clock.today(world.kommune)
    response = client.post(
        f"{case_path(world)}/samtykke",
        data={
            "consent-register-services": ["skole"],
            "consent-register-valid_from": today.isoformat(),
            "consent-register-valid_to": today.replace(year=today.year + 1).isoformat(),
            "csrf_token": token,
        },
    )
    assert response.status_code == 302
    new = _events(world)[before:]
    assert [(e.action, e.outcome) for e in new] == [("consent.register", "allowed")]
