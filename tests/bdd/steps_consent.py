"""Steps for consent (samtykke) and for the participants of a case (samtidighetsansvar).

Loaded as a pytest plugin (``-p tests.bdd.steps_consent``); builds on :mod:`tests.support.world`.

Scenarios speak of one consent at a time: the last one registered in the scenario. Guardians
and the youth do not log in; the employee who registered the consent records their
signatures, a refusal or a withdrawal ("Per skriver under", "Mia skriver under selv").
Services are named as people write them ("PPT", "helsestasjonen"); the word
"helseopplysninger" among them means the consent covers health information.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import clock, hookimpl, i18n, labels
from bti.clock import FixedClock
from bti.models import Case, CaseParticipant, Consent, ConsentStatus, UnitKind
from bti.rules.consent import SUBJECT, YouthRule
from bti.services import cases, consents, handover, participants
from tests.support.deployment import Deployment
from tests.support.world import World

# How scenarios name the services a consent covers.
SERVICE_NAMES = {
    "barnehagen": UnitKind.BARNEHAGE,
    "skolen": UnitKind.SKOLE,
    "helsestasjonen": UnitKind.HELSESTASJON,
    "skolehelsetjenesten": UnitKind.SKOLEHELSETJENESTE,
    "ppt": UnitKind.PPT,
    "barnevernet": UnitKind.BARNEVERN,
    "psykisk helse": UnitKind.PSYKISK_HELSE,
    "nav": UnitKind.NAV,
    "fastlegen": UnitKind.FASTLEGE,
    "kommunepsykologen": UnitKind.KOMMUNEPSYKOLOG,
    "familieveiledningen": UnitKind.FAMILIEVEILEDNING,
}
HEALTH_INFORMATION = "helseopplysninger"
NAME = r"[A-ZÆØÅ]\w+"


@dataclass
class ConsentInScenario:
    """The consent the scenario talks about, and who registered it."""

    consent_id: int | None = None
    registered_by: str | None = None


@pytest.fixture
def samtykket() -> ConsentInScenario:
    return ConsentInScenario()


# ---------------------------------------------------------------------------------------------
# Words in the text
# ---------------------------------------------------------------------------------------------


def _parts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*|\s+og\s+", text.strip()) if p.strip()]


def services_named(text: str) -> tuple[list[str], bool]:
    """``"helseopplysninger, skolehelsetjenesten og PPT"`` → the services and whether the
    consent covers health information."""
    services: list[str] = []
    health = False
    for part in _parts(text):
        word = part.lower()
        if word == HEALTH_INFORMATION:
            health = True
            continue
        assert word in SERVICE_NAMES, f"ukjent tjeneste: {part}"
        services.append(str(SERVICE_NAMES[word]))
    return services, health


def today(world: World) -> date:
    """Today in the municipality, as the consent services see it."""
    return clock.today(world.kommune)


def day_named(world: World, text: str) -> date:
    """``"i dag"``, ``"i går"``, ``"i morgen"``, ``"om 30 dager"``, ``"for 10 dager siden"``."""
    text = text.strip()
    fixed = {"i dag": 0, "i går": -1, "i morgen": 1}
    if text in fixed:
        return today(world) + timedelta(days=fixed[text])
    if match := re.fullmatch(r"om (\d+) dager", text):
        return today(world) + timedelta(days=int(match[1]))
    if match := re.fullmatch(r"for (\d+) dager siden", text):
        return today(world) - timedelta(days=int(match[1]))
    raise AssertionError(f"ukjent dag: {text}")


def signer_for(world: World, name: str) -> int | str:
    """A guardian's id, or ``"subject"`` for the child, youth or woman the case is about."""
    if name in world.guardians:
        return world.guardians[name]
    assert name in world.children, f"{name} er verken foresatt eller den saken gjelder"
    return SUBJECT


def _consent(world: World, samtykket: ConsentInScenario) -> Consent:
    assert samtykket.consent_id is not None, "ingen samtykke er registrert i scenariet"
    with world.scoped() as session:
        return session.exec(select(Consent).where(Consent.id == samtykket.consent_id)).one()


