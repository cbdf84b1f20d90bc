"""Units of every kind and the staff who work in them, with their roles."""

from __future__ import annotations

from dataclasses import dataclass

from faker import Faker
from sqlmodel import select

from bti.db import BtiSession
from bti.demo.context import DemoContext
from bti.demo.identity import seed_for
from bti.models import Membership, Role, StaffUser, Unit, UnitKind

# Invented names: a demo must never look like a real kindergarten or school.
_KINDERGARTENS = (
    "Solsikken",
    "Blåbærtoppen",
    "Trollskogen",
    "Maurtua",
    "Lerkehaugen",
    "Fjellrosa",
    "Kornblomsten",
    "Ekornstien",
)
_SCHOOLS = ("Nordby", "Sølvberget", "Bakkeli", "Furuheim", "Lia", "Østbyen", "Kildeberg")
_UPPER_SECONDARY = ("Fjordbyen", "Åsen", "Granli", "Elvebakken")

# One unit of each remaining kind, by the key the tables below use.
_FIXED_UNITS: dict[str, tuple[UnitKind, str]] = {
    "helsestasjon": (UnitKind.HELSESTASJON, "Helsestasjonen for barn og unge"),
    "skolehelsetjeneste": (UnitKind.SKOLEHELSETJENESTE, "Skolehelsetjenesten"),
    "ppt": (UnitKind.PPT, "Pedagogisk-psykologisk tjeneste (PPT)"),
    "barnevern": (UnitKind.BARNEVERN, "Barneverntjenesten"),
    "psykisk_helse": (UnitKind.PSYKISK_HELSE, "Psykisk helseteam for barn og unge"),
    "nav": (UnitKind.NAV, "NAV-kontoret"),
    "fastlege": (UnitKind.FASTLEGE, "Torget legesenter"),
    "kommunepsykolog": (UnitKind.KOMMUNEPSYKOLOG, "Kommunepsykologen"),
    "fysio_ergo": (UnitKind.FYSIO_ERGO, "Fysio- og ergoterapitjenesten"),
    "familieveiledning": (UnitKind.FAMILIEVEILEDNING, "Familieveiledningen"),
    "ungdomskontakt": (UnitKind.UNGDOMSKONTAKT, "Ungdomskontakten"),
    "annet": (UnitKind.ANNET, "Oppvekstkontoret"),
}


@dataclass(frozen=True)
class StaffSpec:
    """A demo account: ``<slug>.<key>``, its job title, memberships and what it shows."""

    key: str
    title: str
    memberships: tuple[tuple[str, Role], ...]
    description: str


STAFF = (
    StaffSpec(
        "barnehage", "Pedagogisk leder", (("barnehage", Role.ANSATT),), "Kindergarten teacher"
    ),
    StaffSpec("styrer", "Styrer", (("barnehage", Role.LEDER),), "Head of a kindergarten (leader)"),
    StaffSpec("laerer", "Kontaktlærer", (("skole", Role.ANSATT),), "School teacher (years 1–10)"),
    StaffSpec("leder", "Rektor", (("skole", Role.LEDER),), "Head teacher (leader)"),
    StaffSpec(
        "helsesykepleier",
        "Helsesykepleier",
        (("helsestasjon", Role.ANSATT), ("skolehelsetjeneste", Role.ANSATT)),
        "Health nurse: health station and school health service",
    ),
    StaffSpec("ppt", "PPT-rådgiver", (("ppt", Role.ANSATT),), "Educational-psychological adviser"),
    StaffSpec(
        "barnevern", "Saksbehandler", (("barnevern", Role.ANSATT),), "Child welfare caseworker"
    ),
    StaffSpec(
        "psykolog", "Psykolog", (("psykisk_helse", Role.ANSATT),), "Psychologist, mental health"
    ),
    StaffSpec(
        "kommunepsykolog",
        "Kommunepsykolog",
        (("kommunepsykolog", Role.ANSATT),),
        "Municipal psychologist (kommunepsykolog)",
    ),
    StaffSpec(
        "ungdomskontakt",
        "Ungdomskontakt",
        (("ungdomskontakt", Role.ANSATT),),
        "Youth worker for ages 16–23",
    ),
    StaffSpec(
        "familieveileder",
        "Familieveileder",
        (("familieveiledning", Role.ANSATT),),
        "Family counsellor",
    ),
    StaffSpec(
        "titkoordinator",
        "Koordinator Tidlig innsatsteam",
        (("barnevern", Role.ANSATT),),
        "Chair of standing teams (Bærum's Tidlig innsatsteam): the queue and the meeting",
    ),
    StaffSpec(
        "titstedfortreder",
        "Stedfortreder Tidlig innsatsteam",
        (("barnevern", Role.ANSATT),),
        "Fixed deputy chair of standing teams",
    ),
    StaffSpec(
        "avdelingsleder",
        "Avdelingsleder barnevern",
        (("barnevern", Role.LEDER),),
        "Department head in barnevern; leads standing teams",
    ),
    StaffSpec(
        "koordinator",
        "BTI-koordinator",
        (("annet", Role.KOORDINATOR),),
        "BTI coordinator; stafettholder in complex cases",
    ),
    StaffSpec(
        "fagadmin",
        "Fagadministrator",
        (("annet", Role.ADMINISTRATOR),),
        "Administrator of the teams (members, chair, meeting days)",
    ),
    StaffSpec(
        "admin",
        "Systemansvarlig",
        (("annet", Role.ADMINISTRATOR),),
        "Administrator of the municipality",
    ),
)

