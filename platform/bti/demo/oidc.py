"""The demo's sign-in through OpenID Connect (``make demo OIDC=1``, ``bti demo --oidc``).

Two test providers (:class:`bti.demo.oidc_provider.OidcTestProvider`) start beside the demo
on 127.0.0.1, each on a free port: one stands in for Vestby's own login (its staff), one for
ID-porten (Tromsø's citizen portal). Every Vestby demo employee is registered for the login
by their username (:func:`bti.services.signin_oidc.register_staff_identity`), and every
Tromsø demo citizen is known to «ID-porten» by their fødselsnummer; the providers' pages
list them, and a click signs that person in, with no password. The demo's local passwords
keep working beside them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import Flask
from sqlmodel import select

from bti.config_oidc import OidcProvider
from bti.demo.oidc_provider import OidcTestProvider
from bti.models import Citizen, Membership, StaffIdentity, StaffUser
from bti.services import signin_oidc
from bti.web import oidc

STAFF_SLUG = "vestby"
CITIZEN_SLUG = "tromso"


@dataclass(frozen=True)
class DemoProviders:
    """The running providers, to print and to stop."""

    staff: OidcTestProvider | None
    citizens: OidcTestProvider | None

    def stop(self) -> None:
        for provider in (self.staff, self.citizens):
            if provider is not None:
                provider.stop()


def start_demo_providers(app: Flask, *, host: str = "127.0.0.1") -> DemoProviders:
    """Start the providers and let Vestby's staff and Tromsø's citizens sign in through
    them (where those municipalities run here)."""
    registry = app.extensions["bti"]
    db = app.extensions["bti_db"]
    ids = db.municipality_ids()
    staff = citizens = None
    if STAFF_SLUG in registry:
        staff = OidcTestProvider(name=f"{registry[STAFF_SLUG].name}: testinnlogging")
        secret = secrets.token_urlsafe(24)
        staff.add_client("bti-demo-ansatte", secret=secret)
        for subject, name in _register_staff(db, ids[STAFF_SLUG]):
            staff.add_person(subject, name=name)
        staff.start()
        oidc.use_provider(
            app,
            slug=STAFF_SLUG,
            kind=oidc.STAFF,
            provider=OidcProvider(
                issuer=staff.issuer,
                client_id="bti-demo-ansatte",
                client_secret=secret,
                name=f"{registry[STAFF_SLUG].name} (testinnlogging)",
            ),
        )
    if CITIZEN_SLUG in registry and registry[CITIZEN_SLUG].citizen_access is not None:
        citizens = OidcTestProvider(name="ID-porten: testinnlogging")
        secret = secrets.token_urlsafe(24)
        citizens.add_client("bti-demo-innsyn", secret=secret)
        for number, name in _citizens(db, ids[CITIZEN_SLUG]):
            citizens.add_person(f"idporten-{number}", pid=number, name=name)
        citizens.start()
        oidc.use_provider(
            app,
            slug=CITIZEN_SLUG,
            kind=oidc.CITIZEN,
            provider=OidcProvider(
                issuer=citizens.issuer,
                client_id="bti-demo-innsyn",
                client_secret=secret,
                claim="pid",
                scopes="openid profile",
                acr_values="idporten-loa-high",
                name="ID-porten (testinnlogging)",
            ),
        )
    return DemoProviders(staff, citizens)


def _register_staff(db, municipality_id: int) -> list[tuple[str, str]]:
    """Each demo employee of the municipality, registered by username (once)."""
    with db.scoped(municipality_id) as session:
        members = set(session.exec(select(Membership.user_id)))
        known = set(session.exec(select(StaffIdentity.subject)))
    with db.unscoped() as session:
        users = [session.get(StaffUser, user_id) for user_id in sorted(members)]
    users = [user for user in users if user is not None and user.active]
    with db.transaction(municipality_id) as session:
        for user in users:
            if user.username not in known:
                signin_oidc.register_staff_identity(session, user_id=user.id, subject=user.username)
    return [(user.username, f"{user.display_name} ({user.username})") for user in users]


def _citizens(db, municipality_id: int) -> list[tuple[str, str]]:
    with db.scoped(municipality_id) as session:
        found = session.exec(select(Citizen).where(Citizen.active).order_by(Citizen.id))
        return [(c.fodselsnummer, f"{c.display_name} ({c.username or 'innbygger'})") for c in found]
