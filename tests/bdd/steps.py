"""Shared Norwegian step definitions for the Gherkin features in ``features/``.

Loaded for every test as a pytest plugin (``-p tests.bdd.steps`` in ``pyproject.toml``), so
the steps are fixtures everywhere and a municipality's features reuse these sentences: the
Norwegian reads the same in every folder.

How a scenario runs:

* ``Gitt``-steps describe the *deployment* (the ``deployment`` fixture, a
  :class:`tests.support.deployment.Deployment`): which municipalities are taken into use,
  with or without their own adaptation (plugin). Nothing starts yet.
* The first step that needs the running platform starts it; a step that needs the database
  migrates it first. ``Når plattformen startes`` starts it explicitly and keeps a start-up
  error for the ``Så``-steps to read.
* Municipalities are named as people write them ("Tromsø kommune", "Vestby og Tromsø");
  :func:`municipality_names` splits a list of them.

Steps talk to the core only: the registry of municipalities, the database's scoped sessions,
and the web test client.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from markupsafe import escape
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import i18n
from bti.config import ConfigurationError
from bti.defaults.levels import LEVELS as NATIONAL_LEVELS
from bti.models import Case, Membership, Role, StaffUser, Subject, SubjectKind, Unit, UnitKind
from bti.plugins import Municipality, installed_plugins
from tests.support.deployment import Deployment, slug_for

# ---------------------------------------------------------------------------------------------
# Names in the text
# ---------------------------------------------------------------------------------------------


def municipality_names(text: str) -> list[str]:
    """``"Bærum, Jevnaker, Vestby og Tromsø"`` → the four names, without "kommune"."""
    parts = re.split(r",\s*|\s+og\s+", text.strip())
    return [p.strip().removesuffix(" kommune").removesuffix(" kommuner") for p in parts if p]


def numbers(text: str) -> list[int]:
    """``"0, 1, 2 og 3"`` → ``[0, 1, 2, 3]``."""
    return [int(part) for part in re.split(r",\s*|\s+og\s+", text.strip()) if part]


# ---------------------------------------------------------------------------------------------
# Gitt: which municipalities are taken into use
# ---------------------------------------------------------------------------------------------


@given(parsers.parse("at {kommuner} er tatt i bruk"))
def _(deployment: Deployment, kommuner: str) -> None:
    """Each municipality with its own adaptation, installed under its own name."""
    for name in municipality_names(kommuner):
        deployment.take_into_use(name, plugin=slug_for(name))


@given(
    parsers.parse(
        "at {kommune} kommune, kommunenummer {kommunenummer}, er tatt i bruk uten egen tilpasning"
    )
)
def _(deployment: Deployment, kommune: str, kommunenummer: str) -> None:
    deployment.take_into_use(kommune, name=f"{kommune} kommune", kommunenummer=kommunenummer)


@given(parsers.parse("at {kommune} kommune skal tas i bruk med sin egen tilpasning"))
def _(deployment: Deployment, kommune: str) -> None:
    deployment.take_into_use(kommune, plugin=slug_for(kommune))


@given(
    parsers.parse("at {kommune} kommune skal tas i bruk uten egen tilpasning og uten kommunenummer")
)
def _(deployment: Deployment, kommune: str) -> None:
    deployment.take_into_use(kommune, name=f"{kommune} kommune")


@given("kommunens tilpasning er ikke installert")
def _(deployment: Deployment) -> None:
    wanted = deployment.municipalities[-1].get("plugin")
    assert wanted, "kommunen skal tas i bruk med sin egen tilpasning"
    assert wanted not in installed_plugins(), f"{wanted!r} er installert likevel"


@given(
    parsers.parse("at en ansatt har registrert en sak i {kommune} kommune"),
    target_fixture="registered_case",
)
def _(deployment: Deployment, kommune: str) -> str:
    """A unit, an employee and a child; then the employee opens a case through the
    core's own service. The case id."""
    from bti.services.actors import load_actor
    from bti.services.cases import open_concern

    deployment.cases_registered += 1
    number = deployment.cases_registered  # unit names and usernames must stay unique
    municipality_id = deployment.municipality_id(kommune)
    with deployment.database().transaction(municipality_id) as session:
        unit = Unit(name=f"Solsikken barnehage {number}", kind=UnitKind.BARNEHAGE)
        employee = StaffUser(username=f"ansatt-{number}", display_name="Kari Ansatt")
        session.add_all([unit, employee])
        session.flush()
        session.add(Membership(user_id=employee.id, unit_id=unit.id, role=Role.ANSATT))
        child = Subject(
            kind=SubjectKind.BARN, given_name="Ola", family_name="Testesen", unit_id=unit.id
        )
        session.add(child)
        session.flush()
        ids = (employee.id, unit.id, child.id)
    with deployment.database().transaction(municipality_id) as session:
        case = open_concern(
            session,
            municipality=deployment.municipality(kommune),
            by=load_actor(session, ids[0]),
            subject_id=ids[2],
            unit_id=ids[1],
            acute=False,
            concern="Virker lei seg og trekker seg unna de andre barna.",
        )
        return case.id


