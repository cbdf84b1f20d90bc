"""Steps for signing in through the municipality's own login and ID-porten
(features/core/innlogging.feature, features/tromso/innlogging_id_porten.feature).

Loaded as a pytest plugin (``-p tests.bdd.steps_signin_oidc``). The login is a real OpenID
Connect provider on 127.0.0.1 (the ``oidc_provider`` fixture, :mod:`tests.support.
oidc_provider`); a person «logs in» by being the one the provider signs in next, and the
browser walks the whole way through the sign-in pages, the provider and back.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from markupsafe import escape
from pytest_bdd import given, parsers, then, when
from sqlmodel import func, select

from bti.models import AuditEvent, AuditOutcome, Case, Guardian, StaffUser
from bti.services import signin_oidc
from tests.support.deployment import Deployment
from tests.support.oidc_provider import Page, citizen_settings, follow, staff_settings
from tests.support.world import World

NAME = r"[A-ZÆØÅ][a-zæøå]+"
#: What a refused sign-in leaves in the municipality's audit trail.
REFUSALS = ("signin.oidc_unknown", "signin.oidc_refused", "citizen.oidc_unknown")
REFUSALS += ("citizen.oidc_refused",)
LEVELS = {"høyt": None, "betydelig": "idporten-loa-substantial"}


@dataclass
class Innlogging:
    """Who signed in how, and where the browser ended up."""

    page: Page | None = None
    client: object = None
    #: ``ansatt`` or ``innbygger``: which pages the sign-in led to.
    who: str = ""
    staff_before: int = 0


@pytest.fixture
def innlogging() -> Innlogging:
    return Innlogging()


def _subject(name: str) -> str:
    return f"{name.lower()}@kommune.example"


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(
    parsers.parse(
        "at {kommune} kommune er tatt i bruk, og de ansatte logger inn gjennom kommunens "
        "egen innlogging"
    )
)
def _(deployment: Deployment, world: World, oidc_provider, kommune: str) -> None:
    deployment.take_into_use(
        kommune, plugin=_plugin(kommune), staff_oidc=staff_settings(oidc_provider)
    )
    world.kommune_name = kommune


@given(
    parsers.parse("at {kommune} kommune er tatt i bruk, og innbyggerne logger inn med ID-porten")
)
def _(deployment: Deployment, world: World, oidc_provider, kommune: str) -> None:
    deployment.take_into_use(
        kommune, plugin=_plugin(kommune), citizen_oidc=citizen_settings(oidc_provider)
    )
    world.kommune_name = kommune


def _plugin(kommune: str) -> str:
    from tests.support.deployment import slug_for

    return slug_for(kommune)


@given(parsers.re(rf"at administratoren har registrert (?P<navn>{NAME}) for kommunens innlogging$"))
def _(world: World, oidc_provider, navn: str) -> None:
    with world.transaction() as session:
        signin_oidc.register_staff_identity(
            session, user_id=world.staff[navn], subject=_subject(navn)
        )
    oidc_provider.add_person(_subject(navn), name=navn)


@given(parsers.re(rf"at fødselsnummeret til (?P<navn>{NAME}) er registrert på saken$"))
def _(world: World, oidc_provider, navn: str) -> None:
    """A synthetic fødselsnummer on the guardian ``navn``; ID-porten knows them by it."""
    number = f"0101{70 + len(oidc_provider.people):02d}12345"
    with world.transaction() as session:
        found = list(session.exec(select(Guardian).where(Guardian.name == navn)))
        assert found, f"{navn} er ikke foresatt i scenariet"
        for guardian in found:
            guardian.fodselsnummer = number
            session.add(guardian)
    oidc_provider.add_person(f"idporten-{navn.lower()}", pid=number)


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when(
    parsers.re(
        rf"(?P<navn>{NAME})(?:, som ingen har registrert,)? logger inn gjennom kommunens "
        r"innlogging$"
    )
)
def _(world: World, oidc_provider, innlogging: Innlogging, navn: str) -> None:
    if _subject(navn) not in oidc_provider.people:
        oidc_provider.add_person(_subject(navn), name=navn)  # known to the login, not here
    with world.db.unscoped() as session:
        innlogging.staff_before = session.exec(select(func.count()).select_from(StaffUser)).one()
    oidc_provider.sign_in_as = _subject(navn)
    innlogging.client = world.deployment.client()
    innlogging.who = "ansatt"
    innlogging.page = follow(innlogging.client, f"/{world.kommune.slug}/logg-inn/oidc")


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) logger inn med ID-porten på (?P<niva>høyt|betydelig) sikkerhetsnivå$"
    )
)
def _(world: World, oidc_provider, innlogging: Innlogging, navn: str, niva: str) -> None:
    oidc_provider.acr = LEVELS[niva]
    oidc_provider.sign_in_as = f"idporten-{navn.lower()}"
    innlogging.client = world.deployment.client()
    innlogging.who = "innbygger"
    innlogging.page = follow(innlogging.client, f"/{world.kommune.slug}/innsyn/logg-inn/id-porten")


# ---------------------------------------------------------------------------------------------
# Så
# ---------------------------------------------------------------------------------------------


@then(parsers.re(rf"er (?P<navn>{NAME}) logget inn og ser «Mine saker»$"))
def _(world: World, innlogging: Innlogging, navn: str) -> None:
    page = innlogging.page
    assert page.status == 200, page.text[:2000]
    assert page.url.endswith(f"/{world.kommune.slug}/saker")
    assert "Mine saker" in page.text
    assert escape(navn) in page.text  # the header names who is signed in


@then("er innloggingen logget")
def _(world: World) -> None:
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "signin.oidc")).all()
    assert [e.outcome for e in events] == [AuditOutcome.ALLOWED]


@then(parsers.re(rf"får (?P<navn>{NAME}) beskjeden «(?P<tekst>.+)»$"))
def _(innlogging: Innlogging, navn: str, tekst: str) -> None:
    assert innlogging.page.status in (400, 403), innlogging.page.status
    assert str(escape(tekst)) in innlogging.page.text, innlogging.page.text[:3000]


@then(parsers.re(rf"er (?P<navn>{NAME}) ikke logget inn$"))
def _(world: World, innlogging: Innlogging, navn: str) -> None:
    slug = world.kommune.slug
    path = f"/{slug}/saker" if innlogging.who == "ansatt" else f"/{slug}/innsyn/"
    response = innlogging.client.get(path)
    assert response.status_code == 302
    assert "logg-inn" in response.headers["Location"]


@then("er den avviste innloggingen logget")
def _(world: World) -> None:
    with world.scoped() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action.in_(REFUSALS))).all()
    assert [e.outcome for e in events] == [AuditOutcome.DENIED]


@then("er det ikke opprettet noen ny ansatt")
def _(world: World, innlogging: Innlogging) -> None:
    with world.db.unscoped() as session:
        now = session.exec(select(func.count()).select_from(StaffUser)).one()
    assert now == innlogging.staff_before


@then(parsers.re(rf"ser (?P<navn>{NAME}) stafettloggen til (?P<barn>{NAME}) på innbyggersidene$"))
def _(innlogging: Innlogging, navn: str, barn: str) -> None:
    page = innlogging.page
    assert page.status == 200, page.text[:2000]
    assert page.url.endswith("/innsyn/")
    assert f"Stafettloggen for {barn} Testesen" in page.text


@then(parsers.re(rf"(?P<navn>{NAME}) ser ikke stafettloggen til (?P<barn>{NAME})$"))
def _(world: World, innlogging: Innlogging, navn: str, barn: str) -> None:
    assert barn not in innlogging.page.text
    with world.scoped() as session:
        case_id = session.exec(select(Case.id).where(Case.subject_id == world.children[barn])).one()
    response = innlogging.client.get(f"/{world.kommune.slug}/innsyn/stafettlogg/{case_id}")
    assert response.status_code == 404
