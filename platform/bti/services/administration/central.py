"""The deployment-wide administrator (``StaffUser.central_admin``): the municipalities the
configuration lists, whether each is in the database, adding one, and its first
administrator.

A deployment-wide administrator needs no membership anywhere and sees no case and no staff
list: only which municipalities exist and whether each has an administrator, who then
keeps that municipality's units and staff. Adding a municipality writes its row from the
plugin's profile and its standing teams once, as ``bti db upgrade`` does
(:func:`bti.migrate.upgrade_database`). Each change is audited in the municipality's trail;
so is the count of its administrators read for the overview. Anyone else: :class:`NotFound`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import func, select

from bti.db import Database
from bti.errors import InvalidInput, NotFound, Refused
from bti.i18n import lazy_gettext as _l
from bti.models import AuditPurpose, Membership, MunicipalityRecord, Role, StaffUser
from bti.services import audit
from bti.services.administration.setup import CreatedUser, create_user
from bti.services.teams import roster

ADMIN = AuditPurpose.ADMINISTRATION


@dataclass(frozen=True)
class CentralAdmin:
    """A deployment-wide administrator as the audit trail records them."""

    user_id: int
    role_label: str = "sentral"


@dataclass(frozen=True)
class MunicipalityState:
    slug: str
    name: str
    kommunenummer: str
    in_database: bool
    #: Active accounts with the administrator role there (0 when not in the database).
    administrators: int


def is_central(db: Database, *, user_id: int) -> bool:
    with db.unscoped() as session:
        user = session.get(StaffUser, user_id)
        return bool(user and user.active and user.central_admin)


def _require(db: Database, user_id: int) -> CentralAdmin:
    if not is_central(db, user_id=user_id):
        raise NotFound("central")
    return CentralAdmin(user_id)


def overview(db: Database, *, user_id: int, registry) -> list[MunicipalityState]:
    """Every municipality of the configuration, by name."""
    by = _require(db, user_id)
    ids = db.municipality_ids()
    states = []
    for municipality in sorted(registry, key=lambda m: str(m.name)):
        count = 0
        if municipality.slug in ids:
            with db.reading(ids[municipality.slug]) as session:
                count = _administrators(session)
                audit.record(session, actor=by, action="central.overview", purpose=ADMIN)
        states.append(
            MunicipalityState(
                municipality.slug,
                str(municipality.name),
                municipality.profile.kommunenummer,
                municipality.slug in ids,
                count,
            )
        )
    return states


def add_municipality(db: Database, *, user_id: int, registry, slug: str) -> int:
    """Create the row of a configured municipality (and its standing teams, once); its id.
    Adding one already there changes nothing but is still recorded."""
    by = _require(db, user_id)
    municipality = registry.get(slug)
    if municipality is None:
        raise NotFound("municipality")
    with db.unscoped(write_lock=True) as session, session.begin():
        row = session.exec(
            select(MunicipalityRecord).where(MunicipalityRecord.slug == slug)
        ).first()
        if row is None:
            profile = municipality.profile
            session.add(
                MunicipalityRecord(
                    slug=slug, name=str(profile.name), kommunenummer=profile.kommunenummer
                )
            )
    municipality_id = db.municipality_ids()[slug]
    with db.transaction(municipality_id) as session:
        if municipality.teams:
            roster.seed_defaults(session, municipality=municipality)
        audit.record(session, actor=by, action="central.municipality.add", purpose=ADMIN)
    return municipality_id


def create_first_administrator(
    db: Database,
    *,
    user_id: int,
    registry,
    slug: str,
    username: str,
    display_name: str,
    email: str | None = None,
    subject: str | None = None,
    password: str | None = None,
) -> CreatedUser:
    """The municipality's first administrator (in its unit «Administrasjon»).

    :raises Refused: ``has_administrator`` — the municipality has one, who keeps its staff.
    :raises InvalidInput: as :func:`bti.services.administration.setup.create_user`.
    :raises bti.passwords.WeakPassword: the password may not be set.
    """
    by = _require(db, user_id)
    municipality_id = db.municipality_ids().get(slug)
    if municipality_id is None or slug not in registry:
        raise NotFound("municipality")
    if not password and not (subject or "").strip():
        raise InvalidInput(
            "password",
            _l("Give a password, or the sign-in identity from the identity provider."),
        )
    with db.reading(municipality_id) as session:
        has_one = _administrators(session) > 0
    if has_one:
        raise Refused(
            "has_administrator",
            _l("The municipality has an administrator, who keeps its staff accounts."),
        )
    return create_user(
        db,
        username=username,
        display_name=display_name,
        municipality_id=municipality_id,
        email=email,
        subject=subject,
        password=password or None,
        by=by,
    )


def _administrators(session) -> int:
    return session.exec(
        select(func.count(func.distinct(Membership.user_id)))
        .join(StaffUser, StaffUser.id == Membership.user_id)
        .where(Membership.role == Role.ADMINISTRATOR, StaffUser.active == True)  # noqa: E712
    ).one()