# ---------------------------------------------------------------------------------------------
# Når
# ---------------------------------------------------------------------------------------------


@when("plattformen startes")
def _(deployment: Deployment) -> None:
    deployment.try_start()


@when(
    parsers.parse("en ansatt i {kommune} kommune slår opp i kommunens handlingsveileder"),
    target_fixture="guide",
)
def _(deployment: Deployment, kommune: str) -> Municipality:
    return deployment.municipality(kommune)


@when(parsers.parse("en ansatt åpner sidene til {kommune} kommune"), target_fixture="page")
def _(deployment: Deployment, kommune: str):
    return deployment.client().get(f"/{slug_for(kommune)}/")


# ---------------------------------------------------------------------------------------------
# Så: the municipalities and start-up
# ---------------------------------------------------------------------------------------------


@then("kjenner plattformen disse kommunene:")
def _(deployment: Deployment, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    expected = {row[header.index("kommune")]: row[header.index("kommunenummer")] for row in rows}
    known = {str(m.name): m.profile.kommunenummer for m in deployment.start().extensions["bti"]}
    assert known == expected


@then(parsers.parse("kommunenummeret til {kommune} kommune er {kommunenummer}"))
def _(deployment: Deployment, kommune: str, kommunenummer: str) -> None:
    municipality = deployment.municipality(kommune)
    assert str(municipality.name) == f"{kommune} kommune"
    assert municipality.profile.kommunenummer == kommunenummer


@then(
    parsers.parse(
        "stopper oppstarten med beskjed om at tilpasningen til {kommune} kommune ikke er installert"
    )
)
def _(deployment: Deployment, kommune: str) -> None:
    error = deployment.startup_error
    assert isinstance(error, ConfigurationError), "plattformen startet likevel"
    assert repr(slug_for(kommune)) in str(error)
    assert "not installed" in str(error)


@then(
    parsers.parse(
        "stopper oppstarten med beskjed om at {kommune} kommune må ha navn og kommunenummer"
    )
)
def _(deployment: Deployment, kommune: str) -> None:
    error = deployment.startup_error
    assert isinstance(error, ConfigurationError), "plattformen startet likevel"
    assert repr(slug_for(kommune)) in str(error)
    assert "name and kommunenummer" in str(error)


# ---------------------------------------------------------------------------------------------
# Så: the guide (levels, decisions, contacts)
# ---------------------------------------------------------------------------------------------


@then(parsers.parse("har handlingsveilederen nivåene {nivaer}"))
def _(guide: Municipality, nivaer: str) -> None:
    assert [level.number for level in guide.levels] == numbers(nivaer)


@then("hvert nivå har et navn og et formål")
def _(guide: Municipality) -> None:
    for level in guide.levels:
        assert str(level.name).strip(), f"nivå {level.number} mangler navn"
        assert str(level.purpose).strip(), f"nivå {level.number} mangler formål"


@then("nivåene er de samme som i den nasjonale modellen")
def _(guide: Municipality) -> None:
    assert guide.levels == tuple(NATIONAL_LEVELS)


@then(parsers.parse("kan en sak på nivå {fra:d} gå ned til nivå {til:d}"))
def _(guide: Municipality, fra: int, til: int) -> None:
    assert til < fra, "et steg ned går til et lavere nivå"
    targets = [o.to_level for o in guide.level(fra).outcomes if not o.closes_case]
    assert til in targets, f"fra nivå {fra} kan saken gå til {targets}"


@then(parsers.parse("er {telefon} blant numrene å ringe når situasjonen er akutt"))
def _(guide: Municipality, telefon: str) -> None:
    acute = [c.phone for c in guide.contacts if c.acute]
    assert telefon in acute, f"de akutte numrene er {acute}"


@then(parsers.parse("{telefon} svarer hele døgnet, alle dager i uka"))
def _(guide: Municipality, telefon: str) -> None:
    (contact,) = [c for c in guide.contacts if c.phone == telefon]
    zone = ZoneInfo(guide.profile.timezone)
    # A Monday-to-Sunday week that includes the change to summer time.
    start = datetime(2025, 3, 24, tzinfo=zone)
    for quarter in range(7 * 24 * 4):
        moment = start + timedelta(minutes=15 * quarter)
        assert contact.answers_at(moment, guide.profile.timezone), f"svarer ikke {moment}"


# ---------------------------------------------------------------------------------------------
# Så: pages
# ---------------------------------------------------------------------------------------------


@then(parsers.parse("ser hun «{tekst}» på siden"))
def _(page, tekst: str) -> None:
    assert page.status_code == 200
    assert str(escape(tekst)) in page.get_data(as_text=True)


@then(parsers.parse("hun ser ikke «{tekst}» på siden"))
def _(page, tekst: str) -> None:
    assert str(escape(tekst)) not in page.get_data(as_text=True)


@then(parsers.parse("siden viser nivåene i handlingsveilederen til {kommune} kommune"))
def _(deployment: Deployment, page, kommune: str) -> None:
    municipality = deployment.municipality(kommune)
    html = page.get_data(as_text=True)
    for name in _as_shown(deployment, municipality, [level.name for level in municipality.levels]):
        assert str(escape(name)) in html, f"nivået «{name}» står ikke på siden"


@then("får hun beskjed om at siden ikke finnes")
def _(page) -> None:
    assert page.status_code == 404


def _as_shown(deployment: Deployment, municipality: Municipality, texts: list) -> list[str]:
    """The texts as the municipality's pages show them (its catalogs, the default language),
    so the check keeps holding when the translations land."""
    app = deployment.start()
    with app.test_request_context(f"/{municipality.slug}/"):
        i18n.use_domain(app.extensions["bti_domains"][municipality.slug])
        return [str(text) for text in texts]


# ---------------------------------------------------------------------------------------------
# Så: cases and tenancy
# ---------------------------------------------------------------------------------------------


def _find_case(deployment: Deployment, kommune: str, case_id: str) -> Case | None:
    with deployment.database().scoped(deployment.municipality_id(kommune)) as session:
        return session.exec(select(Case).where(Case.id == case_id)).first()


@then(parsers.parse("finner {kommune} kommune saken"))
def _(deployment: Deployment, kommune: str, registered_case: str) -> None:
    assert _find_case(deployment, kommune, registered_case) is not None


@then(parsers.parse("{kommune} kommune finner ikke saken"))
def _(deployment: Deployment, kommune: str, registered_case: str) -> None:
    assert _find_case(deployment, kommune, registered_case) is None
