"""The people and cases a test talks about, built through the service layer.

Scenarios and tests name people by first name ("Kari er lærer ved Nordby skole", "Ola er 9
år"); the :class:`World` keeps the names and the ids apart, runs each user action as one
transaction through the core's service functions, and keeps a refusal for the test (or a
``Så``-step) to check. :func:`case_about_ola` builds the world most web tests start from.
"""

from __future__ import annotations

import contextlib
import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlmodel import select

from bti import clock
from bti.errors import InvalidInput, NotFound, Refused
from bti.models import (
    Case,
    Custody,
    Guardian,
    Membership,
    Role,
    StaffUser,
    Subject,
    SubjectKind,
    Unit,
    UnitKind,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import cases, consents, participants
from bti.services.actors import load_actor
from tests.support.deployment import Deployment

# How scenarios name units and roles.
UNIT_KINDS = (
    ("barnehage", UnitKind.BARNEHAGE),
    ("skolehelsetjeneste", UnitKind.SKOLEHELSETJENESTE),
    ("skole", UnitKind.SKOLE),
    ("helsestasjon", UnitKind.HELSESTASJON),
    ("ppt", UnitKind.PPT),
    ("barnevern", UnitKind.BARNEVERN),
    ("kommunepsykolog", UnitKind.KOMMUNEPSYKOLOG),
    ("psykisk helse", UnitKind.PSYKISK_HELSE),
    ("nav", UnitKind.NAV),
    ("fastlege", UnitKind.FASTLEGE),
    ("familie", UnitKind.FAMILIEVEILEDNING),
)
ROLES = {
    "leder": Role.LEDER,
    "koordinator": Role.KOORDINATOR,
    "administrator": Role.ADMINISTRATOR,
}
CUSTODY = {
    "bor sammen": Custody.SAMMEN,
    "har delt omsorg": Custody.DELT_OMSORG,
    "bor hver for seg": Custody.DAGLIG_OMSORG,
}


def birth_date_for(age: int, today: date | None = None) -> date:
    """A birth date that makes the child ``age`` today, a month past the birthday."""
    today = today or date.today()
    born = today - timedelta(days=30)
    try:
        return born.replace(year=born.year - age)
    except ValueError:  # 29 February
        return born.replace(year=born.year - age, day=28)


def unit_kind_for(unit_name: str) -> UnitKind:
    lowered = unit_name.lower()
    for word, kind in UNIT_KINDS:
        if word in lowered:
            return kind
    raise AssertionError(f"ukjent type tjenestested: {unit_name}")


def services_listed(text: str) -> list[str]:
    """``"helsestasjon, PPT og skole"`` → the services (unit kinds) a consent names."""
    parts = re.split(r",\s*|\s+og\s+", text.strip())
    return [str(unit_kind_for(part)) for part in parts if part.strip()]


@dataclass
class World:
    deployment: Deployment
    kommune_name: str = "Eksempel"
    staff: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    children: dict[str, int] = field(default_factory=dict)
    guardians: dict[str, int] = field(default_factory=dict)
    case_id: str | None = None
    result: Any = None
    error: Exception | None = None

    # -- the platform -------------------------------------------------------------------------

    @property
    def kommune(self) -> Municipality:
        return self.deployment.municipality(self.kommune_name)

    @property
    def db(self):
        return self.deployment.database()

    @property
    def mid(self) -> int:
        return self.deployment.municipality_id(self.kommune_name)

    def transaction(self):
        return self.db.transaction(self.mid)

    def scoped(self):
        return self.db.scoped(self.mid)

    def shown(self, text: object) -> str:
        """``text`` as an employee of the municipality reads it: in bokmål, through its
        catalogs."""
        return self.deployment.shown(self.kommune, text)

    # -- people and places --------------------------------------------------------------------

    def unit(self, name: str) -> int:
        if name not in self.units:
            with self.transaction() as session:
                unit = Unit(name=name, kind=unit_kind_for(name))
                session.add(unit)
                session.flush()
                self.units[name] = unit.id
        return self.units[name]

    def employee(self, name: str, unit_name: str, role: str = "") -> int:
        unit_id = self.unit(unit_name)
        if name not in self.staff:
            with self.db.unscoped() as session, session.begin():
                user = StaffUser(username=f"{name.lower()}-{len(self.staff)}", display_name=name)
                session.add(user)
                session.flush()
                self.staff[name] = user.id
        with self.transaction() as session:
            session.add(
                Membership(
                    user_id=self.staff[name],
                    unit_id=unit_id,
                    role=ROLES.get(role.strip().lower(), Role.ANSATT),
                )
            )
        return self.staff[name]

    def actor(self, name: str) -> Actor:
        with self.scoped() as session:
            return load_actor(session, self.staff[name])

    def child(
        self,
        name: str,
        *,
        birth_date: date | None = None,
        kind: SubjectKind = SubjectKind.BARN,
        due_date: date | None = None,
        unit_name: str | None = None,
    ) -> int:
        with self.transaction() as session:
            subject = Subject(
                kind=kind,
                given_name=name,
                family_name="Testesen",
                birth_date=birth_date,
                due_date=due_date,
                unit_id=self.unit(unit_name) if unit_name else None,
            )
            session.add(subject)
            session.flush()
            self.children[name] = subject.id
        return self.children[name]

    def set_custody(self, child: str, custody: Custody) -> None:
        with self.transaction() as session:
            subject = session.get(Subject, self.children[child])
            subject.custody = custody
            session.add(subject)

    def guardian(
        self, name: str, child: str, *, daily_care: bool = True, responsibility: bool = True
    ) -> int:
        with self.transaction() as session:
            guardian = Guardian(
                subject_id=self.children[child],
                name=name,
                parental_responsibility=responsibility,
                daily_care=daily_care,
            )
            session.add(guardian)
            session.flush()
            self.guardians[name] = guardian.id
        return self.guardians[name]

    def in_case(self, model) -> list:
        """The rows of ``model`` (entries, measures, offers …) in the current case, oldest
        first."""
        with self.scoped() as session:
            return list(
                session.exec(select(model).where(model.case_id == self.case_id).order_by(model.id))
            )

    def case(self) -> Case:
        """The current case, as it stands now."""
        with self.scoped() as session:
            return session.exec(select(Case).where(Case.id == self.case_id)).one()

    def name_of(self, user_id: int | None) -> str:
        """The name the scenario gave the employee with ``user_id``."""
        return next(name for name, uid in self.staff.items() if uid == user_id)

    def opener(self) -> str:
        """Who opened the current case."""
        return self.name_of(self.case().opened_by_id)

    def subject(self, name: str) -> Subject:
        with self.scoped() as session:
            return session.exec(select(Subject).where(Subject.id == self.children[name])).one()

    # -- acting -------------------------------------------------------------------------------

    def act(self, by: str, service: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run one user action as ``by``; a refusal is kept in ``error`` instead of raised."""
        self.error = None
        self.result = None
        actor = self.actor(by)
        try:
            with self._on_the_clock(), self.transaction() as session:
                self.result = service(session, by=actor, **self._with_kommune(service, kwargs))
        except (InvalidInput, Refused, NotFound) as error:
            self.error = error
        return self.result

    def _on_the_clock(self):
        """Inside the platform's app context when a scenario has stopped its clock («Gitt at
        det er mandag 3. mars 2025 kl. 15.00»), so the services read that moment."""
        app = self.deployment.app
        if app is not None and isinstance(app.extensions.get("bti_clock"), clock.FixedClock):
            return app.app_context()
        return contextlib.nullcontext()

    def look(self, by: str, service: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run a read as ``by`` through the service, leaving the last action's result (and
        its refusal) as it was; a refusal here is raised."""
        actor = self.actor(by)
        with self.transaction() as session:
            return service(session, by=actor, **self._with_kommune(service, kwargs))

    def act_ok(self, by: str, service: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run one user action that must succeed."""
        result = self.act(by, service, **kwargs)
        assert self.error is None, f"avvist: {self.error!r}"
        return result

    def _with_kommune(self, service: Callable[..., Any], kwargs: dict) -> dict:
        if "municipality" in inspect.signature(service).parameters:
            return {"municipality": self.kommune, **kwargs}
        return kwargs

    def give_consent(
        self,
        by: str,
        services: list[str],
        *,
        signers: Iterable[str] = ("Per",),
        days: int = 180,
        **details: Any,
    ):
        """A consent for ``services`` in the current case, registered by ``by`` today and
        valid for ``days``, signed today by the guardians named ``signers``; the consent as
        it stands after the last signature. ``details`` go to ``consents.register``."""
        with self._on_the_clock():
            today = clock.today(self.kommune)
        consent = self.act_ok(
            by,
            consents.register,
            case_id=self.case_id,
            services=services,
            valid_from=today,
            valid_to=today + timedelta(days=days),
            **details,
        )
        for signer in signers:
            consent = self.act_ok(
                by,
                consents.sign,
                consent_id=consent.id,
                signer=self.guardians[signer],
                signed_on=today,
            )
        return consent

    def bring_in(self, name: str, unit_name: str, *, by: str = "Kari") -> None:
        """``by`` adds ``name``, working at ``unit_name``, as a participant in the case."""
        self.act_ok(
            by,
            participants.add,
            case_id=self.case_id,
            user_id=self.staff[name],
            unit_id=self.unit(unit_name),
        )

    def open_case(self, by: str, child: str, **kwargs: Any) -> str:
        actor = self.actor(by)
        unit_id = next(iter(sorted(actor.unit_ids)))
        defaults = {
            "subject_id": self.children[child],
            "unit_id": unit_id,
            "acute": False,
            "concern": "Virker lei seg og trekker seg unna de andre.",
        }
        case = self.act_ok(by, cases.open_concern, **{**defaults, **kwargs})
        self.case_id = case.id
        return case.id

    def refused_because(self, reason: str) -> None:
        assert isinstance(self.error, Refused), f"ikke avvist: {self.error!r}"
        assert self.error.reason == reason, f"avvist av en annen grunn: {self.error.reason}"

    def invalid_field(self, field_name: str) -> None:
        assert isinstance(self.error, InvalidInput), f"ikke avvist: {self.error!r}"
        assert self.error.field == field_name, f"feil felt: {self.error.field}"


def case_about_ola(
    world: World,
    *,
    school: str = "Nordby skole",
    colleagues: Iterable[tuple[str, ...]] = (),
    outsider: tuple[str, str] = ("Truls", "Sørby skole"),
    guardians: Iterable[str] = ("Per",),
    custody: Custody | None = Custody.SAMMEN,
) -> World:
    """The usual case: Kari teaches at ``school`` and has opened a case about Ola (9), whose
    ``guardians`` live as ``custody`` says (left unsaid when None); ``colleagues`` are more
    staff as (name, unit) or (name, unit, role), employed after Kari; the ``outsider`` works
    elsewhere and has no part in the case."""
    world.employee("Kari", school)
    for colleague in colleagues:
        world.employee(*colleague)
    world.employee(*outsider)
    world.child("Ola", birth_date=birth_date_for(9))
    if custody is not None:
        world.set_custody("Ola", custody)
    for guardian in guardians:
        world.guardian(guardian, "Ola")
    world.open_case("Kari", "Ola")
    return world
