"""Which services the case's consents cover on a day: the queries behind
:mod:`bti.services.consents` (which re-exports them) and the rules that ask it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, select

from bti.models import Consent, ConsentService, ConsentStatus


def valid_consents(session: Session, *, case_id: str, on: date) -> list[Consent]:
    return list(
        session.exec(
            select(Consent).where(
                Consent.case_id == case_id,
                Consent.status == ConsentStatus.GIVEN,
                Consent.valid_from <= on,
                Consent.valid_to >= on,
            )
        )
    )


def covers(session: Session, *, case_id: str, service: str, on: date) -> bool:
    """Whether a consent valid on ``on`` names ``service``."""
    ids = [c.id for c in valid_consents(session, case_id=case_id, on=on)]
    if not ids:
        return False
    row = session.exec(
        select(ConsentService.id).where(
            ConsentService.consent_id.in_(ids), ConsentService.service == service
        )
    ).first()
    return row is not None


def has_valid(session: Session, *, case_id: str, on: date) -> bool:
    return bool(valid_consents(session, case_id=case_id, on=on))


def health_information_services(session: Session, *, case_id: str, on: date) -> frozenset[str]:
    """The services (unit kinds) named by a consent valid on ``on`` that includes health
    information: those that may read what the health service keeps to itself."""
    ids = [
        c.id
        for c in valid_consents(session, case_id=case_id, on=on)
        if c.includes_health_information
    ]
    if not ids:
        return frozenset()
    return frozenset(
        session.exec(select(ConsentService.service).where(ConsentService.consent_id.in_(ids)))
    )


def services_of(session: Session, consent_id: int) -> list[str]:
    return list(
        session.exec(
            select(ConsentService.service)
            .where(ConsentService.consent_id == consent_id)
            .order_by(ConsentService.service)
        )
    )


def covered_services(
    session: Session, *, case_ids: Iterable[str], on: date
) -> dict[str, frozenset[str]]:
    """For each of ``case_ids`` with a consent valid on ``on``: the services those consents
    name (empty when a valid consent names none). A case without a valid consent is absent.
    One statement for any number of cases (a list of them, such as a team's queue)."""
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        return {}
    rows = session.exec(
        select(Consent.case_id, ConsentService.service)
        .outerjoin(ConsentService, ConsentService.consent_id == Consent.id)
        .where(
            Consent.case_id.in_(ids),
            Consent.status == ConsentStatus.GIVEN,
            Consent.valid_from <= on,
            Consent.valid_to >= on,
        )
    ).all()
    found: dict[str, set[str]] = {}
    for case_id, service in rows:
        named = found.setdefault(case_id, set())
        if service is not None:
            named.add(service)
    return {case_id: frozenset(named) for case_id, named in found.items()}