def _consent_valid(world: World, samtykket: ConsentInScenario) -> bool:
    with world.scoped() as session:
        valid = consents.valid_consents(session, case_id=world.case_id, on=today(world))
    return samtykket.consent_id in {c.id for c in valid}


def _registrar(samtykket: ConsentInScenario) -> str:
    assert samtykket.registered_by, "ingen ansatt har registrert samtykket"
    return samtykket.registered_by


def _participant_ids(world: World) -> set[int]:
    with world.scoped() as session:
        return {p.user_id for p in participants.active(session, world.case_id)}


# ---------------------------------------------------------------------------------------------
# Gitt: the municipality's choice for youth of 15–17
# ---------------------------------------------------------------------------------------------


class _YouthOrGuardians:
    """The municipality lets a youth of 15–17 sign instead of the guardians («eller»)."""

    @hookimpl
    def bti_youth_consent_rule(self, profile):
        return YouthRule.OR


@given(
    "at kommunen har bestemt at en ungdom mellom 15 og 18 år kan skrive under på samtykket "
    "i stedet for foreldrene"
)
def _(deployment: Deployment) -> None:
    deployment.add_plugin(_YouthOrGuardians())


# ---------------------------------------------------------------------------------------------
# Registering, signing, refusing and withdrawing a consent
# ---------------------------------------------------------------------------------------------

_REGISTER = (
    rf"(?P<navn>{NAME}) (?:registrerer|har registrert) et (?:nytt )?samtykke for "
    rf"(?P<barn>{NAME}) som gjelder (?P<tjenester>.+?)(?: fra (?P<fra>.+) til (?P<til>.+))?"
)


def _register(
    world: World,
    samtykket: ConsentInScenario,
    *,
    navn: str,
    barn: str,
    tjenester: str,
    fra: str | None,
    til: str | None,
) -> None:
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        assert case is not None and case.subject_id == world.children[barn], (
            f"saken gjelder ikke {barn}"
        )
    services, health = services_named(tjenester)
    consent = world.act(
        navn,
        consents.register,
        case_id=world.case_id,
        services=services,
        valid_from=day_named(world, fra or "i dag"),
        valid_to=day_named(world, til or "om 365 dager"),
        scope=f"Samarbeid om trivselen og utviklingen til {barn}.",
        includes_health_information=health,
    )
    if consent is not None:
        samtykket.consent_id = consent.id
        samtykket.registered_by = navn


@given(parsers.re(rf"at {_REGISTER}$"))
def _(
    world: World,
    samtykket: ConsentInScenario,
    navn: str,
    barn: str,
    tjenester: str,
    fra: str | None,
    til: str | None,
) -> None:
    _register(world, samtykket, navn=navn, barn=barn, tjenester=tjenester, fra=fra, til=til)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(rf"{_REGISTER}$"))
def _(
    world: World,
    samtykket: ConsentInScenario,
    navn: str,
    barn: str,
    tjenester: str,
    fra: str | None,
    til: str | None,
) -> None:
    _register(world, samtykket, navn=navn, barn=barn, tjenester=tjenester, fra=fra, til=til)


def _sign(world: World, samtykket: ConsentInScenario, navn: str, on: str = "i dag") -> None:
    world.act(
        _registrar(samtykket),
        consents.sign,
        consent_id=samtykket.consent_id,
        signer=signer_for(world, navn),
        signed_on=day_named(world, on),
    )