#: The account that exists once per municipality and marks it as loaded.
MARKER_KEY = "admin"
#: One person with memberships in every municipality, who must choose where to work.
MULTI_USERNAME = "demo.flere"
MULTI_TITLE = "PPT-rådgiver (interkommunal PPT)"
MULTI_DESCRIPTION = "Inter-municipal PPT adviser in every municipality: chooses one at sign-in"


def username(slug: str, key: str) -> str:
    return f"{slug}.{key}"


def find_user(session: BtiSession, name: str) -> StaffUser | None:
    return session.exec(select(StaffUser).where(StaffUser.username == name)).first()


def create_units(ctx: DemoContext) -> None:
    """Two kindergartens, a 1–10 school, an upper secondary school and one unit of every
    other kind; every kind of :class:`UnitKind` is present."""
    kindergartens = ctx.rng.sample(_KINDERGARTENS, 2)
    names: dict[str, tuple[UnitKind, str]] = {
        "barnehage": (UnitKind.BARNEHAGE, f"{kindergartens[0]} barnehage"),
        "barnehage2": (UnitKind.BARNEHAGE, f"{kindergartens[1]} barnehage"),
        "skole": (UnitKind.SKOLE, f"{ctx.rng.choice(_SCHOOLS)} skole"),
        "vgs": (UnitKind.SKOLE, f"{ctx.rng.choice(_UPPER_SECONDARY)} videregående skole"),
        **_FIXED_UNITS,
    }
    for key, (kind, name) in names.items():
        ctx.units[key] = Unit(name=name, kind=kind)
    ctx.save(*ctx.units.values())


def create_staff(ctx: DemoContext, *, marker: bool) -> None:
    """A user per :data:`STAFF` entry, with fictional names, and their memberships: all but
    the marker account (:data:`MARKER_KEY`), or (``marker``) that one alone, written last."""
    specs = [spec for spec in STAFF if (spec.key == MARKER_KEY) == marker]
    # Names drawn in STAFF's order whichever part is written, so a name never moves.
    names = {spec.key: ctx.fake.name() for spec in STAFF} if not marker else ctx.names
    ctx.names = names
    users = {
        spec.key: StaffUser(
            username=username(ctx.slug, spec.key),
            display_name=names[spec.key],
            password_hash=ctx.password_hash,
        )
        for spec in specs
    }
    ctx.save(*users.values())
    ctx.staff.update(users)
    ctx.save(
        *(
            Membership(
                user_id=users[spec.key].id,
                unit_id=ctx.units[unit].id,
                role=role,
                title=spec.title,
            )
            for spec in specs
            for unit, role in spec.memberships
        )
    )


def ensure_multi_member(session: BtiSession, password_hash: str) -> None:
    """Give ``demo.flere`` a PPT membership in this session's municipality if it lacks one.

    Runs on every load, so a municipality enabled after the first load gets it too.
    """
    user = find_user(session, MULTI_USERNAME)
    if user is None:
        fake = Faker("no_NO")
        fake.seed_instance(seed_for(MULTI_USERNAME))
        user = StaffUser(
            username=MULTI_USERNAME, display_name=fake.name(), password_hash=password_hash
        )
        session.add(user)
        session.flush()
    unit = session.exec(select(Unit).where(Unit.kind == UnitKind.PPT).order_by(Unit.id)).first()
    if unit is None:
        return
    member = session.exec(
        select(Membership).where(Membership.user_id == user.id, Membership.unit_id == unit.id)
    ).first()
    if member is None:
        session.add(
            Membership(user_id=user.id, unit_id=unit.id, role=Role.ANSATT, title=MULTI_TITLE)
        )
        session.flush()


def unit_for(ctx: DemoContext, staff_key: str, *, small_child: bool) -> Unit:
    """The unit a staff member acts for in a case: the nurse works at the health station
    for small children and pregnant women, in the school health service otherwise."""
    if staff_key == "helsesykepleier":
        return ctx.units["helsestasjon" if small_child else "skolehelsetjeneste"]
    spec = next(spec for spec in STAFF if spec.key == staff_key)
    return ctx.units[spec.memberships[0][0]]


def accounts(municipality_name: str, slug: str) -> list[tuple[str, str, str]]:
    """The demo accounts of one municipality as (municipality, username, description)."""
    return [(municipality_name, username(slug, spec.key), spec.description) for spec in STAFF]