@when(parsers.re(rf"(?P<navn>{NAME}) skriver under(?: selv)?$"))
def _(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    _sign(world, samtykket, navn)


@when(parsers.re(rf"(?P<navn>{NAME}) skriver under med datoen (?P<dag>.+)$"))
def _(world: World, samtykket: ConsentInScenario, navn: str, dag: str) -> None:
    _sign(world, samtykket, navn, dag)


@given(parsers.re(rf"at (?P<navn>{NAME}) har skrevet under på samtykket(?: selv)?$"))
def _(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    _sign(world, samtykket, navn)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(rf"(?P<navn>{NAME}) sier nei til samtykket$"))
def _(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    world.act(
        _registrar(samtykket),
        consents.refuse,
        consent_id=samtykket.consent_id,
        note=f"{navn} ønsker ikke samarbeid nå.",
    )


def _withdraw(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    world.act(
        _registrar(samtykket),
        consents.withdraw,
        consent_id=samtykket.consent_id,
        note=f"{navn} trakk samtykket tilbake.",
    )


@when(parsers.re(rf"(?P<navn>{NAME}) trekker samtykket tilbake$"))
def _(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    _withdraw(world, samtykket, navn)


@given(parsers.re(rf"at (?P<navn>{NAME}) har trukket samtykket tilbake$"))
def _(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    _withdraw(world, samtykket, navn)
    assert world.error is None, f"avvist: {world.error!r}"


@when("samtykkets gyldighetstid har løpt ut")
def _(world: World, samtykket: ConsentInScenario, monkeypatch: pytest.MonkeyPatch) -> None:
    """Time passes: the platform's clock moves to the day after the consent ends — the
    application's, and the one services read outside a request (as the scenario's do)."""
    days = (_consent(world, samtykket).valid_to - today(world)).days + 1
    later = FixedClock(clock.now() + timedelta(days=days))
    world.deployment.start().extensions[clock.EXTENSION] = later
    monkeypatch.setattr(clock, "_SYSTEM", later)


# ---------------------------------------------------------------------------------------------
# Participants and their own part of the case
# ---------------------------------------------------------------------------------------------


def _add(world: World, navn: str, deltaker: str) -> None:
    world.act(
        navn,
        participants.add,
        case_id=world.case_id,
        user_id=world.staff[deltaker],
        unit_id=min(world.actor(deltaker).unit_ids),
    )


@when(parsers.re(rf"(?P<navn>{NAME}) legger til (?P<deltaker>{NAME}) som deltaker i saken$"))
def _(world: World, navn: str, deltaker: str) -> None:
    _add(world, navn, deltaker)


@given(parsers.re(rf"at (?P<navn>{NAME}) har lagt til (?P<deltaker>{NAME}) som deltaker i saken$"))
def _(world: World, navn: str, deltaker: str) -> None:
    _add(world, navn, deltaker)
    assert world.error is None, f"avvist: {world.error!r}"


@when(parsers.re(rf"(?P<navn>{NAME}) avslutter sin egen del av saken$"))
def _(world: World, navn: str) -> None:
    world.act(navn, cases.close_own_part, case_id=world.case_id)


@given(
    parsers.re(
        rf"at (?P<fra>{NAME}) har gitt stafettpinnen i saken videre til (?P<til>{NAME}), "
        rf"og (?P=til) har tatt imot den$"
    )
)
def _(world: World, fra: str, til: str) -> None:
    offer = world.act_ok(fra, handover.offer, case_id=world.case_id, to_user_id=world.staff[til])
    world.act_ok(til, handover.accept, case_id=world.case_id, handover_id=offer.id)


# ---------------------------------------------------------------------------------------------
# Så: the consent
# ---------------------------------------------------------------------------------------------


@then("er samtykket gyldig")
def _(world: World, samtykket: ConsentInScenario) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    consent = _consent(world, samtykket)
    assert consent.status == ConsentStatus.GIVEN, f"samtykket er {consent.status}"
    assert _consent_valid(world, samtykket)


@then("er samtykket ikke gyldig ennå")
def _(world: World, samtykket: ConsentInScenario) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    consent = _consent(world, samtykket)
    assert consent.status == ConsentStatus.DRAFT, f"samtykket er {consent.status}"
    assert not _consent_valid(world, samtykket)


@then("er samtykket ikke lenger gyldig")
def _(world: World, samtykket: ConsentInScenario) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    consent = _consent(world, samtykket)
    assert consent.status == ConsentStatus.WITHDRAWN and consent.withdrawn_at is not None
    assert not _consent_valid(world, samtykket)


@then("står samtykket i saken som avslått, og det gjelder ikke")
def _(world: World, samtykket: ConsentInScenario) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    with world.scoped() as session:
        kept = session.exec(select(Consent).where(Consent.case_id == world.case_id)).all()
    assert [(c.id, c.status) for c in kept] == [(samtykket.consent_id, ConsentStatus.REFUSED)]
    assert kept[0].withdrawal_note, "grunnen til avslaget er ikke tatt vare på"
    assert not _consent_valid(world, samtykket)


@then(
    parsers.re(
        rf"blir underskriften avvist fordi (?P<navn>{NAME}) ikke skal skrive under dette "
        r"samtykket$"
    )
)
def _(world: World, samtykket: ConsentInScenario, navn: str) -> None:
    world.refused_because("not_a_signer")
    assert _consent(world, samtykket).status == ConsentStatus.DRAFT


@then("blir underskriften avvist fordi samtykket ikke lenger kan skrives under")
def _(world: World) -> None:
    world.refused_because("consent_not_open")


@then("er samtykket gitt, men det gjelder ikke før tidsrommet begynner")
def _(world: World, samtykket: ConsentInScenario) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    consent = _consent(world, samtykket)
    assert consent.status == ConsentStatus.GIVEN
    assert consent.valid_from > today(world)
    with world.scoped() as session:
        assert not consents.has_valid(session, case_id=world.case_id, on=today(world))


@then("blir underskriften avvist fordi datoen ligger utenfor samtykkets egne datoer")
def _(world: World, samtykket: ConsentInScenario) -> None:
    world.invalid_field("signed_on")
    assert _consent(world, samtykket).status == ConsentStatus.DRAFT


@then("blir samtykket ikke registrert fordi det slutter før det begynner")
def _(world: World, samtykket: ConsentInScenario) -> None:
    world.invalid_field("valid_to")
    assert samtykket.consent_id is None
    with world.scoped() as session:
        assert session.exec(select(Consent).where(Consent.case_id == world.case_id)).all() == []


# ---------------------------------------------------------------------------------------------
# Så: the participants
# ---------------------------------------------------------------------------------------------


@then(parsers.re(rf"er (?P<navn>{NAME}) deltaker i saken$"))
def _(world: World, navn: str) -> None:
    assert world.error is None, f"avvist: {world.error!r}"
    assert world.staff[navn] in _participant_ids(world)


@then(
    parsers.re(
        rf"blir (?P<navn>{NAME}) ikke med i saken fordi ingen gyldig samtykke omfatter "
        r"(?P<tjeneste>.+)$"
    )
)
def _(world: World, navn: str, tjeneste: str) -> None:
    world.refused_because("no_consent_for_service")
    kind = SERVICE_NAMES[tjeneste.lower()]
    # As the employee reads it: in bokmål, with the service's name, not its code.
    app = world.deployment.start()
    with app.test_request_context("/", headers={"Accept-Language": "nb"}):
        i18n.use_domain(app.extensions["bti_domains"][world.kommune.slug])
        message, service = str(world.error.message), str(labels.unit_kind(kind))
    assert service in message and kind.value not in message.replace(service, ""), (
        f"meldingen sier ikke hvilken tjeneste det gjelder: {message}"
    )
    assert world.staff[navn] not in _participant_ids(world)


@then(
    parsers.re(
        rf"blir (?P<navn>{NAME}) ikke lagt til en gang til fordi (?:hun|han) allerede er med "
        r"i saken$"
    )
)
def _(world: World, navn: str) -> None:
    world.refused_because("already_participant")
    with world.scoped() as session:
        rows = session.exec(
            select(CaseParticipant).where(
                CaseParticipant.case_id == world.case_id,
                CaseParticipant.user_id == world.staff[navn],
            )
        ).all()
    assert len(rows) == 1


@then(
    parsers.re(
        rf"får (?P<navn>{NAME}) ikke avslutte sin del fordi (?:hun|han) holder stafettpinnen$"
    )
)
def _(world: World, navn: str) -> None:
    world.refused_because("stafettholder_must_hand_over")
    assert world.staff[navn] in _participant_ids(world)
